S	string
R		[^']+	t65
R		''	t65
R		'	t65	o1
S	quoted-ident
R		[^"]+	t62
R		""	t62
R		"	t62	o1
S	dollar-string
R		[^\$]+	t60
R		\$\$	t60	o1
S	root
R		[]+	t99
R		(--|\/\/)[^\n]*\n?	t82			1
R		\/\*	t81	p(multiline-comments)
R	i	(ascii|bigint|blob|boolean|counter|date|decimal|double|float|frozen|inet|int|list|map|set|smallint|text|time|timestamp|timeuuid|tinyint|tuple|uuid|varchar|varint)(?![])	t37			1
R	i	(DURABLE_WRITES|LOCAL_QUORUM|MATERIALIZED|COLUMNFAMILY|REPLICATION|NORECURSIVE|NOSUPERUSER|PERMISSIONS|EACH_QUORUM|CONSISTENCY|PERMISSION|CLUSTERING|WRITETIME|SUPERUSER|KEYSPACES|AUTHORIZE|LOCAL_ONE|AGGREGATE|FINALFUNC|PARTITION|FILTERING|UNLOGGED|CONTAINS|DISTINCT|FUNCTION|LANGUAGE|INFINITY|INITCOND|TRUNCATE|KEYSPACE|PASSWORD|REPLACE|OPTIONS|TRIGGER|STORAGE|ENTRIES|RETURNS|COMPACT|PRIMARY|EXISTS|STATIC|PAGING|UPDATE|CUSTOM|VALUES|INSERT|DELETE|MODIFY|CREATE|SELECT|SCHEMA|LOGGED|REVOKE|RENAME|QUORUM|CALLED|STYPE|ORDER|ALTER|BATCH|BEGIN|COUNT|ROLES|APPLY|WHERE|SFUNC|LEVEL|INPUT|LOGIN|INDEX|TABLE|THREE|ALLOW|TOKEN|LIMIT|USING|USERS|GRANT|FROM|KEYS|JSON|USER|INTO|ROLE|TYPE|VIEW|DESC|WITH|DROP|FULL|ASC|TTL|OFF|PER|KEY|USE|ADD|NAN|ONE|ALL|ANY|TWO|AND|NOT|AS|IN|IF|OF|IS|ON|TO|BY|OR)(?![])	t15			1
R		[\!\#\%-\&\*-\+\-\/\<-\@\^\`\|\~]+	t75
R	i	(java|javascript)([]+)(AS)([]+)('|\$\$)([\u0000-\u{10FFFF}]*?)((?:\5))	b(1,6,t37,t99,t15,t99,t60,t60,t60)			7
R	i	(true|false|null)(?![])	t16			1
R	i	0x[0-9a-f]+	t70
R	i	[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}	t70
R	i	\.[0-9]+(e[\+\-]?[0-9]+)?	t10			1
R	i	-?[0-9]+(\.[0-9])?(e[\+\-]?[0-9]+)?	t69			2
R		[0-9]+	t71
R		'	t65	p(string)
R		"	t62	p(quoted-ident)
R		\$\$	t60	p(dollar-string)
R	i	[_a-z][]*	t22
R	i	:(["']?)[a-z][]*(?:(?<=[])(?![])|(?<![])(?=[]))(?:\1)	t39			1
R		[\(-\)\,\.\:-\;\[\]\{\}]	t78
S	multiline-comments
R		\/\*	t81	p(multiline-comments)
R		\*\/	t81	o1
R		[^\*\/]+	t81
R		[\*\/]	t81
