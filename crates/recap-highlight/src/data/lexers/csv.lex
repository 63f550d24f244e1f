S	root
R		\r?\n	t78
R		,	t78
R		"	t58	p(escaped)
R		[^\n\r\,]+	t50
S	escaped
R		""	t59
R		"	t58	o1
R		[^"]+	t58
