S	root
R		\n	t8001			0	\x0A\x0A	
R		[]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		\/\/[^\n\r][^\n\r]*	t6100			0	//	
R		\/\/[^\n\r]*	t6003			0	//	
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3	//	
R		(import|package)(?![])	t1003			1	iipp	
R		(var|func|struct|map|chan|type|interface|const)(?![])	t1002			1	ccffiimmstvv	
R		(fallthrough|continue|default|select|switch|return|break|defer|range|case|else|goto|for|go|if)(?![])	t1000			1	bgiirs	
R		(true|false|iota|nil)(?![])	t1001			1	ffiinntt	
R		(complex128|complex64|float32|float64|uintptr|println|recover|complex|uint16|uint32|uint64|string|append|delete|uint8|int16|int32|int64|float|error|print|panic|close|clear|uint|int8|byte|rune|bool|real|imag|copy|make|int|len|cap|new|min|max)(?![])(\()	g(t2100,t5000)			2	afiilnpprsuu	
R		(complex128|complex64|float32|float64|uintptr|uint16|uint32|uint64|string|uint8|int16|int32|int64|float|error|uint|int8|byte|rune|bool|int|any)(?![])	t1006			1	acefiirsuu	
R		[\p{Nd}]+i	t3200			0	09+	09
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t3200			1	09+	09
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t3200			1	..	
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t3200			0	09+	09
R		[\p{Nd}]+(\.[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+|\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t3202			1	09+	09
R		\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t3202			1	..	
R		0[0-7]+	t3206			0	00	
R		0[Xx][0-9A-F_a-f]+	t3203			0	00	
R		0b[0-1_]+	t3201			0	00	
R		(0|[1-9][0-9_]*)	t3204			1	09	
R		'(\\["'\\a-bfnrtv]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|[^\\])'	t3105			1	''	
R		(`)([^\`]*)(`)	g(t3100,r(Go Text Template,-12:3100),t3100)			3	``	
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0	""	
R		(<<=|>>=|<<|>>|<=|>=|&\^=|&\^|\+=|-=|\*=|\/=|%=|&=|\|=|&&|\|\||<-|\+\+|--|==|!=|:=|\.\.\.|[\%-\&\*-\+\-\/])	t4000			1	!!%&*+-/::<>||	
R		([A-Z_a-z][]*)([]*)(\()	g(t2300,s(root),t5000)			3	AZ__az	
R		[\!\(-\)\,\.\:-\>\[\]-\^\{-\~]	t5000			0	!!(),,..:>[[]^{~	
R		[^[^]][]*	t2011			0	09AZ__az+	
