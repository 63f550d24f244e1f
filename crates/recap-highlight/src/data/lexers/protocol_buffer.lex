S	package
R		[A-Z_a-z][\.]*	t2009	o1		0
R				o1		0
S	message
R		[A-Z_a-z][\.]*	t2002	o1		0
R				o1		0
S	type
R		[A-Z_a-z][]*	t2000	o1		0
R				o1		0
S	root
R		[]+	t8000			0
R		[\(-\)\,\;-\<\>\[\]\{\}]	t5000			0
R		\/(\\\n)?\/(\n|([^\n]|\n)*?[^\\]\n)	t6003			3
R		\/(\\\n)?\*([^\n]|\n)*?\*(\\\n)?\/	t6002			3
R		(?<![])(ctype|default|edition|export|local|max|option|optional|packed|public|repeated|required|reserved|returns|stream|syntax|to|weak)(?![])	t1000			1
R		(?<![])(extensions|map)(?![])	t1002			1
R		(sfixed32|sfixed64|fixed32|fixed64|sint32|sint64|double|string|uint32|uint64|int32|float|int64|bytes|bool)(?![])	t1006			1
R		(true|false)(?![])	t1001			1
R		(package)([]+)	g(t1003,t8000)	p(package)		2
R		import(?![])	t1003			0
R		(message|extend)([]+)	g(t1002,t8000)	p(message)		2
R		(enum|group|oneof|rpc|service)([]+)	g(t1002,t8000)	p(type)		2
R		"[^\n]*?"	t3100			0
R		'[^\n]*?'	t3100			0
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[LUlu]*	t3202			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t3202			1
R		(-?(inf|nan))(?![])	t3202			2
R		0x[0-9A-Fa-f]+[LUlu]*	t3203			0
R		0[0-7]+[LUlu]*	t3206			0
R		[\p{Nd}]+[LUlu]*	t3204			0
R		[\+-\=]	t4000			0
R		([A-Z_a-z][\.]*)([\t ]*)(=)	g(t2000,t8000,t4000)			3
R		[A-Z_a-z][\.]*	t2000			0
