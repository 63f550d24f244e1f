S	root
R		(?<![^\n])(?=[]|\/|<!--)	t98	p(slashstartsregex)
I	commentsandwhitespace
R		\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|(<<|>>>?|==?|!=?|[\%-\&\*-\+\-\/\<\>\^\|])=?	t75	p(slashstartsregex)		1
R		[\(\,\;\[\{]	t78	p(slashstartsregex)
R		[\)\.\]\}]	t78
R		(?<![])id[]*:[]*[A-Za-z][\.]*	t17	p(slashstartsregex)
R		(?<![])[A-Za-z][\.]*[]*:	t15	p(slashstartsregex)
R		(for|in|while|do|break|return|continue|switch|case|default|if|else|throw|try|catch|finally|new|delete|typeof|instanceof|void|this)(?![])	t15	p(slashstartsregex)		1
R		(var|let|with|function)(?![])	t17	p(slashstartsregex)		1
R		(abstract|boolean|byte|char|class|const|debugger|double|enum|export|extends|final|float|goto|implements|import|int|interface|long|native|package|private|protected|public|short|static|super|synchronized|throws|transient|volatile)(?![])	t20			1
R		(true|false|null|NaN|Infinity|undefined)(?![])	t16			1
R		(Array|Boolean|Date|Error|Function|Math|netscape|Number|Object|Packages|RegExp|String|sun|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|Error|eval|isFinite|isNaN|parseFloat|parseInt|document|this|window)(?![])	t37			1
R		[\$A-Z_a-z][]*	t33
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t69			1
R		0x[0-9A-Fa-f]+	t70
R		[0-9]+	t71
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t65
S	commentsandwhitespace
R		[]+	t98
R		<!--	t79
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
S	slashstartsregex
I	commentsandwhitespace
R		\/(\\[\u0000-\u{10FFFF}]|[^\n\/\[-\\]|\[(\\[\u0000-\u{10FFFF}]|[^\n\\-\]])*\])+\/([gim]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t64	o1		3
R		(?=\/)	t98	p(#pop,badregex)
R				o1
S	badregex
R		\n	t98	o1
