S	string
R		\\["\$'\\bnrt]	t3109			0
R		\\u[0-9A-Fa-f]{4}	t3109			0
R		"	t3108	o1		0
I	string-interpol
R		[^\n"\$\\]+	t3108			0
R		\$	t3108			0
S	package
R		[[^]]+	t2009	o1		0
S	class
R		`[^\`]+?`	t2002	o1		0
R		(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t2002	o1		0
S	property
R		`[^\`]+?`	t2013	o1		0
R		(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t2013	o1		0
S	string-interpol
R		\$(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t3111			0
R		\$\{[^\n\}]*\}	t3111			0
S	generics-specification
R		<	t5000	p(generics-specification)		0
R		>	t5000	o1		0
R		[\*\,\:\?]	t5000			0
R		(in|out|reified)	t1000			1
R		`[^\`]+?`	t2002			0
R		(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t2002			0
R		[]+	t8000			0
S	root
R		(?<![^\n])[]*\[[\u0000-\u{10FFFF}]*?\]	t2001			0
R		[^\n[^]]+	t8000			0
R		\\\n	t8000			0
R		\/\/[^\n]*\n?	t6003			0
R		\/[\*][\u0000-\u{10FFFF}]*?[\*]\/	t6002			0
R		\n	t8000			0
R		!==|!in|!is|===	t4000			0
R		%=|&&|\*=|\+\+|\+=|--|-=|->|\.\.|\/=|::|<=|==|>=|!!|!=|\|\||\?[\.\:]	t4000			0
R		[\{\}]	t5000			0
R		"""	t3100	p(rawstring)		0
R		"	t3108	p(string)		0
R		(')(\\u[0-9A-Fa-f]{4})(')	g(t3105,t3109,t3105)			3
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'	t3105			0
R		0[Xx][0-9A-Fa-f]+(_+[0-9A-Fa-f]+)*[Uu]?L?	t3203			1
R		0[Bb][0-1]+(_+[0-1]+)*[Uu]?L?	t3201			1
R		[0-9]+(_+[0-9]+)*\.[0-9]+(_+[0-9]+)*([Ee][\+\-]?[0-9]+(_+[0-9]+)*)?[Ff]?|\.[0-9]+(_+[0-9]+)*([Ee][\+\-]?[0-9]+(_+[0-9]+)*)?[Ff]?|[0-9]+(_+[0-9]+)*[Ee][\+\-]?[0-9]+(_+[0-9]+)*[Ff]?|[0-9]+(_+[0-9]+)*[Ff]	t3202			10
R		[0-9]+(_+[0-9]+)*[Uu]?L?	t3204			1
R		[\!\%-\&\(-\/\:-\?\[\]-\^\|\~]	t5000			0
R		(companion)([]+)(object)	g(t1000,t8000,t1000)			3
R		(class|interface|object)([]+)	g(t1000,t8000)	p(class)		2
R		(package|import)([]+)	g(t1000,t8000)	p(package)		2
R		(val|var)([]+)	g(t1000,t8000)	p(property)		2
R		(fun)([]+)	g(t1000,t8000)	p(function)		2
R		(abstract|actual|annotation|as|as\?|break|by|catch|class|companion|const|constructor|continue|crossinline|data|delegate|do|dynamic|else|enum|expect|external|false|field|file|final|finally|for|fun|get|if|import|in|infix|init|inline|inner|interface|internal|is|it|lateinit|noinline|null|object|open|operator|out|override|package|param|private|property|protected|public|receiver|reified|return|sealed|set|setparam|super|suspend|tailrec|this|throw|true|try|typealias|typeof|val|value|var|vararg|when|where|while)(?:(?<=[])(?![])|(?<![])(?=[]))	t1000			1
R		@(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t2004			0
R		(?:[\p{Lu}][_\p{L}]*)(?=\.)	t2002			0
R		(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t2000			0
S	function
R		<	t5000	p(generics-specification)		0
R		`[^\`]+?`	t2300	o1		0
R		(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t2300	o1		0
R		[]+	t8000			0
S	rawstring
R		"""	t3100	o1		0
R		(?:[^"\$]+|"{1,2}[^"])+	t3100			0
I	string-interpol
R		\$	t3100			0
