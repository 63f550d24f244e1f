S	host
R		([^"-\#'\/\{\}]+|[^\\]\\[\{\}]|"(\\\\|\\"|[^"])*"|'(\\\\|\\'|[^'])*'|\/\/[^\n]*(?![^\n])\n?|\/\*([^\n]|\n)*?\*\/|#[^\n]*(?![^\n])\n?|\/(?!\*)(\\\\|\\\/|[^\/])*\/|\/)+	t11			5
R		\{	t78	p()
R		\}	t78	o1
S	whitespace
R		[]+	t99
S	numbers
R		0x[0-9A-Fa-f]+	t70
R		[\+\-]?[0-9]+	t71
S	literals
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t50
R		\[(\\\\|\\\]|[^\]])*\]	t50			1
R		\/(?!\*)(\\\\|\\\/|[^\/])*\/	t64			1
S	keywords
R		(access|action|alphtype)(?![])	t15			1
R		(getkey|write|machine|include)(?![])	t15			1
R		(any|ascii|extend|alpha|digit|alnum|lower|upper)(?![])	t15			1
R		(xdigit|cntrl|graph|print|punct|space|zlen|empty)(?![])	t15			1
S	identifiers
R		[A-Z_a-z][]*	t39
S	root
I	literals
I	whitespace
I	comments
I	keywords
I	numbers
I	identifiers
I	operators
R		\{	t78	p(host)
R		=	t75
R		;	t78
S	comments
R		#[^\n]*(?![^\n])	t79
S	operators
R		,	t75
R		\||&|--?	t75
R		\.|<:|:>>?	t75
R		:	t75
R		->	t75
R		(>|\$|%|<|@|<>)(\/|eof(?![]))	t75			2
R		(>|\$|%|<|@|<>)(!|err(?![]))	t75			2
R		(>|\$|%|<|@|<>)(\^|lerr(?![]))	t75			2
R		(>|\$|%|<|@|<>)(~|to(?![]))	t75			2
R		(>|\$|%|<|@|<>)(\*|from(?![]))	t75			2
R		>|@|\$|%	t75
R		\*|\?|\+|\{[0-9]*,[0-9]*\}	t75
R		!|\^	t75
R		\(|\)	t75
