S	string
R		"	t3100	o1		0	""	
R		\\(["'0\\a-bfnrtv]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})	t3109			1	\x5C\x5C	
R		[^\n"\\]+	t3100			0	\x00\x09\x0B!#[]\x7F+	\x00\x09\x0B!#[]\x7F
R		\\	t3100			0	\x5C\x5C	
S	root
R		[\n]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		@[a-z]+	t2004			0	@@	
R		\/\/[^\n]*\n	t6003			0	//	
R		"	t3100	p(string)		0	""	
R		`[^\`]*`	t3100			0	``	
R		'(\\["'0\\a-bfnrtv]||\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})|[^'\\])'	t3105			2	''	
R		(0|[1-9][\p{Nd}]*)\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?(f32|f64)?	t3202			3	09	
R		(0|[1-9][\p{Nd}]*)([Ee][\+\-]?[\p{Nd}]+)?(f32|f64)	t3202			3	09	
R		0x[0-9A-Fa-f]+\.[0-9A-Fa-f]+([Pp][\+\-]?[\p{Nd}]+(f32|f64)?)?	t3202			2	00	
R		0x[0-9A-Fa-f]+[Pp][\+\-]?[\p{Nd}]+(f32|f64)	t3202			1	00	
R		0x[0-9A-Fa-f]+(z|[iu](8|16|32|64)?)?	t3203			2	00	
R		0o[0-7]+(z|[iu](8|16|32|64)?)?	t3206			2	00	
R		0b[0-1]+(z|[iu](8|16|32|64)?)?	t3201			2	00	
R		(0|[1-9][\p{Nd}]*)([Ee][\+\-]?[\p{Nd}]+)?(z|[iu](8|16|32|64)?)?	t3204			4	09	
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]|[ai]s(?![])|\.\.\.	t4000			0	!!%&*+-/::<?^^aaii||~~	
R		[\(-\)\,\.\;\[\]\{\}]	t5000			0	(),,..;;[[]]{{}}	
R		use(?![])	t1003			0	uu	
R		(_|align|break|const|continue|else|enum|export|for|if|return|static|struct|offset|union|fn|free|assert|abort|alloc|let|len|def|type|match|switch|case|append|delete|insert|defer|yield|vastart|vaarg|vaend)(?![])	t1000			1	__afiilmoorvyy	
R		(size)([\n]*)(\()	g(t1000,t8001,t5000)			3	ss	
R		(str|size|rune|bool|int|uint|uintptr|u8|u16|u32|u64|i8|i16|i32|i64|f32|f64|null|void|done|nullable|valist|opaque|never)(?![])	t1006			1	bbddffiinorsuv	
R		(true|false)(?![])	t2100			1	fftt	
R		[A-Z_a-z][]*	t2000			0	AZ__az	
