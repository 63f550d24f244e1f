S	interpol
R		\$[\(\{]	t61	p()
R		[\)\}]	t61	o1
R		[^\$\(-\)\{\}]+	t61
S	arglist
R		\)	t78	o1
R		,	t78
R		[]+	t39
R		[]+	t98
S	root
R		#[^\n]*?\n	t79
R		(?<![^\n])@[^\n]*?\n	t84
R		(body)([]+)([[^]]+)([]+)(control)	g(t15,t98,t15,t98,t15)			5
R		(body|bundle|promise)([]+)([[^]]+)([]+)([]+)(\()	g(t15,t98,t15,t98,t45,t78)	p(arglist)		6
R		(body|bundle|promise)([]+)([[^]]+)([]+)([]+)	g(t15,t98,t15,t98,t45)			5
R		([[^]]+)([]*)(=>)([]*)	g(t20,t98,t75,t98)			4
R		([\!-"\$\&\(-\)\.\|]+)(::)	g(t24,t78)			2
R		"	t50	p(doublequotestring)
R		'	t50	p(singlequotestring)
R		`	t50	p(backtickstring)
R		([]+)(\()	g(t45,t78)			2
R		([]+)(:)	g(t17,t78)			2
R		@[\(\{][^\)\}]+[\)\}]	t39
R		\$[\(][^\)]+[\)]	t39
R		[\(-\)\,\;\{\}]	t78
R		=>	t75
R		->	t75
R		[\p{Nd}]+\.[\p{Nd}]+	t69
R		[\p{Nd}]+	t71
R		[]+	t45
R		[]+	t98
S	doublequotestring
R		\$[\(\{]	t61	p(interpol)
R		\\[^\n]	t59
R		"	t50	o1
R		\n	t50
R		[^\n]	t50
S	singlequotestring
R		\$[\(\{]	t61	p(interpol)
R		\\[^\n]	t59
R		'	t50	o1
R		\n	t50
R		[^\n]	t50
S	backtickstring
R		\$[\(\{]	t61	p(interpol)
R		\\[^\n]	t59
R		`	t50	o1
R		\n	t50
R		[^\n]	t50
