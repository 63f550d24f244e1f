S	sig
R		(extends)(?![])	t1000	o1		1
R		[A-Z_a-z][]*"*	t2000			0
R		[^\n[^]]+	t8001			0
R		,	t5000			0
R		\{	t4000	o1		0
S	module
R		[^\n[^]]+	t8001			0
R		[A-Z_a-z][]*"*	t2000	o1		0
S	fun
R		[^\n[^]]+	t8001			0
R		\{	t4000	o1		0
R		[A-Z_a-z][]*"*	t2000	o1		0
S	fact
I	fun
R		"(?:(?<=[])(?![])|(?<![])(?=[]))(\\\\|\\[^\\]|[^"\\])*"	t3100	o1		1
S	root
R		--[\u0000-\u{10FFFF}]*?(?![^\n])	t6003			0
R		\/\/[\u0000-\u{10FFFF}]*?(?![^\n])	t6003			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
R		[^\n[^]]+	t8001			0
R		(module|open)([]+)	g(t1003,t8001)	p(module)		2
R		(sig|enum)([]+)	g(t1002,t8001)	p(sig)		2
R		(iden|univ|none)(?![])	t1001			1
R		(int|Int)(?![])	t1006			1
R		(var|this|abstract|extends|set|seq|one|lone|let)(?![])	t1000			1
R		(all|some|no|sum|disj|when|else)(?![])	t1000			1
R		(run|check|for|but|exactly|expect|as|steps)(?![])	t1000			1
R		(always|after|eventually|until|release)(?![])	t1000			1
R		(historically|before|once|since|triggered)(?![])	t1000			1
R		(and|or|implies|iff|in)(?![])	t4001			1
R		(fun|pred|assert)([]+)	g(t1000,t8001)	p(fun)		2
R		(fact)([]+)	g(t1000,t8001)	p(fact)		2
R		!|#|&&|\+\+|<<|>>|>=|<=>|<=|\.\.|\.|->	t4000			0
R		[\!\%-\+\--\/\;-\>\[\]-\^\{-\~]	t4000			0
R		[A-Z_a-z][]*"*	t2000			0
R		[\,\:]	t5000			0
R		[0-9]+	t3204			0
R		"(?:(?<=[])(?![])|(?<![])(?=[]))(\\\\|\\[^\\]|[^"\\])*"	t3100			1
R		\n	t8001			0
