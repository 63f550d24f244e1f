S	offset
R		(?<![^\n])([0-9A-Ha-h]+)(:)	g(t30,t78)	p(offset-mode)		2
R		(?<![^\n])[0-9A-Ha-h]+	t30
S	offset-mode
R		[]	t98	o1
R		[0-9A-Ha-h]+	t30
R		:	t78
S	piped-strings
R		\n	t98
I	offset
R		[0-9A-Ha-h]{2}	t70
R		([]{2,3})(\|)([^\n]{1,16})(\|)(?![^\n])	g(t98,t78,t50,t78)			4
R		[]	t98
R		(?<![^\n])\*	t78
S	bracket-strings
R		\n	t98
I	offset
R		[0-9A-Ha-h]{2}	t70
R		([]{2,3})(>)([^\n]{1,16})(<)(?![^\n])	g(t98,t78,t50,t78)			4
R		[]	t98
R		(?<![^\n])\*	t78
S	nonpiped-strings
R		\n	t98
I	offset
R		([0-9A-Ha-h]{2})(-)([0-9A-Ha-h]{2})	g(t70,t78,t70)			3
R		[0-9A-Ha-h]{2}	t70
R		([]{19,})([^\n]{1,20}?)(?![^\n])	g(t98,t50)			2
R		([]{2,3})([^\n]{1,20})(?![^\n])	g(t98,t50)			2
R		[]	t98
R		(?<![^\n])\*	t78
S	root
R		\n	t98
I	offset
R		([0-9A-Ha-h]{2})(-)([0-9A-Ha-h]{2})	g(t70,t78,t70)			3
R		[0-9A-Ha-h]{2}	t70
R		([]{2,3})(>)([^\n]{16})(<)(?![^\n])	g(t98,t78,t50,t78)	p(bracket-strings)		4
R		([]{2,3})(\|)([^\n]{16})(\|)(?![^\n])	g(t98,t78,t50,t78)	p(piped-strings)		4
R		([]{2,3})(>)([^\n]{1,15})(<)(?![^\n])	g(t98,t78,t50,t78)			4
R		([]{2,3})(\|)([^\n]{1,15})(\|)(?![^\n])	g(t98,t78,t50,t78)			4
R		([]{2,3})([^\n]{1,15})(?![^\n])	g(t98,t50)			2
R		([]{2,3})([^\n]{16}|[^\n]{20})(?![^\n])	g(t98,t50)	p(nonpiped-strings)		2
R		[]	t98
R		(?<![^\n])\*	t78
