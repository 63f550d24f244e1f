S	defs
R		\\\n[\t ]*	t98
R		\n[\t ]*	t98	o2
R		(#)([0-9]+)	g(t75,t67)			2
R		=	t75	p(data)
R		:	t78
R		[^\#\:\=]+	t24
S	data
R		\\072	t47
R		:	t78	o1
R		[^\:\\]+	t47
R		[^\n]	t47
S	root
R		(?<![^\n])#[^\n]*(?![^\n])	t79
R		(?<![^\n])[^\#\:\|]+	t36	p(names)
S	names
R		\n	t98	o1
R		:	t78	p(defs)
R		\|	t78
R		[^\:\|]+	t23
