S	root
R		#![^\n]*	t57
R		#[^\n]*	t82
R		[]+	t99
R		(?<![^\n])([]*)(module)([]*)	g(t99,t18,t99)	p(imports)		3
R		(bool|int|int8|int16|int32|int64|int128|float|text|set)(?![])	t21			1
R		(?<![^\n])prql 	t20
R		let	t17
I	keywords
I	expr
R		(?<![^\n])[A-Z_a-z][0-9A-Z_a-z]*	t15
S	expr
R		(f)(""")	g(t51,t58)	c(fstringescape,tdqf)		2
R		(f)(''')	g(t51,t65)	c(fstringescape,tsqf)		2
R		(f)(")	g(t51,t58)	c(fstringescape,dqf)		2
R		(f)(')	g(t51,t65)	c(fstringescape,sqf)		2
R		(s)(""")	g(t51,t58)	c(stringescape,tdqf)		2
R		(s)(''')	g(t51,t65)	c(stringescape,tsqf)		2
R		(s)(")	g(t51,t58)	c(stringescape,dqf)		2
R		(s)(')	g(t51,t65)	c(stringescape,sqf)		2
R	i	(r)(""")	g(t51,t58)	p(tdqs)		2
R	i	(r)(''')	g(t51,t65)	p(tsqs)		2
R	i	(r)(")	g(t51,t58)	p(dqs)		2
R	i	(r)(')	g(t51,t65)	p(sqs)		2
R		"""	t58	c(stringescape,tdqs)
R		'''	t65	c(stringescape,tsqs)
R		"	t58	c(stringescape,dqs)
R		'	t65	c(stringescape,sqs)
R		@[\p{Nd}]{4}-[\p{Nd}]{2}-[\p{Nd}]{2}T[\p{Nd}]{2}(:[\p{Nd}]{2})?(:[\p{Nd}]{2})?(\.[\p{Nd}]{1,6})?(Z|[\+\-][\p{Nd}]{1,2}(:[\p{Nd}]{1,2})?)?	t48			5
R		@[\p{Nd}]{4}-[\p{Nd}]{2}-[\p{Nd}]{2}	t48
R		@[\p{Nd}]{2}(:[\p{Nd}]{2})?(:[\p{Nd}]{2})?(\.[\p{Nd}]{1,6})?(Z|[\+\-][\p{Nd}]{1,2}(:[\p{Nd}]{1,2})?)?	t48			5
R		[^\n[^]]+	t98
I	numbers
R		->|=>|==|!=|>=|<=|~=|&&|\|\||\?\?|\/\/	t75
R		[\%-\&\*-\+\--\/\<-\>\@\^\|\~]	t75
R		[\(-\)\,\:-\;\[\]\{\}]	t78
I	functions
R		[A-Z_a-z][0-9A-Z_a-z]*	t39
S	numbers
R		([\p{Nd}](?:_?[\p{Nd}])*\.(?:[\p{Nd}](?:_?[\p{Nd}])*)?|(?:[\p{Nd}](?:_?[\p{Nd}])*)?\.[\p{Nd}](?:_?[\p{Nd}])*)([Ee][\+\-]?[\p{Nd}](?:_?[\p{Nd}])*)?	t69			2
R		[\p{Nd}](?:_?[\p{Nd}])*[Ee][\+\-]?[\p{Nd}](?:_?[\p{Nd}])*j?	t69
R		0[Oo](?:_?[0-7])+	t73
R		0[Bb](?:_?[0-1])+	t68
R		0[Xx](?:_?[0-9A-Fa-f])+	t70
R		[\p{Nd}](?:_?[\p{Nd}])*	t71
S	fstringescape
I	stringescape
S	bytesescape
R		\\(["'\\bfnrt]|\n|x[0-9A-Fa-f]{2}|[0-7]{1,3})	t59			1
S	stringescape
R		\\(N\{[^\n]*?\}|u\{[0-9A-Fa-f]{1,6}\})	t59			1
I	bytesescape
S	fstrings-single
R		\}	t61
R		\{	t61	p(expr-inside-fstring)
R		[^\n"'\\\{\}]+	t65
R		["'\\]	t65
S	fstrings-double
R		\}	t61
R		\{	t61	p(expr-inside-fstring)
R		[^\n"'\\\{\}]+	t58
R		["'\\]	t58
S	strings-single
R		\{(([]+)((\.[]+)|(\[[^\]]+\]))*)?(:([^\n]?[\<-\>\^])?[ \+\-]?#?0?([\p{Nd}]+)?,?(\.[\p{Nd}]+)?[\%E-GXb-gn-osx]?)?\}	t61			9
R		[^\n"\%'\\\{]+	t65
R		["'\\]	t65
R		%|(\{{1,2})	t65			1
S	strings-double
R		\{(([]+)((\.[]+)|(\[[^\]]+\]))*)?(:([^\n]?[\<-\>\^])?[ \+\-]?#?0?([\p{Nd}]+)?,?(\.[\p{Nd}]+)?[\%E-GXb-gn-osx]?)?\}	t61			9
R		[^\n"\%'\\\{]+	t58
R		["'\\]	t58
R		%|(\{{1,2})	t58			1
S	dqf
R		"	t58	o1
R		\\\\|\\"|\\\n	t59
I	fstrings-double
S	sqf
R		'	t65	o1
R		\\\\|\\'|\\\n	t59
I	fstrings-single
S	dqs
R		"	t58	o1
R		\\\\|\\"|\\\n	t59
I	strings-double
S	sqs
R		'	t65	o1
R		\\\\|\\'|\\\n	t59
I	strings-single
S	tdqf
R		"""	t58	o1
I	fstrings-double
R		\n	t58
S	tsqf
R		'''	t65	o1
I	fstrings-single
R		\n	t65
S	tdqs
R		"""	t58	o1
I	strings-double
R		\n	t58
S	tsqs
R		'''	t65	o1
I	strings-single
R		\n	t65
S	expr-inside-fstring
R		[\(\[\{]	t78	p(expr-inside-fstring-inner)
R		(=[]*)?\}	t61	o1		1
R		(=[]*)?:	t61	o1		1
R		[]+	t99
I	expr
S	expr-inside-fstring-inner
R		[\(\[\{]	t78	p(expr-inside-fstring-inner)
R		[\)\]\}]	t78	o1
R		[]+	t99
I	expr
S	keywords
R		(into|case|type|module|internal)(?![])	t15			1
R		(true|false|null)(?![])	t16			1
S	functions
R		(min|max|sum|average|stddev|every|any|concat_array|count|lag|lead|first|last|rank|rank_dense|row_number|round|as|in|tuple_every|tuple_map|tuple_zip|_eq|_is_null|from_text|lower|upper|read_parquet|read_csv)(?![])	t45			1
S	comment
R		-(?!\})	t81
R		\{-	t81	p(comment)
R		[^\-\}]	t81
R		-\}	t81	o1
S	imports
R		[]+(\.[]+)*	t24	o1		1
