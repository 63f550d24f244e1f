S	comment
R		[^\)-\*]	t6002			0
I	comment_start
R		\*\)	t6002	o1		0
R		[\)-\*]	t6002			0
S	identifier
R		([A-Za-z][ \-]*)	t1000			1
S	root
I	whitespace
I	comment_start
I	identifier
R		=	t4000	p(production)		0
S	production
I	whitespace
I	comment_start
I	identifier
R		"[^"]*"	t3108			0
R		'[^']*'	t3115			0
R		(\?[^\?]*\?)	t2005			1
R		[\(-\)\,\[\]\{-\}]	t5000			0
R		-	t4000			0
R		;	t5000	o1		0
R		\.	t5000	o1		0
S	whitespace
R		[]+	t8000			0
S	comment_start
R		\(\*	t6002	p(comment)		0
