S	root
R		(?<![^\n])(?:[\t ][^\n]*\n|\n)+	u(Bash)
R		\$[\$-\%\*-\+\<\?-\@\|]	t15
R		[]+	t98
R		#[^\n]*?\n	t79
R		(export)((?=([]+))\3(?=[\t \$\-\{\}]+\n)|[]+(?=[\t ]\n))	g(t15,t98)	p(export)	1,2	2
R		export[]+	t15
R		([\$\(-\)\--\.\{\}]+)([]*)([\!\+\:\?]?=)((?=([\t ]*))\5)((?:[^\n]*\\\n)+|[^\n]*\n)	g(t39,t98,t75,t98,u(Bash))		1,2,3,4,6	5
R		"(?=((?:\\[\u0000-\u{10FFFF}]|[^"\\])*))\1"	t58
R		'(?=((?:\\[\u0000-\u{10FFFF}]|[^'\\])*))\1'	t65
R		([^\n\:]+)(:+)([\t ]*)	g(t45,t75,t98)	p(block-header)		3
R		\$\(	t15	p(expansion)
S	expansion
R		[^\$\(-\)A-Z_a-z]+	t98
R		[A-Z_a-z]+	t39
R		\$	t15
R		\(	t15	p()
R		\)	t15	o1
S	export
R		[\$\-\{\}]+	t39
R		\n	t98	o1
R		[]+	t98
S	block-header
R		[\,\|]	t78
R		#[^\n]*?\n	t79	o1
R		\\\n	t98
R		\$\(	t15	p(expansion)
R		[A-Z_a-z]+	t22
R		\n	t98	o1
R		[^\n]	t98
