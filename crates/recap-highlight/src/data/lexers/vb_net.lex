S	dim
R		[_][]*	t2200	o1		0
R				o1		0
S	funcname
R		[_][]*	t2300	o1		0
S	classname
R		[_][]*	t2002	o1		0
S	namespace
R		[_][]*	t2009			0
R		\.	t2009			0
R				o1		0
S	end
R		[]+	t8000			0
R	i	(Function|Sub|Property|Class|Structure|Enum|Module|Namespace)(?![])	t1000	o1		1
R				o1		0
S	root
R		(?<![^\n])[]*<[^\n]*?>	t2001			0
R		[]+	t8000			0
R		\n	t8000			0
R	i	rem(?![])[^\n]*?\n	t6000			0
R		'[^\n]*?\n	t6000			0
R	i	#If[][^\n]*?[]Then|#ElseIf[][^\n]*?[]Then|#Else|#End[]+If|#Const|#ExternalSource[^\n]*?\n|#End[]+ExternalSource|#Region[^\n]*?\n|#End[]+Region|#ExternalChecksum	t6100			0
R		[\!\#\(-\)\,\.\:\{\}]	t5000			0
R	i	Option[]+(Strict|Explicit|Compare)[]+(On|Off|Binary|Text)	t1002			2
R	i	(?<!\.)(NotOverridable|NotInheritable|RemoveHandler|MustOverride|Overridable|MustInherit|Implements|RaiseEvent|AddHandler|ParamArray|WithEvents|DirectCast|Overrides|Overloads|Protected|WriteOnly|Interface|Narrowing|Inherits|Widening|SyncLock|ReadOnly|Operator|Continue|Delegate|Optional|MyClass|Declare|CUShort|Handles|Default|Shadows|TryCast|Finally|Private|Nothing|Partial|CSByte|Select|Option|Return|Friend|Resume|ElseIf|MyBase|Shared|Single|Public|CShort|Static|Global|Catch|CType|Error|CUInt|Using|While|GoSub|False|CDate|Throw|Event|CChar|CULng|CBool|Erase|ByVal|ByRef|Alias|EndIf|CByte|ReDim|Stop|Call|Wend|Next|CLng|Loop|True|CDec|With|Then|GoTo|CObj|CSng|Exit|CStr|Else|Each|Case|CInt|Step|When|CDbl|Set|For|Let|Lib|Try|New|Not|Get|On|To|Do|If|Of|Me)(?![])	t1000			1
R	i	(?<!\.)End(?![])	t1000	p(end)		0
R	i	(?<!\.)(Dim|Const)(?![])	t1000	p(dim)		1
R	i	(?<!\.)(Function|Sub|Property)([]+)	g(t1000,t8000)	p(funcname)		2
R	i	(?<!\.)(Class|Structure|Enum)([]+)	g(t1000,t8000)	p(classname)		2
R	i	(?<!\.)(Module|Namespace|Imports)([]+)	g(t1000,t8000)	p(namespace)		2
R	i	(?<!\.)(Boolean|Byte|Char|Date|Decimal|Double|Integer|Long|Object|SByte|Short|Single|String|Variant|UInteger|ULong|UShort)(?![])	t1006			1
R	i	(?<!\.)(AddressOf|And|AndAlso|As|GetType|In|Is|IsNot|Like|Mod|Or|OrElse|TypeOf|Xor)(?![])	t4001			1
R		&=|[\*]=|\/=|\\=|\^=|\+=|-=|<<=|>>=|<<|>>|:=|<=|>=|<>|[\&\*-\+\-\/\<-\>\[-\^]	t4000			0
R		"	t3100	p(string)		0
R		_\n	t8000			0
R		[_][]*	t2000			0
R		#[^\n]*?#	t3001			0
R	i	([\p{Nd}]+\.[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)(F[\+\-]?[0-9]+)?	t3202			2
R	i	[\p{Nd}]+([DFILR-S]|US|UI|UL)?	t3204			1
R	i	&H[0-9a-f]+([DFILR-S]|US|UI|UL)?	t3204			1
R	i	&O[0-7]+([DFILR-S]|US|UI|UL)?	t3204			1
S	string
R		""	t3100			0
R	i	"C?	t3100	o1		0
R		[^"]+	t3100			0
