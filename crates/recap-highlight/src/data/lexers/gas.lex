S	punctuation
R		[\!\(-\*\,-\.\:\[\]]+	t5000			0	!!(*,.::[[]]	!!(*,.::[[]]
S	root
I	whitespace
R		(?:[\$A-Z_a-z][\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*|\.[\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+):	t2008			0	$$..AZ__az	
R		\.(?:[\$A-Z_a-z][\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*|\.[\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)	t2001	p(directive-args)		0	..	
R		lock|rep(n?z)?|data[\p{Nd}]+	t2001			1	ddllrr	
R		(?:[\$A-Z_a-z][\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*|\.[\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)	t2300	p(instruction-args)		0	$$..AZ__az	
R		[\n\r]+	t8000			0	\x0A\x0A\x0D\x0D	\x0A\x0A\x0D\x0D
S	directive-args
R		(?:[\$A-Z_a-z][\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*|\.[\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)	t2003			0	$$..AZ__az	
R		"(\\"|[^"])*"	t3100			1	""	
R		@(?:[\$A-Z_a-z][\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*|\.[\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)	t2001			0	@@	
R		(?:0[Xx][0-9A-Za-z]+|[\p{Nd}]+)	t3204			0	09+	
R		%(?:[\$A-Z_a-z][\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*|\.[\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)	t2200			0	%%	
R		[\n\r]+	t8000	o1		0	\x0A\x0A\x0D\x0D	\x0A\x0A\x0D\x0D
R		([\!\#\;\@\|]|\/\/)[^\n]*\n?	t6003	o1		1	!!##//;;@@||	
R		\/[\*][^\n]*?[\*]\/	t6002			0	//	
R		\/[\*][^\n]*?\n[\u0000-\u{10FFFF}]*?[\*]\/	t6002	o1		0	//	
I	punctuation
I	whitespace
S	instruction-args
R		([0-9a-z]+)( )(<)((?:[\$A-Z_a-z][\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*|\.[\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+))(>)	g(t3203,t8000,t5000,t2003,t5000)			5	09az	09az
R		([0-9a-z]+)( )(<)((?:[\$A-Z_a-z][\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*|\.[\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+))([\+\-])((?:0[Xx][0-9A-Za-z]+|[\p{Nd}]+))(>)	g(t3203,t8000,t5000,t2003,t5000,t3204,t5000)			7	09az	09az
R		(?:[\$A-Z_a-z][\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*|\.[\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)	t2003			0	$$..AZ__az	
R		(?:0[Xx][0-9A-Za-z]+|[\p{Nd}]+)	t3204			0	09+	
R		%(?:[\$A-Z_a-z][\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*|\.[\$\--\.\@\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)	t2200			0	%%	
R		(?![^\n])(?:0[Xx][0-9A-Za-z]+|[\p{Nd}]+)	t3204			0	09+	
R		(?![^\n])'([^\n]|\\')'	t3105			1	''	
R		[\n\r]+	t8000	o1		0	\x0A\x0A\x0D\x0D	\x0A\x0A\x0D\x0D
R		([\!\#\;\@\|]|\/\/)[^\n]*\n?	t6003	o1		1	!!##//;;@@||	
R		\/[\*][^\n]*?[\*]\/	t6002			0	//	
R		\/[\*][^\n]*?\n[\u0000-\u{10FFFF}]*?[\*]\/	t6002	o1		0	//	
I	punctuation
I	whitespace
S	whitespace
R		\n	t8000			0	\x0A\x0A	
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		([\!\#\;\@\|]|\/\/)[^\n]*\n?	t6003			1	!!##//;;@@||	
R		\/[\*][\u0000-\u{10FFFF}]*?[\*]\/	t6002			0	//	
