S	root
R		(?<![^\n])(?=[]|\/|<!--)	t8000	p(slashstartsregex)		0
I	commentsandwhitespace
R		\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|(<<|>>>?|==?|!=?|[\%-\&\*-\+\-\/\<\>\^\|])=?	t4000	p(slashstartsregex)		1
R		[\(\,\;\[\{]	t5000	p(slashstartsregex)		0
R		[\)\.\]\}]	t5000			0
R		(?<![])id[]*:[]*[A-Za-z][\.]*	t1002	p(slashstartsregex)		0
R		(?<![])[A-Za-z][\.]*[]*:	t1000	p(slashstartsregex)		0
R		(for|in|while|do|break|return|continue|switch|case|default|if|else|throw|try|catch|finally|new|delete|typeof|instanceof|void|this)(?![])	t1000	p(slashstartsregex)		1
R		(var|let|with|function)(?![])	t1002	p(slashstartsregex)		1
R		(abstract|boolean|byte|char|class|const|debugger|double|enum|export|extends|final|float|goto|implements|import|int|interface|long|native|package|private|protected|public|short|static|super|synchronized|throws|transient|volatile)(?![])	t1005			1
R		(true|false|null|NaN|Infinity|undefined)(?![])	t1001			1
R		(Array|Boolean|Date|Error|Function|Math|netscape|Number|Object|Packages|RegExp|String|sun|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|Error|eval|isFinite|isNaN|parseFloat|parseInt|document|this|window)(?![])	t2100			1
R		[\$A-Z_a-z][]*	t2011			0
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t3202			1
R		0x[0-9A-Fa-f]+	t3203			0
R		[0-9]+	t3204			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3115			0
S	commentsandwhitespace
R		[]+	t8000			0
R		<!--	t6000			0
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
S	slashstartsregex
I	commentsandwhitespace
R		\/(\\[\u0000-\u{10FFFF}]|[^\n\/\[-\\]|\[(\\[\u0000-\u{10FFFF}]|[^\n\\-\]])*\])+\/([gim]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t3114	o1		3
R		(?=\/)	t8000	p(#pop,badregex)		0
R				o1		0
S	badregex
R		\n	t8000	o1		0
