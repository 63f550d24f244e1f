S	root
R		[]+	t99
R		\/\/\/[^\n]*	t83
R		\/\/[^\n]*	t82
R		\/\*	t81	p(block_comment)
R		@[A-Z_a-z][0-9A-Z_a-z]*	t26
R		#\[	t26	p(attribute)
R		(fn|let|mut|match|if|else|elif|while|for|in|return|break|continue|import|export|module|pub|priv|struct|enum|impl|trait|where|type|const|static|async|await|spawn|guard|defer|use|as|self|Self|super|yield|do)(?![])	t15			1
R		(int|i8|i16|i32|i64|i128|uint|u8|u16|u32|u64|u128|float|f32|f64|bool|str|char|bytes|any|never|list|map|set|tuple|Option|Result|Some|None|Ok|Err)(?![])	t21			1
R		(true|false|null)(?![])	t16			1
R		(print|println|eprint|eprintln|format|panic|assert|assert_eq|todo|unimplemented|unreachable|len|range|map|filter|reduce|fold|zip|enumerate|sort|sorted|reverse|sum|min|max)(?![])	t37			1
R		(fn)([]+)([A-Z_a-z][0-9A-Z_a-z]*)	g(t15,t99,t45)			3
R		(struct|enum|trait|type|impl)([]+)([A-Z][0-9A-Z_a-z]*)	g(t15,t99,t24)			3
R		([A-Z_a-z][0-9A-Z_a-z]*)(::)	g(t31,t78)			2
R		[A-Z][0-9A-Z_a-z]*	t24
R		r#"[^\n]*?"#	t50
R		r"[^"\\]*(?:\\[^\n][^"\\]*)*"	t50
R		b"	t50	p(string)
R		"	t50	p(string)
R		'(?:\\[^\n]|[^'\\])'	t55
R		[0-9][0-9_]*\.[0-9][0-9_]*(?:[Ee][\+\-]?[0-9][0-9_]*)?(?:_?f(32|64))?	t69			1
R		0x[0-9A-Fa-f][0-9A-F_a-f]*(?:_?[iu](8|16|32|64|128))?	t70			1
R		0o[0-7][0-7_]*(?:_?[iu](8|16|32|64|128))?	t73			1
R		0b[0-1][0-1_]*(?:_?[iu](8|16|32|64|128))?	t68			1
R		[0-9][0-9_]*(?:_?[iu](8|16|32|64|128))?	t71			1
R		\|>	t75
R		(==|!=|<=|>=|->|=>|&&|\|\||<<|>>|::|\.\.=?|\?\?|[\!\%-\&\*-\+\-\/\<-\?\^\|\~])	t75			1
R		[\(-\)\,\.\:-\;\[\]\{\}]	t78
R		[A-Z_a-z][0-9A-Z_a-z]*	t22
S	block_comment
R		[^\*\/]+	t81
R		\/\*	t81	p()
R		\*\/	t81	o1
R		[\*\/]	t81
S	string
R		\\["'0\\nrt]	t59
R		\\x[0-9A-Fa-f]{2}	t59
R		\\u\{[0-9A-Fa-f]+\}	t59
R		\{[^\}]*\}	t61
R		[^"\\\{\}]+	t50
R		"	t50	o1
S	attribute
R		[^\[\]]+	t26
R		\[	t26	p()
R		\]	t26	o1
