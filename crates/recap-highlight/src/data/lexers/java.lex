S	root
R		((?<![^\n])[]*)((?:(?:public|private|protected|static|strictfp)(?:[]+))*)(record)(?![])	g(t8001,s(root),t1002)	p(class)		3	\x09\x0D\x20\x20pprs+	^\x09\x0D\x20\x20
R		[^\n[^]]+	t8001			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		(\/\/[\u0000-\u{10FFFF}]*?)(\n)	g(t6003,t8001)			2	//	
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0	//	
R		(assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new|return|switch|this|throw|try|while)(?![])	t1000			1	agiinnrtww	
R		((?:(?:[^[^]]|\$)[\$\.\<\>-\?\[\]]*[]+)+?)((?:[^[^]]|\$)[\$]*)([]*)(\()	g(s(root),t2300,t8001,t5000)			4	$$09AZ__az+	
R		@[^[^]][\.]*	t2004			0	@@	
R		(abstract|const|enum|exports|extends|final|implements|native|non-sealed|open|opens|permits|private|protected|provides|public|requires|sealed|static|strictfp|super|synchronized|throws|to|transient|transitive|uses|volatile|with|yield)(?![])	t1002			1	aaccefiinprwyy	
R		(boolean|byte|char|double|float|int|long|short|void)(?![])	t1006			1	bdffiillssvv	
R		(package)([]+)	g(t1003,t8001)	p(import)		2	pp	
R		(true|false|null)(?![])	t1001			1	ffnntt	
R		(class|interface)(?![])	t1002	p(class)		1	ccii	
R		(module)(?![])	t1002	p(module)		1	mm	
R		(var)([]+)	g(t1002,t8001)	p(var)		2	vv	
R		(import(?:[]+(?:static|module))?)([]+)	g(t1003,t8001)	p(import)		2	ii	
R		"""\n	t3100	p(multiline_string)		0	""	
R		"	t3100	p(string)		0	""	
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'|'\\u[0-9A-Fa-f]{4}'	t3105			0	''	
R		(\.)((?:[^[^]]|\$)[\$]*)	g(t5000,t2001)			2	..	
R		(?<![^\n])([]*)(default)(:)	g(t8001,t1000,t5000)			3	\x09\x0D\x20\x20dd+	^\x09\x0D\x20\x20
R		(?<![^\n])([]*)((?:[^[^]]|\$)[\$]*)(:)	g(t8001,t2008,t5000)			3	\x09\x0D\x20\x20$$09AZ__az+	^\x09\x0D\x20\x20
R		([^[^]]|\$)[\$]*	t2000			1	$$09AZ__az+	
R		([0-9][0-9_]*\.([0-9][0-9_]*)?|\.[0-9][0-9_]*)([Ee][\+\-]?[0-9][0-9_]*)?[DFdf]?|[0-9][Ee][\+\-]?[0-9][0-9_]*[DFdf]?|[0-9]([Ee][\+\-]?[0-9][0-9_]*)?[DFdf]|0[Xx]([0-9A-Fa-f][0-9A-F_a-f]*\.?|([0-9A-Fa-f][0-9A-F_a-f]*)?\.[0-9A-Fa-f][0-9A-F_a-f]*)[Pp][\+\-]?[0-9][0-9_]*[DFdf]?	t3202			6	..09	
R		0[Xx][0-9A-Fa-f][0-9A-F_a-f]*[Ll]?	t3203			0	00	
R		0[Bb][0-1][0-1_]*[Ll]?	t3201			0	00	
R		0[0-7_]+[Ll]?	t3206			0	00	
R		0|[1-9][0-9_]*[Ll]?	t3204			0	09	
R		[\!\%-\&\*-\+\-\/\<-\?\[\]-\^\|\~]	t4000			0	!!%&*+--//<?[[]^||~~	
R		[\(-\)\,\.\:-\;\{\}]	t5000			0	(),,..:;{{}}	
R		\n	t8001			0	\x0A\x0A	
S	class
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		([^[^]]|\$)[\$]*	t2002	o1		1	$$09AZ__az+	
S	module
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		([^[^]]|\$)[\$]*	t2002	o1		1	$$09AZ__az+	
S	var
R		([^[^]]|\$)[\$]*	t2000	o1		1	$$09AZ__az+	
S	import
R		[\.]+\*?	t2009	o1		0	..09AZ__az+	..09AZ__az
S	multiline_string
R		"""	t3100	o1		0	""	
R		"	t3100			0	""	
I	string
S	string
R		[^"\\]+	t3100			0	\x00!#[]\x7F+	\x00!#[]\x7F
R		\\\\	t3100			0	\x5C\x5C	
R		\\"	t3100			0	\x5C\x5C	
R		\\	t3100			0	\x5C\x5C	
R		"	t3100	o1		0	""	
