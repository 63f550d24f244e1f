S	package
R		[A-Z_a-z][\.]*	t31	o1
R				o1
S	message
R		[A-Z_a-z][\.]*	t24	o1
R				o1
S	type
R		[A-Z_a-z][]*	t22	o1
R				o1
S	root
R		[]+	t98
R		[\(-\)\,\;-\<\>\[\]\{\}]	t78
R		\/(\\\n)?\/(\n|([^\n]|\n)*?[^\\]\n)	t82			3
R		\/(\\\n)?\*([^\n]|\n)*?\*(\\\n)?\/	t81			3
R		(?<![])(ctype|default|edition|export|local|max|option|optional|packed|public|repeated|required|reserved|returns|stream|syntax|to|weak)(?![])	t15			1
R		(?<![])(extensions|map)(?![])	t17			1
R		(sfixed32|sfixed64|fixed32|fixed64|sint32|sint64|double|string|uint32|uint64|int32|float|int64|bytes|bool)(?![])	t21			1
R		(true|false)(?![])	t16			1
R		(package)([]+)	g(t18,t98)	p(package)		2
R		import(?![])	t18
R		(message|extend)([]+)	g(t17,t98)	p(message)		2
R		(enum|group|oneof|rpc|service)([]+)	g(t17,t98)	p(type)		2
R		"[^\n]*?"	t50
R		'[^\n]*?'	t50
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[LUlu]*	t69			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t69			1
R		(-?(inf|nan))(?![])	t69			2
R		0x[0-9A-Fa-f]+[LUlu]*	t70
R		0[0-7]+[LUlu]*	t73
R		[\p{Nd}]+[LUlu]*	t71
R		[\+-\=]	t75
R		([A-Z_a-z][\.]*)([\t ]*)(=)	g(t22,t98,t75)			3
R		[A-Z_a-z][\.]*	t22
