S	dqstring
R		\$\{[^"\}]+?\}	t3111			0
R		\$	t3108			0
R		\\\\	t3108			0
R		\\"	t3108			0
R		[^"\$\\]+	t3108			0
R		"	t3108	o1		0
S	commentsandwhitespace
R		[]+	t8000			0
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
R		(?<![^\n])#[\u0000-\u{10FFFF}]*?\n	t6003			0
S	slashstartsregex
I	commentsandwhitespace
R		\/(\\[\u0000-\u{10FFFF}]|[^\n\/\[-\\]|\[(\\[\u0000-\u{10FFFF}]|[^\n\\-\]])*\])+\/([gim]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t3114	o1		3
R		(?=\/)	t8000	p(#pop,badregex)		0
R				o1		0
S	badregex
R		\n	t8000	o1		0
S	root
I	commentsandwhitespace
R		\n	t8000			0
R		[^\n[^]]+	t8000			0
R		\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|\.\.(<<|>>>?|==?|!=?|[\%-\&\*-\+\-\/\<\>\^\|])=?	t4000	p(slashstartsregex)		1
R		[\(\,\;\[\{]	t5000	p(slashstartsregex)		0
R		[\)\.\]\}]	t5000			0
R		[\*-\+\-\/\=]	t4000			0
R		(for|in|while|do|break|return|continue|if|else|throw|try|catch)(?![])	t1000	p(slashstartsregex)		1
R		(var)(?![])	t1002	p(slashstartsregex)		1
R		(attr|def|fun)(?![])	t1005			1
R		(true|false)(?![])	t1001			1
R		(eval|throw)(?![])	t2100			1
R		`[[^]]+`	t2100			0
R		[\$A-Z_a-z][]*	t2011			0
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t3202			1
R		0x[0-9A-Fa-f]+	t3203			0
R		[0-9]+	t3204			0
R		"	t3108	p(dqstring)		0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3115			0
