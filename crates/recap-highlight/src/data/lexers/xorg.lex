S	root
R		[]+	t99
R		#[^\n]*(?![^\n])	t79
R		((|Sub)Section)([]+)("[]+")	g(t18,t59,t99,t59)			4
R		(End(|Sub)Section)	t18			2
R		([]+)([]+)([^\n\#]+)	g(t29,t99,t50)			3
