S	root
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		#[^\n]*(?![^\n])	t6000			0	##	
R		((|Sub)Section)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)("[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+")	g(t1003,t3109,t8001,t3109)			4	SS	
R		(End(|Sub)Section)	t1003			2	EE	
R		([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)([^\n\#]+)	g(t2007,t8001,t3100)			3	09AZ__az+	09AZ__az
