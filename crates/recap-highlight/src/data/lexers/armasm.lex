S	root
I	commentsandwhitespace
R		(\.[]+)([\t ]+[]+[]+?)?	g(t18,t30)			2
R		([]+)(:)([]+\.[]+[]+)	g(t30,t78,t18)	p(literal)		3
R		([]+)(:)	g(t30,t78)			2
R		svc[]+[]+	t31
R		[A-Za-z]+	t98	p(opcode)
S	commentsandwhitespace
R		[]+	t98
R		[\;\@][^\n]*?\n	t82
R		\/\*[^\n]*?\*\/	t81
S	literal
R		0b[0-1]+	t68	o1
R		0x[]{1,8}	t70	o1
R		0[\p{Nd}]+	t73	o1
R		[\p{Nd}]+?\.[\p{Nd}]+?	t69	o1
R		[\p{Nd}]+	t71	o1
R		(")([^\n]+)(")	g(t78,t58,t78)	o1		3
R		(')([^\n]{1}|\\[^\n]{1})(')	g(t78,t55,t78)	o1		3
S	opcode
R		\n	t98	o1
R		(@|;)[^\n]*\n	t82	o1		1
R		([]+|,)	t98			1
R		[a-dfhp-sv-x][\p{Nd}]{1,2}	t24
R		(=)(0x[]+)	g(t98,t30)			2
R		(=)([]+)	g(t98,t30)			2
R		#	t98	p(literal)
