S	punctuation
R		[\(-\)\,\.\[\]]	t5000			0
S	string
R		("[^\n]*")	g(t3108)			1
S	whitespace
R		\n	t8000			0
R		[]+	t8000			0
R		\\\n	t8000			0
S	root
I	string
I	punctuation
I	curly
I	basic
I	whitespace
R		[0-9]+	t3200			0
S	basic
R		(?<![])(false|true)(?![])	t1006			1
R		[]*\/\*	t6002	p(comment)		0
R		[]*#[^\n]*\n	t6003			0
R		((?=((?:[^\=]|[^\n[^]]+(?=[^\=]))*))\2)([]*)(=)	g(t2000,t8000,t4000)		1,3,4	3	\x00\x09\x0B\x7F
R		[\p{Nd}]+	t3200			0
R		(?<![])[]+(?![])	t1000			0
R		\$\{	t3111	p(var_builtin)		0
S	curly
R		\{	t8003			0
R		\}	t8003			0
S	function
R		([]+)("[^\n]*")([]+)	g(t8000,t3100,t8000)			3
I	punctuation
I	curly
S	var_builtin
R		\$\{	t3111	p()		0
R		(?<![])(element|concat|lookup|file|join)(?![])	t2100			1
I	string
I	punctuation
R		[]+	t8000			0
R		\}	t3111	o1		0
S	comment
R		[^\*\/]	t6002			0
R		\/\*	t6002	p()		0
R		\*\/	t6002	o1		0
R		[\*\/]	t6002			0
