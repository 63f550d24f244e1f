S	string
R		[^']+	t3115			0
R		''	t3115			0
R		'	t3115	o1		0
S	quoted-ident
R		[^"]+	t3112			0
R		""	t3112			0
R		"	t3112	o1		0
S	dollar-string
R		[^\$]+	t3110			0
R		\$\$	t3110	o1		0
S	root
R		[]+	t8001			0
R		(--|\/\/)[^\n]*\n?	t6003			1
R		\/\*	t6002	p(multiline-comments)		0
R	i	(ascii|bigint|blob|boolean|counter|date|decimal|double|float|frozen|inet|int|list|map|set|smallint|text|time|timestamp|timeuuid|tinyint|tuple|uuid|varchar|varint)(?![])	t2100			1
R	i	(DURABLE_WRITES|LOCAL_QUORUM|MATERIALIZED|COLUMNFAMILY|REPLICATION|NORECURSIVE|NOSUPERUSER|PERMISSIONS|EACH_QUORUM|CONSISTENCY|PERMISSION|CLUSTERING|WRITETIME|SUPERUSER|KEYSPACES|AUTHORIZE|LOCAL_ONE|AGGREGATE|FINALFUNC|PARTITION|FILTERING|UNLOGGED|CONTAINS|DISTINCT|FUNCTION|LANGUAGE|INFINITY|INITCOND|TRUNCATE|KEYSPACE|PASSWORD|REPLACE|OPTIONS|TRIGGER|STORAGE|ENTRIES|RETURNS|COMPACT|PRIMARY|EXISTS|STATIC|PAGING|UPDATE|CUSTOM|VALUES|INSERT|DELETE|MODIFY|CREATE|SELECT|SCHEMA|LOGGED|REVOKE|RENAME|QUORUM|CALLED|STYPE|ORDER|ALTER|BATCH|BEGIN|COUNT|ROLES|APPLY|WHERE|SFUNC|LEVEL|INPUT|LOGIN|INDEX|TABLE|THREE|ALLOW|TOKEN|LIMIT|USING|USERS|GRANT|FROM|KEYS|JSON|USER|INTO|ROLE|TYPE|VIEW|DESC|WITH|DROP|FULL|ASC|TTL|OFF|PER|KEY|USE|ADD|NAN|ONE|ALL|ANY|TWO|AND|NOT|AS|IN|IF|OF|IS|ON|TO|BY|OR)(?![])	t1000			1
R		[\!\#\%-\&\*-\+\-\/\<-\@\^\`\|\~]+	t4000			0
R	i	(java|javascript)([]+)(AS)([]+)('|\$\$)([\u0000-\u{10FFFF}]*?)((?:\5))	b(1,6,t2100,t8001,t1000,t8001,t3110,t3110,t3110)			7
R	i	(true|false|null)(?![])	t1001			1
R	i	0x[0-9a-f]+	t3203			0
R	i	[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}	t3203			0
R	i	\.[0-9]+(e[\+\-]?[0-9]+)?	t-11			1
R	i	-?[0-9]+(\.[0-9])?(e[\+\-]?[0-9]+)?	t3202			2
R		[0-9]+	t3204			0
R		'	t3115	p(string)		0
R		"	t3112	p(quoted-ident)		0
R		\$\$	t3110	p(dollar-string)		0
R	i	[_a-z][]*	t2000			0
R	i	:(["']?)[a-z][]*(?:(?<=[])(?![])|(?<![])(?=[]))(?:\1)	t2200			1
R		[\(-\)\,\.\:-\;\[\]\{\}]	t5000			0
S	multiline-comments
R		\/\*	t6002	p(multiline-comments)		0
R		\*\/	t6002	o1		0
R		[^\*\/]+	t6002			0
R		[\*\/]	t6002			0
