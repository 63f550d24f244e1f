S	string
R		[^']+	t65
R		''	t65
R		'	t65	o1
S	double-string
R		[^"]+	t58
R		""	t58
R		"	t58	o1
S	root
R		[]+	t99
R		(#|--)[^\n]*\n?	t82			1
R		\/\*	t81	p(multiline-comments)
R		[0-9]+	t71
R	i	[0-9]*\.[0-9]+(e[\+\-][0-9]+)	t69			1
R	i	((?:_[0-9a-z]+)?)(')	g(t51,t65)	p(string)		2
R	i	((?:_[0-9a-z]+)?)(")	g(t51,t58)	p(double-string)		2
R		[\!\#\%-\&\*-\+\-\/\<-\@\^\`\|\~]	t75
R	i	(?<![])(tinyint|smallint|mediumint|int|integer|bigint|date|datetime|time|bit|bool|tinytext|mediumtext|longtext|text|tinyblob|mediumblob|longblob|blob|float|double|double[]+precision|real|numeric|dec|decimal|timestamp|year|char|varchar|varbinary|varcharacter|enum|set)((?:(?<=[])(?![])|(?<![])(?=[]))[]*)(\()?	g(t21,t99,t78)			3
R	i	(?<![])(add|all|alter|analyze|and|as|asc|asensitive|before|between|bigint|binary|blob|both|by|call|cascade|case|change|char|character|check|collate|column|condition|constraint|continue|convert|create|cross|current_date|current_time|current_timestamp|current_user|cursor|database|databases|day_hour|day_microsecond|day_minute|day_second|dec|decimal|declare|default|delayed|delete|desc|describe|deterministic|distinct|distinctrow|div|double|drop|dual|each|else|elseif|enclosed|escaped|exists|exit|explain|fetch|flush|float|float4|float8|for|force|foreign|from|fulltext|grant|group|having|high_priority|hour_microsecond|hour_minute|hour_second|identified|if|ignore|in|index|infile|inner|inout|insensitive|insert|int|int1|int2|int3|int4|int8|integer|interval|into|is|iterate|join|key|keys|kill|leading|leave|left|like|limit|lines|load|localtime|localtimestamp|lock|long|loop|low_priority|match|minute_microsecond|minute_second|mod|modifies|natural|no_write_to_binlog|not|numeric|on|optimize|option|optionally|or|order|out|outer|outfile|precision|primary|privileges|procedure|purge|raid0|read|reads|real|references|regexp|release|rename|repeat|replace|require|restrict|return|revoke|right|rlike|schema|schemas|second_microsecond|select|sensitive|separator|set|show|smallint|soname|spatial|specific|sql|sql_big_result|sql_calc_found_rows|sql_small_result|sqlexception|sqlstate|sqlwarning|ssl|starting|straight_join|table|terminated|then|to|trailing|trigger|undo|union|unique|unlock|unsigned|update|usage|use|user|using|utc_date|utc_time|utc_timestamp|values|varying|when|where|while|with|write|x509|xor|year_month|zerofill)(?![])	t15			1
R	i	(?<![])(auto_increment|engine|charset|tables)(?![])	t19			1
R	i	(true|false|null)	t25			1
R	i	([_a-z][]*)([]*)(\()	g(t45,t99,t78)			3
R	i	[_a-z][]*	t22
R	i	@[0-9a-z]*[\._]*[0-9a-z]*	t39
R		[\(-\)\,\.\:-\;\[\]]	t78
S	multiline-comments
R		\/\*	t81	p(multiline-comments)
R		\*\/	t81	o1
R		[^\*\/]+	t81
R		[\*\/]	t81
