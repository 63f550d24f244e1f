S	package
R		[A-Z_a-z][\.]*	t2009	o1		0	AZ__az	
R				o1		0	*	
S	message
R		[A-Z_a-z][\.]*	t2002	o1		0	AZ__az	
R				o1		0	*	
S	type
R		[A-Z_a-z][]*	t2000	o1		0	AZ__az	
R				o1		0	*	
S	root
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		[\(-\)\,\;-\<\>\[\]\{\}]	t5000			0	(),,;<>>[[]]{{}}	
R		\/(\\\n)?\/(\n|([^\n]|\n)*?[^\\]\n)	t6003			3	//	
R		\/(\\\n)?\*([^\n]|\n)*?\*(\\\n)?\/	t6002			3	//	
R		(?<![])(ctype|default|edition|export|local|max|option|optional|packed|public|repeated|required|reserved|returns|stream|syntax|to|weak)(?![])	t1000			1	celmoprtww	
R		(?<![])(extensions|map)(?![])	t1002			1	eemm	
R		(sfixed32|sfixed64|fixed32|fixed64|sint32|sint64|double|string|uint32|uint64|int32|float|int64|bytes|bool)(?![])	t1006			1	bbddffiissuu	
R		(true|false)(?![])	t1001			1	fftt	
R		(package)([]+)	g(t1003,t8000)	p(package)		2	pp	
R		import(?![])	t1003			0	ii	
R		(message|extend)([]+)	g(t1002,t8000)	p(message)		2	eemm	
R		(enum|group|oneof|rpc|service)([]+)	g(t1002,t8000)	p(type)		2	eeggoors	
R		"[^\n]*?"	t3100			0	""	
R		'[^\n]*?'	t3100			0	''	
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[LUlu]*	t3202			1	..09+	
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t3202			1	..09+	
R		(-?(inf|nan))(?![])	t3202			2	--iinn	
R		0x[0-9A-Fa-f]+[LUlu]*	t3203			0	00	
R		0[0-7]+[LUlu]*	t3206			0	00	
R		[\p{Nd}]+[LUlu]*	t3204			0	09+	09
R		[\+-\=]	t4000			0	+=	
R		([A-Z_a-z][\.]*)([\t ]*)(=)	g(t2000,t8000,t4000)			3	AZ__az	
R		[A-Z_a-z][\.]*	t2000			0	AZ__az	
