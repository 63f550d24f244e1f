S	var
R		[^\n[^]]+	t98
R		(?:(?<=[])(?![])|(?<![])(?=[]))(((re)?source|barrel)Path|excludeAnnotations|annotations|lang)(?![])	t37			3
R		(?<![])base(?![])	t25
R		(?<![])(ind|zsm|hrv|ces|dan|dut|eng|fin|fre|deu|gre|hun|ita|nob|po[lr]|rus|sl[ov]|spa|swe|ara|heb|zh[s-t]|jpn|kor|tha|vie|bul|tur)	t25			1
R		(?:(?<=[])(?![])|(?<![])(?=[]))((semi)?round|rectangle)(-[\p{Nd}]+x[\p{Nd}]+)?(?:(?<=[])(?![])|(?<![])(?=[]))	t25			3
R		[\$\(\.\;\[\]]	t78
R		\)	t78	o1
R		[A-Z_a-z][]*	t22
R				o1
S	root
R		[^\n[^]]+	t98
R		\n	t98
R		#(\n|[\u0000-\u{10FFFF}]*?[^\#]\n)	t82			1
R		(?<![^\n])(?=[[^]])	t12	p(instruction)
R		[\$\(-\)\.\;\[\]]	t78
R		[A-Z_a-z][]*	t22
S	instruction
R		[^\n[^]]+	t98
R		=	t75	p(value)
R		(?=[[^]])	t12	p(var)
R				o1
S	value
R		[^\n[^]]+	t98
R		\$\(	t78	p(var)
R		[\$\(-\)\;\[\]]	t78
R		#(\n|[\u0000-\u{10FFFF}]*?[^\#]\n)	t82			1
R		[\--\/\\_]+	t98
R				o1
