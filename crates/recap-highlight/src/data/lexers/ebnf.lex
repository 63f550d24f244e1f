S	comment
R		[^\)-\*]	t81
I	comment_start
R		\*\)	t81	o1
R		[\)-\*]	t81
S	identifier
R		([A-Za-z][ \-]*)	t15			1
S	root
I	whitespace
I	comment_start
I	identifier
R		=	t75	p(production)
S	production
I	whitespace
I	comment_start
I	identifier
R		"[^"]*"	t58
R		'[^']*'	t65
R		(\?[^\?]*\?)	t27			1
R		[\(-\)\,\[\]\{-\}]	t78
R		-	t75
R		;	t78	o1
R		\.	t78	o1
S	whitespace
R		[]+	t98
S	comment_start
R		\(\*	t81	p(comment)
