S	sig
R		(extends)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000	o1		1	ee	
R		[A-Z_a-z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*"*	t2000			0	AZ__az	
R		[^\n[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]]+	t8001			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		,	t5000			0	,,	
R		\{	t4000	o1		0	{{	
S	module
R		[^\n[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]]+	t8001			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		[A-Z_a-z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*"*	t2000	o1		0	AZ__az	
S	fun
R		[^\n[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]]+	t8001			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		\{	t4000	o1		0	{{	
R		[A-Z_a-z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*"*	t2000	o1		0	AZ__az	
S	fact
I	fun
R		"(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))(\\\\|\\[^\\]|[^"\\])*"	t3100	o1		1	""	
S	root
R		--[\u0000-\u{10FFFF}]*?(?![^\n])	t6003			0	--	
R		\/\/[\u0000-\u{10FFFF}]*?(?![^\n])	t6003			0	//	
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0	//	
R		[^\n[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]]+	t8001			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		(module|open)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1003,t8001)	p(module)		2	mmoo	
R		(sig|enum)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1002,t8001)	p(sig)		2	eess	
R		(iden|univ|none)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1001			1	iinnuu	
R		(int|Int)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1006			1	IIii	
R		(var|this|abstract|extends|set|seq|one|lone|let)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	aaeelloostvv	
R		(all|some|no|sum|disj|when|else)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	aadennssww	
R		(run|check|for|but|exactly|expect|as|steps)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	acefrs	
R		(always|after|eventually|until|release)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	aaeerruu	
R		(historically|before|once|since|triggered)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	bbhhoost	
R		(and|or|implies|iff|in)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t4001			1	aaiioo	
R		(fun|pred|assert)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1000,t8001)	p(fun)		2	aaffpp	
R		(fact)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1000,t8001)	p(fact)		2	ff	
R		!|#|&&|\+\+|<<|>>|>=|<=>|<=|\.\.|\.|->	t4000			0	!!##&&++-.<<>>	
R		[\!\%-\+\--\/\;-\>\[\]-\^\{-\~]	t4000			0	!!%+-/;>[[]^{~	
R		[A-Z_a-z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*"*	t2000			0	AZ__az	
R		[\,\:]	t5000			0	,,::	
R		[0-9]+	t3204			0	09	09
R		"(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))(\\\\|\\[^\\]|[^"\\])*"	t3100			1	""	
R		\n	t8001			0	\x0A\x0A	
