S	root
R		\n	t8000			0	\x0A\x0A	
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		\\\n	t8000			0	\x5C\x5C	
R		%([^\n]*?)\n	t6003			1	%%	
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3	//	
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0	""	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(annotation|constraint|predicate|minimize|function|maximize|satisfy|include|record|output|solve|test|list|type|ann|par|any|var|op|of)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	aaccffiilmoprtvv	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(string|tuple|float|array|bool|enum|int|set)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1006			1	abefiist	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(forall|where|endif|then|else|for|if)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	efiittww	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(array_intersect|index_set_2of3|index_set_1of3|index_set_3of3|index_set_1of2|index_set_2of2|array_union|show_float|dom_array|int2float|set2array|index_set|dom_size|lb_array|is_fixed|ub_array|bool2int|show_int|array4d|array2d|array1d|array5d|array6d|array3d|product|length|assert|concat|trace|acosh|round|abort|log10|floor|sinh|tanh|atan|sqrt|asin|show|log2|card|ceil|cosh|join|pow|cos|max|log|exp|dom|sin|abs|fix|sum|tan|min|lb|ln|ub)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t2100			1	afijlmppru	
R		(not|<->|->|<-|\\\/|xor|\/\\)	t4000			1	--//<<\x5C\x5Cnnxx	
R		(<|>|<=|>=|==|=|!=)	t4000			1	!!<>	
R		(\+|-|\*|\/|div|mod)	t4000			1	*+--//ddmm	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(intersect|superset|symdiff|subset|union|diff|in)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t4000			1	ddiissuu	
R		(\\|\.\.|\+\+)	t4000			1	++..\x5C\x5C	
R		[\(-\)\,\:-\;\[\]\{-\}]	t5000			0	(),,:;[[]]{}	
R		(true|false)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1001			1	fftt	
R		([\+\-]?)[\p{Nd}]+(\.(?!\.)[\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}]+)?	t3200			3	++--09+	
R		::[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*([^[^\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*\([^\)]*\))?	t2004			2	::	
R		(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))([^[^\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*)(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))(\()	g(t2300,t5000)			2	09AZ__az+	
R		[^[^\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2011			0	09AZ__az+	
