S	commentsandwhitespace
R		[]+	t8000			0
R		<!--	t6000			0
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
S	slashstartsregex
I	commentsandwhitespace
R		\/(\\[\u0000-\u{10FFFF}]|[^\n\/\[-\\]|\[(\\[\u0000-\u{10FFFF}]|[^\n\\-\]])*\])+\/([gimuy]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t3114	o1		3
R		(?=\/)	t8000	p(#pop,badregex)		0
R				o1		0
S	tag
R		[]+	t8000			0
R		([]+[]*)(=)([]*)	g(t2001,t4000,t8000)	p(attr)		3
R		[\{\}]+	t5000			0
R		[\.]+	t2001			0
R		(\/?)([]*)(>)	g(t5000,t8000,t5000)	o1		3
S	expression
R		\{	t5000	p()		0
R		\}	t5000	o1		0
I	root
S	attr
R		\{	t5000	p(expression)		0
R		"[\u0000-\u{10FFFF}]*?"	t3100	o1		0
R		'[\u0000-\u{10FFFF}]*?'	t3100	o1		0
R				o1		0
S	interp-inside
R		\}	t3111	o1		0
I	root
S	badregex
R		\n	t8000	o1		0
S	jsx
R		(<)(\/?)(>)	g(t5000,t5000,t5000)			3
R		(<)([\.]+)	g(t5000,t2014)	p(tag)		2
R		(<)(\/)([\.]+)(>)	g(t5000,t5000,t2014,t5000)			4
S	root
I	jsx
R		(?<![\s\S])#! ?\/[\u0000-\u{10FFFF}]*?\n	t6001			0
R		(?<![^\n])(?=[]|\/|<!--)	t8000	p(slashstartsregex)		0
I	commentsandwhitespace
R		(\.[\p{Nd}]+|[0-9]+\.[0-9]*)([Ee][\+\-]?[0-9]+)?	t3202			2
R		0[Bb][0-1]+	t3201			0
R		0[Oo][0-7]+	t3206			0
R		0[Xx][0-9A-Fa-f]+	t3203			0
R		[0-9]+	t3204			0
R		\.\.\.|=>	t5000			0
R		\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|(<<|>>>?|==?|!=?|[\%-\&\*-\+\-\/\<\>\^\|])=?	t4000	p(slashstartsregex)		1
R		[\(\,\;\[\{]	t5000	p(slashstartsregex)		0
R		[\)\.\]\}]	t5000			0
R		(for|in|while|do|break|return|continue|switch|case|default|if|else|throw|try|catch|finally|new|delete|typeof|instanceof|void|yield|this|of)(?![])	t1000	p(slashstartsregex)		1
R		(var|let|with|function)(?![])	t1002	p(slashstartsregex)		1
R		(abstract|async|await|boolean|byte|char|class|const|debugger|double|enum|export|extends|final|float|goto|implements|import|int|interface|long|native|package|private|protected|public|short|static|super|synchronized|throws|transient|volatile)(?![])	t1005			1
R		(true|false|null|NaN|Infinity|undefined)(?![])	t1001			1
R		(Array|Boolean|Date|Error|Function|Math|netscape|Number|Object|Packages|RegExp|String|Promise|Proxy|sun|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|Error|eval|isFinite|isNaN|isSafeInteger|parseFloat|parseInt|document|this|window)(?![])	t2100			1
R		(?:[\$_\p{L}\p{N}]|\\u[0-9A-Fa-f]{4})(?:(?:[\$\p{L}\p{N}]|\\u[0-9A-Fa-f]{4}))*	t2011			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3115			0
R		`	t3103	p(interp)		0
S	interp
R		`	t3103	o1		0
R		\\\\	t3103			0
R		\\`	t3103			0
R		\$\{	t3111	p(interp-inside)		0
R		\$	t3103			0
R		[^\$\\\`]+	t3103			0
