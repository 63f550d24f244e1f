S	curly
R		\}	t61	o1
R		[]+	t23
S	spvalue
I	interp
R		#[^\n]*(?![^\n])	t82	o1
R		\n	t98	o1
R		[^\n\#-\$\{\}]+	t98
R		[^\n]	t98
S	root
R		#[^\n]*(?![^\n])	t82
R		(?<![^\n])([]+)(=)	g(t23,t75)			2
R		(?<![^\n])([\.]+)(:)	g(t36,t78)	p(spvalue)		2
I	interp
R		[^\n\#-\$\.\:\=\{\}]+	t98
R		[^\n]	t98
S	interp
R		\$\$	t98
R		\$\{	t61	p(curly)
