S	whitespace
R		\n	t8000			0
R		[]+	t8000			0
S	root
I	whitespace
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		(and|break|case|continue|default|else|for|if|or|print|return|super|switch|this|while)(?![])	t1000			1
R		(false|nil|true)(?![])	t1001			1
R		(class)([]+)([A-Z_a-z][]*)	g(t1002,t8000,t2002)			3
R		(fun)([]+)([A-Z_a-z][]*)	g(t1002,t8000,t2300)			3
R		(const)([]+)([A-Z_a-z][]*)	g(t1002,t8000,t2003)			3
R		(var)([]+)([A-Z_a-z][]*)	g(t1002,t8000,t2200)			3
R		[\p{Nd}]+(\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t3202			1
R		[0-9][0-9]*	t3204			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		!|\+|-|\*|\/|<|>|=	t4000			0
R		[\(-\)\,\.\:-\;\{\}]	t5000			0
R		[A-Z_a-z][]*	t2200			0
