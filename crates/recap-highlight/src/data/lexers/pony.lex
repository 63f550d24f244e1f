S	string
R		"	t50	o1
R		\\"	t50
R		[^"\\]+	t50
S	root
R		\n	t98
R		[^\n[^]]+	t98
R		\/\/[^\n]*\n	t82
R		\/\*	t81	p(nested_comment)
R		"""(?:[^\n]|\n)*?"""	t57
R		"	t50	p(string)
R		'[^\n]*'	t55
R		=>|[\!\&\(-\)\,\.\:-\;\?\[\]-\^\{-\~]	t78
R		(addressof|digestof|consume|isnt|and|not|as|is|or)(?![])	t76			1
R		!=|==|<<|>>|[\%\*-\+\-\/\<-\>]	t75
R		(compile_intrinsic|compile_error|continue|recover|return|repeat|lambda|elseif|object|#share|match|#send|#read|ifdef|until|embed|while|where|error|break|with|else|#any|this|then|tag|for|trn|try|ref|use|var|val|let|end|iso|box|in|if|do)(?![])	t15			1
R		(actor|class|struct|primitive|interface|trait|type)((?:[])+)	g(t15,t98)	p(typename)		2
R		(new|fun|be)((?:[])+)	g(t15,t98)	p(methodname)		2
R		(DisposableActor|NullablePointer|AsioEventNotify|UnsignedInteger|RuntimeOptions|DoNotOptimise|FloatingPoint|SignedInteger|ReadElement|ArrayValues|StringBytes|StringRunes|InputNotify|InputStream|AsioEventID|ByteSeqIter|AmbientAuth|Comparable|ArrayPairs|Stringable|OutStream|SourceLoc|ArrayKeys|StdStream|Equatable|AsioEvent|Iterator|Platform|Unsigned|Greater|Compare|Integer|Pointer|ReadSeq|ByteSeq|String|Number|Signed|Float|USize|Stdin|ILong|ISize|HasEq|Array|ULong|Equal|I128|U128|Bool|Less|Real|None|Seq|I64|Any|F32|F64|U64|U32|I32|Int|I16|U16|Env|I8|U8)(?![])	t21			1
R		_?[A-Z][]*	t24
R		string\(\)	t33
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+	t69			1
R		0x[0-9A-Fa-f]+	t70
R		[\p{Nd}]+	t71
R		(true|false)(?![])	t15			1
R		_[\p{Nd}]*	t22
R		_?[a-z]['_]*	t22
S	typename
R		(iso|trn|ref|val|box|tag)?((?:[])*)(_?[A-Z][]*)	g(t15,t98,t24)	o1		3
S	methodname
R		(iso|trn|ref|val|box|tag)?((?:[])*)(_?[a-z][]*)	g(t15,t98,t45)	o1		3
S	nested_comment
R		[^\*\/]+	t81
R		\/\*	t81	p()
R		\*\/	t81	o1
R		[\*\/]	t81
