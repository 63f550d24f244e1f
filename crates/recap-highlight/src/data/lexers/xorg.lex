S	root
R		[]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		#[^\n]*(?![^\n])	t6000			0	##	
R		((|Sub)Section)([]+)("[]+")	g(t1003,t3109,t8001,t3109)			4	SS	
R		(End(|Sub)Section)	t1003			2	EE	
R		([]+)([]+)([^\n\#]+)	g(t2007,t8001,t3100)			3	09AZ__az+	09AZ__az
