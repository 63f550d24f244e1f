S	comment
R		[^"\(-\*\@]+	t6000			0
R		\(\*	t6000	p()		0
R		\*\)	t6000	o1		0
R		@"	t3100	p(lstring)		0
R		"""	t3100	p(tqs)		0
R		"	t3100	p(string)		0
R		[\(-\*\@]	t6000			0
S	string
R		[^"\\]+	t3100			0
I	escape-sequence
R		\\\n	t3100			0
R		\n	t3100			0
R		"B?	t3100	o1		0
S	lstring
R		[^"]+	t3100			0
R		\n	t3100			0
R		""	t3100			0
R		"B?	t3100	o1		0
S	tqs
R		[^"]+	t3100			0
R		\n	t3100			0
R		"""B?	t3100	o1		0
R		"	t3100			0
S	escape-sequence
R		\\["'\\a-bfnrtv]	t3109			0
R		\\[0-9]{3}	t3109			0
R		\\u[0-9A-Fa-f]{4}	t3109			0
R		\\U[0-9A-Fa-f]{8}	t3109			0
S	root
R		[]+	t8000			0
R		\(\)|\[\]	t2101			0
R		(?:(?<=[])(?![])|(?<![])(?=[]))(?<!\.)([A-Z][']*)(?=[]*\.)	t2009	p(dotted)		1
R		(?<![])([A-Z][']*)	t2000			1
R		\/\/\/[^\n]*?\n	t3107			0
R		\/\/[^\n]*?\n	t6003			0
R		\(\*(?!\))	t6000	p(comment)		0
R		@"	t3100	p(lstring)		0
R		"""	t3100	p(tqs)		0
R		"	t3100	p(string)		0
R		(?<![])(open type|open|module)([]+)([\.]+)	g(t1000,t8000,t2009)			3
R		(?<![])(let!?)([]+)([]+)	g(t1000,t8000,t2200)			3
R		(?<![])(type)([]+)([]+)	g(t1000,t8000,t2002)			3
R		(?<![])(member|override)([]+)([]+)(\.)([]+)	g(t1000,t8000,t2000,t5000,t2300)			5
R		(?<![])(abstract|as|assert|base|begin|class|default|delegate|do!|do|done|downcast|downto|elif|else|end|exception|extern|false|finally|for|function|fun|global|if|inherit|inline|interface|internal|in|lazy|let!|let|match|member|module|mutable|namespace|new|null|of|open|override|private|public|rec|return!|return|select|static|struct|then|to|true|try|type|upcast|use!|use|val|void|when|while|with|yield!|yield|atomic|break|checked|component|const|constraint|constructor|continue|eager|event|external|fixed|functor|include|method|mixin|object|parallel|process|protected|pure|sealed|tailcall|trait|virtual|volatile)(?:(?<=[])(?![])|(?<![])(?=[]))	t1000			1
R		``([^\t-\n\r\`]|`[^\t-\n\r\`])+``	t2000			1
R		#[\t ]*(if|endif|else|line|nowarn|light|r|[\p{Nd}]+)(?![])	t6100			1
R		(!=|#|&&|&|\(|\)|\*|\+|,|-\.|->|-|\.\.|\.|::|:=|:>|:|;;|;|<-|<\]|<|>\]|>|\?\?|\?|\[<|\[\||\[|\]|_|`|\{|\|\]|\||\}|~|<@@|<@|=|@>|@@>)	t4000			1
R		([\$-\&\*-\+\-\/\<-\>\@\^\|]|[\!\?\~])?[\!\$-\&\*-\+\--\/\:\<-\@\^\|\~]	t4000			1
R		(?<![])(and|or|not)(?![])	t4001			1
R		(?<![])(sbyte|byte|char|nativeint|unativeint|float32|single|float|double|int8|uint8|int16|uint16|int32|uint32|int64|uint64|decimal|unit|bool|string|list|exn|obj|enum)(?![])	t1006			1
R		[^[^]][']*	t2000			0
R		[\p{Nd}][_\p{Nd}]*[Uu]?[GIL-NQ-RZl-nsy]?	t3204			0
R		0[Xx][A-Fa-f\p{Nd}][A-F_a-f\p{Nd}]*[Uu]?[Llnsy]?[Ff]?	t3203			0
R		0[Oo][0-7][0-7_]*[Uu]?[Llnsy]?	t3206			0
R		0[Bb][0-1][0-1_]*[Uu]?[Llnsy]?	t3201			0
R		-?[\p{Nd}][_\p{Nd}]*([^\n][_\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}][_\p{Nd}]*)[FMfm]?	t3202			2
R		'(?:(\\[ "'\\bnrt])|(\\[0-9]{3})|(\\x[0-9A-Fa-f]{2}))'B?	t3105			3
R		'[^\n]'	t3105			0
R		'	t1000			0
R		@?"	t3108	p(string)		0
R		[\?\~][a-z][']*:	t2200			0
S	dotted
R		[]+	t8000			0
R		\.	t5000			0
R		[A-Z][']*(?=[]*\.)	t2009			0
R		[A-Z][']*	t2000	o1		0
R		[_a-z][']*	t2000	o1		0
R				o1		0
