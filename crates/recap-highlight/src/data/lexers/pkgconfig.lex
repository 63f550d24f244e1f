S	curly
R		\}	t3111	o1		0
R		[]+	t2001			0
S	spvalue
I	interp
R		#[^\n]*(?![^\n])	t6003	o1		0
R		\n	t8000	o1		0
R		[^\n\#-\$\{\}]+	t8000			0
R		[^\n]	t8000			0
S	root
R		#[^\n]*(?![^\n])	t6003			0
R		(?<![^\n])([]+)(=)	g(t2001,t4000)			2
R		(?<![^\n])([\.]+)(:)	g(t2014,t5000)	p(spvalue)		2
I	interp
R		[^\n\#-\$\.\:\=\{\}]+	t8000			0
R		[^\n]	t8000			0
S	interp
R		\$\$	t8000			0
R		\$\{	t3111	p(curly)		0
