S	root
R		(query|mutation|subscription|fragment|scalar|implements|interface|union|enum|input|type)	t1002	p(type)		1
R		(on|extend|schema|directive|\.\.\.)	t1002			1
R		(QUERY|MUTATION|SUBSCRIPTION|FIELD|FRAGMENT_DEFINITION|FRAGMENT_SPREAD|INLINE_FRAGMENT|SCHEMA|SCALAR|OBJECT|FIELD_DEFINITION|ARGUMENT_DEFINITION|INTERFACE|UNION|ENUM|ENUM_VALUE|INPUT_OBJECT|INPUT_FIELD_DEFINITION)(?![])	t1001			1
R		[^[^]][]*	t2013			0
R		@[]+	t2004			0
R		:	t5000	p(type)		0
R		[\!\(-\)\,\=\[\]\{-\}]	t5000			0
R		\$[]+	t2200			0
R		[\p{Nd}]+i	t3200			0
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t3200			1
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t3200			1
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t3200			0
R		[\p{Nd}]+(\.[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+|\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t3202			1
R		\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t3202			1
R		(0|[1-9][0-9]*)	t3204			1
R		"""[\u0000-\u007F]*?"""	t3100			0
R		"(\\["\\a-bfnrtv]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|[^\\])"	t3105			1
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
R		"(true|false|null)*"	t3000			1
R		[\n\r]+	t8001			0
R		#[^\n\r]*	t6000			0
S	type
R		[\(-\)\[\]\{\}]	t5000	o1		0
R		[^[^]][]*	t2002	o1		0
I	root
