S	var
R		[^\n[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))(((re)?source|barrel)Path|excludeAnnotations|annotations|lang)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t2100			3	abeellrs	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])base(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t2003			0	bb	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(ind|zsm|hrv|ces|dan|dut|eng|fin|fre|deu|gre|hun|ita|nob|po[lr]|rus|sl[ov]|spa|swe|ara|heb|zh[s-t]|jpn|kor|tha|vie|bul|tur)	t2003			1	aknnpprtvvzz	
R		(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))((semi)?round|rectangle)(-[\p{Nd}]+x[\p{Nd}]+)?(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t2003			3	rs	
R		[\$\(\.\;\[\]]	t5000			0	$$((..;;[[]]	
R		\)	t5000	o1		0	))	
R		[A-Z_a-z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2000			0	AZ__az	
R				o1		0	*	
S	root
R		[^\n[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		\n	t8000			0	\x0A\x0A	
R		#(\n|[\u0000-\u{10FFFF}]*?[^\#]\n)	t6003			1	##	
R		(?<![^\n])(?=[[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]])	t-13	p(instruction)		0	*	
R		[\$\(-\)\.\;\[\]]	t5000			0	$$()..;;[[]]	
R		[A-Z_a-z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2000			0	AZ__az	
S	instruction
R		[^\n[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		=	t4000	p(value)		0	==	
R		(?=[[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]])	t-13	p(var)		0	*	
R				o1		0	*	
S	value
R		[^\n[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		\$\(	t5000	p(var)		0	$$	
R		[\$\(-\)\;\[\]]	t5000			0	$$();;[[]]	
R		#(\n|[\u0000-\u{10FFFF}]*?[^\#]\n)	t6003			1	##	
R		[\--\/\\_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+	t8000			0	-9AZ\x5C\x5C__az+	-9AZ\x5C\x5C__az
R				o1		0	*	
