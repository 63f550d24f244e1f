S	root
R		[]+	t8001			0
R		\/\/\/[^\n]*	t6004			0
R		\/\/[^\n]*	t6003			0
R		\/\*	t6002	p(block_comment)		0
R		@[A-Z_a-z][0-9A-Z_a-z]*	t2004			0
R		#\[	t2004	p(attribute)		0
R		(fn|let|mut|match|if|else|elif|while|for|in|return|break|continue|import|export|module|pub|priv|struct|enum|impl|trait|where|type|const|static|async|await|spawn|guard|defer|use|as|self|Self|super|yield|do)(?![])	t1000			1
R		(int|i8|i16|i32|i64|i128|uint|u8|u16|u32|u64|u128|float|f32|f64|bool|str|char|bytes|any|never|list|map|set|tuple|Option|Result|Some|None|Ok|Err)(?![])	t1006			1
R		(true|false|null)(?![])	t1001			1
R		(print|println|eprint|eprintln|format|panic|assert|assert_eq|todo|unimplemented|unreachable|len|range|map|filter|reduce|fold|zip|enumerate|sort|sorted|reverse|sum|min|max)(?![])	t2100			1
R		(fn)([]+)([A-Z_a-z][0-9A-Z_a-z]*)	g(t1000,t8001,t2300)			3
R		(struct|enum|trait|type|impl)([]+)([A-Z][0-9A-Z_a-z]*)	g(t1000,t8001,t2002)			3
R		([A-Z_a-z][0-9A-Z_a-z]*)(::)	g(t2009,t5000)			2
R		[A-Z][0-9A-Z_a-z]*	t2002			0
R		r#"[^\n]*?"#	t3100			0
R		r"[^"\\]*(?:\\[^\n][^"\\]*)*"	t3100			0
R		b"	t3100	p(string)		0
R		"	t3100	p(string)		0
R		'(?:\\[^\n]|[^'\\])'	t3105			0
R		[0-9][0-9_]*\.[0-9][0-9_]*(?:[Ee][\+\-]?[0-9][0-9_]*)?(?:_?f(32|64))?	t3202			1
R		0x[0-9A-Fa-f][0-9A-F_a-f]*(?:_?[iu](8|16|32|64|128))?	t3203			1
R		0o[0-7][0-7_]*(?:_?[iu](8|16|32|64|128))?	t3206			1
R		0b[0-1][0-1_]*(?:_?[iu](8|16|32|64|128))?	t3201			1
R		[0-9][0-9_]*(?:_?[iu](8|16|32|64|128))?	t3204			1
R		\|>	t4000			0
R		(==|!=|<=|>=|->|=>|&&|\|\||<<|>>|::|\.\.=?|\?\?|[\!\%-\&\*-\+\-\/\<-\?\^\|\~])	t4000			1
R		[\(-\)\,\.\:-\;\[\]\{\}]	t5000			0
R		[A-Z_a-z][0-9A-Z_a-z]*	t2000			0
S	block_comment
R		[^\*\/]+	t6002			0
R		\/\*	t6002	p()		0
R		\*\/	t6002	o1		0
R		[\*\/]	t6002			0
S	string
R		\\["'0\\nrt]	t3109			0
R		\\x[0-9A-Fa-f]{2}	t3109			0
R		\\u\{[0-9A-Fa-f]+\}	t3109			0
R		\{[^\}]*\}	t3111			0
R		[^"\\\{\}]+	t3100			0
R		"	t3100	o1		0
S	attribute
R		[^\[\]]+	t2004			0
R		\[	t2004	p()		0
R		\]	t2004	o1		0
