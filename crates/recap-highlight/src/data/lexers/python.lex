S	numbers
R		([\p{Nd}](?:_?[\p{Nd}])*\.(?:[\p{Nd}](?:_?[\p{Nd}])*)?|(?:[\p{Nd}](?:_?[\p{Nd}])*)?\.[\p{Nd}](?:_?[\p{Nd}])*)([Ee][\+\-]?[\p{Nd}](?:_?[\p{Nd}])*)?	t69			2
R		[\p{Nd}](?:_?[\p{Nd}])*[Ee][\+\-]?[\p{Nd}](?:_?[\p{Nd}])*j?	t69
R		0[Oo](?:_?[0-7])+	t73
R		0[Bb](?:_?[0-1])+	t68
R		0[Xx](?:_?[0-9A-Fa-f])+	t70
R		[\p{Nd}](?:_?[\p{Nd}])*	t71
S	expr
R	i	(rf|fr)(""")	g(t51,t58)	c(rfstringescape,tdqf)		2
R	i	(rf|fr)(''')	g(t51,t65)	c(rfstringescape,tsqf)		2
R	i	(rf|fr)(")	g(t51,t58)	c(rfstringescape,dqf)		2
R	i	(rf|fr)(')	g(t51,t65)	c(rfstringescape,sqf)		2
R		([Ff])(""")	g(t51,t58)	c(fstringescape,tdqf)		2
R		([Ff])(''')	g(t51,t65)	c(fstringescape,tsqf)		2
R		([Ff])(")	g(t51,t58)	c(fstringescape,dqf)		2
R		([Ff])(')	g(t51,t65)	c(fstringescape,sqf)		2
R	i	(rb|br|r)(""")	g(t51,t58)	p(tdqs)		2
R	i	(rb|br|r)(''')	g(t51,t65)	p(tsqs)		2
R	i	(rb|br|r)(")	g(t51,t58)	p(dqs)		2
R	i	(rb|br|r)(')	g(t51,t65)	p(sqs)		2
R		([BUbu]?)(""")	g(t51,t58)	c(stringescape,tdqs)		2
R		([BUbu]?)(''')	g(t51,t65)	c(stringescape,tsqs)		2
R		([BUbu]?)(")	g(t51,t58)	c(stringescape,dqs)		2
R		([BUbu]?)(')	g(t51,t65)	c(stringescape,sqs)		2
R		[^\n[^]]+	t98
I	numbers
R		!=|==|<<|>>|:=|[\%-\&\*-\+\--\/\<-\>\^\|\~]	t75
R		[\(-\)\,\:-\;\[\]\{\}]	t78
R		(in|is|and|or|not)(?![])	t76			1
I	expr-keywords
I	builtins
I	magicfuncs
I	magicvars
I	name
S	fstrings-double
R		\}	t61
R		\{	t61	p(expr-inside-fstring)
R		[^\n"'\\\{\}]+	t58
R		["'\\]	t58
S	keywords
R		(yield from|nonlocal|continue|finally|except|lambda|assert|global|return|raise|yield|while|break|await|async|pass|else|elif|with|try|for|del|as|if|match|case)(?![])	t15			1
R		(False|True|None)(?![])	t16			1
S	dqs
R		"	t58	o1
R		\\\\|\\"|\\\n	t59
I	strings-double
S	fromimport
R		([]+)(import)(?![])	g(t98,t18)	o1		2
R		\.	t31
R		None(?![])	t38	o1
R		[_\p{L}][_\p{L}\p{N}]*	t31
R				o1
S	builtins
R		(?<!\.)(staticmethod|classmethod|memoryview|__import__|issubclass|isinstance|frozenset|bytearray|enumerate|reversed|property|compile|complex|delattr|hasattr|setattr|globals|getattr|divmod|filter|locals|format|object|sorted|slice|print|bytes|range|input|tuple|round|super|float|eval|list|dict|repr|type|vars|hash|next|bool|open|iter|oct|pow|min|zip|max|map|bin|len|set|any|dir|all|abs|str|sum|chr|int|hex|ord|id)(?![])	t37			1
R		(?<!\.)(self|Ellipsis|NotImplemented|cls)(?![])	t38			1
R		(?<!\.)(PendingDeprecationWarning|ConnectionAbortedError|ConnectionRefusedError|UnicodeTranslateError|ConnectionResetError|ModuleNotFoundError|NotImplementedError|FloatingPointError|StopAsyncIteration|UnicodeDecodeError|DeprecationWarning|UnicodeEncodeError|NotADirectoryError|ProcessLookupError|ZeroDivisionError|IsADirectoryError|FileNotFoundError|UnboundLocalError|KeyboardInterrupt|ChildProcessError|EnvironmentError|IndentationError|InterruptedError|BlockingIOError|ArithmeticError|ConnectionError|BrokenPipeError|FileExistsError|ResourceWarning|PermissionError|RuntimeWarning|ReferenceError|AttributeError|AssertionError|UnicodeWarning|RecursionError|StopIteration|BaseException|OverflowError|SyntaxWarning|FutureWarning|GeneratorExit|ImportWarning|UnicodeError|TimeoutError|WindowsError|RuntimeError|BytesWarning|SystemError|UserWarning|MemoryError|ImportError|LookupError|BufferError|SyntaxError|SystemExit|ValueError|IndexError|NameError|Exception|TypeError|TabError|EOFError|KeyError|VMSError|Warning|OSError|IOError)(?![])	t28			1
S	classname
R		[_\p{L}][_\p{L}\p{N}]*	t24	o1
S	import
R		([]+)(as)([]+)	g(t98,t15,t98)			3
R		\.	t31
R		[_\p{L}][_\p{L}\p{N}]*	t31
R		([]*)(,)([]*)	g(t98,t75,t98)			3
R				o1
S	tsqs
R		'''	t65	o1
I	strings-single
R		\n	t65
S	strings-double
R		%(\([]+\))?(?=([ \#\+\-0]*))\2([0-9]+|[\*])?(\.([0-9]+|[\*]))?[Lhl]?[\%E-GXac-gior-sux]	t61		1,3,4,5	4
R		\{(([]+)((\.[]+)|(\[[^\]]+\]))*)?(![ar-s])?(:([^\n]?[\<-\>\^])?[ \+\-]?#?0?([\p{Nd}]+)?,?(\.[\p{Nd}]+)?[\%E-GXb-gn-osx]?)?\}	t61			10
R		[^\n"\%'\\\{]+	t58
R		["'\\]	t58
R		%|(\{{1,2})	t58			1
S	tdqf
R		"""	t58	o1
I	fstrings-double
R		\n	t58
S	expr-inside-fstring-inner
R		[\(\[\{]	t78	p(expr-inside-fstring-inner)
R		[\)\]\}]	t78	o1
R		[]+	t98
I	expr
S	sqs
R		'	t65	o1
R		\\\\|\\'|\\\n	t59
I	strings-single
S	funcname
I	magicfuncs
R		[_\p{L}][_\p{L}\p{N}]*	t45	o1
R				o1
S	expr-keywords
R		(yield from|async for|lambda|yield|await|else|for|if)(?![])	t15			1
R		(False|True|None)(?![])	t16			1
S	name
R		@[_\p{L}][_\p{L}\p{N}]*([]*\.[]*[_\p{L}][_\p{L}\p{N}]*)*	t26			1
R		@	t75
R		[_\p{L}][_\p{L}\p{N}]*	t22
S	magicfuncs
R		(__instancecheck__|__subclasscheck__|__getattribute__|__length_hint__|__rfloordiv__|__ifloordiv__|__itruediv__|__contains__|__floordiv__|__rtruediv__|__reversed__|__setitem__|__complex__|__rdivmod__|__delattr__|__rmatmul__|__ilshift__|__prepare__|__delitem__|__rrshift__|__imatmul__|__rlshift__|__setattr__|__truediv__|__getitem__|__missing__|__getattr__|__irshift__|__rshift__|__format__|__invert__|__matmul__|__divmod__|__delete__|__aenter__|__lshift__|__await__|__bytes__|__anext__|__aiter__|__aexit__|__round__|__float__|__enter__|__index__|__iadd__|__ipow__|__rpow__|__iter__|__init__|__ixor__|__rmul__|__rmod__|__imul__|__imod__|__iand__|__hash__|__rsub__|__exit__|__rxor__|__bool__|__call__|__rand__|__next__|__radd__|__isub__|__repr__|__set__|__add__|__new__|__neg__|__xor__|__and__|__mul__|__mod__|__sub__|__len__|__str__|__ror__|__ior__|__pos__|__del__|__get__|__dir__|__abs__|__int__|__pow__|__eq__|__gt__|__le__|__lt__|__ne__|__or__|__ge__)(?![])	t46			1
S	root
R		\n	t98
R		(?<![^\n])([]*)([BRUbru]\{,2\})("""(?:[^\n]|\n)*?""")	g(t98,t51,t57)			3
R		(?<![^\n])([]*)([BRUbru]\{,2\})('''(?:[^\n]|\n)*?''')	g(t98,t51,t57)			3
R		(?<![\s\S])#![^\n]+(?![^\n])	t80
R		#[^\n]*(?![^\n])	t82
R		\\\n	t98
R		\\	t98
I	keywords
R		(def)((?:[]|\\[])+)	g(t15,t98)	p(funcname)		2
R		(class)((?:[]|\\[])+)	g(t15,t98)	p(classname)		2
R		(from)((?:[]|\\[])+)	g(t18,t98)	p(fromimport)		2
R		(import)((?:[]|\\[])+)	g(t18,t98)	p(import)		2
I	expr
S	fstrings-single
R		\}	t61
R		\{	t61	p(expr-inside-fstring)
R		[^\n"'\\\{\}]+	t65
R		["'\\]	t65
S	magicvars
R		(__annotations__|__kwdefaults__|__qualname__|__objclass__|__defaults__|__closure__|__globals__|__weakref__|__module__|__class__|__bases__|__slots__|__file__|__code__|__name__|__func__|__dict__|__self__|__mro__|__doc__)(?![])	t44			1
S	tsqf
R		'''	t65	o1
I	fstrings-single
R		\n	t65
S	strings-single
R		%(\([]+\))?(?=([ \#\+\-0]*))\2([0-9]+|[\*])?(\.([0-9]+|[\*]))?[Lhl]?[\%E-GXac-gior-sux]	t61		1,3,4,5	4
R		\{(([]+)((\.[]+)|(\[[^\]]+\]))*)?(![ar-s])?(:([^\n]?[\<-\>\^])?[ \+\-]?#?0?([\p{Nd}]+)?,?(\.[\p{Nd}]+)?[\%E-GXb-gn-osx]?)?\}	t61			10
R		[^\n"\%'\\\{]+	t65
R		["'\\]	t65
R		%|(\{{1,2})	t65			1
S	rfstringescape
R		\{\{	t59
R		\}\}	t59
S	sqf
R		'	t65	o1
R		\\\\|\\'|\\\n	t59
I	fstrings-single
S	dqf
R		"	t58	o1
R		\\\\|\\"|\\\n	t59
I	fstrings-double
S	expr-inside-fstring
R		[\(\[\{]	t78	p(expr-inside-fstring-inner)
R		(=[]*)?(![afr-s])?\}	t61	o1		2
R		(=[]*)?(![afr-s])?:	t61	o1		2
R		[]+	t98
I	expr
S	tdqs
R		"""	t58	o1
I	strings-double
R		\n	t58
S	fstringescape
I	rfstringescape
I	stringescape
S	stringescape
R		\\(["'\\a-bfnrtv]|\n|N\{[^\n]*?\}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|[0-7]{1,3})	t59			1
