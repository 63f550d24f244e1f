S	double-quote
R		\\["'\?\\a-bfnrtv]	t3109			0	\x5C\x5C	
R		\\[0-7]{1,3}	t3109			0	\x5C\x5C	
R		\\x[0-9A-Fa-f]{1,2}	t3109			0	\x5C\x5C	
R		\\u[0-9A-Fa-f]{4}	t3109			0	\x5C\x5C	
R		\\U000[0-9A-Fa-f]{5}	t3109			0	\x5C\x5C	
R		\\U0010[0-9A-Fa-f]{4}	t3109			0	\x5C\x5C	
R		[^"\\]+	t3108			0	\x00!#[]\x7F+	\x00!#[]\x7F
R		"	t3108	o1		0	""	
S	single-quote
R		\\["'\?\\a-bfnrtv]	t3109			0	\x5C\x5C	
R		\\[0-7]{1,3}	t3109			0	\x5C\x5C	
R		\\x[0-9A-Fa-f]{1,2}	t3109			0	\x5C\x5C	
R		\\u[0-9A-Fa-f]{4}	t3109			0	\x5C\x5C	
R		\\U000[0-9A-Fa-f]{5}	t3109			0	\x5C\x5C	
R		\\U0010[0-9A-Fa-f]{4}	t3109			0	\x5C\x5C	
R		[^'\\]+	t3115			0	\x00&([]\x7F+	\x00&([]\x7F
R		'	t3115	o1		0	''	
S	root
R		#[^\n]*\n	t6003			0	##	
R		[\t-\r ]+	t8000			0	\x09\x0D\x20\x20	\x09\x0D\x20\x20
R		-	t4000			0	--	
R	i	(?:inf|infinity)(?![])	t3202			0	IIii+	
R	i	nan(?![])	t3202			0	NNnn	
R		(?:0|[1-9][0-9]*)[Ff]	t3202			0	09	
R		\.[0-9]+(?:[Ee][\+\-]?[0-9]+)?[Ff]?	t3202			0	..	
R		(?:0|[1-9][0-9]*)\.[0-9]*(?:[Ee][\+\-]?[0-9]+)?[Ff]?	t3202			0	09	
R		(?:0|[1-9][0-9]*)[Ee][\+\-]?[0-9]+[Ff]?	t3202			0	09	
R		0[Xx][0-9A-Fa-f]+	t3203			0	00	
R		0[0-7]+	t3206			0	00	
R		(?:0|[1-9][0-9]*)	t3204			0	09	
R		(?<![])(?:[Tt]rue|[Ff]alse|t|f)(?![])	t1001			0	FFTTfftt	
R		"	t3108	p(double-quote)		0	""	
R		'	t3115	p(single-quote)		0	''	
R		[A-Z_a-z][0-9A-Z_a-z]*(?:\.[A-Z_a-z][0-9A-Z_a-z]*)+	t2009			0	AZ__az	
R		[A-Z_a-z][0-9A-Z_a-z]*	t2000			0	AZ__az	
R		\/[A-Z_a-z][\.-9A-Z_a-z]*	t2009			0	//	
R		[\,\:-\<\>\[\]\{\}]	t5000			0	,,:<>>[[]]{{}}	
