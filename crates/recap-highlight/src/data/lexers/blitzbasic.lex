S	string
R		""	t3108			0	""	
R	i	"C?	t3108	o1		0	""	
R		[^"]+	t3108			0	\x00!#\x7F+	\x00!#\x7F
S	root
R		[\t ]+	t8000			0	\x09\x09\x20\x20+	\x09\x09\x20\x20
R		;[^\n]*?\n	t6003			0	;;	
R		"	t3108	p(string)		0	""	
R		[0-9]+\.[0-9]*(?!\.)	t3202			0	09+	09
R		\.[0-9]+(?!\.)	t3202			0	..	
R		[0-9]+	t3204			0	09+	09
R	i	\$[0-9a-f]+	t3203			0	$$	
R		%[0-1]+	t3201			0	%%	
R	i	(?<![])(Before|Handle|After|First|Float|Last|Sgn|Abs|Not|And|Int|Mod|Str|Sar|Shr|Shl|Or)(?![])	t4000			1	ABFFHILOSSabffhiloss+	
R		([\*-\+\-\/\<-\>\^\~])	t4000			1	*+--//<>^^~~+	
R		[\(-\)\,\:\[-\]]	t5000			0	(),,::[]+	
R	i	\.([\t ]*)([a-z][]*)	t2008			2	..	
R	i	(?<![])(New)(?![])([\t ]+)([a-z][]*)	g(t1005,t8000,t2002)			3	NNnn	
R	i	(?<![])(Gosub|Goto)(?![])([\t ]+)([a-z][]*)	g(t1005,t8000,t2008)			3	GGgg	
R	i	(?<![])(Object)(?![])([\t ]*)([\.])([\t ]*)([a-z][]*)(?:(?<=[])(?![])|(?<![])(?=[]))	g(t4000,t8000,t5000,t8000,t2002)			5	OOoo	
R	i	(?<![])([a-z][]*)(?:([\t ]*)(@{1,2}|[\#-\%])|([\t ]*)([\.])([\t ]*)(?:([a-z][]*)))?(?:(?<=[])(?![])|(?<![])(?=[]))([\t ]*)(\()	g(t2300,t8000,t1006,t8000,t5000,t8000,t2002,t8000,t5000)			9	AZaz+	
R	i	(?<![])(Function)(?![])([\t ]+)([a-z][]*)(?:([\t ]*)(@{1,2}|[\#-\%])|([\t ]*)([\.])([\t ]*)(?:([a-z][]*)))?	g(t1005,t8000,t2300,t8000,t1006,t8000,t5000,t8000,t2002)			9	FFff	
R	i	(?<![])(Type)([\t ]+)([a-z][]*)	g(t1005,t8000,t2002)			3	TTtt	
R	i	(?<![])(Pi|True|False|Null)(?![])	t1001			1	FFNNPPTTffnnpptt	
R	i	(?<![])(Local|Global|Const|Field|Dim)(?![])	t1002			1	CDFGLLcdfgll	
R	i	(?<![])(Function|Restore|Default|Forever|Include|Return|Repeat|ElseIf|Delete|Insert|Select|EndIf|Until|While|Gosub|Type|Goto|Else|Data|Next|Step|Each|Case|Wend|Exit|Read|Then|For|New|Asc|Len|Chr|End|To|If)(?![])	t1005			1	AACGIILLNNRUWWaacgiillnnruww+	
R	i	([a-z][]*)(?:([\t ]*)(@{1,2}|[\#-\%])|([\t ]*)([\.])([\t ]*)(?:([a-z][]*)))?	g(t2200,t8000,t1006,t8000,t5000,t8000,t2002)			7	AZaz+	
