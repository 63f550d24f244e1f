S	double-quote
R		\\["'\?\\a-bfnrtv]	t59
R		\\[0-7]{1,3}	t59
R		\\x[0-9A-Fa-f]{1,2}	t59
R		\\u[0-9A-Fa-f]{4}	t59
R		\\U000[0-9A-Fa-f]{5}	t59
R		\\U0010[0-9A-Fa-f]{4}	t59
R		[^"\\]+	t58
R		"	t58	o1
S	single-quote
R		\\["'\?\\a-bfnrtv]	t59
R		\\[0-7]{1,3}	t59
R		\\x[0-9A-Fa-f]{1,2}	t59
R		\\u[0-9A-Fa-f]{4}	t59
R		\\U000[0-9A-Fa-f]{5}	t59
R		\\U0010[0-9A-Fa-f]{4}	t59
R		[^'\\]+	t65
R		'	t65	o1
S	root
R		#[^\n]*\n	t82
R		[\t-\r ]+	t98
R		-	t75
R	i	(?:inf|infinity)(?![])	t69
R	i	nan(?![])	t69
R		(?:0|[1-9][0-9]*)[Ff]	t69
R		\.[0-9]+(?:[Ee][\+\-]?[0-9]+)?[Ff]?	t69
R		(?:0|[1-9][0-9]*)\.[0-9]*(?:[Ee][\+\-]?[0-9]+)?[Ff]?	t69
R		(?:0|[1-9][0-9]*)[Ee][\+\-]?[0-9]+[Ff]?	t69
R		0[Xx][0-9A-Fa-f]+	t70
R		0[0-7]+	t73
R		(?:0|[1-9][0-9]*)	t71
R		(?<![])(?:[Tt]rue|[Ff]alse|t|f)(?![])	t16
R		"	t58	p(double-quote)
R		'	t65	p(single-quote)
R		[A-Z_a-z][0-9A-Z_a-z]*(?:\.[A-Z_a-z][0-9A-Z_a-z]*)+	t31
R		[A-Z_a-z][0-9A-Z_a-z]*	t22
R		\/[A-Z_a-z][\.-9A-Z_a-z]*	t31
R		[\,\:-\<\>\[\]\{\}]	t78
