S	root
R		(?<![])(Newsqueak2)(?![])	t17			1
R		'[^']*'	t50
R		(?<![])(class)([]+)([]+)([]*)	g(t17,t98,t24,t98)			4
R		(?<![])(mixin|self|super|private|public|protected|nil|true|false)(?![])	t15			1
R		([]+:)([]*)([A-Z_a-z][]+)	g(t45,t98,t39)			3
R		([]+)([]*)(=)	g(t23,t98,t75)			3
R		<[]+>	t83
I	expressionstat
I	whitespace
S	expressionstat
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t69			1
R		[\p{Nd}]+	t71
R		:[]+	t39
R		([]+)(::)	g(t39,t75)			2
R		[]+:	t45
R		[]+	t39
R		\(|\)	t78
R		\[|\]	t78
R		\{|\}	t78
R		(\^|\+|\/|~|\*|<|>|=|@|%|\||&|\?|!|,|-|:)	t75			1
R		\.|;	t78
I	whitespace
I	literals
S	literals
R		\$[^\n]	t50
R		'[^']*'	t50
R		#'[^']*'	t66
R		#[]+:?	t66
R		#(\+|\/|~|\*|<|>|=|@|%|\||&|\?|!|,|-)+	t66			1
S	whitespace
R		[]+	t98
R		"[^"]*"	t79
