S	root
R		[^\{]+	t-12			0
R		\{\{![^\n]*\}\}	t6000			0
R		(\{\{\{)([]*)	g(t6004,t8000)	p(tag)		2
R		(\{\{)([]*)	g(t6100,t8000)	p(tag)		2
S	tag
R		[]+	t8000			0
R		\}\}\}	t6004	o1		0
R		\}\}	t6100	o1		0
R		([\#\/]*)(each|if|unless|else|with|log|in(?:line)?)	g(t1000,t1000)			2
R		#\*inline	t1000			0
R		([\#\/])([\-]+)	g(t2300,t2300)			2
R		([\-]+)(=)	g(t2001,t4000)			2
R		(>)([]*)(@partial-block)	g(t1000,t8000,t1000)			3
R		(#?>)([]*)([\-]+)	g(t1000,t8000,t2200)			3
R		(>)([]*)(\()	g(t1000,t8000,t5000)	p(dynamic-partial)		3
I	generic
S	dynamic-partial
R		[]+	t8000			0
R		\)	t5000	o1		0
R		(lookup)([]+)(\.|this)([]+)	g(t1000,t8000,t2200,t8000)			4
R		(lookup)([]+)([[^]]+)	g(t1000,t8000,s(variable))			3
R		[\-]+	t2300			0
I	generic
S	variable
R		[A-Za-z][\-]*	t2200			0
R		\.[\-]+	t2200			0
R		(this\/|\.\/|(\.\.\/)+)[\-]+	t2200			2
S	generic
I	variable
R		:?"(\\\\|\\"|[^"])*"	t3108			1
R		:?'(\\\\|\\'|[^'])*'	t3115			1
R		[0-9](\.[0-9]*)?(eE[\+\-][0-9])?[DFLdfl]?|0[Xx][0-9A-Fa-f]+[Ll]?	t3200			2
