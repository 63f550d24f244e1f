S	triple-double-quoted-string
R		"""	t3100	p(end-of-string)		0
R		[^\\]+	t3100			0
R		\\	t3100	p(string-escape)		0
S	single-double-quoted-string
R		"	t3100	p(end-of-string)		0
R		[^\n"\\]+	t3100			0
R		\\	t3100	p(string-escape)		0
S	triple-single-quoted-string
R		'''	t3100	p(end-of-string)		0
R		[^\\]+	t3100			0
R		\\	t3100	p(string-escape)		0
S	single-single-quoted-string
R		'	t3100	p(end-of-string)		0
R		[^\n'\\]+	t3100			0
R		\\	t3100	p(string-escape)		0
S	string-escape
R		[^\n]	t3100	o1		0
S	end-of-string
R	i	(@)([a-z]+(:?-[0-9a-z]+)*)	g(t4000,t7002,t7002)	o2		3
R		(\^\^)(<[^\u0000- "\<\>\\\^\`\{-\}]*>)	g(t4000,t7002)	o2		2
R	i	(\^\^)((?:[a-z][\-]*)?:)([a-z][\-]*)	g(t4000,t7002,t7002)	o2		3
R				o2		0
S	root
R		[]+	t8001			0
R	i	(@base|BASE)([]+)(<[^\u0000- "\<\>\\\^\`\{-\}]*>)([]*)(\.?)	g(t1000,t8001,t2200,t8001,t5000)			5
R	i	(@prefix|PREFIX)([]+)((?:[a-z][\-]*)?:)([]+)(<[^\u0000- "\<\>\\\^\`\{-\}]*>)([]*)(\.?)	g(t1000,t8001,t2009,t8001,t2200,t8001,t5000)			7
R	i	(?<=[])a(?=[])	t1006			0
R		(<[^\u0000- "\<\>\\\^\`\{-\}]*>)	t2200			1
R	i	((?:[a-z][\-]*)?:)([a-z][\-]*)	g(t2009,t2014)			2
R		#[^\n]+	t6000			0
R	i	(?<![])(true|false)(?![])	t3000			1
R		[\+\-]?[\p{Nd}]*\.[\p{Nd}]+	t3202			0
R	i	[\+\-]?[\p{Nd}]*(:?\.[\p{Nd}]+)?E[\+\-]?[\p{Nd}]+	t3202			1
R		[\+\-]?[\p{Nd}]+	t3204			0
R		[\(-\)\,\.\:-\;\[\]-\^\{\}]	t5000			0
R		"""	t3100	p(triple-double-quoted-string)		0
R		"	t3100	p(single-double-quoted-string)		0
R		'''	t3100	p(triple-single-quoted-string)		0
R		'	t3100	p(single-single-quoted-string)		0
