S	dqstring
R		\$\{[^"\}]+?\}	t3111			0	$$	
R		\$	t3108			0	$$	
R		\\\\	t3108			0	\x5C\x5C	
R		\\"	t3108			0	\x5C\x5C	
R		[^"\$\\]+	t3108			0	\x00!##%[]\x7F+	\x00!##%[]\x7F
R		"	t3108	o1		0	""	
S	commentsandwhitespace
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0	//	
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0	//	
R		(?<![^\n])#[\u0000-\u{10FFFF}]*?\n	t6003			0	##	
S	slashstartsregex
I	commentsandwhitespace
R		\/(\\[\u0000-\u{10FFFF}]|[^\n\/\[-\\]|\[(\\[\u0000-\u{10FFFF}]|[^\n\\-\]])*\])+\/([gim]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t3114	o1		3	//	
R		(?=\/)	t8000	p(#pop,badregex)		0	*	
R				o1		0	*	
S	badregex
R		\n	t8000	o1		0	\x0A\x0A	
S	root
I	commentsandwhitespace
R		\n	t8000			0	\x0A\x0A	
R		[^\n[^]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|\.\.(<<|>>>?|==?|!=?|[\%-\&\*-\+\-\/\<\>\^\|])=?	t4000	p(slashstartsregex)		1	&&++-.::??\x5C\x5C||~~	
R		[\(\,\;\[\{]	t5000	p(slashstartsregex)		0	((,,;;[[{{	
R		[\)\.\]\}]	t5000			0	))..]]}}	
R		[\*-\+\-\/\=]	t4000			0	*+--//==	
R		(for|in|while|do|break|return|continue|if|else|throw|try|catch)(?![])	t1000	p(slashstartsregex)		1	bfiirrttww	
R		(var)(?![])	t1002	p(slashstartsregex)		1	vv	
R		(attr|def|fun)(?![])	t1005			1	aaddff	
R		(true|false)(?![])	t1001			1	fftt	
R		(eval|throw)(?![])	t2100			1	eett	
R		`[[^]]+`	t2100			0	``	
R		[\$A-Z_a-z][]*	t2011			0	$$AZ__az	
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t3202			1	09	
R		0x[0-9A-Fa-f]+	t3203			0	00	
R		[0-9]+	t3204			0	09	09
R		"	t3108	p(dqstring)		0	""	
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3115			0	''	
