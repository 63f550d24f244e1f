S	string
R		"	t3100	o1		0
R		\\(["'0\\a-bfnrtv]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})	t3109			1
R		[^\n"\\]+	t3100			0
R		\\	t3100			0
S	root
R		[\n]+	t8001			0
R		@[a-z]+	t2004			0
R		\/\/[^\n]*\n	t6003			0
R		"	t3100	p(string)		0
R		`[^\`]*`	t3100			0
R		'(\\["'0\\a-bfnrtv]||\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})|[^'\\])'	t3105			2
R		(0|[1-9][\p{Nd}]*)\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?(f32|f64)?	t3202			3
R		(0|[1-9][\p{Nd}]*)([Ee][\+\-]?[\p{Nd}]+)?(f32|f64)	t3202			3
R		0x[0-9A-Fa-f]+\.[0-9A-Fa-f]+([Pp][\+\-]?[\p{Nd}]+(f32|f64)?)?	t3202			2
R		0x[0-9A-Fa-f]+[Pp][\+\-]?[\p{Nd}]+(f32|f64)	t3202			1
R		0x[0-9A-Fa-f]+(z|[iu](8|16|32|64)?)?	t3203			2
R		0o[0-7]+(z|[iu](8|16|32|64)?)?	t3206			2
R		0b[0-1]+(z|[iu](8|16|32|64)?)?	t3201			2
R		(0|[1-9][\p{Nd}]*)([Ee][\+\-]?[\p{Nd}]+)?(z|[iu](8|16|32|64)?)?	t3204			4
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]|[ai]s(?![])|\.\.\.	t4000			0
R		[\(-\)\,\.\;\[\]\{\}]	t5000			0
R		use(?![])	t1003			0
R		(_|align|break|const|continue|else|enum|export|for|if|return|static|struct|offset|union|fn|free|assert|abort|alloc|let|len|def|type|match|switch|case|append|delete|insert|defer|yield|vastart|vaarg|vaend)(?![])	t1000			1
R		(size)([\n]*)(\()	g(t1000,t8001,t5000)			3
R		(str|size|rune|bool|int|uint|uintptr|u8|u16|u32|u64|i8|i16|i32|i64|f32|f64|null|void|done|nullable|valist|opaque|never)(?![])	t1006			1
R		(true|false)(?![])	t2100			1
R		[A-Z_a-z][]*	t2000			0
