S	root
R		(query|mutation|subscription|fragment|scalar|implements|interface|union|enum|input|type)	t17	p(type)		1
R		(on|extend|schema|directive|\.\.\.)	t17			1
R		(QUERY|MUTATION|SUBSCRIPTION|FIELD|FRAGMENT_DEFINITION|FRAGMENT_SPREAD|INLINE_FRAGMENT|SCHEMA|SCALAR|OBJECT|FIELD_DEFINITION|ARGUMENT_DEFINITION|INTERFACE|UNION|ENUM|ENUM_VALUE|INPUT_OBJECT|INPUT_FIELD_DEFINITION)(?![])	t16			1
R		[^[^]][]*	t35
R		@[]+	t26
R		:	t78	p(type)
R		[\!\(-\)\,\=\[\]\{-\}]	t78
R		\$[]+	t39
R		[\p{Nd}]+i	t67
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t67
R		[\p{Nd}]+(\.[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+|\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t69			1
R		\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t69			1
R		(0|[1-9][0-9]*)	t71			1
R		"""[\u0000-\u007F]*?"""	t50
R		"(\\["\\a-bfnrtv]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|[^\\])"	t55			1
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		"(true|false|null)*"	t47			1
R		[\n\r]+	t99
R		#[^\n\r]*	t79
S	type
R		[\(-\)\[\]\{\}]	t78	o1
R		[^[^]][]*	t24	o1
I	root
