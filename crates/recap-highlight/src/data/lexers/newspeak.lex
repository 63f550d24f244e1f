S	root
R		(?<![])(Newsqueak2)(?![])	t1002			1
R		'[^']*'	t3100			0
R		(?<![])(class)([]+)([]+)([]*)	g(t1002,t8000,t2002,t8000)			4
R		(?<![])(mixin|self|super|private|public|protected|nil|true|false)(?![])	t1000			1
R		([]+:)([]*)([A-Z_a-z][]+)	g(t2300,t8000,t2200)			3
R		([]+)([]*)(=)	g(t2001,t8000,t4000)			3
R		<[]+>	t6004			0
I	expressionstat
I	whitespace
S	expressionstat
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t3202			1
R		[\p{Nd}]+	t3204			0
R		:[]+	t2200			0
R		([]+)(::)	g(t2200,t4000)			2
R		[]+:	t2300			0
R		[]+	t2200			0
R		\(|\)	t5000			0
R		\[|\]	t5000			0
R		\{|\}	t5000			0
R		(\^|\+|\/|~|\*|<|>|=|@|%|\||&|\?|!|,|-|:)	t4000			1
R		\.|;	t5000			0
I	whitespace
I	literals
S	literals
R		\$[^\n]	t3100			0
R		'[^']*'	t3100			0
R		#'[^']*'	t3116			0
R		#[]+:?	t3116			0
R		#(\+|\/|~|\*|<|>|=|@|%|\||&|\?|!|,|-)+	t3116			1
S	whitespace
R		[]+	t8000			0
R		"[^"]*"	t6000			0
