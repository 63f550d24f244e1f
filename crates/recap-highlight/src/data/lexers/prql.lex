S	root
R		#![^\n]*	t3107			0
R		#[^\n]*	t6003			0
R		[]+	t8001			0
R		(?<![^\n])([]*)(module)([]*)	g(t8001,t1003,t8001)	p(imports)		3
R		(bool|int|int8|int16|int32|int64|int128|float|text|set)(?![])	t1006			1
R		(?<![^\n])prql 	t1005			0
R		let	t1002			0
I	keywords
I	expr
R		(?<![^\n])[A-Z_a-z][0-9A-Z_a-z]*	t1000			0
S	expr
R		(f)(""")	g(t3101,t3108)	c(fstringescape,tdqf)		2
R		(f)(''')	g(t3101,t3115)	c(fstringescape,tsqf)		2
R		(f)(")	g(t3101,t3108)	c(fstringescape,dqf)		2
R		(f)(')	g(t3101,t3115)	c(fstringescape,sqf)		2
R		(s)(""")	g(t3101,t3108)	c(stringescape,tdqf)		2
R		(s)(''')	g(t3101,t3115)	c(stringescape,tsqf)		2
R		(s)(")	g(t3101,t3108)	c(stringescape,dqf)		2
R		(s)(')	g(t3101,t3115)	c(stringescape,sqf)		2
R	i	(r)(""")	g(t3101,t3108)	p(tdqs)		2
R	i	(r)(''')	g(t3101,t3115)	p(tsqs)		2
R	i	(r)(")	g(t3101,t3108)	p(dqs)		2
R	i	(r)(')	g(t3101,t3115)	p(sqs)		2
R		"""	t3108	c(stringescape,tdqs)		0
R		'''	t3115	c(stringescape,tsqs)		0
R		"	t3108	c(stringescape,dqs)		0
R		'	t3115	c(stringescape,sqs)		0
R		@[\p{Nd}]{4}-[\p{Nd}]{2}-[\p{Nd}]{2}T[\p{Nd}]{2}(:[\p{Nd}]{2})?(:[\p{Nd}]{2})?(\.[\p{Nd}]{1,6})?(Z|[\+\-][\p{Nd}]{1,2}(:[\p{Nd}]{1,2})?)?	t3001			5
R		@[\p{Nd}]{4}-[\p{Nd}]{2}-[\p{Nd}]{2}	t3001			0
R		@[\p{Nd}]{2}(:[\p{Nd}]{2})?(:[\p{Nd}]{2})?(\.[\p{Nd}]{1,6})?(Z|[\+\-][\p{Nd}]{1,2}(:[\p{Nd}]{1,2})?)?	t3001			5
R		[^\n[^]]+	t8000			0
I	numbers
R		->|=>|==|!=|>=|<=|~=|&&|\|\||\?\?|\/\/	t4000			0
R		[\%-\&\*-\+\--\/\<-\>\@\^\|\~]	t4000			0
R		[\(-\)\,\:-\;\[\]\{\}]	t5000			0
I	functions
R		[A-Z_a-z][0-9A-Z_a-z]*	t2200			0
S	numbers
R		([\p{Nd}](?:_?[\p{Nd}])*\.(?:[\p{Nd}](?:_?[\p{Nd}])*)?|(?:[\p{Nd}](?:_?[\p{Nd}])*)?\.[\p{Nd}](?:_?[\p{Nd}])*)([Ee][\+\-]?[\p{Nd}](?:_?[\p{Nd}])*)?	t3202			2
R		[\p{Nd}](?:_?[\p{Nd}])*[Ee][\+\-]?[\p{Nd}](?:_?[\p{Nd}])*j?	t3202			0
R		0[Oo](?:_?[0-7])+	t3206			0
R		0[Bb](?:_?[0-1])+	t3201			0
R		0[Xx](?:_?[0-9A-Fa-f])+	t3203			0
R		[\p{Nd}](?:_?[\p{Nd}])*	t3204			0
S	fstringescape
I	stringescape
S	bytesescape
R		\\(["'\\bfnrt]|\n|x[0-9A-Fa-f]{2}|[0-7]{1,3})	t3109			1
S	stringescape
R		\\(N\{[^\n]*?\}|u\{[0-9A-Fa-f]{1,6}\})	t3109			1
I	bytesescape
S	fstrings-single
R		\}	t3111			0
R		\{	t3111	p(expr-inside-fstring)		0
R		[^\n"'\\\{\}]+	t3115			0
R		["'\\]	t3115			0
S	fstrings-double
R		\}	t3111			0
R		\{	t3111	p(expr-inside-fstring)		0
R		[^\n"'\\\{\}]+	t3108			0
R		["'\\]	t3108			0
S	strings-single
R		\{(([]+)((\.[]+)|(\[[^\]]+\]))*)?(:([^\n]?[\<-\>\^])?[ \+\-]?#?0?([\p{Nd}]+)?,?(\.[\p{Nd}]+)?[\%E-GXb-gn-osx]?)?\}	t3111			9
R		[^\n"\%'\\\{]+	t3115			0
R		["'\\]	t3115			0
R		%|(\{{1,2})	t3115			1
S	strings-double
R		\{(([]+)((\.[]+)|(\[[^\]]+\]))*)?(:([^\n]?[\<-\>\^])?[ \+\-]?#?0?([\p{Nd}]+)?,?(\.[\p{Nd}]+)?[\%E-GXb-gn-osx]?)?\}	t3111			9
R		[^\n"\%'\\\{]+	t3108			0
R		["'\\]	t3108			0
R		%|(\{{1,2})	t3108			1
S	dqf
R		"	t3108	o1		0
R		\\\\|\\"|\\\n	t3109			0
I	fstrings-double
S	sqf
R		'	t3115	o1		0
R		\\\\|\\'|\\\n	t3109			0
I	fstrings-single
S	dqs
R		"	t3108	o1		0
R		\\\\|\\"|\\\n	t3109			0
I	strings-double
S	sqs
R		'	t3115	o1		0
R		\\\\|\\'|\\\n	t3109			0
I	strings-single
S	tdqf
R		"""	t3108	o1		0
I	fstrings-double
R		\n	t3108			0
S	tsqf
R		'''	t3115	o1		0
I	fstrings-single
R		\n	t3115			0
S	tdqs
R		"""	t3108	o1		0
I	strings-double
R		\n	t3108			0
S	tsqs
R		'''	t3115	o1		0
I	strings-single
R		\n	t3115			0
S	expr-inside-fstring
R		[\(\[\{]	t5000	p(expr-inside-fstring-inner)		0
R		(=[]*)?\}	t3111	o1		1
R		(=[]*)?:	t3111	o1		1
R		[]+	t8001			0
I	expr
S	expr-inside-fstring-inner
R		[\(\[\{]	t5000	p(expr-inside-fstring-inner)		0
R		[\)\]\}]	t5000	o1		0
R		[]+	t8001			0
I	expr
S	keywords
R		(into|case|type|module|internal)(?![])	t1000			1
R		(true|false|null)(?![])	t1001			1
S	functions
R		(min|max|sum|average|stddev|every|any|concat_array|count|lag|lead|first|last|rank|rank_dense|row_number|round|as|in|tuple_every|tuple_map|tuple_zip|_eq|_is_null|from_text|lower|upper|read_parquet|read_csv)(?![])	t2300			1
S	comment
R		-(?!\})	t6002			0
R		\{-	t6002	p(comment)		0
R		[^\-\}]	t6002			0
R		-\}	t6002	o1		0
S	imports
R		[]+(\.[]+)*	t2002	o1		1
