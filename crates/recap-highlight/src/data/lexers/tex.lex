S	displaymath
R		\\\]	t3100	o1		0
R		\$\$	t3100	o1		0
R		\$	t2100			0
I	math
S	command
R		\[[^\n]*?\]	t2001			0
R		\*	t1000			0
R				o1		0
S	general
R		%[^\n]*?\n	t6000			0
R		[\{\}]	t2100			0
R		[\&\^-_]	t2100			0
S	root
R		\\\[	t3103	p(displaymath)		0
R		\\\(	t3100	p(inlinemath)		0
R		\$\$	t3103	p(displaymath)		0
R		\$	t3100	p(inlinemath)		0
R		\\([A-Za-z]+|[^\n])	t1000	p(command)		1
R		\\(?![^\n])	t1000			0
I	general
R		[^\$-\&\\\^-_\{\}]+	t8000			0
S	math
R		\\([A-Za-z]+|[^\n])	t2200			1
I	general
R		[0-9]+	t3200			0
R		[\!\(-\+\-\/\=\[\]]	t4000			0
R		[^\!\$-\&\(-\+\-\/-9\=\[-_\{\}]+	t2100			0
S	inlinemath
R		\\\)	t3100	o1		0
R		\$	t3100	o1		0
I	math
