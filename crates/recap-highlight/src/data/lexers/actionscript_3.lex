S	funcparams
R		[]+	t98
R		([]*)(\.\.\.)?([\$A-Z_a-z][]*)([]*)(:)([]*)([\$A-Z_a-z][]*(?:\.<[]+>)?|\*)([]*)	g(t98,t78,t22,t98,t75,t98,t21,t98)	p(defval)		8
R		\)	t75	p(type)
S	type
R		([]*)(:)([]*)([\$A-Z_a-z][]*(?:\.<[]+>)?|\*)	g(t98,t75,t98,t21)	o2		4
R		[]+	t98	o2
R				o2
S	defval
R		(=)([]*)([^\(-\)\,]+)([]*)(,?)	g(t75,t98,s(root),t98,t75)	o1		5
R		,	t75	o1
R				o1
S	root
R		[]+	t98
R		(function[]+)([\$A-Z_a-z][]*)([]*)(\()	g(t17,t45,t98,t75)	p(funcparams)		4
R		(var|const)([]+)([\$A-Z_a-z][]*)([]*)(:)([]*)([\$A-Z_a-z][]*(?:\.<[]+>)?)	g(t17,t98,t22,t98,t78,t98,t21)			7
R		(import|package)([]+)((?:[\$A-Z_a-z][]*|\.)+)([]*)	g(t15,t98,t31,t98)			4
R		(new)([]+)([\$A-Z_a-z][]*(?:\.<[]+>)?)([]*)(\()	g(t15,t98,t21,t98,t75)			5
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
R		\/(\\\\|\\\/|[^\n])*\/[gisx]*	t64			1
R		(\.)([\$A-Z_a-z][]*)	g(t75,t23)			2
R		(case|default|for|each|in|while|do|break|return|continue|if|else|throw|try|catch|with|new|typeof|arguments|instanceof|this|switch|import|include|as|is)(?![])	t15			1
R		(class|public|final|internal|native|override|private|protected|static|import|extends|implements|interface|intrinsic|return|super|dynamic|function|const|get|namespace|package|set)(?![])	t17			1
R		(true|false|null|NaN|Infinity|-Infinity|undefined|void)(?![])	t16			1
R		(decodeURI|decodeURIComponent|encodeURI|escape|eval|isFinite|isNaN|isXMLName|clearInterval|fscommand|getTimer|getURL|getVersion|isFinite|parseFloat|parseInt|setInterval|trace|updateAfterEvent|unescape)(?![])	t45			1
R		[\$A-Z_a-z][]*	t22
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t69			1
R		0x[0-9a-f]+	t70
R		[0-9]+	t71
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t65
R		[\!\%-\&\(-\/\:-\?\[-\^\{-\~]+	t75
