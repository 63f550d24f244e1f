S	root
R		Windows Registry Editor[^\n]*	t8000			0	WW	
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		[\#\;][^\n]*	t6003			0	##;;	
R		(\[)(-?)(HKEY_[A-Z_]+)([^\n]*?\])(?![^\n])	g(t1000,t4000,t2100,t1000)			4	[[	
R		("(?:\\"|\\\\|[^"])+")([\t ]*)(=)([\t ]*)	g(t2001,t8000,t4000,t8000)	p(value)		4	""	
R		([^\n]*?)([\t ]*)(=)([\t ]*)	g(t2001,t8000,t4000,t8000)	p(value)		4	\x00\x09\x0B\x7F+	\x00\x09\x0B\x7F
S	value
R		-	t4000	o1		0	--	
R		(dword|hex(?:\([0-9A-Fa-f]\))?)(:)([\,0-9A-Fa-f]+)	g(t2200,t5000,t3200)	o1		3	ddhh	
R		[^\n]+	t3100	o1		0	\x00\x09\x0B\x7F+	\x00\x09\x0B\x7F
R				o1		0	*	
