S	root
R		\{	t78	p(compound)
R		[^\{]+	t98
S	whitespace
R		[]+	t99
S	operators
R		[\,\:-\;]	t78
S	literals
R		(true|false)	t16			1
R		-?[\p{Nd}]+[Ee]-?[\p{Nd}]+	t69
R		-?[\p{Nd}]*\.[\p{Nd}]+[DFdf]?	t69
R		-?[\p{Nd}]+[BDFLSbdfls]?	t71
R		"	t58	p(literals.string_double)
R		'	t65	p(literals.string_single)
S	literals.string_double
R		\\[^\n]	t59
R		[^\n"\\]+	t58
R		"	t58	o1
S	literals.string_single
R		\\[^\n]	t59
R		[^\n'\\]+	t65
R		'	t65	o1
S	compound
R		[A-Z_a-z]+	t23
I	operators
I	whitespace
I	literals
R		\{	t78	p()
R		\[	t78	p(list)
R		\}	t78	o1
S	list
R		[A-Z_a-z]+	t23
I	literals
I	operators
I	whitespace
R		\[	t78	p()
R		\{	t78	p(compound)
R		\]	t78	o1
