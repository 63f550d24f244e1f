S	root
R		[^\n[^]]+	t8000			0
R		\n	t8000			0
R		\/\/(\n|[\u0000-\u{10FFFF}]*?[^\\]\n)	t6003			1
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*?[\*](\\\n)?\/	t6002			2
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*	t6002			1
R		[\(-\)\,\:-\;\[\]\{\}]	t5000			0
R		[\!\#\%\*-\+\-\/\=\?]	t4000			0
R		<|<=|==|!=|>=|>|&&|\|\|	t4000			0
R		\$(f[ans]|t|vp[drt]|children)	t2205			1
R		(undef|PI)(?![])	t1001			1
R		(use|include)((?:[]|\\\\s)+)	g(t1003,t8000)	p(includes)		2
R		(module)([]*)([^\(]+)	g(t1003,t8000,t2009)			3
R		(function)([]*)([^\(]+)	g(t1002,t8000,t2300)			3
R		(?<![])(true|false)(?![])	t3000			1
R		(?<![])(function|module|include|use|for|intersection_for|if|else|return)(?![])	t1000			1
R		(?<![])(circle|square|polygon|text|sphere|cube|cylinder|polyhedron|translate|rotate|scale|resize|mirror|multmatrix|color|offset|hull|minkowski|union|difference|intersection|abs|sign|sin|cos|tan|acos|asin|atan|atan2|floor|round|ceil|ln|log|pow|sqrt|exp|rands|min|max|concat|lookup|str|chr|search|version|version_num|norm|cross|parent_module|echo|import|import_dxf|dxf_linear_extrude|linear_extrude|rotate_extrude|surface|projection|render|dxf_cross|dxf_dim|let|assign|len)(?![])	t2100			1
R		(?<![])children(?![])	t2101			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		-?[\p{Nd}]+(\.[\p{Nd}]+)?(e[\+\-]?[\p{Nd}]+)?	t3200			2
R		[A-Z_a-z][]*	t2000			0
S	includes
R		(<)([^\>]*)(>)	g(t5000,t6101,t5000)			3
R				o1		0
