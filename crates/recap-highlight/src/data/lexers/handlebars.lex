S	root
R		[^\{]+	t11
R		\{\{![^\n]*\}\}	t79
R		(\{\{\{)([]*)	g(t83,t98)	p(tag)		2
R		(\{\{)([]*)	g(t84,t98)	p(tag)		2
S	tag
R		[]+	t98
R		\}\}\}	t83	o1
R		\}\}	t84	o1
R		([\#\/]*)(each|if|unless|else|with|log|in(?:line)?)	g(t15,t15)			2
R		#\*inline	t15
R		([\#\/])([\-]+)	g(t45,t45)			2
R		([\-]+)(=)	g(t23,t75)			2
R		(>)([]*)(@partial-block)	g(t15,t98,t15)			3
R		(#?>)([]*)([\-]+)	g(t15,t98,t39)			3
R		(>)([]*)(\()	g(t15,t98,t78)	p(dynamic-partial)		3
I	generic
S	dynamic-partial
R		[]+	t98
R		\)	t78	o1
R		(lookup)([]+)(\.|this)([]+)	g(t15,t98,t39,t98)			4
R		(lookup)([]+)([[^]]+)	g(t15,t98,s(variable))			3
R		[\-]+	t45
I	generic
S	variable
R		[A-Za-z][\-]*	t39
R		\.[\-]+	t39
R		(this\/|\.\/|(\.\.\/)+)[\-]+	t39			2
S	generic
I	variable
R		:?"(\\\\|\\"|[^"])*"	t58			1
R		:?'(\\\\|\\'|[^'])*'	t65			1
R		[0-9](\.[0-9]*)?(eE[\+\-][0-9])?[DFLdfl]?|0[Xx][0-9A-Fa-f]+[Ll]?	t67			2
