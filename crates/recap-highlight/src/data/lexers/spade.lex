S	modname
R		[]+	t98
R		[A-Z_a-z][]*	t31	o1
R				o1
S	number_lit
R		[iu][\p{Nd}]*	t15	o1
R				o1
S	attribute_common
R		"	t50	p(string)
R		\[	t84	p(attribute[)
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
R		(reg|decl|inst|reset|initial|if|else|match|set|pipeline|stage|entity|trait|impl|for|fn|port|mod|use|as|assert|mut|inv|pub|where|gen)(?![])	t15			1
R		(true|false)(?![])	t16			1
R		self(?![])	t38
R		mod(?![])	t15	p(modname)
R		let(?![])	t17
R		fn(?![])	t15	p(funcname)
R		(struct|enum)(?![])	t15	p(typename)		1
R		(default)([]+)(type|fn)(?![])	g(t15,t98,t15)			3
R		(int|uint|bool|clock|inout)(?![])	t21			1
R		[Ss]elf(?![])	t38
R		(Option|Fn|Entity|Pipeline)(?![])	t37			1
R		::(?:(?<=[])(?![])|(?<![])(?=[]))	t98
R		(?::|->)	t98	p(typename)
R		'[0-9A-z]+	t30
R		'(\\["'\\nrt]|\\x[0-7][0-9A-Fa-f]|\\0|\\u\{[0-9A-Fa-f]{1,6}\}|[^\n])'	t55			1
R		(b)('(?:\\["'\\nrt]|\\x[0-9A-Fa-f]{2}|\\0|[^\n])')	g(t51,t55)			2
R		0b[0-1_]+	t68	p(number_lit)
R		0[Xx][0-9A-F_a-f]+	t70	p(number_lit)
R		[0-9][0-9_]*	t71	p(number_lit)
R		\.\.=?	t75
R		`[0-9A-z]+`	t75
R		[\(-\)\,\.\;\[\]\{\}]	t78
R		[\!\%-\&\*-\+\-\/\:\<-\@\^\|\~]	t75
R		(?:(?<=[])(?![])|(?<![])(?=[]))(r#)?_?([A-Z][0-9A-Z_]*){2,}(?:(?<=[])(?![])|(?<![])(?=[]))	t25			2
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
R		(Option|Fn|Entity|Pipeline)(?![])	t37			1
R		(int|uint|bool|clock|inout)(?![])	t21			1
R		[A-Z_a-z][]*	t24	o1
R				o1
