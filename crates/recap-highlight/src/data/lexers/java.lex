S	root
R		((?<![^\n])[]*)((?:(?:public|private|protected|static|strictfp)(?:[]+))*)(record)(?![])	g(t8001,s(root),t1002)	p(class)		3
R		[^\n[^]]+	t8001			0
R		(\/\/[\u0000-\u{10FFFF}]*?)(\n)	g(t6003,t8001)			2
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
R		(assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new|return|switch|this|throw|try|while)(?![])	t1000			1
R		((?:(?:[^[^]]|\$)[\$\.\<\>-\?\[\]]*[]+)+?)((?:[^[^]]|\$)[\$]*)([]*)(\()	g(s(root),t2300,t8001,t5000)			4
R		@[^[^]][\.]*	t2004			0
R		(abstract|const|enum|exports|extends|final|implements|native|non-sealed|open|opens|permits|private|protected|provides|public|requires|sealed|static|strictfp|super|synchronized|throws|to|transient|transitive|uses|volatile|with|yield)(?![])	t1002			1
R		(boolean|byte|char|double|float|int|long|short|void)(?![])	t1006			1
R		(package)([]+)	g(t1003,t8001)	p(import)		2
R		(true|false|null)(?![])	t1001			1
R		(class|interface)(?![])	t1002	p(class)		1
R		(module)(?![])	t1002	p(module)		1
R		(var)([]+)	g(t1002,t8001)	p(var)		2
R		(import(?:[]+(?:static|module))?)([]+)	g(t1003,t8001)	p(import)		2
R		"""\n	t3100	p(multiline_string)		0
R		"	t3100	p(string)		0
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'|'\\u[0-9A-Fa-f]{4}'	t3105			0
R		(\.)((?:[^[^]]|\$)[\$]*)	g(t5000,t2001)			2
R		(?<![^\n])([]*)(default)(:)	g(t8001,t1000,t5000)			3
R		(?<![^\n])([]*)((?:[^[^]]|\$)[\$]*)(:)	g(t8001,t2008,t5000)			3
R		([^[^]]|\$)[\$]*	t2000			1
R		([0-9][0-9_]*\.([0-9][0-9_]*)?|\.[0-9][0-9_]*)([Ee][\+\-]?[0-9][0-9_]*)?[DFdf]?|[0-9][Ee][\+\-]?[0-9][0-9_]*[DFdf]?|[0-9]([Ee][\+\-]?[0-9][0-9_]*)?[DFdf]|0[Xx]([0-9A-Fa-f][0-9A-F_a-f]*\.?|([0-9A-Fa-f][0-9A-F_a-f]*)?\.[0-9A-Fa-f][0-9A-F_a-f]*)[Pp][\+\-]?[0-9][0-9_]*[DFdf]?	t3202			6
R		0[Xx][0-9A-Fa-f][0-9A-F_a-f]*[Ll]?	t3203			0
R		0[Bb][0-1][0-1_]*[Ll]?	t3201			0
R		0[0-7_]+[Ll]?	t3206			0
R		0|[1-9][0-9_]*[Ll]?	t3204			0
R		[\!\%-\&\*-\+\-\/\<-\?\[\]-\^\|\~]	t4000			0
R		[\(-\)\,\.\:-\;\{\}]	t5000			0
R		\n	t8001			0
S	class
R		[]+	t8000			0
R		([^[^]]|\$)[\$]*	t2002	o1		1
S	module
R		[]+	t8000			0
R		([^[^]]|\$)[\$]*	t2002	o1		1
S	var
R		([^[^]]|\$)[\$]*	t2000	o1		1
S	import
R		[\.]+\*?	t2009	o1		0
S	multiline_string
R		"""	t3100	o1		0
R		"	t3100			0
I	string
S	string
R		[^"\\]+	t3100			0
R		\\\\	t3100			0
R		\\"	t3100			0
R		\\	t3100			0
R		"	t3100	o1		0
