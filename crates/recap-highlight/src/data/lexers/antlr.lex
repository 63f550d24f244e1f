S	nested-arg-action
R		([^"\$'\/\[\]]+|"(\\\\|\\"|[^"])*"|'(\\\\|\\'|[^'])*'|\/\/[^\n]*(?![^\n])\n?|\/\*([^\n]|\n)*?\*\/|\/(?!\*)(\\\\|\\\/|[^\/])*\/|\/)+	t11			5
R		\[	t78	p()
R		\]	t78	o1
R		(\$[A-Za-z]+)(\.?)(text|value)?	g(t39,t78,t35)			3
R		(\\\\|\\\]|\\\[|[^\[\]])+	t11			1
S	exception
R		\n	t99	o1
R		[]	t99
I	comments
R		\[	t78	p(nested-arg-action)
R		\{	t78	p(action)
S	whitespace
R		[]+	t99
S	root
I	whitespace
I	comments
R		(lexer|parser|tree)?([]*)(grammar(?![]))([]*)([A-Za-z][]*)(;)	g(t15,t99,t15,t99,t24,t78)			6
R		options(?![])	t15	p(options)
R		tokens(?![])	t15	p(tokens)
R		(scope)([]*)([A-Za-z][]*)([]*)(\{)	g(t15,t99,t39,t99,t78)	p(action)		5
R		(catch|finally)(?![])	t15	p(exception)		1
R		(@[A-Za-z][]*)([]*)(::)?([]*)([A-Za-z][]*)([]*)(\{)	g(t30,t99,t78,t99,t30,t99,t78)	p(action)		7
R		((?:protected|private|public|fragment)(?![]))?([]*)([A-Za-z][]*)(!)?	g(t15,t99,t30,t78)	p(rule-alts,rule-prelims)		4
S	tokens
I	whitespace
I	comments
R		\{	t78
R		([A-Z][]*)([]*)(=)?([]*)('(?:\\\\|\\'|[^']*)')?([]*)(;)	g(t30,t99,t78,t99,t50,t99,t78)			7
R		\}	t78	o1
S	options
I	whitespace
I	comments
R		\{	t78
R		([A-Za-z][]*)([]*)(=)([]*)([A-Za-z][]*|'(?:\\\\|\\'|[^']*)'|[0-9]+|\*)([]*)(;)	g(t39,t99,t78,t99,t98,t99,t78)			7
R		\}	t78	o1
S	rule-alts
I	whitespace
I	comments
R		options(?![])	t15	p(options)
R		:	t78
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t50
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		<<([^\>]|>[^\>])>>	t50			1
R		\$?[A-Z_][]*	t25
R		\$?[_a-z][]*	t39
R		(\+|\||->|=>|=|\(|\)|\.\.|\.|\?|\*|\^|!|#|~)	t75			1
R		,	t78
R		\[	t78	p(nested-arg-action)
R		\{	t78	p(action)
R		;	t78	o1
S	rule-prelims
I	whitespace
I	comments
R		returns(?![])	t15
R		\[	t78	p(nested-arg-action)
R		\{	t78	p(action)
R		(throws)([]+)([A-Za-z][]*)	g(t15,t99,t30)			3
R		(,)([]*)([A-Za-z][]*)	g(t78,t99,t30)			3
R		options(?![])	t15	p(options)
R		(scope)([]+)(\{)	g(t15,t99,t78)	p(action)		3
R		(scope)([]+)([A-Za-z][]*)([]*)(;)	g(t15,t99,t30,t99,t78)			5
R		(@[A-Za-z][]*)([]*)(\{)	g(t30,t99,t78)	p(action)		3
R		:	t78	o1
S	action
R		([^"\$'\/\\\{\}]+|"(\\\\|\\"|[^"])*"|'(\\\\|\\'|[^'])*'|\/\/[^\n]*(?![^\n])\n?|\/\*([^\n]|\n)*?\*\/|\/(?!\*)(\\\\|\\\/|[^\/])*\/|\\(?!%)|\/)+	t11			5
R		(\\)(%)	g(t78,t11)			2
R		(\$[A-Za-z]+)(\.?)(text|value)?	g(t39,t78,t35)			3
R		\{	t78	p()
R		\}	t78	o1
S	comments
R		\/\/[^\n]*(?![^\n])	t79
R		\/\*([^\n]|\n)*?\*\/	t79			1
