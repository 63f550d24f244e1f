S	dqstring
R		\$\{[^"\}]+?\}	t61
R		\$	t58
R		\\\\	t58
R		\\"	t58
R		[^"\$\\]+	t58
R		"	t58	o1
S	commentsandwhitespace
R		[]+	t98
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
R		(?<![^\n])#[\u0000-\u{10FFFF}]*?\n	t82
S	slashstartsregex
I	commentsandwhitespace
R		\/(\\[\u0000-\u{10FFFF}]|[^\n\/\[-\\]|\[(\\[\u0000-\u{10FFFF}]|[^\n\\-\]])*\])+\/([gim]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t64	o1		3
R		(?=\/)	t98	p(#pop,badregex)
R				o1
S	badregex
R		\n	t98	o1
S	root
I	commentsandwhitespace
R		\n	t98
R		[^\n[^]]+	t98
R		\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|\.\.(<<|>>>?|==?|!=?|[\%-\&\*-\+\-\/\<\>\^\|])=?	t75	p(slashstartsregex)		1
R		[\(\,\;\[\{]	t78	p(slashstartsregex)
R		[\)\.\]\}]	t78
R		[\*-\+\-\/\=]	t75
R		(for|in|while|do|break|return|continue|if|else|throw|try|catch)(?![])	t15	p(slashstartsregex)		1
R		(var)(?![])	t17	p(slashstartsregex)		1
R		(attr|def|fun)(?![])	t20			1
R		(true|false)(?![])	t16			1
R		(eval|throw)(?![])	t37			1
R		`[[^]]+`	t37
R		[\$A-Z_a-z][]*	t33
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t69			1
R		0x[0-9A-Fa-f]+	t70
R		[0-9]+	t71
R		"	t58	p(dqstring)
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t65
