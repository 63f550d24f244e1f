S	root
I	commentsandwhitespace
R		(\.[]+)([\t ]+[]+[]+?)?	g(t1003,t2008)			2
R		([]+)(:)([]+\.[]+[]+)	g(t2008,t5000,t1003)	p(literal)		3
R		([]+)(:)	g(t2008,t5000)			2
R		svc[]+[]+	t2009			0
R		[A-Za-z]+	t8000	p(opcode)		0
S	commentsandwhitespace
R		[]+	t8000			0
R		[\;\@][^\n]*?\n	t6003			0
R		\/\*[^\n]*?\*\/	t6002			0
S	literal
R		0b[0-1]+	t3201	o1		0
R		0x[]{1,8}	t3203	o1		0
R		0[\p{Nd}]+	t3206	o1		0
R		[\p{Nd}]+?\.[\p{Nd}]+?	t3202	o1		0
R		[\p{Nd}]+	t3204	o1		0
R		(")([^\n]+)(")	g(t5000,t3108,t5000)	o1		3
R		(')([^\n]{1}|\\[^\n]{1})(')	g(t5000,t3105,t5000)	o1		3
S	opcode
R		\n	t8000	o1		0
R		(@|;)[^\n]*\n	t6003	o1		1
R		([]+|,)	t8000			1
R		[a-dfhp-sv-x][\p{Nd}]{1,2}	t2002			0
R		(=)(0x[]+)	g(t8000,t2008)			2
R		(=)([]+)	g(t8000,t2008)			2
R		#	t8000	p(literal)		0
