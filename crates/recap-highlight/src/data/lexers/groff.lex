S	request
R		\n	t8000	o1		0	\x0A\x0A	
I	escapes
R		"[^\n"]+"	t3108			0	""	
R		[\p{Nd}]+	t3200			0	09+	09
R		[[^]]+	t3100			0	\x00\x08\x0E\x1F!\x7F+	\x00\x08\x0E\x1F!\x7F
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
S	root
R		(\.)([]+)	g(t8000,t1000)	p(request)		2	..	
R		\.	t5000	p(request)		0	..	
R		[^\n\\]+	t8000	p(textline)		0	\x00\x09\x0B[]\x7F+	\x00\x09\x0B[]\x7F
R				p(textline)		0	*	
S	textline
I	escapes
R		[^\n\\]+	t8000			0	\x00\x09\x0B[]\x7F+	\x00\x09\x0B[]\x7F
R		\n	t8000	o1		0	\x0A\x0A	
S	escapes
R		\\"[^\n]*	t6000			0	\x5C\x5C	
R		\\[fn][]	t3109			0	\x5C\x5C	
R		\\\([^\n]{2}	t3109			0	\x5C\x5C	
R		\\[^\n]\[[^\n]*\]	t3109			0	\x5C\x5C	
R		\\[^\n]	t3109			0	\x5C\x5C	
R		\\\n	t8000	p(request)		0	\x5C\x5C	
