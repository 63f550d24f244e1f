S	root
I	value
S	whitespace
R		[]+	t98
S	comment
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
S	simplevalue
R		(true|false|null)(?![])	t16			1
R		-?(0|[1-9][\p{Nd}]*)(\.[\p{Nd}]+[Ee](\+|-)?[\p{Nd}]+|[Ee](\+|-)?[\p{Nd}]+|\.[\p{Nd}]+)	t69			4
R		-?(0|[1-9][\p{Nd}]*)	t71			1
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
S	objectattribute
I	value
R		:	t78
R		,	t78	o1
R		\}	t78	o2
S	objectvalue
I	whitespace
I	comment
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t36	p(objectattribute)
R		\}	t78	o1
S	arrayvalue
I	whitespace
I	value
I	comment
R		,	t78
R		\]	t78	o1
S	value
I	whitespace
I	simplevalue
I	comment
R		\{	t78	p(objectvalue)
R		\[	t78	p(arrayvalue)
