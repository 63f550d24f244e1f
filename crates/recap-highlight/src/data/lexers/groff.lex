S	request
R		\n	t98	o1
I	escapes
R		"[^\n"]+"	t58
R		[\p{Nd}]+	t67
R		[[^]]+	t50
R		[]+	t98
S	root
R		(\.)([]+)	g(t98,t15)	p(request)		2
R		\.	t78	p(request)
R		[^\n\\]+	t98	p(textline)
R				p(textline)
S	textline
I	escapes
R		[^\n\\]+	t98
R		\n	t98	o1
S	escapes
R		\\"[^\n]*	t79
R		\\[fn][]	t59
R		\\\([^\n]{2}	t59
R		\\[^\n]\[[^\n]*\]	t59
R		\\[^\n]	t59
R		\\\n	t98	p(request)
