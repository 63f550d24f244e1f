S	displaymath
R		\\\]	t50	o1
R		\$\$	t50	o1
R		\$	t37
I	math
S	command
R		\[[^\n]*?\]	t23
R		\*	t15
R				o1
S	general
R		%[^\n]*?\n	t79
R		[\{\}]	t37
R		[\&\^-_]	t37
S	root
R		\\\[	t53	p(displaymath)
R		\\\(	t50	p(inlinemath)
R		\$\$	t53	p(displaymath)
R		\$	t50	p(inlinemath)
R		\\([A-Za-z]+|[^\n])	t15	p(command)		1
R		\\(?![^\n])	t15
I	general
R		[^\$-\&\\\^-_\{\}]+	t98
S	math
R		\\([A-Za-z]+|[^\n])	t39			1
I	general
R		[0-9]+	t67
R		[\!\(-\+\-\/\=\[\]]	t75
R		[^\!\$-\&\(-\+\-\/-9\=\[-_\{\}]+	t37
S	inlinemath
R		\\\)	t50	o1
R		\$	t50	o1
I	math
