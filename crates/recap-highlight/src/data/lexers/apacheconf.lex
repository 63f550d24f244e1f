S	root
R		[]+	t8000			0
R		(#[^\n]*?)(?![^\n])	t6000			1
R		(<[^\>]+)(?:([]+)([^\n]*?))?(>)	g(t2014,t8000,t3100,t2014)			4
R	i	([a-z][]*)([]+)	g(t2100,t8000)	p(value)		2
R		\.+	t8000			0
S	value
R		\\\n	t8000			0
R		(?![^\n])	t8000	o1		0
R		\\	t8000			0
R		[^\n[^]]+	t8000			0
R		[\p{Nd}]+\.[\p{Nd}]+\.[\p{Nd}]+\.[\p{Nd}]+(?:\/[\p{Nd}]+)?	t3200			0
R		[\p{Nd}]+	t3200			0
R	i	\/([0-9a-z][\--\/]+)	t3113			1
R	i	(on|off|none|any|all|double|email|dns|min|minimal|os|productonly|full|emerg|alert|crit|error|warn|notice|info|debug|registry|script|inetd|standalone|user|group)(?![])	t1000			1
R		"([^"\\]*(?:\\[^\n][^"\\]*)*)"	t3108			1
R		[^"\\]+	t8000			0
