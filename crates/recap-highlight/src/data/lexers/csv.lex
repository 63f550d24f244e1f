S	root
R		\r?\n	t5000			0
R		,	t5000			0
R		"	t3108	p(escaped)		0
R		[^\n\r\,]+	t3100			0
S	escaped
R		""	t3109			0
R		"	t3108	o1		0
R		[^"]+	t3108			0
