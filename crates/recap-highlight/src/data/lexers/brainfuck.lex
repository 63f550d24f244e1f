S	common
R		[\,\.]+	t2014			0
R		[\+\-]+	t2100			0
R		[\<\>]+	t2200			0
R		[^\+-\.\<\>\[\]]+	t6000			0
S	root
R		\[	t1000	p(loop)		0
R		\]	t-11			0
I	common
S	loop
R		\[	t1000	p()		0
R		\]	t1000	o1		0
I	common
