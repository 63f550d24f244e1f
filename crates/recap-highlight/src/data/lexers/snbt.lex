S	root
R		\{	t5000	p(compound)		0
R		[^\{]+	t8000			0
S	whitespace
R		[]+	t8001			0
S	operators
R		[\,\:-\;]	t5000			0
S	literals
R		(true|false)	t1001			1
R		-?[\p{Nd}]+[Ee]-?[\p{Nd}]+	t3202			0
R		-?[\p{Nd}]*\.[\p{Nd}]+[DFdf]?	t3202			0
R		-?[\p{Nd}]+[BDFLSbdfls]?	t3204			0
R		"	t3108	p(literals.string_double)		0
R		'	t3115	p(literals.string_single)		0
S	literals.string_double
R		\\[^\n]	t3109			0
R		[^\n"\\]+	t3108			0
R		"	t3108	o1		0
S	literals.string_single
R		\\[^\n]	t3109			0
R		[^\n'\\]+	t3115			0
R		'	t3115	o1		0
S	compound
R		[A-Z_a-z]+	t2001			0
I	operators
I	whitespace
I	literals
R		\{	t5000	p()		0
R		\[	t5000	p(list)		0
R		\}	t5000	o1		0
S	list
R		[A-Z_a-z]+	t2001			0
I	literals
I	operators
I	whitespace
R		\[	t5000	p()		0
R		\{	t5000	p(compound)		0
R		\]	t5000	o1		0
