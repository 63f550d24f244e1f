S	expression
R		\{	t78	p()
R		\}	t78	o1
I	root
S	jsx
R		(<)(\/?)(>)	g(t78,t78,t78)			3
R		(<)([\.]+)	g(t78,t36)	p(tag)		2
R		(<)(\/)([\.]*)(>)	g(t78,t78,t36,t78)			4
S	tag
I	jsx
R		,	t78
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t65
R		`	t53	p(interp)
I	commentsandwhitespace
R		[]+	t98
R		([\-]+[]*)(=)([]*)	g(t23,t75,t98)	p(attr)		3
R		[\{\}]+	t78
R		[\.]+	t23
R		(\/?)([]*)(>)	g(t78,t98,t78)	o1		3
S	comment
R		[^\-]+	t79
R		-->	t79	o1
R		-	t79
S	commentsandwhitespace
R		[]+	t98
R		<!--	t79	p(comment)
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
S	badregex
R		\n	t98	o1
S	interp
R		`	t53	o1
R		\\\\	t53
R		\\`	t53
R		\$\{	t61	p(interp-inside)
R		\$	t53
R		[^\$\\\`]+	t53
S	attr
R		\{	t78	p(expression)
R		"[\u0000-\u{10FFFF}]*?"	t50	o1
R		'[\u0000-\u{10FFFF}]*?'	t50	o1
R				o1
S	interp-inside
R		\}	t61	o1
I	root
S	slashstartsregex
I	commentsandwhitespace
R		\/(\\[\u0000-\u{10FFFF}]|[^\n\/\[-\\]|\[(\\[\u0000-\u{10FFFF}]|[^\n\\-\]])*\])+\/([gim]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t64	o1		3
R		(?=\/)	t98	p(badregex)
R				o1
S	root
I	jsx
R		(?<![^\n])(?=[]|\/|<!--)	t98	p(slashstartsregex)
I	commentsandwhitespace
R		\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|(<<|>>>?|==?|!=?|[\%-\&\*-\+\-\/\<\>\^\|])=?	t75	p(slashstartsregex)		1
R		[\(\,\;\[\{]	t78	p(slashstartsregex)
R		[\)\.\]\}]	t78
R		(for|in|of|while|do|break|return|yield|continue|switch|case|default|if|else|throw|try|catch|finally|new|delete|typeof|instanceof|keyof|asserts|is|infer|await|void|this)(?![])	t15	p(slashstartsregex)		1
R		(var|let|with|function)(?![])	t17	p(slashstartsregex)		1
R		(abstract|async|boolean|class|const|debugger|enum|export|extends|from|get|global|goto|implements|import|interface|namespace|package|private|protected|public|readonly|require|set|static|super|type|using)(?![])	t20			1
R		(true|false|null|NaN|Infinity|undefined)(?![])	t16			1
R		(Array|Boolean|Date|Error|Function|Math|Number|Object|Packages|RegExp|String|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|eval|isFinite|isNaN|parseFloat|parseInt|document|this|window)(?![])	t37			1
R		(?<![])(module)([]+)("[\.-\/\@]+")([]+)	g(t20,t98,t33,t98)	p(slashstartsregex)		4
R		(?<![])(string|bool|number|any|never|object|symbol|unique|unknown|bigint)(?![])	t21			1
R		(?<![])(constructor|declare|interface|as)(?![])	t20			1
R		(super)([]*)(\([\$\,\.\?]+\))	g(t20,t99,t98)	p(slashstartsregex)		3
R		([\$\.\?A-Z_a-z][\$\.\?]*)\(\) \{	t33	p(slashstartsregex)		1
R		([\$\.\?][\$\.\?]*)([]*:[]*)([\$\.\?][\$\.\?]*)	g(t33,t98,t21)			3
R		[\$A-Z_a-z][]*	t33
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t69			1
R		0x[0-9A-Fa-f]+	t70
R		[0-9]+	t71
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t65
R		`	t53	p(interp)
R		@[]+	t17
