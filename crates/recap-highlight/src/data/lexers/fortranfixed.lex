S	cont-char
R		 	t99	p(code)
R		[^\n]	t94	p(code)
S	code
R		([^\n]{66})([^\n]*)(\n)	g(u(Fortran),t79,t99)	p(root)		3
R		([^\n]*)(![^\n]*)(\n)	g(u(Fortran),t79,t99)	p(root)		3
R		([^\n]*)(\n)	g(u(Fortran),t99)	p(root)		2
R				m(p(root))
S	root
R	i	[\*C][^\n]*\n	t79
R		#[^\n]*\n	t84
R		 {0,4}![^\n]*\n	t79
R		([^\n]{5})	t30	p(cont-char)		1
R		[^\n]*\n	u(Fortran)
