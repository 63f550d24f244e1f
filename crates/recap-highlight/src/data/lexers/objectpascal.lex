S	root
R		[^\n[^]]+	t99
R		\n	t98
R		[]+	t98
R		[^\u0000-\u007F]+	t98
R		\{[\$][^\n]*?\}|\{[\-](NOD|EXT|OBJ)[^\n]*?\}|\([\*][\$][^\n]*?[\*]\)	t84			1
R		\/\/[^\n]*	t82
R		\([\*]([^\n]|\n)*?[\*]\)	t81			1
R		[\{]([^\n]|\n)*?[\}]	t81			1
R		(?:(\.\.))	t75			1
R		[\#][0-9A-Fa-f]*|[0-9]+[Xx][0-9A-Fa-f]*	t59
R		[\$][0-9A-Fa-f]*[Xx][0-9A-Fa-f]*|[\$][0-9A-Fa-f]*|([0-9]+[0-9A-Fa-f]+(?=[Hh]))	t70			1
R		[0-9]+('[0-9]+)*\.[0-9]+('[0-9]+)*[Ee][\+\-]?[0-9]+('[0-9]+)*|[0-9]+('[0-9]+)*\.[0-9]+('[0-9]+)*|[\p{Nd}]+[Ee][\+\-]?[0-9]+	t69			5
R		0|[1-9][0-9_]*?	t71
R		('''[]*\n)([^\n]|\n)*?(''')(?=[]*;)	t50			3
R		(?:('))[^\n]*?(?:('))	t50			2
R		(?:("))[^\n]*?(?:("))	t50			2
R	i	(?:(?<=[])(?![])|(?<![])(?=[]))(?!=\.)(?:(NativeInt|NativeUInt|LongInt|LongWord|Integer|Int64|Cardinal|UInt64|ShortInt|SmallInt|FixedInt|Byte|Word|FixedUInt|Int8|Int16|Int32|UInt8|UInt16|UInt32|Real48|Single|Double|Real|Extended|Comp|Currency|Char|AnsiChar|WideChar|UCS2Char|UCS4Char|string|ShortString|AnsiString|UnicodeString|WideString|RawByteString|UTF8String|File|TextFile|Text|Boolean|ByteBool|WordBool|LongBool|Pointer|Variant|OleVariant))(?![])(?![\(\/\<])	t21			1
R	i	(?:(?<=[])(?![])|(?<![])(?=[]))(?!=\.)(?:(TSingleRec|TDoubleRec|TExtended80Rec|TByteArray|TTextBuf|TVarRec|TWordArray))(?![])(?![\(\/\<])	t21			1
R	i	(?:(?<=[])(?![])|(?<![])(?=[]))(?!=\.)(?:(PChar|PAnsiChar|PWideChar|PRawByteString|PUnicodeString|PString|PAnsiString|PShortString|PTextBuf|PWideString|PByte|PShortInt|PWord|PSmallInt|PCardinal|PLongWord|PFixedUInt|PLongint|PFixedInt|PUInt64|PInt64|PNativeUInt|PNativeInt|PByteArray|PCurrency|PDouble|PExtended|PSingle|PInteger|POleVariant|PVarRec|PVariant|PWordArray|PBoolean|PWordBool|PLongBool|PPointer))(?![])(?![\(\/\<])	t21			1
R	i	(?:(?<=[])(?![])|(?<![])(?=[]))(?!=\.)(?:(IntPtr|UIntPtr|Float32|Float64|_ShortStr|_ShortString|_AnsiStr|_AnsiString|_AnsiChr|_AnsiChar|_WideStr|_WideString|_PAnsiChr|_PAnsiChar|UTF8Char|_AnsiChar|PUTF8Char|_PAnsiChar|MarshaledString|MarshaledAString))(?![])(?![\(\/\<])	t21			1
R	i	(?:(?<=[])(?![])|(?<![])(?=[]))(?!=\.)(?:(Result))(?![])(?![\(\/\<])	t88			1
R	i	(?:(?<=[])(?![])|(?<![])(?=[]))(?!=\.)(?:(True|False))(?![])(?![\(\/\<])	t25			1
R		[\(-\)\:\=]	t75
R		[\*-\+\-\/\<-\>\@\^]	t75
R	i	(?<![])(?:([div][dmo][n-ot][adn][or][orx][hls][hr-s][in]))(?![])	t76			1
R		[\#-\&]	t75
R		[\(-\)\,\.\:-\;\[\]]	t78
R	i	(?:(?<=[])(?![])|(?<![])(?=[]))(?!=\.)(?:(and|end|interface|record|var|array|except|is|repeat|while|as|exports|label|resourcestring|with|asm|file|library|set|xor|begin|finalization|mod|shl|case|finally|nil|shr|class|for|not|string|const|function|object|then|constructor|goto|of|threadvar|destructor|if|or|to|dispinterface|implementation|packed|try|div|in|procedure|type|do|inherited|program|unit|downto|initialization|property|until|else|inline|raise|uses))(?![])(?![\(\/\<])	t20			1
R	i	(?:(?<=[])(?![])|(?<![])(?=[]))(?!=\.)(?:(absolute|export|name|public|stdcall|abstract|external|published|strict|assembler|nodefault|read|stored|automated|final|operator|readonly|unsafe|cdecl|forward|out|reference|varargs|contains|helper|overload|register|virtual|default|implements|override|reintroduce|winapi|delayed|index|package|requires|write|deprecated|inline|pascal|writeonly|dispid|library|platform|safecall|dynamic|local|private|sealed|experimental|message|protected|static))(?![])(?![\(\/\<])	t15			1
R	i	(?:(?<=[])(?![])|(?<![])(?=[]))(?!=\.)(?:(near|far|resident))(?![])(?![\(\/\<])	t15			1
R	i	(?:(?<=[])(?![])|(?<![])(?=[]))(?!=\.)(?:(Abs|High|Low|Pred|Succ|Chr|Length|Odd|Round|Swap|Hi|Lo|Ord|SizeOf|Trunc))(?![])(?![\(\/\<])	t16			1
R		([^[^]]|\$)[\$]*	t98			1
