S	root
R		\n	t99
R		[]+	t99
R		\/\/[^\n\r][^\n\r]*	t84
R		\/\/[^\n\r]*	t82
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t81			3
R		(import|package)(?![])	t18			1
R		(var|func|struct|map|chan|type|interface|const)(?![])	t17			1
R		(fallthrough|continue|default|select|switch|return|break|defer|range|case|else|goto|for|go|if)(?![])	t15			1
R		(true|false|iota|nil)(?![])	t16			1
R		(complex128|complex64|float32|float64|uintptr|println|recover|complex|uint16|uint32|uint64|string|append|delete|uint8|int16|int32|int64|float|error|print|panic|close|clear|uint|int8|byte|rune|bool|real|imag|copy|make|int|len|cap|new|min|max)(?![])(\()	g(t37,t78)			2
R		(complex128|complex64|float32|float64|uintptr|uint16|uint32|uint64|string|uint8|int16|int32|int64|float|error|uint|int8|byte|rune|bool|int|any)(?![])	t21			1
R		[\p{Nd}]+i	t67
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t67
R		[\p{Nd}]+(\.[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+|\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t69			1
R		\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t69			1
R		0[0-7]+	t73
R		0[Xx][0-9A-F_a-f]+	t70
R		0b[0-1_]+	t68
R		(0|[1-9][0-9_]*)	t71			1
R		'(\\["'\\a-bfnrtv]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|[^\\])'	t55			1
R		(`)([^\`]*)(`)	g(t50,r(Go Text Template,11:50),t50)			3
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		(<<=|>>=|<<|>>|<=|>=|&\^=|&\^|\+=|-=|\*=|\/=|%=|&=|\|=|&&|\|\||<-|\+\+|--|==|!=|:=|\.\.\.|[\%-\&\*-\+\-\/])	t75			1
R		([A-Z_a-z][]*)([]*)(\()	g(t45,s(root),t78)			3
R		[\!\(-\)\,\.\:-\>\[\]-\^\{-\~]	t78
R		[^[^]][]*	t33
