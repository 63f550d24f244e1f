S	modname
R		[]+	t98
R		[A-Z_a-z][]*	t31	o1
R				o1
S	lifetime
R		[A-Z_a-z]+[]*	t23
R				o1
S	number_lit
R		[iu](8|16|32|64|size)	t15	o1		1
R		f(32|64)	t15	o1		1
R				o1
S	attribute_common
R		"	t50	p(string)
R		\[	t84	p(attribute[)
S	bytestring
R		\\x[8-9A-Fa-f][0-9A-Fa-f]	t59
I	string
S	comment
R		[^\*\/]+	t81
R		\/\*	t81	p()
R		\*\/	t81	o1
R		[\*\/]	t81
S	doccomment
R		[^\*\/]+	t57
R		\/\*	t57	p()
R		\*\/	t57	o1
R		[\*\/]	t57
S	funcname
R		[]+	t98
R		[A-Z_a-z][]*	t45	o1
R				o1
S	formatted_string
R		"	t50	o1
R		\\["'\\nrt]|\\(?=\n)|\\x[0-7][0-9A-Fa-f]|\\0|\\u\{[0-9A-Fa-f]{1,6}\}|\{\{|\}\}	t59
R		\{[^\}]*\}	t61
R		[^"\\\{\}]+	t50
R		\\	t50
S	string
R		"	t50	o1
R		\\["'\\nrt]|\\(?=\n)|\\x[0-7][0-9A-Fa-f]|\\0|\\u\{[0-9A-Fa-f]{1,6}\}	t59
R		[^"\\]+	t50
R		\\	t50
S	root
R		#![^\n\r\[][^\n]*(?![^\n])	t84
R				p(base)
S	attribute[
I	attribute_common
R		\]	t84	o1
R		[^"\[\]]+	t84
S	base
R		\n	t99
R		[]+	t99
R		\/\/![^\n]*?\n	t57
R		\/\/\/(\n|[^\/][^\n]*?\n)	t57			1
R		\/\/([^\n]*?)\n	t82			1
R		\/\*\*(\n|[^\*\/])	t57	p(doccomment)		1
R		\/\*!	t57	p(doccomment)
R		\/\*	t81	p(comment)
R		"	t50	p(string)
R		\$([A-Z_a-z][]*|\(,?|\),?|,?)	t84			1
R		(unsafe|static|extern|return|const|crate|where|while|await|trait|super|async|match|impl|else|move|loop|pub|ref|mut|for|dyn|use|box|in|if|as)(?![])	t15			1
R		(abstract|override|unsized|virtual|become|typeof|final|macro|yield|priv|try|do)(?![])	t20			1
R		(true|false)(?![])	t16			1
R		self(?![])	t38
R		mod(?![])	t15	p(modname)
R		let(?![])	t17
R		fn(?![])	t15	p(funcname)
R		(struct|enum|type|union)(?![])	t15	p(typename)		1
R		(default)([]+)(type|fn)(?![])	g(t15,t98,t15)			3
R		(isize|usize|bool|char|u128|i128|i64|i32|i16|str|u64|u32|f32|f64|u16|i8|u8)(?![])	t21			1
R		[Ss]elf(?![])	t38
R		(DoubleEndedIterator|ExactSizeIterator|IntoIterator|PartialOrd|PartialEq|ToString|Iterator|ToOwned|Default|Result|String|FnOnce|Extend|Option|FnMut|Unpin|Sized|AsRef|AsMut|Clone|None|From|Into|Sync|drop|Send|Drop|Copy|Some|Ord|Err|Box|Vec|Eq|Ok|Fn)(?![])	t37			1
R		::(?:(?<=[])(?![])|(?<![])(?=[]))	t98
R		(?::|->)	t98	p(typename)
R		(break|continue)((?:(?<=[])(?![])|(?<![])(?=[]))[]*)('[A-Z_a-z][]*)?	g(t15,t99,t30)			3
R		'(\\["'\\nrt]|\\x[0-7][0-9A-Fa-f]|\\0|\\u\{[0-9A-Fa-f]{1,6}\}|[^\n])'	t55			1
R		(b)('(?:\\["'\\nrt]|\\x[0-9A-Fa-f]{2}|\\0|[^\n])')	g(t51,t55)			2
R		0b[0-1_]+	t68	p(number_lit)
R		0o[0-7_]+	t73	p(number_lit)
R		0[Xx][0-9A-F_a-f]+	t70	p(number_lit)
R		[0-9][0-9_]*(\.[0-9_]+[Ee][\+\-]?[0-9_]+|\.[0-9_]*(?!\.)|[Ee][\+\-]?[0-9_]+)	t69	p(number_lit)		1
R		[0-9][0-9_]*	t71	p(number_lit)
R		(b)(")	g(t51,t50)	p(bytestring)		2
R		(b?r)(#*)("[\u0000-\u{10FFFF}]*?"(?:\2))	g(t51,t50,t50)			3
R		'(static|_)	t37			1
R		'	t23	p(lifetime)
R		\.\.=?	t75
R		[\(-\)\,\.\;\[\]\{\}]	t78
R		[\!\%-\&\*-\+\-\/\:\<-\@\^\|\~]	t75
R		(?:(?<=[])(?![])|(?<![])(?=[]))(r#)?_?([A-Z][0-9A-Z_]*){2,}(?:(?<=[])(?![])|(?<![])(?=[]))	t25			2
R		((?:e?print(?:ln)?|format(?:_args)?|panic|todo|un(?:reachable|implemented))!)([]*)(\()([]*)(")	g(t46,t99,t78,t99,t50)	p(formatted_string)		5
R		([A-Z_a-z][]*!)([]*)(\(|\[|\{)	g(t46,t99,t78)			3
R		(r#)?[A-Z_a-z][]*	t22			1
R		r#[A-Z_a-z][]*	t22
R		#!?\[	t84	p(attribute[)
R		#	t98
S	typename
R		[]+	t98
R		&	t19
R		'(static|_)	t37			1
R		'	t23	p(lifetime)
R		(DoubleEndedIterator|ExactSizeIterator|IntoIterator|PartialOrd|PartialEq|ToString|Iterator|ToOwned|Default|Result|String|FnOnce|Extend|Option|FnMut|Unpin|Sized|AsRef|AsMut|Clone|None|From|Into|Sync|drop|Send|Drop|Copy|Some|Ord|Err|Box|Vec|Eq|Ok|Fn)(?![])	t37			1
R		(isize|usize|bool|char|u128|i128|i64|i32|i16|str|u64|u32|f32|f64|u16|i8|u8)(?![])	t21			1
R		[A-Z_a-z][]*	t24	o1
R				o1
