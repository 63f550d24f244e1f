S	root
R		Windows Registry Editor[^\n]*	t98
R		[]+	t98
R		[\#\;][^\n]*	t82
R		(\[)(-?)(HKEY_[A-Z_]+)([^\n]*?\])(?![^\n])	g(t15,t75,t37,t15)			4
R		("(?:\\"|\\\\|[^"])+")([\t ]*)(=)([\t ]*)	g(t23,t98,t75,t98)	p(value)		4
R		([^\n]*?)([\t ]*)(=)([\t ]*)	g(t23,t98,t75,t98)	p(value)		4
S	value
R		-	t75	o1
R		(dword|hex(?:\([0-9A-Fa-f]\))?)(:)([\,0-9A-Fa-f]+)	g(t39,t78,t67)	o1		3
R		[^\n]+	t50	o1
R				o1
