S	var
R		[^\n[^]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		(?:(?<=[])(?![])|(?<![])(?=[]))(((re)?source|barrel)Path|excludeAnnotations|annotations|lang)(?![])	t2100			3	abeellrs	
R		(?<![])base(?![])	t2003			0	bb	
R		(?<![])(ind|zsm|hrv|ces|dan|dut|eng|fin|fre|deu|gre|hun|ita|nob|po[lr]|rus|sl[ov]|spa|swe|ara|heb|zh[s-t]|jpn|kor|tha|vie|bul|tur)	t2003			1	aknnpprtvvzz	
R		(?:(?<=[])(?![])|(?<![])(?=[]))((semi)?round|rectangle)(-[\p{Nd}]+x[\p{Nd}]+)?(?:(?<=[])(?![])|(?<![])(?=[]))	t2003			3	rs	
R		[\$\(\.\;\[\]]	t5000			0	$$((..;;[[]]	
R		\)	t5000	o1		0	))	
R		[A-Z_a-z][]*	t2000			0	AZ__az	
R				o1		0	*	
S	root
R		[^\n[^]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		\n	t8000			0	\x0A\x0A	
R		#(\n|[\u0000-\u{10FFFF}]*?[^\#]\n)	t6003			1	##	
R		(?<![^\n])(?=[[^]])	t-13	p(instruction)		0	*	
R		[\$\(-\)\.\;\[\]]	t5000			0	$$()..;;[[]]	
R		[A-Z_a-z][]*	t2000			0	AZ__az	
S	instruction
R		[^\n[^]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		=	t4000	p(value)		0	==	
R		(?=[[^]])	t-13	p(var)		0	*	
R				o1		0	*	
S	value
R		[^\n[^]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		\$\(	t5000	p(var)		0	$$	
R		[\$\(-\)\;\[\]]	t5000			0	$$();;[[]]	
R		#(\n|[\u0000-\u{10FFFF}]*?[^\#]\n)	t6003			1	##	
R		[\--\/\\_]+	t8000			0	-9AZ\x5C\x5C__az+	-9AZ\x5C\x5C__az
R				o1		0	*	
