S	root
R		#!([\u0000-\u{10FFFF}]*?)(?![^\n])	t6100	p(base)		1
R				p(base)		0
S	base
R		(?<![^\n])([]*(?:[A-Z_a-z][\.\[\]]*[]+)+?)([A-Z_a-z][]*)([]*)(\()	g(s(root),t2300,t8000,t4000)			4
R		[^\n[^]]+	t8000			0
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
R		@[A-Z_a-z][\.]*	t2004			0
R		(as|assert|break|case|catch|continue|default|do|else|finally|for|if|in|goto|instanceof|new|return|switch|this|throw|try|while|in|as)(?![])	t1000			1
R		(abstract|const|extends|final|implements|native|private|protected|public|static|strictfp|super|synchronized|throws|transient|volatile)(?![])	t1002			1
R		(def|var|boolean|byte|char|double|float|int|long|short|void)(?![])	t1006			1
R		(package)([]+)	g(t1003,t8000)			2
R		(true|false|null)(?![])	t1001			1
R		(class|interface|enum|trait|record)([]+)	g(t1002,t8000)	p(class)		2
R		(import)([]+)	g(t1003,t8000)	p(import)		2
R		"""[\u0000-\u{10FFFF}]*?"""	t3108			0
R		'''[\u0000-\u{10FFFF}]*?'''	t3115			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3115			0
R		\$\/((?!\/\$)[\u0000-\u{10FFFF}])*\/\$	t3100			1
R		\/(\\\\|\\"|[^\/])*\/	t3100			1
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'|'\\u[0-9A-Fa-f]{4}'	t3105			0
R		(\.)([A-Z_a-z][]*)	g(t4000,t2001)			2
R		[A-Z_a-z][]*:	t2008			0
R		[\$A-Z_a-z][]*	t2000			0
R		[\!\%-\&\(-\/\:-\?\[\]-\^\{-\~]	t4000			0
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t3202			1
R		0x[0-9A-Fa-f]+	t3203			0
R		[0-9]+L?	t3204			0
R		\n	t8000			0
S	class
R		[A-Z_a-z][]*	t2002	o1		0
S	import
R		[\.]+\*?	t2009	o1		0
