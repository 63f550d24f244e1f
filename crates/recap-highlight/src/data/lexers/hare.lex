S	string
R		"	t50	o1
R		\\(["'0\\a-bfnrtv]|x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})	t59			1
R		[^\n"\\]+	t50
R		\\	t50
S	root
R		[\n]+	t99
R		@[a-z]+	t26
R		\/\/[^\n]*\n	t82
R		"	t50	p(string)
R		`[^\`]*`	t50
R		'(\\["'0\\a-bfnrtv]||\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})|[^'\\])'	t55			2
R		(0|[1-9][\p{Nd}]*)\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?(f32|f64)?	t69			3
R		(0|[1-9][\p{Nd}]*)([Ee][\+\-]?[\p{Nd}]+)?(f32|f64)	t69			3
R		0x[0-9A-Fa-f]+\.[0-9A-Fa-f]+([Pp][\+\-]?[\p{Nd}]+(f32|f64)?)?	t69			2
R		0x[0-9A-Fa-f]+[Pp][\+\-]?[\p{Nd}]+(f32|f64)	t69			1
R		0x[0-9A-Fa-f]+(z|[iu](8|16|32|64)?)?	t70			2
R		0o[0-7]+(z|[iu](8|16|32|64)?)?	t73			2
R		0b[0-1]+(z|[iu](8|16|32|64)?)?	t68			2
R		(0|[1-9][\p{Nd}]*)([Ee][\+\-]?[\p{Nd}]+)?(z|[iu](8|16|32|64)?)?	t71			4
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]|[ai]s(?![])|\.\.\.	t75
R		[\(-\)\,\.\;\[\]\{\}]	t78
R		use(?![])	t18
R		(_|align|break|const|continue|else|enum|export|for|if|return|static|struct|offset|union|fn|free|assert|abort|alloc|let|len|def|type|match|switch|case|append|delete|insert|defer|yield|vastart|vaarg|vaend)(?![])	t15			1
R		(size)([\n]*)(\()	g(t15,t99,t78)			3
R		(str|size|rune|bool|int|uint|uintptr|u8|u16|u32|u64|i8|i16|i32|i64|f32|f64|null|void|done|nullable|valist|opaque|never)(?![])	t21			1
R		(true|false)(?![])	t37			1
R		[A-Z_a-z][]*	t22
