S	string
R		"	t3100	o1		0
R		\\"	t3100			0
R		[^"\\]+	t3100			0
S	root
R		\n	t8000			0
R		[^\n[^]]+	t8000			0
R		\/\/[^\n]*\n	t6003			0
R		\/\*	t6002	p(nested_comment)		0
R		"""(?:[^\n]|\n)*?"""	t3107			0
R		"	t3100	p(string)		0
R		'[^\n]*'	t3105			0
R		=>|[\!\&\(-\)\,\.\:-\;\?\[\]-\^\{-\~]	t5000			0
R		(addressof|digestof|consume|isnt|and|not|as|is|or)(?![])	t4001			1
R		!=|==|<<|>>|[\%\*-\+\-\/\<-\>]	t4000			0
R		(compile_intrinsic|compile_error|continue|recover|return|repeat|lambda|elseif|object|#share|match|#send|#read|ifdef|until|embed|while|where|error|break|with|else|#any|this|then|tag|for|trn|try|ref|use|var|val|let|end|iso|box|in|if|do)(?![])	t1000			1
R		(actor|class|struct|primitive|interface|trait|type)((?:[])+)	g(t1000,t8000)	p(typename)		2
R		(new|fun|be)((?:[])+)	g(t1000,t8000)	p(methodname)		2
R		(DisposableActor|NullablePointer|AsioEventNotify|UnsignedInteger|RuntimeOptions|DoNotOptimise|FloatingPoint|SignedInteger|ReadElement|ArrayValues|StringBytes|StringRunes|InputNotify|InputStream|AsioEventID|ByteSeqIter|AmbientAuth|Comparable|ArrayPairs|Stringable|OutStream|SourceLoc|ArrayKeys|StdStream|Equatable|AsioEvent|Iterator|Platform|Unsigned|Greater|Compare|Integer|Pointer|ReadSeq|ByteSeq|String|Number|Signed|Float|USize|Stdin|ILong|ISize|HasEq|Array|ULong|Equal|I128|U128|Bool|Less|Real|None|Seq|I64|Any|F32|F64|U64|U32|I32|Int|I16|U16|Env|I8|U8)(?![])	t1006			1
R		_?[A-Z][]*	t2002			0
R		string\(\)	t2011			0
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+	t3202			1
R		0x[0-9A-Fa-f]+	t3203			0
R		[\p{Nd}]+	t3204			0
R		(true|false)(?![])	t1000			1
R		_[\p{Nd}]*	t2000			0
R		_?[a-z]['_]*	t2000			0
S	typename
R		(iso|trn|ref|val|box|tag)?((?:[])*)(_?[A-Z][]*)	g(t1000,t8000,t2002)	o1		3
S	methodname
R		(iso|trn|ref|val|box|tag)?((?:[])*)(_?[a-z][]*)	g(t1000,t8000,t2300)	o1		3
S	nested_comment
R		[^\*\/]+	t6002			0
R		\/\*	t6002	p()		0
R		\*\/	t6002	o1		0
R		[\*\/]	t6002			0
