S	root
R		[^\n[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		\n	t8000			0	\x0A\x0A	
R		\/\/(\n|[\u0000-\u{10FFFF}]*?[^\\]\n)	t6003			1	//	
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*?[\*](\\\n)?\/	t6002			2	//	
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*	t6002			1	//	
R		[\(-\)\,\:-\;\[\]\{\}]	t5000			0	(),,:;[[]]{{}}	
R		[\!\#\%\*-\+\-\/\=\?]	t4000			0	!!##%%*+--//==??	
R		<|<=|==|!=|>=|>|&&|\|\|	t4000			0	!!&&<>||	
R		\$(f[ans]|t|vp[drt]|children)	t2205			1	$$	
R		(undef|PI)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1001			1	PPuu	
R		(use|include)((?:[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]|\\\\s)+)	g(t1003,t8000)	p(includes)		2	iiuu	
R		(module)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)([^\(\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1003,t8000,t2009)			3	mm	
R		(function)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)([^\(\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1002,t8000,t2300)			3	ff	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(true|false)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t3000			1	fftt	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(function|module|include|use|for|intersection_for|if|else|return)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	efiimmrruu	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(circle|square|polygon|text|sphere|cube|cylinder|polyhedron|translate|rotate|scale|resize|mirror|multmatrix|color|offset|hull|minkowski|union|difference|intersection|abs|sign|sin|cos|tan|acos|asin|atan|atan2|floor|round|ceil|ln|log|pow|sqrt|exp|rands|min|max|concat|lookup|str|chr|search|version|version_num|norm|cross|parent_module|echo|import|import_dxf|dxf_linear_extrude|linear_extrude|rotate_extrude|surface|projection|render|dxf_cross|dxf_dim|let|assign|len)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t2100			1	aacfhilprv	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])children(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t2101			0	cc	
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0	""	
R		-?[\p{Nd}]+(\.[\p{Nd}]+)?(e[\+\-]?[\p{Nd}]+)?	t3200			2	--09+	
R		[A-Z_a-z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2000			0	AZ__az	
S	includes
R		(<)([^\>]*)(>)	g(t5000,t6101,t5000)			3	<<	
R				o1		0	*	
