S	root
R		\n	t8001			0	\x0A\x0A	
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		\/\/[^\n]*?\n	t6003			0	//	
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*?[\*](\\\n)?\/	t6002			2	//	
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*	t6002			1	//	
R		(definition)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1006			1	dd	
R		(relation)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1003			1	rr	
R		(permission)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1002			1	pp	
R		[A-Z_a-z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*\/	t2009			0	AZ__az	
R		[A-Z_a-z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2000			0	AZ__az	
R		#[A-Z_a-z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2200			0	##	
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t4000			0	!!%&*+--//::<?^^||~~	
R		[\(-\)\,\.\;\[\]\{\}]	t5000			0	(),,..;;[[]]{{}}	
