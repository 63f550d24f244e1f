S	tdqs
R		"""	t58	o1
I	strings-double
R		\n	t58
S	name
R		@[\.]+	t26
R		[A-Z_a-z][]*	t22
S	magicfuncs
R		(__instancecheck__|__subclasscheck__|__getattribute__|__rfloordiv__|__ifloordiv__|__setslice__|__getslice__|__contains__|__reversed__|__floordiv__|__rtruediv__|__itruediv__|__delslice__|__rlshift__|__rrshift__|__delitem__|__rdivmod__|__nonzero__|__missing__|__delattr__|__setattr__|__irshift__|__complex__|__setitem__|__getitem__|__truediv__|__unicode__|__ilshift__|__getattr__|__delete__|__coerce__|__invert__|__lshift__|__divmod__|__rshift__|__enter__|__index__|__float__|__iadd__|__rsub__|__init__|__imul__|__rpow__|__repr__|__rmul__|__isub__|__iter__|__rmod__|__ixor__|__call__|__imod__|__long__|__hash__|__rxor__|__idiv__|__iand__|__rdiv__|__ipow__|__rcmp__|__rand__|__exit__|__radd__|__str__|__cmp__|__pos__|__pow__|__oct__|__new__|__neg__|__mul__|__mod__|__set__|__xor__|__sub__|__len__|__and__|__get__|__rop__|__add__|__ior__|__div__|__iop__|__int__|__abs__|__hex__|__ror__|__del__|__eq__|__or__|__ne__|__lt__|__le__|__ge__|__gt__|__op__)(?![])	t46			1
S	keywords
R		(yield from|continue|finally|lambda|assert|global|except|return|print|yield|while|break|raise|elif|pass|exec|else|with|try|for|del|as|if)(?![])	t15			1
S	tsqs
R		'''	t65	o1
I	strings-single
R		\n	t65
S	stringescape
R		\\(["'\\a-bfnrtv]|\n|N\{[^\n]*?\}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|[0-7]{1,3})	t59			1
S	numbers
R		([\p{Nd}]+\.[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)([Ee][\+\-]?[0-9]+)?j?	t69			2
R		[\p{Nd}]+[Ee][\+\-]?[0-9]+j?	t69
R		0[0-7]+j?	t73
R		0[Bb][0-1]+	t68
R		0[Xx][0-9A-Fa-f]+	t70
R		[\p{Nd}]+L	t72
R		[\p{Nd}]+j?	t71
S	import
R		(?:[\t ]|\\\n)+	t98
R		as(?![])	t18
R		,	t75
R		[A-Z_a-z][\.]*	t31
R				o1
S	magicvars
R		(__metaclass__|__defaults__|__globals__|__closure__|__weakref__|__module__|__slots__|__class__|__bases__|__file__|__func__|__dict__|__name__|__self__|__code__|__mro__|__doc__)(?![])	t44			1
S	fromimport
R		(?:[\t ]|\\\n)+	t98
R		import(?![])	t18	o1
R		None(?![])	t38	o1
R		[\.A-Z_a-z][\.]*	t31
R				o1
S	strings-single
R		%(\([]+\))?[ \#\+\-0]*([0-9]+|[\*])?(\.([0-9]+|[\*]))?[Lhl]?[\%E-GXc-gior-sux]	t61			4
R		[^\n"\%'\\]+	t65
R		["'\\]	t65
R		%	t65
S	funcname
I	magicfuncs
R		[A-Z_a-z][]*	t45	o1
R				o1
S	classname
R		[A-Z_a-z][]*	t24	o1
S	backtick
R		`[^\n]*?`	t53
S	strings-double
R		%(\([]+\))?[ \#\+\-0]*([0-9]+|[\*])?(\.([0-9]+|[\*]))?[Lhl]?[\%E-GXc-gior-sux]	t61			4
R		[^\n"\%'\\]+	t58
R		["'\\]	t58
R		%	t58
S	dqs
R		"	t58	o1
R		\\\\|\\"|\\\n	t59
I	strings-double
S	root
R		\n	t98
R		(?<![^\n])([]*)([BRUbru]\{,2\})("""(?:[^\n]|\n)*?""")	g(t98,t51,t57)			3
R		(?<![^\n])([]*)([BRUbru]\{,2\})('''(?:[^\n]|\n)*?''')	g(t98,t51,t57)			3
R		[^\n[^]]+	t98
R		(?<![\s\S])#![^\n]+(?![^\n])	t80
R		#[^\n]*(?![^\n])	t82
R		[\(-\)\,\:-\;\[\]\{\}]	t78
R		\\\n	t98
R		\\	t98
R		(in|is|and|or|not)(?![])	t76			1
R		!=|==|<<|>>|[\%-\&\*-\+\--\/\<-\>\^\|\~]	t75
I	keywords
R		(def)((?:[]|\\[])+)	g(t15,t98)	p(funcname)		2
R		(class)((?:[]|\\[])+)	g(t15,t98)	p(classname)		2
R		(from)((?:[]|\\[])+)	g(t18,t98)	p(fromimport)		2
R		(import)((?:[]|\\[])+)	g(t18,t98)	p(import)		2
I	builtins
I	magicfuncs
I	magicvars
I	backtick
R		([Rr]|[BUbu][Rr]|[Rr][BUbu])(""")	g(t51,t58)	p(tdqs)		2
R		([Rr]|[BUbu][Rr]|[Rr][BUbu])(''')	g(t51,t65)	p(tsqs)		2
R		([Rr]|[BUbu][Rr]|[Rr][BUbu])(")	g(t51,t58)	p(dqs)		2
R		([Rr]|[BUbu][Rr]|[Rr][BUbu])(')	g(t51,t65)	p(sqs)		2
R		([BUbu]?)(""")	g(t51,t58)	c(stringescape,tdqs)		2
R		([BUbu]?)(''')	g(t51,t65)	c(stringescape,tsqs)		2
R		([BUbu]?)(")	g(t51,t58)	c(stringescape,dqs)		2
R		([BUbu]?)(')	g(t51,t65)	c(stringescape,sqs)		2
I	name
I	numbers
S	sqs
R		'	t65	o1
R		\\\\|\\'|\\\n	t59
I	strings-single
S	builtins
R		(?<!\.)(staticmethod|classmethod|__import__|isinstance|basestring|issubclass|frozenset|raw_input|bytearray|enumerate|property|callable|reversed|execfile|hasattr|setattr|compile|complex|delattr|unicode|globals|getattr|unichr|reduce|xrange|buffer|intern|filter|locals|divmod|coerce|sorted|reload|object|slice|round|float|super|input|bytes|apply|tuple|range|iter|dict|long|type|hash|vars|next|file|exit|open|repr|eval|bool|list|bin|pow|zip|ord|oct|min|set|any|max|map|all|len|sum|int|dir|hex|chr|abs|cmp|str|id)(?![])	t37			1
R		(?<!\.)(self|None|Ellipsis|NotImplemented|False|True|cls)(?![])	t38			1
R		(?<!\.)(PendingDeprecationWarning|UnicodeTranslateError|NotImplementedError|UnicodeDecodeError|DeprecationWarning|UnicodeEncodeError|FloatingPointError|ZeroDivisionError|UnboundLocalError|KeyboardInterrupt|EnvironmentError|IndentationError|OverflowWarning|ArithmeticError|ReferenceError|AttributeError|AssertionError|RuntimeWarning|UnicodeWarning|GeneratorExit|SyntaxWarning|StandardError|BaseException|OverflowError|FutureWarning|ImportWarning|StopIteration|UnicodeError|WindowsError|RuntimeError|ImportError|UserWarning|LookupError|SyntaxError|SystemError|MemoryError|SystemExit|ValueError|IndexError|NameError|Exception|TypeError|EOFError|KeyError|VMSError|TabError|IOError|Warning|OSError)(?![])	t28			1
