S	displaymath
R		\\\]	t3100	o1		0	\x5C\x5C	
R		\$\$	t3100	o1		0	$$	
R		\$	t2100			0	$$	
I	math
S	command
R		\[[^\n]*?\]	t2001			0	[[	
R		\*	t1000			0	**	
R				o1		0	*	
S	general
R		%[^\n]*?\n	t6000			0	%%	
R		[\{\}]	t2100			0	{{}}	
R		[\&\^-_]	t2100			0	&&^_	
S	root
R		\\\[	t3103	p(displaymath)		0	\x5C\x5C	
R		\\\(	t3100	p(inlinemath)		0	\x5C\x5C	
R		\$\$	t3103	p(displaymath)		0	$$	
R		\$	t3100	p(inlinemath)		0	$$	
R		\\([A-Za-z]+|[^\n])	t1000	p(command)		1	\x5C\x5C	
R		\\(?![^\n])	t1000			0	\x5C\x5C	
I	general
R		[^\$-\&\\\^-_\{\}]+	t8000			0	\x00#'[]]`z||~\x7F+	\x00#'[]]`z||~\x7F
S	math
R		\\([A-Za-z]+|[^\n])	t2200			1	\x5C\x5C	
I	general
R		[0-9]+	t3200			0	09	09
R		[\!\(-\+\-\/\=\[\]]	t4000			0	!!(+--//==[[]]	
R		[^\!\$-\&\(-\+\-\/-9\=\[-_\{\}]+	t2100			0	\x00\x20"#'',,..:<>Z`z||~\x7F+	\x00\x20"#'',,..:<>Z`z||~\x7F
S	inlinemath
R		\\\)	t3100	o1		0	\x5C\x5C	
R		\$	t3100	o1		0	$$	
I	math
