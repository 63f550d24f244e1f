S	comment
R		[^"\(-\*\@]+	t79
R		\(\*	t79	p()
R		\*\)	t79	o1
R		@"	t50	p(lstring)
R		"""	t50	p(tqs)
R		"	t50	p(string)
R		[\(-\*\@]	t79
S	string
R		[^"\\]+	t50
I	escape-sequence
R		\\\n	t50
R		\n	t50
R		"B?	t50	o1
S	lstring
R		[^"]+	t50
R		\n	t50
R		""	t50
R		"B?	t50	o1
S	tqs
R		[^"]+	t50
R		\n	t50
R		"""B?	t50	o1
R		"	t50
S	escape-sequence
R		\\["'\\a-bfnrtv]	t59
R		\\[0-9]{3}	t59
R		\\u[0-9A-Fa-f]{4}	t59
R		\\U[0-9A-Fa-f]{8}	t59
S	root
R		[]+	t98
R		\(\)|\[\]	t38
R		(?:(?<=[])(?![])|(?<![])(?=[]))(?<!\.)([A-Z][']*)(?=[]*\.)	t31	p(dotted)		1
R		(?<![])([A-Z][']*)	t22			1
R		\/\/\/[^\n]*?\n	t57
R		\/\/[^\n]*?\n	t82
R		\(\*(?!\))	t79	p(comment)
R		@"	t50	p(lstring)
R		"""	t50	p(tqs)
R		"	t50	p(string)
R		(?<![])(open type|open|module)([]+)([\.]+)	g(t15,t98,t31)			3
R		(?<![])(let!?)([]+)([]+)	g(t15,t98,t39)			3
R		(?<![])(type)([]+)([]+)	g(t15,t98,t24)			3
R		(?<![])(member|override)([]+)([]+)(\.)([]+)	g(t15,t98,t22,t78,t45)			5
R		(?<![])(abstract|as|assert|base|begin|class|default|delegate|do!|do|done|downcast|downto|elif|else|end|exception|extern|false|finally|for|function|fun|global|if|inherit|inline|interface|internal|in|lazy|let!|let|match|member|module|mutable|namespace|new|null|of|open|override|private|public|rec|return!|return|select|static|struct|then|to|true|try|type|upcast|use!|use|val|void|when|while|with|yield!|yield|atomic|break|checked|component|const|constraint|constructor|continue|eager|event|external|fixed|functor|include|method|mixin|object|parallel|process|protected|pure|sealed|tailcall|trait|virtual|volatile)(?:(?<=[])(?![])|(?<![])(?=[]))	t15			1
R		``([^\t-\n\r\`]|`[^\t-\n\r\`])+``	t22			1
R		#[\t ]*(if|endif|else|line|nowarn|light|r|[\p{Nd}]+)(?![])	t84			1
R		(!=|#|&&|&|\(|\)|\*|\+|,|-\.|->|-|\.\.|\.|::|:=|:>|:|;;|;|<-|<\]|<|>\]|>|\?\?|\?|\[<|\[\||\[|\]|_|`|\{|\|\]|\||\}|~|<@@|<@|=|@>|@@>)	t75			1
R		([\$-\&\*-\+\-\/\<-\>\@\^\|]|[\!\?\~])?[\!\$-\&\*-\+\--\/\:\<-\@\^\|\~]	t75			1
R		(?<![])(and|or|not)(?![])	t76			1
R		(?<![])(sbyte|byte|char|nativeint|unativeint|float32|single|float|double|int8|uint8|int16|uint16|int32|uint32|int64|uint64|decimal|unit|bool|string|list|exn|obj|enum)(?![])	t21			1
R		[^[^]][']*	t22
R		[\p{Nd}][_\p{Nd}]*[Uu]?[GIL-NQ-RZl-nsy]?	t71
R		0[Xx][A-Fa-f\p{Nd}][A-F_a-f\p{Nd}]*[Uu]?[Llnsy]?[Ff]?	t70
R		0[Oo][0-7][0-7_]*[Uu]?[Llnsy]?	t73
R		0[Bb][0-1][0-1_]*[Uu]?[Llnsy]?	t68
R		-?[\p{Nd}][_\p{Nd}]*([^\n][_\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}][_\p{Nd}]*)[FMfm]?	t69			2
R		'(?:(\\[ "'\\bnrt])|(\\[0-9]{3})|(\\x[0-9A-Fa-f]{2}))'B?	t55			3
R		'[^\n]'	t55
R		'	t15
R		@?"	t58	p(string)
R		[\?\~][a-z][']*:	t39
S	dotted
R		[]+	t98
R		\.	t78
R		[A-Z][']*(?=[]*\.)	t31
R		[A-Z][']*	t22	o1
R		[_a-z][']*	t22	o1
R				o1
