S	root
R		\n	t8000			0	\x0A\x0A	
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		\\\n	t8000			0	\x5C\x5C	
R		%([^\n]*?)\n	t6003			1	%%	
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3	//	
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0	""	
R		(?<![])(annotation|constraint|predicate|minimize|function|maximize|satisfy|include|record|output|solve|test|list|type|ann|par|any|var|op|of)(?![])	t1000			1	aaccffiilmoprtvv	
R		(?<![])(string|tuple|float|array|bool|enum|int|set)(?![])	t1006			1	abefiist	
R		(?<![])(forall|where|endif|then|else|for|if)(?![])	t1000			1	efiittww	
R		(?<![])(array_intersect|index_set_2of3|index_set_1of3|index_set_3of3|index_set_1of2|index_set_2of2|array_union|show_float|dom_array|int2float|set2array|index_set|dom_size|lb_array|is_fixed|ub_array|bool2int|show_int|array4d|array2d|array1d|array5d|array6d|array3d|product|length|assert|concat|trace|acosh|round|abort|log10|floor|sinh|tanh|atan|sqrt|asin|show|log2|card|ceil|cosh|join|pow|cos|max|log|exp|dom|sin|abs|fix|sum|tan|min|lb|ln|ub)(?![])	t2100			1	afijlmppru	
R		(not|<->|->|<-|\\\/|xor|\/\\)	t4000			1	--//<<\x5C\x5Cnnxx	
R		(<|>|<=|>=|==|=|!=)	t4000			1	!!<>	
R		(\+|-|\*|\/|div|mod)	t4000			1	*+--//ddmm	
R		(?<![])(intersect|superset|symdiff|subset|union|diff|in)(?![])	t4000			1	ddiissuu	
R		(\\|\.\.|\+\+)	t4000			1	++..\x5C\x5C	
R		[\(-\)\,\:-\;\[\]\{-\}]	t5000			0	(),,:;[[]]{}	
R		(true|false)(?![])	t1001			1	fftt	
R		([\+\-]?)[\p{Nd}]+(\.(?!\.)[\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}]+)?	t3200			3	++--09+	
R		::[]*([^[^]][]*)([]*\([^\)]*\))?	t2004			2	::	
R		(?:(?<=[])(?![])|(?<![])(?=[]))([^[^]][]*)(?:(?<=[])(?![])|(?<![])(?=[]))(\()	g(t2300,t5000)			2	09AZ__az+	
R		[^[^]][]*	t2011			0	09AZ__az+	
