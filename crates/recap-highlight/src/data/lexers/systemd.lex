S	root
R		[]+	t98
R		[\#\;][^\n]*	t79
R		\[[^\n]*?\](?![^\n])	t15
R		([^\n]*?)(=)([^\n]*)(\\\n)	g(t23,t75,t50,t98)	p(continuation)		4
R		([^\n]*?)(=)([^\n]*)	g(t23,t75,t50)			3
S	continuation
R		([^\n]*?)(\\\n)	g(t50,t98)			2
R		([^\n]*)	t50	o1		1
