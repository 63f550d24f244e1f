S	shader
R		\|(?!\])	t2005			0
R		\|\]	t2005	o1		0
R		[^\n]*\n	t2005			0
S	root
R		\{-	t6002	p(comment)		0
R		--[^\n]*	t6003			0
R		[]+	t8000			0
R		"	t3100	p(doublequote)		0
R		(?<![^\n])[]*module[]*	t1003	p(imports)		0
R		(?<![^\n])[]*import[]*	t1003	p(imports)		0
R		\[glsl\|[^\n]*	t2005	p(shader)		0
R		(import|module|alias|where|port|else|type|case|then|let|as|of|if|in)(?![])	t1005			1
R		[A-Z][]*	t1006			0
R		(?<![^\n])main 	t1005			0
R		\((<-|\|\||\|>|&&|\+\+|->|\.\.|\/\/|>>|>=|\/=|==|::|<~|<\||<=|<<|~|<|=|:|>|'|\/|\\|\.|\^|-|`|\+|\*|\||%)\)	t2300			1
R		(<-|\|\||\|>|&&|\+\+|->|\.\.|\/\/|>>|>=|\/=|==|::|<~|<\||<=|<<|~|<|=|:|>|'|\/|\\|\.|\^|-|`|\+|\*|\||%)	t2300			1
I	numbers
R		[_a-z]['A-Z_a-z]*	t2200			0
R		[\(-\)\,\[\]\{\}]	t5000			0
S	comment
R		-(?!\})	t6002			0
R		\{-	t6002	p(comment)		0
R		[^\-\}]	t6002			0
R		-\}	t6002	o1		0
S	doublequote
R		\\u[0-9A-Fa-f]{4}	t3109			0
R		\\["\\bfnrv]	t3109			0
R		[^"]	t3100			0
R		"	t3100	o1		0
S	imports
R		[]+(\.[]+)*	t2002	o1		1
S	numbers
R		_?[\p{Nd}]+\.(?=[\p{Nd}]+)	t3202			0
R		_?[\p{Nd}]+	t3204			0
