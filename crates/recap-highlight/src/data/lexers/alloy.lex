S	sig
R		(extends)(?![])	t1000	o1		1	ee	
R		[A-Z_a-z][]*"*	t2000			0	AZ__az	
R		[^\n[^]]+	t8001			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		,	t5000			0	,,	
R		\{	t4000	o1		0	{{	
S	module
R		[^\n[^]]+	t8001			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		[A-Z_a-z][]*"*	t2000	o1		0	AZ__az	
S	fun
R		[^\n[^]]+	t8001			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		\{	t4000	o1		0	{{	
R		[A-Z_a-z][]*"*	t2000	o1		0	AZ__az	
S	fact
I	fun
R		"(?:(?<=[])(?![])|(?<![])(?=[]))(\\\\|\\[^\\]|[^"\\])*"	t3100	o1		1	""	
S	root
R		--[\u0000-\u{10FFFF}]*?(?![^\n])	t6003			0	--	
R		\/\/[\u0000-\u{10FFFF}]*?(?![^\n])	t6003			0	//	
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0	//	
R		[^\n[^]]+	t8001			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		(module|open)([]+)	g(t1003,t8001)	p(module)		2	mmoo	
R		(sig|enum)([]+)	g(t1002,t8001)	p(sig)		2	eess	
R		(iden|univ|none)(?![])	t1001			1	iinnuu	
R		(int|Int)(?![])	t1006			1	IIii	
R		(var|this|abstract|extends|set|seq|one|lone|let)(?![])	t1000			1	aaeelloostvv	
R		(all|some|no|sum|disj|when|else)(?![])	t1000			1	aadennssww	
R		(run|check|for|but|exactly|expect|as|steps)(?![])	t1000			1	acefrs	
R		(always|after|eventually|until|release)(?![])	t1000			1	aaeerruu	
R		(historically|before|once|since|triggered)(?![])	t1000			1	bbhhoost	
R		(and|or|implies|iff|in)(?![])	t4001			1	aaiioo	
R		(fun|pred|assert)([]+)	g(t1000,t8001)	p(fun)		2	aaffpp	
R		(fact)([]+)	g(t1000,t8001)	p(fact)		2	ff	
R		!|#|&&|\+\+|<<|>>|>=|<=>|<=|\.\.|\.|->	t4000			0	!!##&&++-.<<>>	
R		[\!\%-\+\--\/\;-\>\[\]-\^\{-\~]	t4000			0	!!%+-/;>[[]^{~	
R		[A-Z_a-z][]*"*	t2000			0	AZ__az	
R		[\,\:]	t5000			0	,,::	
R		[0-9]+	t3204			0	09	09
R		"(?:(?<=[])(?![])|(?<![])(?=[]))(\\\\|\\[^\\]|[^"\\])*"	t3100			1	""	
R		\n	t8001			0	\x0A\x0A	
