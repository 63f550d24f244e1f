S	root
R		\n	t8001			0	\x0A\x0A	
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		\/\/\/[^\n]*	t3107			0	//	
R		\/\/[^\n]*	t6003			0	//	
R		\/\*[^\n]*	t6002	p(comment)		0	//	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(pub|sketch|part|op|mod|use|fn|const|prop|init|return|if|else|mat|__builtin|or|and|not|as)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	__aaccefiimprsuu	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(Integer|Scalar|String|Color|Length|Area|Volume|Angle|Weight|Density|Bool|Matrix[0-9])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1006			1	ADIILMSSVW	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])([_a-z][0-9A-Z_a-z]*)[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*(?=\()	t2300			1	__az	
R		[\!\%-\&\*-\+\-\/\<-\>\@\^\|]	t4000			0	!!%&*+--//<>@@^^||	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(([0-9]+(\.[0-9]+)?)(%|m\u00B2|cm\u00B2|mm\u00B2|\u00B5m\u00B2|in\u00B2|ft\u00B2|yd\u00B2|m\u00B3|cm\u00B3|mm\u00B3|\u00B5m\u00B3|in\u00B3|ft\u00B3|yd\u00B3|ml|cl|l|\u00B5l|cm|mm|m|\u00B5m|in|ft|yd|deg|\u00B0|grad|turn|rad|g|kg|lb|oz)?)|true|false(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t3200			4	09fftt	
R		([_a-z][0-9_a-z]*)(::)	g(t2009,t4000)			2	__az	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])([A-Z_][0-9A-Z_]*)(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t2003			1	AZ__	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])([A-Z_][0-9A-Z_a-z]*)(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t2002			1	AZ__	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])([_a-z][0-9A-Z_a-z]*)(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t2000			1	__az	
R		"[^"]*"	t3100			0	""	
R		[\(-\)\,\.\:-\;\[\]\{\}]	t5000			0	(),,..:;[[]]{{}}	
R		\{	t5000	p(brace)		0	{{	
R		[\)\}]	t5000			0	))}}	
S	paren
R		\)	t5000	o0		0	))	
I	root
S	brace
R		\}	t5000	o0		0	}}	
I	root
S	comment
R		\*\/	t6002	o0		0	**	
