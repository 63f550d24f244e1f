S	var
R		[^\n[^]]+	t8000			0
R		(?:(?<=[])(?![])|(?<![])(?=[]))(((re)?source|barrel)Path|excludeAnnotations|annotations|lang)(?![])	t2100			3
R		(?<![])base(?![])	t2003			0
R		(?<![])(ind|zsm|hrv|ces|dan|dut|eng|fin|fre|deu|gre|hun|ita|nob|po[lr]|rus|sl[ov]|spa|swe|ara|heb|zh[s-t]|jpn|kor|tha|vie|bul|tur)	t2003			1
R		(?:(?<=[])(?![])|(?<![])(?=[]))((semi)?round|rectangle)(-[\p{Nd}]+x[\p{Nd}]+)?(?:(?<=[])(?![])|(?<![])(?=[]))	t2003			3
R		[\$\(\.\;\[\]]	t5000			0
R		\)	t5000	o1		0
R		[A-Z_a-z][]*	t2000			0
R				o1		0
S	root
R		[^\n[^]]+	t8000			0
R		\n	t8000			0
R		#(\n|[\u0000-\u{10FFFF}]*?[^\#]\n)	t6003			1
R		(?<![^\n])(?=[[^]])	t-13	p(instruction)		0
R		[\$\(-\)\.\;\[\]]	t5000			0
R		[A-Z_a-z][]*	t2000			0
S	instruction
R		[^\n[^]]+	t8000			0
R		=	t4000	p(value)		0
R		(?=[[^]])	t-13	p(var)		0
R				o1		0
S	value
R		[^\n[^]]+	t8000			0
R		\$\(	t5000	p(var)		0
R		[\$\(-\)\;\[\]]	t5000			0
R		#(\n|[\u0000-\u{10FFFF}]*?[^\#]\n)	t6003			1
R		[\--\/\\_]+	t8000			0
R				o1		0
