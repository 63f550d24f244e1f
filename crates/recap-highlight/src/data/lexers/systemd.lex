S	root
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		[\#\;][^\n]*	t6000			0	##;;	
R		\[[^\n]*?\](?![^\n])	t1000			0	[[	
R		([^\n]*?)(=)([^\n]*)(\\\n)	g(t2001,t4000,t3100,t8000)	p(continuation)		4	\x00\x09\x0B\x7F+	\x00\x09\x0B\x7F
R		([^\n]*?)(=)([^\n]*)	g(t2001,t4000,t3100)			3	\x00\x09\x0B\x7F+	\x00\x09\x0B\x7F
S	continuation
R		([^\n]*?)(\\\n)	g(t3100,t8000)			2	\x00\x09\x0B\x7F+	\x00\x09\x0B\x7F
R		([^\n]*)	t3100	o1		1	*	\x00\x09\x0B\x7F
