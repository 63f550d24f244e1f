S	triple-double-quoted-string
R		"""	t50	p(end-of-string)
R		[^\\]+	t50
R		\\	t50	p(string-escape)
S	single-double-quoted-string
R		"	t50	p(end-of-string)
R		[^\n"\\]+	t50
R		\\	t50	p(string-escape)
S	triple-single-quoted-string
R		'''	t50	p(end-of-string)
R		[^\\]+	t50
R		\\	t50	p(string-escape)
S	single-single-quoted-string
R		'	t50	p(end-of-string)
R		[^\n'\\]+	t50
R		\\	t50	p(string-escape)
S	string-escape
R		[^\n]	t50	o1
S	end-of-string
R	i	(@)([a-z]+(:?-[0-9a-z]+)*)	g(t75,t88,t88)	o2		3
R		(\^\^)(<[^\u0000- "\<\>\\\^\`\{-\}]*>)	g(t75,t88)	o2		2
R	i	(\^\^)((?:[a-z][\-]*)?:)([a-z][\-]*)	g(t75,t88,t88)	o2		3
R				o2
S	root
R		[]+	t99
R	i	(@base|BASE)([]+)(<[^\u0000- "\<\>\\\^\`\{-\}]*>)([]*)(\.?)	g(t15,t99,t39,t99,t78)			5
R	i	(@prefix|PREFIX)([]+)((?:[a-z][\-]*)?:)([]+)(<[^\u0000- "\<\>\\\^\`\{-\}]*>)([]*)(\.?)	g(t15,t99,t31,t99,t39,t99,t78)			7
R	i	(?<=[])a(?=[])	t21
R		(<[^\u0000- "\<\>\\\^\`\{-\}]*>)	t39			1
R	i	((?:[a-z][\-]*)?:)([a-z][\-]*)	g(t31,t36)			2
R		#[^\n]+	t79
R	i	(?<![])(true|false)(?![])	t47			1
R		[\+\-]?[\p{Nd}]*\.[\p{Nd}]+	t69
R	i	[\+\-]?[\p{Nd}]*(:?\.[\p{Nd}]+)?E[\+\-]?[\p{Nd}]+	t69			1
R		[\+\-]?[\p{Nd}]+	t71
R		[\(-\)\,\.\:-\;\[\]-\^\{\}]	t78
R		"""	t50	p(triple-double-quoted-string)
R		"	t50	p(single-double-quoted-string)
R		'''	t50	p(triple-single-quoted-string)
R		'	t50	p(single-single-quoted-string)
