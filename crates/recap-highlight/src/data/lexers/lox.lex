S	whitespace
R		\n	t98
R		[]+	t98
S	root
I	whitespace
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		(and|break|case|continue|default|else|for|if|or|print|return|super|switch|this|while)(?![])	t15			1
R		(false|nil|true)(?![])	t16			1
R		(class)([]+)([A-Z_a-z][]*)	g(t17,t98,t24)			3
R		(fun)([]+)([A-Z_a-z][]*)	g(t17,t98,t45)			3
R		(const)([]+)([A-Z_a-z][]*)	g(t17,t98,t25)			3
R		(var)([]+)([A-Z_a-z][]*)	g(t17,t98,t39)			3
R		[\p{Nd}]+(\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t69			1
R		[0-9][0-9]*	t71
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		!|\+|-|\*|\/|<|>|=	t75
R		[\(-\)\,\.\:-\;\{\}]	t78
R		[A-Z_a-z][]*	t39
