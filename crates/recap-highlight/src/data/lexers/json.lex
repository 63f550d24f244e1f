S	root
I	value
S	whitespace
R		[]+	t8000			0
S	comment
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
S	simplevalue
R		(true|false|null)(?![])	t1001			1
R		-?(0|[1-9][\p{Nd}]*)(\.[\p{Nd}]+[Ee](\+|-)?[\p{Nd}]+|[Ee](\+|-)?[\p{Nd}]+|\.[\p{Nd}]+)	t3202			4
R		-?(0|[1-9][\p{Nd}]*)	t3204			1
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
S	objectattribute
I	value
R		:	t5000			0
R		,	t5000	o1		0
R		\}	t5000	o2		0
S	objectvalue
I	whitespace
I	comment
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t2014	p(objectattribute)		0
R		\}	t5000	o1		0
S	arrayvalue
I	whitespace
I	value
I	comment
R		,	t5000			0
R		\]	t5000	o1		0
S	value
I	whitespace
I	simplevalue
I	comment
R		\{	t5000	p(objectvalue)		0
R		\[	t5000	p(arrayvalue)		0
