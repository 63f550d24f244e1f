S	request
R		\n	t8000	o1		0
I	escapes
R		"[^\n"]+"	t3108			0
R		[\p{Nd}]+	t3200			0
R		[[^]]+	t3100			0
R		[]+	t8000			0
S	root
R		(\.)([]+)	g(t8000,t1000)	p(request)		2
R		\.	t5000	p(request)		0
R		[^\n\\]+	t8000	p(textline)		0
R				p(textline)		0
S	textline
I	escapes
R		[^\n\\]+	t8000			0
R		\n	t8000	o1		0
S	escapes
R		\\"[^\n]*	t6000			0
R		\\[fn][]	t3109			0
R		\\\([^\n]{2}	t3109			0
R		\\[^\n]\[[^\n]*\]	t3109			0
R		\\[^\n]	t3109			0
R		\\\n	t8000	p(request)		0
