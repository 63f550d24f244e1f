S	nested-arg-action
R		([^"\$'\/\[\]]+|"(\\\\|\\"|[^"])*"|'(\\\\|\\'|[^'])*'|\/\/[^\n]*(?![^\n])\n?|\/\*([^\n]|\n)*?\*\/|\/(?!\*)(\\\\|\\\/|[^\/])*\/|\/)+	t-12			5
R		\[	t5000	p()		0
R		\]	t5000	o1		0
R		(\$[A-Za-z]+)(\.?)(text|value)?	g(t2200,t5000,t2013)			3
R		(\\\\|\\\]|\\\[|[^\[\]])+	t-12			1
S	exception
R		\n	t8001	o1		0
R		[]	t8001			0
I	comments
R		\[	t5000	p(nested-arg-action)		0
R		\{	t5000	p(action)		0
S	whitespace
R		[]+	t8001			0
S	root
I	whitespace
I	comments
R		(lexer|parser|tree)?([]*)(grammar(?![]))([]*)([A-Za-z][]*)(;)	g(t1000,t8001,t1000,t8001,t2002,t5000)			6
R		options(?![])	t1000	p(options)		0
R		tokens(?![])	t1000	p(tokens)		0
R		(scope)([]*)([A-Za-z][]*)([]*)(\{)	g(t1000,t8001,t2200,t8001,t5000)	p(action)		5
R		(catch|finally)(?![])	t1000	p(exception)		1
R		(@[A-Za-z][]*)([]*)(::)?([]*)([A-Za-z][]*)([]*)(\{)	g(t2008,t8001,t5000,t8001,t2008,t8001,t5000)	p(action)		7
R		((?:protected|private|public|fragment)(?![]))?([]*)([A-Za-z][]*)(!)?	g(t1000,t8001,t2008,t5000)	p(rule-alts,rule-prelims)		4
S	tokens
I	whitespace
I	comments
R		\{	t5000			0
R		([A-Z][]*)([]*)(=)?([]*)('(?:\\\\|\\'|[^']*)')?([]*)(;)	g(t2008,t8001,t5000,t8001,t3100,t8001,t5000)			7
R		\}	t5000	o1		0
S	options
I	whitespace
I	comments
R		\{	t5000			0
R		([A-Za-z][]*)([]*)(=)([]*)([A-Za-z][]*|'(?:\\\\|\\'|[^']*)'|[0-9]+|\*)([]*)(;)	g(t2200,t8001,t5000,t8001,t8000,t8001,t5000)			7
R		\}	t5000	o1		0
S	rule-alts
I	whitespace
I	comments
R		options(?![])	t1000	p(options)		0
R		:	t5000			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3100			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
R		<<([^\>]|>[^\>])>>	t3100			1
R		\$?[A-Z_][]*	t2003			0
R		\$?[_a-z][]*	t2200			0
R		(\+|\||->|=>|=|\(|\)|\.\.|\.|\?|\*|\^|!|#|~)	t4000			1
R		,	t5000			0
R		\[	t5000	p(nested-arg-action)		0
R		\{	t5000	p(action)		0
R		;	t5000	o1		0
S	rule-prelims
I	whitespace
I	comments
R		returns(?![])	t1000			0
R		\[	t5000	p(nested-arg-action)		0
R		\{	t5000	p(action)		0
R		(throws)([]+)([A-Za-z][]*)	g(t1000,t8001,t2008)			3
R		(,)([]*)([A-Za-z][]*)	g(t5000,t8001,t2008)			3
R		options(?![])	t1000	p(options)		0
R		(scope)([]+)(\{)	g(t1000,t8001,t5000)	p(action)		3
R		(scope)([]+)([A-Za-z][]*)([]*)(;)	g(t1000,t8001,t2008,t8001,t5000)			5
R		(@[A-Za-z][]*)([]*)(\{)	g(t2008,t8001,t5000)	p(action)		3
R		:	t5000	o1		0
S	action
R		([^"\$'\/\\\{\}]+|"(\\\\|\\"|[^"])*"|'(\\\\|\\'|[^'])*'|\/\/[^\n]*(?![^\n])\n?|\/\*([^\n]|\n)*?\*\/|\/(?!\*)(\\\\|\\\/|[^\/])*\/|\\(?!%)|\/)+	t-12			5
R		(\\)(%)	g(t5000,t-12)			2
R		(\$[A-Za-z]+)(\.?)(text|value)?	g(t2200,t5000,t2013)			3
R		\{	t5000	p()		0
R		\}	t5000	o1		0
S	comments
R		\/\/[^\n]*(?![^\n])	t6000			0
R		\/\*([^\n]|\n)*?\*\/	t6000			1
