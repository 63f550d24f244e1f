S	string
R		\\["\$'\\bnrt]	t59
R		\\u[0-9A-Fa-f]{4}	t59
R		"	t58	o1
I	string-interpol
R		[^\n"\$\\]+	t58
R		\$	t58
S	package
R		[[^]]+	t31	o1
S	class
R		`[^\`]+?`	t24	o1
R		(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t24	o1
S	property
R		`[^\`]+?`	t35	o1
R		(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t35	o1
S	string-interpol
R		\$(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t61
R		\$\{[^\n\}]*\}	t61
S	generics-specification
R		<	t78	p(generics-specification)
R		>	t78	o1
R		[\*\,\:\?]	t78
R		(in|out|reified)	t15			1
R		`[^\`]+?`	t24
R		(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t24
R		[]+	t98
S	root
R		(?<![^\n])[]*\[[\u0000-\u{10FFFF}]*?\]	t23
R		[^\n[^]]+	t98
R		\\\n	t98
R		\/\/[^\n]*\n?	t82
R		\/[\*][\u0000-\u{10FFFF}]*?[\*]\/	t81
R		\n	t98
R		!==|!in|!is|===	t75
R		%=|&&|\*=|\+\+|\+=|--|-=|->|\.\.|\/=|::|<=|==|>=|!!|!=|\|\||\?[\.\:]	t75
R		[\{\}]	t78
R		"""	t50	p(rawstring)
R		"	t58	p(string)
R		(')(\\u[0-9A-Fa-f]{4})(')	g(t55,t59,t55)			3
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'	t55
R		0[Xx][0-9A-Fa-f]+(_+[0-9A-Fa-f]+)*[Uu]?L?	t70			1
R		0[Bb][0-1]+(_+[0-1]+)*[Uu]?L?	t68			1
R		[0-9]+(_+[0-9]+)*\.[0-9]+(_+[0-9]+)*([Ee][\+\-]?[0-9]+(_+[0-9]+)*)?[Ff]?|\.[0-9]+(_+[0-9]+)*([Ee][\+\-]?[0-9]+(_+[0-9]+)*)?[Ff]?|[0-9]+(_+[0-9]+)*[Ee][\+\-]?[0-9]+(_+[0-9]+)*[Ff]?|[0-9]+(_+[0-9]+)*[Ff]	t69			10
R		[0-9]+(_+[0-9]+)*[Uu]?L?	t71			1
R		[\!\%-\&\(-\/\:-\?\[\]-\^\|\~]	t78
R		(companion)([]+)(object)	g(t15,t98,t15)			3
R		(class|interface|object)([]+)	g(t15,t98)	p(class)		2
R		(package|import)([]+)	g(t15,t98)	p(package)		2
R		(val|var)([]+)	g(t15,t98)	p(property)		2
R		(fun)([]+)	g(t15,t98)	p(function)		2
R		(abstract|actual|annotation|as|as\?|break|by|catch|class|companion|const|constructor|continue|crossinline|data|delegate|do|dynamic|else|enum|expect|external|false|field|file|final|finally|for|fun|get|if|import|in|infix|init|inline|inner|interface|internal|is|it|lateinit|noinline|null|object|open|operator|out|override|package|param|private|property|protected|public|receiver|reified|return|sealed|set|setparam|super|suspend|tailrec|this|throw|true|try|typealias|typeof|val|value|var|vararg|when|where|while)(?:(?<=[])(?![])|(?<![])(?=[]))	t15			1
R		@(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t26
R		(?:[\p{Lu}][_\p{L}]*)(?=\.)	t24
R		(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t22
S	function
R		<	t78	p(generics-specification)
R		`[^\`]+?`	t45	o1
R		(?:[_\p{L}][\p{L}\p{N}]*|`@?[_\p{L}][\p{L}\p{N}]+`)	t45	o1
R		[]+	t98
S	rawstring
R		"""	t50	o1
R		(?:[^"\$]+|"{1,2}[^"])+	t50
I	string-interpol
R		\$	t50
