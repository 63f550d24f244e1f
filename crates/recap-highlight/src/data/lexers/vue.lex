S	interp-inside
R		\}	t61	o1
I	root
S	attr
R		\{	t78	p(expression)
R		"[\u0000-\u{10FFFF}]*?"	t50	o1
R		'[\u0000-\u{10FFFF}]*?'	t50	o1
R				o1
S	interp
R		`	t53	o1
R		\\\\	t53
R		\\`	t53
R		\$\{	t61	p(interp-inside)
R		\$	t53
R		[^\$\\\`]+	t53
S	tag
R		[]+	t98
R		(-)([]+)	t36			2
R		(@[\.]+)(="[\u0000-\u{10FFFF}]*?")?(\/?>|[])	g(t36,t50,t78)			3
R		(:[[^]]+)(=)("[[^]]+")	g(t36,t75,t50)			3
R		(:)	t75			1
R		(v-b-[[^]]+)	t36			1
R		(v-[\-]+)(=)("[ [^]]+")(\/?>|[])	g(t36,t75,t50,t78)			4
R		(v-[\-]+)(\/?>|[])	g(t36,t78)			2
R		(v-[\-]+)(="[\u0000-\u{10FFFF}]+")(\/?>|[])	g(t36,t50,t78)			3
R		(v-[\-]+)(="[\u0000-\u{10FFFF}]+)([\:][]+)(="[]+")(\/?>|[])	g(t36,t50,t36,t50,t78)			5
R		(<)([]+)	g(t78,t36)			2
R		(<)(\/)([]+)(>)	g(t78,t78,t36,t78)			4
R		([]+[]*)(=)([]*)	g(t23,t75,t98)	p(attr)		3
R		[\{\}]+	t78
R		[\.]+	t23
R		(\/?)([]*)(>)	g(t78,t98,t78)	o1		3
S	slashstartsregex
I	commentsandwhitespace
R		\/(\\[\u0000-\u{10FFFF}]|[^\n\/\[-\\]|\[(\\[\u0000-\u{10FFFF}]|[^\n\\-\]])*\])+\/([gimuy]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t64	o1		3
R		(?=\/)	t98	p(#pop,badregex)
R				o1
S	root
I	vue
R		(?<![\s\S])#! ?\/[\u0000-\u{10FFFF}]*?\n	t80
R		(?<![^\n])(?=[]|\/|<!--)	t98	p(slashstartsregex)
I	commentsandwhitespace
R		(\.[\p{Nd}]+|[0-9]+\.[0-9]*)([Ee][\+\-]?[0-9]+)?	t69			2
R		0[Bb][0-1]+	t68
R		0[Oo][0-7]+	t73
R		0[Xx][0-9A-Fa-f]+	t70
R		[0-9]+	t71
R		\.\.\.|=>	t78
R		\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|(<<|>>>?|==?|!=?|[\%-\&\*-\+\-\/\<\>\^\|])=?	t75	p(slashstartsregex)		1
R		[\(\,\;\[\{]	t78	p(slashstartsregex)
R		[\)\.\]\}]	t78
R		(for|in|while|do|break|return|continue|switch|case|default|if|else|throw|try|catch|finally|new|delete|typeof|instanceof|void|yield|this|of)(?![])	t15	p(slashstartsregex)		1
R		(var|let|with|function)(?![])	t17	p(slashstartsregex)		1
R		(abstract|boolean|byte|char|class|const|debugger|double|enum|export|extends|final|float|goto|implements|import|int|interface|long|native|package|private|protected|public|short|static|super|synchronized|throws|transient|volatile)(?![])	t20			1
R		(true|false|null|NaN|Infinity|undefined)(?![])	t16			1
R		(Array|Boolean|Date|Error|Function|Math|netscape|Number|Object|Packages|RegExp|String|Promise|Proxy|sun|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|Error|eval|isFinite|isNaN|isSafeInteger|parseFloat|parseInt|document|this|window)(?![])	t37			1
R		(?:[\$_\p{L}\p{N}]|\\u[0-9A-Fa-f]{4})(?:(?:[\$\p{L}\p{N}]|\\u[0-9A-Fa-f]{4}))*	t33
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t65
R		`	t53	p(interp)
S	badregex
R		\n	t98	o1
S	vue
R		(<)([\-]+)	g(t78,t36)	p(tag)		2
R		(<)(\/)([\-]+)(>)	g(t78,t78,t36,t78)			4
S	expression
R		\{	t78	p()
R		\}	t78	o1
I	root
S	commentsandwhitespace
R		[]+	t98
R		<!--	t79
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
