S	common
R		[\,\.]+	t36
R		[\+\-]+	t37
R		[\<\>]+	t39
R		[^\+-\.\<\>\[\]]+	t79
S	root
R		\[	t15	p(loop)
R		\]	t10
I	common
S	loop
R		\[	t15	p()
R		\]	t15	o1
I	common
