S	string_double_multiline
R		"""	t3108	o1		0
R		[^"\$\\]+	t3108			0
I	string_common
R		(\$|")+	t3108			1
S	class
R		[\$A-Z_a-z][]*	t2002	o1		0
S	import_decl
I	string_literal
R		[]+	t8000			0
R		(?<![])(as|show|hide)(?![])	t1000			1
R		[\$A-Z_a-z][]*	t2000			0
R		,	t5000			0
R		;	t5000	o1		0
S	string_single_multiline
R		'''	t3115	o1		0
R		[^\$'\\]+	t3115			0
I	string_common
R		(\$|')+	t3115			1
S	root
I	string_literal
R		#!([\u0000-\u{10FFFF}]*?)(?![^\n])	t6100			1
R		(?<![])(import|export)(?![])	t1000	p(import_decl)		1
R		(?<![])(library|source|part of|part)(?![])	t1000			1
R		[^\n[^]]+	t8000			0
R		\/\/[^\n]*\n?	t6003			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
R		(?<![])(class)(?![])([]+)	g(t1002,t8000)	p(class)		2
R		(?<![])(assert|break|case|catch|continue|default|do|else|finally|for|if|in|is|new|return|super|switch|this|throw|try|while)(?![])	t1000			1
R		(?<![])(abstract|async|await|const|extends|factory|final|get|implements|native|operator|required|set|static|sync|typedef|var|with|yield)(?![])	t1002			1
R		(?<![])(bool|double|dynamic|int|num|Object|String|void)(?![])	t1006			1
R		(?<![])(false|null|true)(?![])	t1001			1
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]|as(?![])	t4000			0
R		[\$A-Z_a-z][]*:	t2008			0
R		[\$A-Z_a-z][]*	t2000			0
R		[\(-\)\,\.\;\[\]\{\}]	t5000			0
R		0[Xx][0-9A-Fa-f]+	t3203			0
R		[\p{Nd}]+(\.[\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}]+)?	t3200			2
R		\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t3200			1
R		\n	t8000			0
S	string_literal
R		r"""([\u0000-\u{10FFFF}]*?)"""	t3108			1
R		r'''([\u0000-\u{10FFFF}]*?)'''	t3115			1
R		r"([\u0000-\u{10FFFF}]*?)"	t3108			1
R		r'([\u0000-\u{10FFFF}]*?)'	t3115			1
R		"""	t3108	p(string_double_multiline)		0
R		'''	t3115	p(string_single_multiline)		0
R		"	t3108	p(string_double)		0
R		'	t3115	p(string_single)		0
S	string_common
R		\\(x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|u\{[0-9A-Fa-f]*\}|["\$'\\a-z])	t3109			1
R		(\$)([A-Z_a-z][]*)	g(t3111,t2000)			2
R		(\$\{)([\u0000-\u{10FFFF}]*?)(\})	g(t3111,s(root),t3111)			3
S	string_double
R		"	t3108	o1		0
R		[^\n"\$\\]+	t3108			0
I	string_common
R		\$+	t3108			0
S	string_single
R		'	t3115	o1		0
R		[^\n\$'\\]+	t3115			0
I	string_common
R		\$+	t3115			0
