S	dim
R		[_][]*	t39	o1
R				o1
S	funcname
R		[_][]*	t45	o1
S	classname
R		[_][]*	t24	o1
S	namespace
R		[_][]*	t31
R		\.	t31
R				o1
S	end
R		[]+	t98
R	i	(Function|Sub|Property|Class|Structure|Enum|Module|Namespace)(?![])	t15	o1		1
R				o1
S	root
R		(?<![^\n])[]*<[^\n]*?>	t23
R		[]+	t98
R		\n	t98
R	i	rem(?![])[^\n]*?\n	t79
R		'[^\n]*?\n	t79
R	i	#If[][^\n]*?[]Then|#ElseIf[][^\n]*?[]Then|#Else|#End[]+If|#Const|#ExternalSource[^\n]*?\n|#End[]+ExternalSource|#Region[^\n]*?\n|#End[]+Region|#ExternalChecksum	t84
R		[\!\#\(-\)\,\.\:\{\}]	t78
R	i	Option[]+(Strict|Explicit|Compare)[]+(On|Off|Binary|Text)	t17			2
R	i	(?<!\.)(NotOverridable|NotInheritable|RemoveHandler|MustOverride|Overridable|MustInherit|Implements|RaiseEvent|AddHandler|ParamArray|WithEvents|DirectCast|Overrides|Overloads|Protected|WriteOnly|Interface|Narrowing|Inherits|Widening|SyncLock|ReadOnly|Operator|Continue|Delegate|Optional|MyClass|Declare|CUShort|Handles|Default|Shadows|TryCast|Finally|Private|Nothing|Partial|CSByte|Select|Option|Return|Friend|Resume|ElseIf|MyBase|Shared|Single|Public|CShort|Static|Global|Catch|CType|Error|CUInt|Using|While|GoSub|False|CDate|Throw|Event|CChar|CULng|CBool|Erase|ByVal|ByRef|Alias|EndIf|CByte|ReDim|Stop|Call|Wend|Next|CLng|Loop|True|CDec|With|Then|GoTo|CObj|CSng|Exit|CStr|Else|Each|Case|CInt|Step|When|CDbl|Set|For|Let|Lib|Try|New|Not|Get|On|To|Do|If|Of|Me)(?![])	t15			1
R	i	(?<!\.)End(?![])	t15	p(end)
R	i	(?<!\.)(Dim|Const)(?![])	t15	p(dim)		1
R	i	(?<!\.)(Function|Sub|Property)([]+)	g(t15,t98)	p(funcname)		2
R	i	(?<!\.)(Class|Structure|Enum)([]+)	g(t15,t98)	p(classname)		2
R	i	(?<!\.)(Module|Namespace|Imports)([]+)	g(t15,t98)	p(namespace)		2
R	i	(?<!\.)(Boolean|Byte|Char|Date|Decimal|Double|Integer|Long|Object|SByte|Short|Single|String|Variant|UInteger|ULong|UShort)(?![])	t21			1
R	i	(?<!\.)(AddressOf|And|AndAlso|As|GetType|In|Is|IsNot|Like|Mod|Or|OrElse|TypeOf|Xor)(?![])	t76			1
R		&=|[\*]=|\/=|\\=|\^=|\+=|-=|<<=|>>=|<<|>>|:=|<=|>=|<>|[\&\*-\+\-\/\<-\>\[-\^]	t75
R		"	t50	p(string)
R		_\n	t98
R		[_][]*	t22
R		#[^\n]*?#	t48
R	i	([\p{Nd}]+\.[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)(F[\+\-]?[0-9]+)?	t69			2
R	i	[\p{Nd}]+([DFILR-S]|US|UI|UL)?	t71			1
R	i	&H[0-9a-f]+([DFILR-S]|US|UI|UL)?	t71			1
R	i	&O[0-7]+([DFILR-S]|US|UI|UL)?	t71			1
S	string
R		""	t50
R	i	"C?	t50	o1
R		[^"]+	t50
