S	root
R		#!([\u0000-\u{10FFFF}]*?)(?![^\n])	t84	p(base)		1
R				p(base)
S	base
R		(?<![^\n])([]*(?:[A-Z_a-z][\.\[\]]*[]+)+?)([A-Z_a-z][]*)([]*)(\()	g(s(root),t45,t98,t75)			4
R		[^\n[^]]+	t98
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
R		@[A-Z_a-z][\.]*	t26
R		(as|assert|break|case|catch|continue|default|do|else|finally|for|if|in|goto|instanceof|new|return|switch|this|throw|try|while|in|as)(?![])	t15			1
R		(abstract|const|extends|final|implements|native|private|protected|public|static|strictfp|super|synchronized|throws|transient|volatile)(?![])	t17			1
R		(def|var|boolean|byte|char|double|float|int|long|short|void)(?![])	t21			1
R		(package)([]+)	g(t18,t98)			2
R		(true|false|null)(?![])	t16			1
R		(class|interface|enum|trait|record)([]+)	g(t17,t98)	p(class)		2
R		(import)([]+)	g(t18,t98)	p(import)		2
R		"""[\u0000-\u{10FFFF}]*?"""	t58
R		'''[\u0000-\u{10FFFF}]*?'''	t65
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t65
R		\$\/((?!\/\$)[\u0000-\u{10FFFF}])*\/\$	t50			1
R		\/(\\\\|\\"|[^\/])*\/	t50			1
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'|'\\u[0-9A-Fa-f]{4}'	t55
R		(\.)([A-Z_a-z][]*)	g(t75,t23)			2
R		[A-Z_a-z][]*:	t30
R		[\$A-Z_a-z][]*	t22
R		[\!\%-\&\(-\/\:-\?\[\]-\^\{-\~]	t75
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t69			1
R		0x[0-9A-Fa-f]+	t70
R		[0-9]+L?	t71
R		\n	t98
S	class
R		[A-Z_a-z][]*	t24	o1
S	import
R		[\.]+\*?	t31	o1
