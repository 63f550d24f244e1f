S	shader
R		\|(?!\])	t27
R		\|\]	t27	o1
R		[^\n]*\n	t27
S	root
R		\{-	t81	p(comment)
R		--[^\n]*	t82
R		[]+	t98
R		"	t50	p(doublequote)
R		(?<![^\n])[]*module[]*	t18	p(imports)
R		(?<![^\n])[]*import[]*	t18	p(imports)
R		\[glsl\|[^\n]*	t27	p(shader)
R		(import|module|alias|where|port|else|type|case|then|let|as|of|if|in)(?![])	t20			1
R		[A-Z][]*	t21
R		(?<![^\n])main 	t20
R		\((<-|\|\||\|>|&&|\+\+|->|\.\.|\/\/|>>|>=|\/=|==|::|<~|<\||<=|<<|~|<|=|:|>|'|\/|\\|\.|\^|-|`|\+|\*|\||%)\)	t45			1
R		(<-|\|\||\|>|&&|\+\+|->|\.\.|\/\/|>>|>=|\/=|==|::|<~|<\||<=|<<|~|<|=|:|>|'|\/|\\|\.|\^|-|`|\+|\*|\||%)	t45			1
I	numbers
R		[_a-z]['A-Z_a-z]*	t39
R		[\(-\)\,\[\]\{\}]	t78
S	comment
R		-(?!\})	t81
R		\{-	t81	p(comment)
R		[^\-\}]	t81
R		-\}	t81	o1
S	doublequote
R		\\u[0-9A-Fa-f]{4}	t59
R		\\["\\bfnrv]	t59
R		[^"]	t50
R		"	t50	o1
S	imports
R		[]+(\.[]+)*	t24	o1		1
S	numbers
R		_?[\p{Nd}]+\.(?=[\p{Nd}]+)	t69
R		_?[\p{Nd}]+	t71
