S	root
R		((?<![^\n])[]*)((?:(?:public|private|protected|static|strictfp)(?:[]+))*)(record)(?![])	g(t99,s(root),t17)	p(class)		3
R		[^\n[^]]+	t99
R		(\/\/[\u0000-\u{10FFFF}]*?)(\n)	g(t82,t99)			2
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
R		(assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new|return|switch|this|throw|try|while)(?![])	t15			1
R		((?:(?:[^[^]]|\$)[\$\.\<\>-\?\[\]]*[]+)+?)((?:[^[^]]|\$)[\$]*)([]*)(\()	g(s(root),t45,t99,t78)			4
R		@[^[^]][\.]*	t26
R		(abstract|const|enum|exports|extends|final|implements|native|non-sealed|open|opens|permits|private|protected|provides|public|requires|sealed|static|strictfp|super|synchronized|throws|to|transient|transitive|uses|volatile|with|yield)(?![])	t17			1
R		(boolean|byte|char|double|float|int|long|short|void)(?![])	t21			1
R		(package)([]+)	g(t18,t99)	p(import)		2
R		(true|false|null)(?![])	t16			1
R		(class|interface)(?![])	t17	p(class)		1
R		(module)(?![])	t17	p(module)		1
R		(var)([]+)	g(t17,t99)	p(var)		2
R		(import(?:[]+(?:static|module))?)([]+)	g(t18,t99)	p(import)		2
R		"""\n	t50	p(multiline_string)
R		"	t50	p(string)
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'|'\\u[0-9A-Fa-f]{4}'	t55
R		(\.)((?:[^[^]]|\$)[\$]*)	g(t78,t23)			2
R		(?<![^\n])([]*)(default)(:)	g(t99,t15,t78)			3
R		(?<![^\n])([]*)((?:[^[^]]|\$)[\$]*)(:)	g(t99,t30,t78)			3
R		([^[^]]|\$)[\$]*	t22			1
R		([0-9][0-9_]*\.([0-9][0-9_]*)?|\.[0-9][0-9_]*)([Ee][\+\-]?[0-9][0-9_]*)?[DFdf]?|[0-9][Ee][\+\-]?[0-9][0-9_]*[DFdf]?|[0-9]([Ee][\+\-]?[0-9][0-9_]*)?[DFdf]|0[Xx]([0-9A-Fa-f][0-9A-F_a-f]*\.?|([0-9A-Fa-f][0-9A-F_a-f]*)?\.[0-9A-Fa-f][0-9A-F_a-f]*)[Pp][\+\-]?[0-9][0-9_]*[DFdf]?	t69			6
R		0[Xx][0-9A-Fa-f][0-9A-F_a-f]*[Ll]?	t70
R		0[Bb][0-1][0-1_]*[Ll]?	t68
R		0[0-7_]+[Ll]?	t73
R		0|[1-9][0-9_]*[Ll]?	t71
R		[\!\%-\&\*-\+\-\/\<-\?\[\]-\^\|\~]	t75
R		[\(-\)\,\.\:-\;\{\}]	t78
R		\n	t99
S	class
R		[]+	t98
R		([^[^]]|\$)[\$]*	t24	o1		1
S	module
R		[]+	t98
R		([^[^]]|\$)[\$]*	t24	o1		1
S	var
R		([^[^]]|\$)[\$]*	t22	o1		1
S	import
R		[\.]+\*?	t31	o1
S	multiline_string
R		"""	t50	o1
R		"	t50
I	string
S	string
R		[^"\\]+	t50
R		\\\\	t50
R		\\"	t50
R		\\	t50
R		"	t50	o1
