S	whitespace
R		\n	t8000			0	\x0A\x0A	
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
S	root
I	whitespace
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0	//	
R		(and|break|case|continue|default|else|for|if|or|print|return|super|switch|this|while)(?![])	t1000			1	afiioprtww	
R		(false|nil|true)(?![])	t1001			1	ffnntt	
R		(class)([]+)([A-Z_a-z][]*)	g(t1002,t8000,t2002)			3	cc	
R		(fun)([]+)([A-Z_a-z][]*)	g(t1002,t8000,t2300)			3	ff	
R		(const)([]+)([A-Z_a-z][]*)	g(t1002,t8000,t2003)			3	cc	
R		(var)([]+)([A-Z_a-z][]*)	g(t1002,t8000,t2200)			3	vv	
R		[\p{Nd}]+(\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t3202			1	09+	09
R		[0-9][0-9]*	t3204			0	09	
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0	""	
R		!|\+|-|\*|\/|<|>|=	t4000			0	!!*+--//<>	
R		[\(-\)\,\.\:-\;\{\}]	t5000			0	(),,..:;{{}}	
R		[A-Z_a-z][]*	t2200			0	AZ__az	
