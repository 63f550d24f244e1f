S	dim
R		[_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2200	o1		0	09AZ__az+	
R				o1		0	*	
S	funcname
R		[_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2300	o1		0	09AZ__az+	
S	classname
R		[_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2002	o1		0	09AZ__az+	
S	namespace
R		[_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2009			0	09AZ__az+	
R		\.	t2009			0	..	
R				o1		0	*	
S	end
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R	i	(Function|Sub|Property|Class|Structure|Enum|Module|Namespace)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000	o1		1	CCEFMNPPSSccefmnppss+	
R				o1		0	*	
S	root
R		(?<![^\n])[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*<[^\n]*?>	t2001			0	\x09\x0D\x20\x20<<+	^\x09\x0D\x20\x20
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		\n	t8000			0	\x0A\x0A	
R	i	rem(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])[^\n]*?\n	t6000			0	RRrr	
R		'[^\n]*?\n	t6000			0	''	
R	i	#If[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000][^\n]*?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]Then|#ElseIf[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000][^\n]*?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]Then|#Else|#End[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+If|#Const|#ExternalSource[^\n]*?\n|#End[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+ExternalSource|#Region[^\n]*?\n|#End[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+Region|#ExternalChecksum	t6100			0	##	
R		[\!\#\(-\)\,\.\:\{\}]	t5000			0	!!##(),,..::{{}}+	
R	i	Option[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+(Strict|Explicit|Compare)[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+(On|Off|Binary|Text)	t1002			2	OOoo	
R	i	(?<!\.)(NotOverridable|NotInheritable|RemoveHandler|MustOverride|Overridable|MustInherit|Implements|RaiseEvent|AddHandler|ParamArray|WithEvents|DirectCast|Overrides|Overloads|Protected|WriteOnly|Interface|Narrowing|Inherits|Widening|SyncLock|ReadOnly|Operator|Continue|Delegate|Optional|MyClass|Declare|CUShort|Handles|Default|Shadows|TryCast|Finally|Private|Nothing|Partial|CSByte|Select|Option|Return|Friend|Resume|ElseIf|MyBase|Shared|Single|Public|CShort|Static|Global|Catch|CType|Error|CUInt|Using|While|GoSub|False|CDate|Throw|Event|CChar|CULng|CBool|Erase|ByVal|ByRef|Alias|EndIf|CByte|ReDim|Stop|Call|Wend|Next|CLng|Loop|True|CDec|With|Then|GoTo|CObj|CSng|Exit|CStr|Else|Each|Case|CInt|Step|When|CDbl|Set|For|Let|Lib|Try|New|Not|Get|On|To|Do|If|Of|Me)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	AILPRUWWailpruww+	
R	i	(?<!\.)End(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000	p(end)		0	EEee	
R	i	(?<!\.)(Dim|Const)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000	p(dim)		1	CDcd	
R	i	(?<!\.)(Function|Sub|Property)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1000,t8000)	p(funcname)		2	FFPPSSffppss+	
R	i	(?<!\.)(Class|Structure|Enum)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1000,t8000)	p(classname)		2	CCEESScceess+	
R	i	(?<!\.)(Module|Namespace|Imports)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1000,t8000)	p(namespace)		2	IIMNiimn+	
R	i	(?<!\.)(Boolean|Byte|Char|Date|Decimal|Double|Integer|Long|Object|SByte|Short|Single|String|Variant|UInteger|ULong|UShort)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1006			1	BDIILLOOSSUVbdiilloossuv+	
R	i	(?<!\.)(AddressOf|And|AndAlso|As|GetType|In|Is|IsNot|Like|Mod|Or|OrElse|TypeOf|Xor)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t4001			1	AAGGIILMOOTTXXaaggiilmoottxx+	
R		&=|[\*]=|\/=|\\=|\^=|\+=|-=|<<=|>>=|<<|>>|:=|<=|>=|<>|[\&\*-\+\-\/\<-\>\[-\^]	t4000			0	&&*+--//::<>[^+	
R		"	t3100	p(string)		0	""	
R		_\n	t8000			0	__	
R		[_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2000			0	09AZ__az+	
R		#[^\n]*?#	t3001			0	##	
R	i	([\p{Nd}]+\.[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)(F[\+\-]?[0-9]+)?	t3202			2	..09+	
R	i	[\p{Nd}]+([DFILR-S]|US|UI|UL)?	t3204			1	09+	09
R	i	&H[0-9a-f]+([DFILR-S]|US|UI|UL)?	t3204			1	&&	
R	i	&O[0-7]+([DFILR-S]|US|UI|UL)?	t3204			1	&&	
S	string
R		""	t3100			0	""	
R	i	"C?	t3100	o1		0	""	
R		[^"]+	t3100			0	\x00!#\x7F+	\x00!#\x7F
