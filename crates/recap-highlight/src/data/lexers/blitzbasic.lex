S	string
R		""	t58
R	i	"C?	t58	o1
R		[^"]+	t58
S	root
R		[\t ]+	t98
R		;[^\n]*?\n	t82
R		"	t58	p(string)
R		[0-9]+\.[0-9]*(?!\.)	t69
R		\.[0-9]+(?!\.)	t69
R		[0-9]+	t71
R	i	\$[0-9a-f]+	t70
R		%[0-1]+	t68
R	i	(?<![])(Before|Handle|After|First|Float|Last|Sgn|Abs|Not|And|Int|Mod|Str|Sar|Shr|Shl|Or)(?![])	t75			1
R		([\*-\+\-\/\<-\>\^\~])	t75			1
R		[\(-\)\,\:\[-\]]	t78
R	i	\.([\t ]*)([a-z][]*)	t30			2
R	i	(?<![])(New)(?![])([\t ]+)([a-z][]*)	g(t20,t98,t24)			3
R	i	(?<![])(Gosub|Goto)(?![])([\t ]+)([a-z][]*)	g(t20,t98,t30)			3
R	i	(?<![])(Object)(?![])([\t ]*)([\.])([\t ]*)([a-z][]*)(?:(?<=[])(?![])|(?<![])(?=[]))	g(t75,t98,t78,t98,t24)			5
R	i	(?<![])([a-z][]*)(?:([\t ]*)(@{1,2}|[\#-\%])|([\t ]*)([\.])([\t ]*)(?:([a-z][]*)))?(?:(?<=[])(?![])|(?<![])(?=[]))([\t ]*)(\()	g(t45,t98,t21,t98,t78,t98,t24,t98,t78)			9
R	i	(?<![])(Function)(?![])([\t ]+)([a-z][]*)(?:([\t ]*)(@{1,2}|[\#-\%])|([\t ]*)([\.])([\t ]*)(?:([a-z][]*)))?	g(t20,t98,t45,t98,t21,t98,t78,t98,t24)			9
R	i	(?<![])(Type)([\t ]+)([a-z][]*)	g(t20,t98,t24)			3
R	i	(?<![])(Pi|True|False|Null)(?![])	t16			1
R	i	(?<![])(Local|Global|Const|Field|Dim)(?![])	t17			1
R	i	(?<![])(Function|Restore|Default|Forever|Include|Return|Repeat|ElseIf|Delete|Insert|Select|EndIf|Until|While|Gosub|Type|Goto|Else|Data|Next|Step|Each|Case|Wend|Exit|Read|Then|For|New|Asc|Len|Chr|End|To|If)(?![])	t20			1
R	i	([a-z][]*)(?:([\t ]*)(@{1,2}|[\#-\%])|([\t ]*)([\.])([\t ]*)(?:([a-z][]*)))?	g(t39,t98,t21,t98,t78,t98,t24)			7
