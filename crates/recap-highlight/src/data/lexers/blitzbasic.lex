S	string
R		""	t3108			0
R	i	"C?	t3108	o1		0
R		[^"]+	t3108			0
S	root
R		[\t ]+	t8000			0
R		;[^\n]*?\n	t6003			0
R		"	t3108	p(string)		0
R		[0-9]+\.[0-9]*(?!\.)	t3202			0
R		\.[0-9]+(?!\.)	t3202			0
R		[0-9]+	t3204			0
R	i	\$[0-9a-f]+	t3203			0
R		%[0-1]+	t3201			0
R	i	(?<![])(Before|Handle|After|First|Float|Last|Sgn|Abs|Not|And|Int|Mod|Str|Sar|Shr|Shl|Or)(?![])	t4000			1
R		([\*-\+\-\/\<-\>\^\~])	t4000			1
R		[\(-\)\,\:\[-\]]	t5000			0
R	i	\.([\t ]*)([a-z][]*)	t2008			2
R	i	(?<![])(New)(?![])([\t ]+)([a-z][]*)	g(t1005,t8000,t2002)			3
R	i	(?<![])(Gosub|Goto)(?![])([\t ]+)([a-z][]*)	g(t1005,t8000,t2008)			3
R	i	(?<![])(Object)(?![])([\t ]*)([\.])([\t ]*)([a-z][]*)(?:(?<=[])(?![])|(?<![])(?=[]))	g(t4000,t8000,t5000,t8000,t2002)			5
R	i	(?<![])([a-z][]*)(?:([\t ]*)(@{1,2}|[\#-\%])|([\t ]*)([\.])([\t ]*)(?:([a-z][]*)))?(?:(?<=[])(?![])|(?<![])(?=[]))([\t ]*)(\()	g(t2300,t8000,t1006,t8000,t5000,t8000,t2002,t8000,t5000)			9
R	i	(?<![])(Function)(?![])([\t ]+)([a-z][]*)(?:([\t ]*)(@{1,2}|[\#-\%])|([\t ]*)([\.])([\t ]*)(?:([a-z][]*)))?	g(t1005,t8000,t2300,t8000,t1006,t8000,t5000,t8000,t2002)			9
R	i	(?<![])(Type)([\t ]+)([a-z][]*)	g(t1005,t8000,t2002)			3
R	i	(?<![])(Pi|True|False|Null)(?![])	t1001			1
R	i	(?<![])(Local|Global|Const|Field|Dim)(?![])	t1002			1
R	i	(?<![])(Function|Restore|Default|Forever|Include|Return|Repeat|ElseIf|Delete|Insert|Select|EndIf|Until|While|Gosub|Type|Goto|Else|Data|Next|Step|Each|Case|Wend|Exit|Read|Then|For|New|Asc|Len|Chr|End|To|If)(?![])	t1005			1
R	i	([a-z][]*)(?:([\t ]*)(@{1,2}|[\#-\%])|([\t ]*)([\.])([\t ]*)(?:([a-z][]*)))?	g(t2200,t8000,t1006,t8000,t5000,t8000,t2002)			7
