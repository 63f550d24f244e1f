S	funcparams
R		[]+	t8000			0
R		([]*)(\.\.\.)?([\$A-Z_a-z][]*)([]*)(:)([]*)([\$A-Z_a-z][]*(?:\.<[]+>)?|\*)([]*)	g(t8000,t5000,t2000,t8000,t4000,t8000,t1006,t8000)	p(defval)		8
R		\)	t4000	p(type)		0
S	type
R		([]*)(:)([]*)([\$A-Z_a-z][]*(?:\.<[]+>)?|\*)	g(t8000,t4000,t8000,t1006)	o2		4
R		[]+	t8000	o2		0
R				o2		0
S	defval
R		(=)([]*)([^\(-\)\,]+)([]*)(,?)	g(t4000,t8000,s(root),t8000,t4000)	o1		5
R		,	t4000	o1		0
R				o1		0
S	root
R		[]+	t8000			0
R		(function[]+)([\$A-Z_a-z][]*)([]*)(\()	g(t1002,t2300,t8000,t4000)	p(funcparams)		4
R		(var|const)([]+)([\$A-Z_a-z][]*)([]*)(:)([]*)([\$A-Z_a-z][]*(?:\.<[]+>)?)	g(t1002,t8000,t2000,t8000,t5000,t8000,t1006)			7
R		(import|package)([]+)((?:[\$A-Z_a-z][]*|\.)+)([]*)	g(t1000,t8000,t2009,t8000)			4
R		(new)([]+)([\$A-Z_a-z][]*(?:\.<[]+>)?)([]*)(\()	g(t1000,t8000,t1006,t8000,t4000)			5
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
R		\/(\\\\|\\\/|[^\n])*\/[gisx]*	t3114			1
R		(\.)([\$A-Z_a-z][]*)	g(t4000,t2001)			2
R		(case|default|for|each|in|while|do|break|return|continue|if|else|throw|try|catch|with|new|typeof|arguments|instanceof|this|switch|import|include|as|is)(?![])	t1000			1
R		(class|public|final|internal|native|override|private|protected|static|import|extends|implements|interface|intrinsic|return|super|dynamic|function|const|get|namespace|package|set)(?![])	t1002			1
R		(true|false|null|NaN|Infinity|-Infinity|undefined|void)(?![])	t1001			1
R		(decodeURI|decodeURIComponent|encodeURI|escape|eval|isFinite|isNaN|isXMLName|clearInterval|fscommand|getTimer|getURL|getVersion|isFinite|parseFloat|parseInt|setInterval|trace|updateAfterEvent|unescape)(?![])	t2300			1
R		[\$A-Z_a-z][]*	t2000			0
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t3202			1
R		0x[0-9a-f]+	t3203			0
R		[0-9]+	t3204			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3115			0
R		[\!\%-\&\(-\/\:-\?\[-\^\{-\~]+	t4000			0
