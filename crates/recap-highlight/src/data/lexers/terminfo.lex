S	names
R		\n	t98	o1
R		(,)([\t ]*)	g(t78,t98)	p(defs)		2
R		\|	t78
R		[^\,\|]+	t23
S	defs
R		\n[\t ]+	t98
R		\n	t98	o2
R		(#)([0-9]+)	g(t75,t67)			2
R		=	t75	p(data)
R		(,)([\t ]*)	g(t78,t98)			2
R		[^\#\,\=]+	t24
S	data
R		\\[\,\\]	t47
R		(,)([\t ]*)	g(t78,t98)	o1		2
R		[^\,\\]+	t47
R		[^\n]	t47
S	root
R		(?<![^\n])#[^\n]*(?![^\n])	t79
R		(?<![^\n])[^\#\,\|]+	t36	p(names)
