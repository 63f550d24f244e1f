S	root
R		[^\n[^]]+	t98
R		\n	t98
R		\/\/(\n|[\u0000-\u{10FFFF}]*?[^\\]\n)	t82			1
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*?[\*](\\\n)?\/	t81			2
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*	t81			1
R		[\(-\)\,\:-\;\[\]\{\}]	t78
R		[\!\#\%\*-\+\-\/\=\?]	t75
R		<|<=|==|!=|>=|>|&&|\|\|	t75
R		\$(f[ans]|t|vp[drt]|children)	t44			1
R		(undef|PI)(?![])	t16			1
R		(use|include)((?:[]|\\\\s)+)	g(t18,t98)	p(includes)		2
R		(module)([]*)([^\(]+)	g(t18,t98,t31)			3
R		(function)([]*)([^\(]+)	g(t17,t98,t45)			3
R		(?<![])(true|false)(?![])	t47			1
R		(?<![])(function|module|include|use|for|intersection_for|if|else|return)(?![])	t15			1
R		(?<![])(circle|square|polygon|text|sphere|cube|cylinder|polyhedron|translate|rotate|scale|resize|mirror|multmatrix|color|offset|hull|minkowski|union|difference|intersection|abs|sign|sin|cos|tan|acos|asin|atan|atan2|floor|round|ceil|ln|log|pow|sqrt|exp|rands|min|max|concat|lookup|str|chr|search|version|version_num|norm|cross|parent_module|echo|import|import_dxf|dxf_linear_extrude|linear_extrude|rotate_extrude|surface|projection|render|dxf_cross|dxf_dim|let|assign|len)(?![])	t37			1
R		(?<![])children(?![])	t38
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		-?[\p{Nd}]+(\.[\p{Nd}]+)?(e[\+\-]?[\p{Nd}]+)?	t67			2
R		[A-Z_a-z][]*	t22
S	includes
R		(<)([^\>]*)(>)	g(t78,t85,t78)			3
R				o1
