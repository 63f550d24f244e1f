S	root
R		\{	t5000	p(compound)		0	{{	
R		[^\{]+	t8000			0	\x00z|\x7F+	\x00z|\x7F
S	whitespace
R		[]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
S	operators
R		[\,\:-\;]	t5000			0	,,:;	
S	literals
R		(true|false)	t1001			1	fftt	
R		-?[\p{Nd}]+[Ee]-?[\p{Nd}]+	t3202			0	--09+	
R		-?[\p{Nd}]*\.[\p{Nd}]+[DFdf]?	t3202			0	-.09+	
R		-?[\p{Nd}]+[BDFLSbdfls]?	t3204			0	--09+	
R		"	t3108	p(literals.string_double)		0	""	
R		'	t3115	p(literals.string_single)		0	''	
S	literals.string_double
R		\\[^\n]	t3109			0	\x5C\x5C	
R		[^\n"\\]+	t3108			0	\x00\x09\x0B!#[]\x7F+	\x00\x09\x0B!#[]\x7F
R		"	t3108	o1		0	""	
S	literals.string_single
R		\\[^\n]	t3109			0	\x5C\x5C	
R		[^\n'\\]+	t3115			0	\x00\x09\x0B&([]\x7F+	\x00\x09\x0B&([]\x7F
R		'	t3115	o1		0	''	
S	compound
R		[A-Z_a-z]+	t2001			0	AZ__az	AZ__az
I	operators
I	whitespace
I	literals
R		\{	t5000	p()		0	{{	
R		\[	t5000	p(list)		0	[[	
R		\}	t5000	o1		0	}}	
S	list
R		[A-Z_a-z]+	t2001			0	AZ__az	AZ__az
I	literals
I	operators
I	whitespace
R		\[	t5000	p()		0	[[	
R		\{	t5000	p(compound)		0	{{	
R		\]	t5000	o1		0	]]	
