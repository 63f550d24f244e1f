S	sig
R		(extends)(?![])	t15	o1		1
R		[A-Z_a-z][]*"*	t22
R		[^\n[^]]+	t99
R		,	t78
R		\{	t75	o1
S	module
R		[^\n[^]]+	t99
R		[A-Z_a-z][]*"*	t22	o1
S	fun
R		[^\n[^]]+	t99
R		\{	t75	o1
R		[A-Z_a-z][]*"*	t22	o1
S	fact
I	fun
R		"(?:(?<=[])(?![])|(?<![])(?=[]))(\\\\|\\[^\\]|[^"\\])*"	t50	o1		1
S	root
R		--[\u0000-\u{10FFFF}]*?(?![^\n])	t82
R		\/\/[\u0000-\u{10FFFF}]*?(?![^\n])	t82
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
R		[^\n[^]]+	t99
R		(module|open)([]+)	g(t18,t99)	p(module)		2
R		(sig|enum)([]+)	g(t17,t99)	p(sig)		2
R		(iden|univ|none)(?![])	t16			1
R		(int|Int)(?![])	t21			1
R		(var|this|abstract|extends|set|seq|one|lone|let)(?![])	t15			1
R		(all|some|no|sum|disj|when|else)(?![])	t15			1
R		(run|check|for|but|exactly|expect|as|steps)(?![])	t15			1
R		(always|after|eventually|until|release)(?![])	t15			1
R		(historically|before|once|since|triggered)(?![])	t15			1
R		(and|or|implies|iff|in)(?![])	t76			1
R		(fun|pred|assert)([]+)	g(t15,t99)	p(fun)		2
R		(fact)([]+)	g(t15,t99)	p(fact)		2
R		!|#|&&|\+\+|<<|>>|>=|<=>|<=|\.\.|\.|->	t75
R		[\!\%-\+\--\/\;-\>\[\]-\^\{-\~]	t75
R		[A-Z_a-z][]*"*	t22
R		[\,\:]	t78
R		[0-9]+	t71
R		"(?:(?<=[])(?![])|(?<![])(?=[]))(\\\\|\\[^\\]|[^"\\])*"	t50			1
R		\n	t99
