S	root
R		\r?\n	t5000			0	\x0A\x0A\x0D\x0D	
R		,	t5000			0	,,	
R		"	t3108	p(escaped)		0	""	
R		[^\n\r\,]+	t3100			0	\x00\x09\x0B\x0C\x0E+-\x7F+	\x00\x09\x0B\x0C\x0E+-\x7F
S	escaped
R		""	t3109			0	""	
R		"	t3108	o1		0	""	
R		[^"]+	t3108			0	\x00!#\x7F+	\x00!#\x7F
