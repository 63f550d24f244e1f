S	curly
R		\}	t3111	o1		0	}}	
R		[]+	t2001			0	09AZ__az+	09AZ__az
S	spvalue
I	interp
R		#[^\n]*(?![^\n])	t6003	o1		0	##	
R		\n	t8000	o1		0	\x0A\x0A	
R		[^\n\#-\$\{\}]+	t8000			0	\x00\x09\x0B"%z||~\x7F+	\x00\x09\x0B"%z||~\x7F
R		[^\n]	t8000			0	\x00\x09\x0B\x7F+	
S	root
R		#[^\n]*(?![^\n])	t6003			0	##	
R		(?<![^\n])([]+)(=)	g(t2001,t4000)			2	09AZ__az+	^09AZ__az
R		(?<![^\n])([\.]+)(:)	g(t2014,t5000)	p(spvalue)		2	..09AZ__az+	^..09AZ__az
I	interp
R		[^\n\#-\$\.\:\=\{\}]+	t8000			0	\x00\x09\x0B"%-/9;<>z||~\x7F+	\x00\x09\x0B"%-/9;<>z||~\x7F
R		[^\n]	t8000			0	\x00\x09\x0B\x7F+	
S	interp
R		\$\$	t8000			0	$$	
R		\$\{	t3111	p(curly)		0	$$	
