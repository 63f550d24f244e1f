S	host
R		([^"-\#'\/\{\}]+|[^\\]\\[\{\}]|"(\\\\|\\"|[^"])*"|'(\\\\|\\'|[^'])*'|\/\/[^\n]*(?![^\n])\n?|\/\*([^\n]|\n)*?\*\/|#[^\n]*(?![^\n])\n?|\/(?!\*)(\\\\|\\\/|[^\/])*\/|\/)+	t-12			5
R		\{	t5000	p()		0
R		\}	t5000	o1		0
S	whitespace
R		[]+	t8001			0
S	numbers
R		0x[0-9A-Fa-f]+	t3203			0
R		[\+\-]?[0-9]+	t3204			0
S	literals
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3100			0
R		\[(\\\\|\\\]|[^\]])*\]	t3100			1
R		\/(?!\*)(\\\\|\\\/|[^\/])*\/	t3114			1
S	keywords
R		(access|action|alphtype)(?![])	t1000			1
R		(getkey|write|machine|include)(?![])	t1000			1
R		(any|ascii|extend|alpha|digit|alnum|lower|upper)(?![])	t1000			1
R		(xdigit|cntrl|graph|print|punct|space|zlen|empty)(?![])	t1000			1
S	identifiers
R		[A-Z_a-z][]*	t2200			0
S	root
I	literals
I	whitespace
I	comments
I	keywords
I	numbers
I	identifiers
I	operators
R		\{	t5000	p(host)		0
R		=	t4000			0
R		;	t5000			0
S	comments
R		#[^\n]*(?![^\n])	t6000			0
S	operators
R		,	t4000			0
R		\||&|--?	t4000			0
R		\.|<:|:>>?	t4000			0
R		:	t4000			0
R		->	t4000			0
R		(>|\$|%|<|@|<>)(\/|eof(?![]))	t4000			2
R		(>|\$|%|<|@|<>)(!|err(?![]))	t4000			2
R		(>|\$|%|<|@|<>)(\^|lerr(?![]))	t4000			2
R		(>|\$|%|<|@|<>)(~|to(?![]))	t4000			2
R		(>|\$|%|<|@|<>)(\*|from(?![]))	t4000			2
R		>|@|\$|%	t4000			0
R		\*|\?|\+|\{[0-9]*,[0-9]*\}	t4000			0
R		!|\^	t4000			0
R		\(|\)	t4000			0
