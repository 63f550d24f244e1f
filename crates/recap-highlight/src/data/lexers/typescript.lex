S	expression
R		\{	t5000	p()		0
R		\}	t5000	o1		0
I	root
S	jsx
R		(<)(\/?)(>)	g(t5000,t5000,t5000)			3
R		(<)([\.]+)	g(t5000,t2014)	p(tag)		2
R		(<)(\/)([\.]*)(>)	g(t5000,t5000,t2014,t5000)			4
S	tag
I	jsx
R		,	t5000			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3115			0
R		`	t3103	p(interp)		0
I	commentsandwhitespace
R		[]+	t8000			0
R		([\-]+[]*)(=)([]*)	g(t2001,t4000,t8000)	p(attr)		3
R		[\{\}]+	t5000			0
R		[\.]+	t2001			0
R		(\/?)([]*)(>)	g(t5000,t8000,t5000)	o1		3
S	comment
R		[^\-]+	t6000			0
R		-->	t6000	o1		0
R		-	t6000			0
S	commentsandwhitespace
R		[]+	t8000			0
R		<!--	t6000	p(comment)		0
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
S	badregex
R		\n	t8000	o1		0
S	interp
R		`	t3103	o1		0
R		\\\\	t3103			0
R		\\`	t3103			0
R		\$\{	t3111	p(interp-inside)		0
R		\$	t3103			0
R		[^\$\\\`]+	t3103			0
S	attr
R		\{	t5000	p(expression)		0
R		"[\u0000-\u{10FFFF}]*?"	t3100	o1		0
R		'[\u0000-\u{10FFFF}]*?'	t3100	o1		0
R				o1		0
S	interp-inside
R		\}	t3111	o1		0
I	root
S	slashstartsregex
I	commentsandwhitespace
R		\/(\\[\u0000-\u{10FFFF}]|[^\n\/\[-\\]|\[(\\[\u0000-\u{10FFFF}]|[^\n\\-\]])*\])+\/([gim]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t3114	o1		3
R		(?=\/)	t8000	p(badregex)		0
R				o1		0
S	root
I	jsx
R		(?<![^\n])(?=[]|\/|<!--)	t8000	p(slashstartsregex)		0
I	commentsandwhitespace
R		\+\+|--|~|&&|\?|:|\|\||\\(?=\n)|(<<|>>>?|==?|!=?|[\%-\&\*-\+\-\/\<\>\^\|])=?	t4000	p(slashstartsregex)		1
R		[\(\,\;\[\{]	t5000	p(slashstartsregex)		0
R		[\)\.\]\}]	t5000			0
R		(for|in|of|while|do|break|return|yield|continue|switch|case|default|if|else|throw|try|catch|finally|new|delete|typeof|instanceof|keyof|asserts|is|infer|await|void|this)(?![])	t1000	p(slashstartsregex)		1
R		(var|let|with|function)(?![])	t1002	p(slashstartsregex)		1
R		(abstract|async|boolean|class|const|debugger|enum|export|extends|from|get|global|goto|implements|import|interface|namespace|package|private|protected|public|readonly|require|set|static|super|type|using)(?![])	t1005			1
R		(true|false|null|NaN|Infinity|undefined)(?![])	t1001			1
R		(Array|Boolean|Date|Error|Function|Math|Number|Object|Packages|RegExp|String|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|eval|isFinite|isNaN|parseFloat|parseInt|document|this|window)(?![])	t2100			1
R		(?<![])(module)([]+)("[\.-\/\@]+")([]+)	g(t1005,t8000,t2011,t8000)	p(slashstartsregex)		4
R		(?<![])(string|bool|number|any|never|object|symbol|unique|unknown|bigint)(?![])	t1006			1
R		(?<![])(constructor|declare|interface|as)(?![])	t1005			1
R		(super)([]*)(\([\$\,\.\?]+\))	g(t1005,t8001,t8000)	p(slashstartsregex)		3
R		([\$\.\?A-Z_a-z][\$\.\?]*)\(\) \{	t2011	p(slashstartsregex)		1
R		([\$\.\?][\$\.\?]*)([]*:[]*)([\$\.\?][\$\.\?]*)	g(t2011,t8000,t1006)			3
R		[\$A-Z_a-z][]*	t2011			0
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t3202			1
R		0x[0-9A-Fa-f]+	t3203			0
R		[0-9]+	t3204			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3115			0
R		`	t3103	p(interp)		0
R		@[]+	t1002			0
