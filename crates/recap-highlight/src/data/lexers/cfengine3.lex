S	interpol
R		\$[\(\{]	t3111	p()		0
R		[\)\}]	t3111	o1		0
R		[^\$\(-\)\{\}]+	t3111			0
S	arglist
R		\)	t5000	o1		0
R		,	t5000			0
R		[]+	t2200			0
R		[]+	t8000			0
S	root
R		#[^\n]*?\n	t6000			0
R		(?<![^\n])@[^\n]*?\n	t6100			0
R		(body)([]+)([[^]]+)([]+)(control)	g(t1000,t8000,t1000,t8000,t1000)			5
R		(body|bundle|promise)([]+)([[^]]+)([]+)([]+)(\()	g(t1000,t8000,t1000,t8000,t2300,t5000)	p(arglist)		6
R		(body|bundle|promise)([]+)([[^]]+)([]+)([]+)	g(t1000,t8000,t1000,t8000,t2300)			5
R		([[^]]+)([]*)(=>)([]*)	g(t1005,t8000,t4000,t8000)			4
R		([\!-"\$\&\(-\)\.\|]+)(::)	g(t2002,t5000)			2
R		"	t3100	p(doublequotestring)		0
R		'	t3100	p(singlequotestring)		0
R		`	t3100	p(backtickstring)		0
R		([]+)(\()	g(t2300,t5000)			2
R		([]+)(:)	g(t1002,t5000)			2
R		@[\(\{][^\)\}]+[\)\}]	t2200			0
R		\$[\(][^\)]+[\)]	t2200			0
R		[\(-\)\,\;\{\}]	t5000			0
R		=>	t4000			0
R		->	t4000			0
R		[\p{Nd}]+\.[\p{Nd}]+	t3202			0
R		[\p{Nd}]+	t3204			0
R		[]+	t2300			0
R		[]+	t8000			0
S	doublequotestring
R		\$[\(\{]	t3111	p(interpol)		0
R		\\[^\n]	t3109			0
R		"	t3100	o1		0
R		\n	t3100			0
R		[^\n]	t3100			0
S	singlequotestring
R		\$[\(\{]	t3111	p(interpol)		0
R		\\[^\n]	t3109			0
R		'	t3100	o1		0
R		\n	t3100			0
R		[^\n]	t3100			0
S	backtickstring
R		\$[\(\{]	t3111	p(interpol)		0
R		\\[^\n]	t3109			0
R		`	t3100	o1		0
R		\n	t3100			0
R		[^\n]	t3100			0
