S	string_double_multiline
R		"""	t58	o1
R		[^"\$\\]+	t58
I	string_common
R		(\$|")+	t58			1
S	class
R		[\$A-Z_a-z][]*	t24	o1
S	import_decl
I	string_literal
R		[]+	t98
R		(?<![])(as|show|hide)(?![])	t15			1
R		[\$A-Z_a-z][]*	t22
R		,	t78
R		;	t78	o1
S	string_single_multiline
R		'''	t65	o1
R		[^\$'\\]+	t65
I	string_common
R		(\$|')+	t65			1
S	root
I	string_literal
R		#!([\u0000-\u{10FFFF}]*?)(?![^\n])	t84			1
R		(?<![])(import|export)(?![])	t15	p(import_decl)		1
R		(?<![])(library|source|part of|part)(?![])	t15			1
R		[^\n[^]]+	t98
R		\/\/[^\n]*\n?	t82
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
R		(?<![])(class)(?![])([]+)	g(t17,t98)	p(class)		2
R		(?<![])(assert|break|case|catch|continue|default|do|else|finally|for|if|in|is|new|return|super|switch|this|throw|try|while)(?![])	t15			1
R		(?<![])(abstract|async|await|const|extends|factory|final|get|implements|native|operator|required|set|static|sync|typedef|var|with|yield)(?![])	t17			1
R		(?<![])(bool|double|dynamic|int|num|Object|String|void)(?![])	t21			1
R		(?<![])(false|null|true)(?![])	t16			1
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]|as(?![])	t75
R		[\$A-Z_a-z][]*:	t30
R		[\$A-Z_a-z][]*	t22
R		[\(-\)\,\.\;\[\]\{\}]	t78
R		0[Xx][0-9A-Fa-f]+	t70
R		[\p{Nd}]+(\.[\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}]+)?	t67			2
R		\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t67			1
R		\n	t98
S	string_literal
R		r"""([\u0000-\u{10FFFF}]*?)"""	t58			1
R		r'''([\u0000-\u{10FFFF}]*?)'''	t65			1
R		r"([\u0000-\u{10FFFF}]*?)"	t58			1
R		r'([\u0000-\u{10FFFF}]*?)'	t65			1
R		"""	t58	p(string_double_multiline)
R		'''	t65	p(string_single_multiline)
R		"	t58	p(string_double)
R		'	t65	p(string_single)
S	string_common
R		\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]*\}|["\$'\\a-z])	t59			1
R		(\$)([A-Z_a-z][]*)	g(t61,t22)			2
R		(\$\{)([\u0000-\u{10FFFF}]*?)(\})	g(t61,s(root),t61)			3
S	string_double
R		"	t58	o1
R		[^\n"\$\\]+	t58
I	string_common
R		\$+	t58
S	string_single
R		'	t65	o1
R		[^\n\$'\\]+	t65
I	string_common
R		\$+	t65
