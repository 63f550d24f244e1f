S	root
R		[]+	t98
R		(#[^\n]*?)(?![^\n])	t79			1
R		(<[^\>]+)(?:([]+)([^\n]*?))?(>)	g(t36,t98,t50,t36)			4
R	i	([a-z][]*)([]+)	g(t37,t98)	p(value)		2
R		\.+	t98
S	value
R		\\\n	t98
R		(?![^\n])	t98	o1
R		\\	t98
R		[^\n[^]]+	t98
R		[\p{Nd}]+\.[\p{Nd}]+\.[\p{Nd}]+\.[\p{Nd}]+(?:\/[\p{Nd}]+)?	t67
R		[\p{Nd}]+	t67
R	i	\/([0-9a-z][\--\/]+)	t63			1
R	i	(on|off|none|any|all|double|email|dns|min|minimal|os|productonly|full|emerg|alert|crit|error|warn|notice|info|debug|registry|script|inetd|standalone|user|group)(?![])	t15			1
R		"([^"\\]*(?:\\[^\n][^"\\]*)*)"	t58			1
R		[^"\\]+	t98
