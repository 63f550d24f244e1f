S	modname
R		[]+	t8000			0
R		[A-Z_a-z][]*	t2009	o1		0
R				o1		0
S	lifetime
R		[A-Z_a-z]+[]*	t2001			0
R				o1		0
S	number_lit
R		[iu](8|16|32|64|size)	t1000	o1		1
R		f(32|64)	t1000	o1		1
R				o1		0
S	attribute_common
R		"	t3100	p(string)		0
R		\[	t6100	p(attribute[)		0
S	bytestring
R		\\x[8-9A-Fa-f][0-9A-Fa-f]	t3109			0
I	string
S	comment
R		[^\*\/]+	t6002			0
R		\/\*	t6002	p()		0
R		\*\/	t6002	o1		0
R		[\*\/]	t6002			0
S	doccomment
R		[^\*\/]+	t3107			0
R		\/\*	t3107	p()		0
R		\*\/	t3107	o1		0
R		[\*\/]	t3107			0
S	funcname
R		[]+	t8000			0
R		[A-Z_a-z][]*	t2300	o1		0
R				o1		0
S	formatted_string
R		"	t3100	o1		0
R		\\["'\\nrt]|\\(?=\n)|\\x[0-7][0-9A-Fa-f]|\\0|\\u\{[0-9A-Fa-f]{1,6}\}|\{\{|\}\}	t3109			0
R		\{[^\}]*\}	t3111			0
R		[^"\\\{\}]+	t3100			0
R		\\	t3100			0
S	string
R		"	t3100	o1		0
R		\\["'\\nrt]|\\(?=\n)|\\x[0-7][0-9A-Fa-f]|\\0|\\u\{[0-9A-Fa-f]{1,6}\}	t3109			0
R		[^"\\]+	t3100			0
R		\\	t3100			0
S	root
R		#![^\n\r\[][^\n]*(?![^\n])	t6100			0
R				p(base)		0
S	attribute[
I	attribute_common
R		\]	t6100	o1		0
R		[^"\[\]]+	t6100			0
S	base
R		\n	t8001			0
R		[]+	t8001			0
R		\/\/![^\n]*?\n	t3107			0
R		\/\/\/(\n|[^\/][^\n]*?\n)	t3107			1
R		\/\/([^\n]*?)\n	t6003			1
R		\/\*\*(\n|[^\*\/])	t3107	p(doccomment)		1
R		\/\*!	t3107	p(doccomment)		0
R		\/\*	t6002	p(comment)		0
R		"	t3100	p(string)		0
R		\$([A-Z_a-z][]*|\(,?|\),?|,?)	t6100			1
R		(unsafe|static|extern|return|const|crate|where|while|await|trait|super|async|match|impl|else|move|loop|pub|ref|mut|for|dyn|use|box|in|if|as)(?![])	t1000			1
R		(abstract|override|unsized|virtual|become|typeof|final|macro|yield|priv|try|do)(?![])	t1005			1
R		(true|false)(?![])	t1001			1
R		self(?![])	t2101			0
R		mod(?![])	t1000	p(modname)		0
R		let(?![])	t1002			0
R		fn(?![])	t1000	p(funcname)		0
R		(struct|enum|type|union)(?![])	t1000	p(typename)		1
R		(default)([]+)(type|fn)(?![])	g(t1000,t8000,t1000)			3
R		(isize|usize|bool|char|u128|i128|i64|i32|i16|str|u64|u32|f32|f64|u16|i8|u8)(?![])	t1006			1
R		[Ss]elf(?![])	t2101			0
R		(DoubleEndedIterator|ExactSizeIterator|IntoIterator|PartialOrd|PartialEq|ToString|Iterator|ToOwned|Default|Result|String|FnOnce|Extend|Option|FnMut|Unpin|Sized|AsRef|AsMut|Clone|None|From|Into|Sync|drop|Send|Drop|Copy|Some|Ord|Err|Box|Vec|Eq|Ok|Fn)(?![])	t2100			1
R		::(?:(?<=[])(?![])|(?<![])(?=[]))	t8000			0
R		(?::|->)	t8000	p(typename)		0
R		(break|continue)((?:(?<=[])(?![])|(?<![])(?=[]))[]*)('[A-Z_a-z][]*)?	g(t1000,t8001,t2008)			3
R		'(\\["'\\nrt]|\\x[0-7][0-9A-Fa-f]|\\0|\\u\{[0-9A-Fa-f]{1,6}\}|[^\n])'	t3105			1
R		(b)('(?:\\["'\\nrt]|\\x[0-9A-Fa-f]{2}|\\0|[^\n])')	g(t3101,t3105)			2
R		0b[0-1_]+	t3201	p(number_lit)		0
R		0o[0-7_]+	t3206	p(number_lit)		0
R		0[Xx][0-9A-F_a-f]+	t3203	p(number_lit)		0
R		[0-9][0-9_]*(\.[0-9_]+[Ee][\+\-]?[0-9_]+|\.[0-9_]*(?!\.)|[Ee][\+\-]?[0-9_]+)	t3202	p(number_lit)		1
R		[0-9][0-9_]*	t3204	p(number_lit)		0
R		(b)(")	g(t3101,t3100)	p(bytestring)		2
R		(b?r)(#*)("[\u0000-\u{10FFFF}]*?"(?:\2))	g(t3101,t3100,t3100)			3
R		'(static|_)	t2100			1
R		'	t2001	p(lifetime)		0
R		\.\.=?	t4000			0
R		[\(-\)\,\.\;\[\]\{\}]	t5000			0
R		[\!\%-\&\*-\+\-\/\:\<-\@\^\|\~]	t4000			0
R		(?:(?<=[])(?![])|(?<![])(?=[]))(r#)?_?([A-Z][0-9A-Z_]*){2,}(?:(?<=[])(?![])|(?<![])(?=[]))	t2003			2
R		((?:e?print(?:ln)?|format(?:_args)?|panic|todo|un(?:reachable|implemented))!)([]*)(\()([]*)(")	g(t2301,t8001,t5000,t8001,t3100)	p(formatted_string)		5
R		([A-Z_a-z][]*!)([]*)(\(|\[|\{)	g(t2301,t8001,t5000)			3
R		(r#)?[A-Z_a-z][]*	t2000			1
R		r#[A-Z_a-z][]*	t2000			0
R		#!?\[	t6100	p(attribute[)		0
R		#	t8000			0
S	typename
R		[]+	t8000			0
R		&	t1004			0
R		'(static|_)	t2100			1
R		'	t2001	p(lifetime)		0
R		(DoubleEndedIterator|ExactSizeIterator|IntoIterator|PartialOrd|PartialEq|ToString|Iterator|ToOwned|Default|Result|String|FnOnce|Extend|Option|FnMut|Unpin|Sized|AsRef|AsMut|Clone|None|From|Into|Sync|drop|Send|Drop|Copy|Some|Ord|Err|Box|Vec|Eq|Ok|Fn)(?![])	t2100			1
R		(isize|usize|bool|char|u128|i128|i64|i32|i16|str|u64|u32|f32|f64|u16|i8|u8)(?![])	t1006			1
R		[A-Z_a-z][]*	t2002	o1		0
R				o1		0
