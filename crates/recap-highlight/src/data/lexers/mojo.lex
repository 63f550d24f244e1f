S	root
R		[]+	t99
R		(?<![^\n])([]*)([BRUbru]\{,2\})("""(?:[^\n]|\n)*?""")	g(t99,t51,t57)			3
R		(?<![^\n])([]*)([BRUbru]\{,2\})('''(?:[^\n]|\n)*?''')	g(t99,t51,t57)			3
R		(?<![\s\S])#![^\n]+(?![^\n])	t80
R		#[^\n]*(?![^\n])	t82
R		\\\n	t99
R		\\	t99
I	keywords
I	soft-keywords
R		(alias)([]+)	g(t15,t99)	p(varname)		2
R		(var)([]+)	g(t15,t99)	p(varname)		2
R		(def)([]+)	g(t15,t99)	p(funcname)		2
R		(fn)([]+)	g(t15,t99)	p(funcname)		2
R		(class)([]+)	g(t15,t99)	p(classname)		2
R		(struct)([]+)	g(t15,t99)	p(structname)		2
R		(trait)([]+)	g(t15,t99)	p(structname)		2
R		(from)([]+)	g(t18,t99)	p(fromimport)		2
R		(import)([]+)	g(t18,t99)	p(import)		2
I	expr
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
R		([Uu]?)(""")	g(t51,t58)	c(stringescape,tdqs)		2
R		([Uu]?)(''')	g(t51,t65)	c(stringescape,tsqs)		2
R		([Uu]?)(")	g(t51,t58)	c(stringescape,dqs)		2
R		([Uu]?)(')	g(t51,t65)	c(stringescape,sqs)		2
R		([Bb])(""")	g(t51,t58)	c(bytesescape,tdqs)		2
R		([Bb])(''')	g(t51,t65)	c(bytesescape,tsqs)		2
R		([Bb])(")	g(t51,t58)	c(bytesescape,dqs)		2
R		([Bb])(')	g(t51,t65)	c(bytesescape,sqs)		2
R		[^\n[^]]+	t98
I	numbers
R		!=|==|<<|>>|:=|[\%-\&\*-\+\--\/\<-\>\^\|\~]	t75
R		([\(-\)\,\:-\;\[\]\{\}])+	t78			1
R		(in|is|and|or|not)(?![])	t76			1
I	expr-keywords
I	builtins
I	magicfuncs
I	magicvars
I	name
S	expr-inside-fstring
R		[\(\[\{]	t78	p(expr-inside-fstring-inner)
R		(=[]*)?(![afr-s])?\}	t61	o1		2
R		(=[]*)?(![afr-s])?:	t61	o1		2
R		[]+	t99
I	expr
S	expr-inside-fstring-inner
R		[\(\[\{]	t78	p(expr-inside-fstring-inner)
R		[\)\]\}]	t78	o1
R		[]+	t99
I	expr
S	expr-keywords
R		(async for|async with|await|else|for|if|lambda|yield|yield from)(?![])	t15			1
R		(True|False|None)(?![])	t16			1
S	keywords
R		(assert|async|await|borrowed|break|continue|del|elif|else|except|finally|for|global|if|lambda|pass|raise|nonlocal|return|try|while|yield|yield from|as|with)(?![])	t15			1
R		(True|False|None)(?![])	t16			1
S	soft-keywords
R		((?<![^\n])[\t ]*)(match|case)(?![])(?![\t ]*(?:[\&\)\,\:-\;\=\@\]-\^\|-\~]|(?:and|as|assert|async|await|break|class|continue|def|del|elif|else|except|finally|for|from|global|if|import|in|is|lambda|nonlocal|not|or|pass|raise|return|try|while|with|yield)(?![])))	g(t99,t15)	p(soft-keywords-inner)		2
S	soft-keywords-inner
R		([]+)([^\n_]*)(_(?![]))	g(t99,s(root),t15)			3
R				o1
S	builtins
R		(?<!\.)(__import__|abs|aiter|all|any|bin|bool|bytearray|breakpoint|bytes|callable|chr|classmethod|compile|complex|delattr|dict|dir|divmod|enumerate|eval|filter|float|format|frozenset|getattr|globals|hasattr|hash|hex|id|input|int|isinstance|issubclass|iter|len|list|locals|map|max|memoryview|min|next|object|oct|open|ord|pow|print|property|range|repr|reversed|round|set|setattr|slice|sorted|staticmethod|str|sum|super|tuple|type|vars|zip|AnyType|Coroutine|DType|Error|Int|List|ListLiteral|Scalar|Int8|UInt8|Int16|UInt16|Int32|UInt32|Int64|UInt64|BFloat16|Float16|Float32|Float64|SIMD|String|Tensor|Tuple|Movable|Copyable|CollectionElement)(?![])	t37			1
R		(?<!\.)(self|Ellipsis|NotImplemented|cls)(?![])	t38			1
R		(?<!\.)(Error)(?![])	t28			1
S	magicfuncs
R		(__abs__|__add__|__aenter__|__aexit__|__aiter__|__and__|__anext__|__await__|__bool__|__bytes__|__call__|__complex__|__contains__|__del__|__delattr__|__delete__|__delitem__|__dir__|__divmod__|__enter__|__eq__|__exit__|__float__|__floordiv__|__format__|__ge__|__get__|__getattr__|__getattribute__|__getitem__|__gt__|__hash__|__iadd__|__iand__|__ifloordiv__|__ilshift__|__imatmul__|__imod__|__imul__|__index__|__init__|__instancecheck__|__int__|__invert__|__ior__|__ipow__|__irshift__|__isub__|__iter__|__itruediv__|__ixor__|__le__|__len__|__length_hint__|__lshift__|__lt__|__matmul__|__missing__|__mod__|__mul__|__ne__|__neg__|__new__|__next__|__or__|__pos__|__pow__|__prepare__|__radd__|__rand__|__rdivmod__|__repr__|__reversed__|__rfloordiv__|__rlshift__|__rmatmul__|__rmod__|__rmul__|__ror__|__round__|__rpow__|__rrshift__|__rshift__|__rsub__|__rtruediv__|__rxor__|__set__|__setattr__|__setitem__|__str__|__sub__|__subclasscheck__|__truediv__|__xor__)(?![])	t46			1
S	magicvars
R		(__annotations__|__bases__|__class__|__closure__|__code__|__defaults__|__dict__|__doc__|__file__|__func__|__globals__|__kwdefaults__|__module__|__mro__|__name__|__objclass__|__qualname__|__self__|__slots__|__weakref__)(?![])	t44			1
S	numbers
R		([\p{Nd}](?:_?[\p{Nd}])*\.(?:[\p{Nd}](?:_?[\p{Nd}])*)?|(?:[\p{Nd}](?:_?[\p{Nd}])*)?\.[\p{Nd}](?:_?[\p{Nd}])*)([Ee][\+\-]?[\p{Nd}](?:_?[\p{Nd}])*)?	t69			2
R		[\p{Nd}](?:_?[\p{Nd}])*[Ee][\+\-]?[\p{Nd}](?:_?[\p{Nd}])*j?	t69
R		0[Oo](?:_?[0-7])+	t73
R		0[Bb](?:_?[0-1])+	t68
R		0[Xx](?:_?[0-9A-Fa-f])+	t70
R		[\p{Nd}](?:_?[\p{Nd}])*	t71
S	name
R		@[_\p{L}][_\p{L}\p{N}]*([]*\.[]*[_\p{L}][_\p{L}\p{N}]*)*	t26			1
R		@	t75
R		[_\p{L}][_\p{L}\p{N}]*([]*\.[]*[_\p{L}][_\p{L}\p{N}]*)*	t22			1
S	varname
R		[_\p{L}][_\p{L}\p{N}]*([]*\.[]*[_\p{L}][_\p{L}\p{N}]*)*	t39	o1		1
S	funcname
I	magicfuncs
R		[_\p{L}][_\p{L}\p{N}]*([]*\.[]*[_\p{L}][_\p{L}\p{N}]*)*	t45	o1		1
R				o1
S	classname
R		[_\p{L}][_\p{L}\p{N}]*([]*\.[]*[_\p{L}][_\p{L}\p{N}]*)*	t24	o1		1
S	structname
R		[_\p{L}][_\p{L}\p{N}]*([]*\.[]*[_\p{L}][_\p{L}\p{N}]*)*	t24	o1		1
S	import
R		([]+)(as)([]+)	g(t99,t15,t99)			3
R		\.	t31
R		[_\p{L}][_\p{L}\p{N}]*([]*\.[]*[_\p{L}][_\p{L}\p{N}]*)*	t31			1
R		([]*)(,)([]*)	g(t99,t75,t99)			3
R				o1
S	fromimport
R		([]+)(import)(?![])	g(t99,t18)	o1		2
R		\.	t31
R		None(?![])	t16	o1
R		[_\p{L}][_\p{L}\p{N}]*([]*\.[]*[_\p{L}][_\p{L}\p{N}]*)*	t31			1
R				o1
S	rfstringescape
R		\{\{	t59
R		\}\}	t59
S	fstringescape
I	rfstringescape
I	stringescape
S	bytesescape
R		\\(["'\\a-bfnrtv]|\n|x[0-9A-Fa-f]{2}|[0-7]{1,3})	t59			1
S	stringescape
R		\\(N\{[^\n]*?\}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})	t59			1
I	bytesescape
S	fstrings-single
R		\}	t61
R		\{	t61	p(expr-inside-fstring)
R		[^\n"'\\\{\}]+	t65
R		["'\\]	t65
S	fstrings-double
R		\}	t61
R		\{	t61	p(expr-inside-fstring)
R		[^\n"'\\\{\}]+	t58
R		["'\\]	t58
S	strings-single
R		%(\([]+\))?(?=([ \#\+\-0]*))\2([0-9]+|[\*])?(\.([0-9]+|[\*]))?[Lhl]?[\%E-GXac-gior-sux]	t61		1,3,4,5	4
R		\{(([]+)((\.[]+)|(\[[^\]]+\]))*)?(![ar-s])?(:([^\n]?[\<-\>\^])?[ \+\-]?#?0?([\p{Nd}]+)?,?(\.[\p{Nd}]+)?[\%E-GXb-gn-osx]?)?\}	t61			10
R		[^\n"\%'\\\{]+	t65
R		["'\\]	t65
R		%|(\{{1,2})	t65			1
S	strings-double
R		%(\([]+\))?(?=([ \#\+\-0]*))\2([0-9]+|[\*])?(\.([0-9]+|[\*]))?[Lhl]?[\%E-GXac-gior-sux]	t61		1,3,4,5	4
R		\{(([]+)((\.[]+)|(\[[^\]]+\]))*)?(![ar-s])?(:([^\n]?[\<-\>\^])?[ \+\-]?#?0?([\p{Nd}]+)?,?(\.[\p{Nd}]+)?[\%E-GXb-gn-osx]?)?\}	t61			10
R		[^\n"\%'\\\{]+	t58
R		["'\\]	t58
R		%|(\{{1,2})	t58			1
S	dqf
R		"	t58	o1
R		\\\\|\\"|\\\n	t59
I	fstrings-double
S	sqf
R		'	t65	o1
R		\\\\|\\'|\\\n	t59
I	fstrings-single
S	dqs
R		"	t58	o1
R		\\\\|\\"|\\\n	t59
I	strings-double
S	sqs
R		'	t65	o1
R		\\\\|\\'|\\\n	t59
I	strings-single
S	tdqf
R		"""	t58	o1
I	fstrings-double
R		\n	t58
S	tsqf
R		'''	t65	o1
I	fstrings-single
R		\n	t65
S	tdqs
R		"""	t58	o1
I	strings-double
R		\n	t58
S	tsqs
R		'''	t65	o1
I	strings-single
R		\n	t65
