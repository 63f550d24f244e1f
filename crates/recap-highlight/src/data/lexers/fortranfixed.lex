S	cont-char
R		 	t8001	p(code)		0
R		[^\n]	t7008	p(code)		0
S	code
R		([^\n]{66})([^\n]*)(\n)	g(u(Fortran),t6000,t8001)	p(root)		3
R		([^\n]*)(![^\n]*)(\n)	g(u(Fortran),t6000,t8001)	p(root)		3
R		([^\n]*)(\n)	g(u(Fortran),t8001)	p(root)		2
R				m(p(root))		0
S	root
R	i	[\*C][^\n]*\n	t6000			0
R		#[^\n]*\n	t6100			0
R		 {0,4}![^\n]*\n	t6000			0
R		([^\n]{5})	t2008	p(cont-char)		1
R		[^\n]*\n	u(Fortran)			0
