S	punctuation
R		[\(-\)\,\.\[\]]	t78
S	string
R		("[^\n]*")	g(t58)			1
S	whitespace
R		\n	t98
R		[]+	t98
R		\\\n	t98
S	root
I	string
I	punctuation
I	curly
I	basic
I	whitespace
R		[0-9]+	t67
S	basic
R		(?<![])(false|true)(?![])	t21			1
R		[]*\/\*	t81	p(comment)
R		[]*#[^\n]*\n	t82
R		((?=((?:[^\=]|[^\n[^]]+(?=[^\=]))*))\2)([]*)(=)	g(t22,t98,t75)		1,3,4	3	\x00\x09\x0B\x7F
R		[\p{Nd}]+	t67
R		(?<![])[]+(?![])	t15
R		\$\{	t61	p(var_builtin)
S	curly
R		\{	t101
R		\}	t101
S	function
R		([]+)("[^\n]*")([]+)	g(t98,t50,t98)			3
I	punctuation
I	curly
S	var_builtin
R		\$\{	t61	p()
R		(?<![])(element|concat|lookup|file|join)(?![])	t37			1
I	string
I	punctuation
R		[]+	t98
R		\}	t61	o1
S	comment
R		[^\*\/]	t81
R		\/\*	t81	p()
R		\*\/	t81	o1
R		[\*\/]	t81
