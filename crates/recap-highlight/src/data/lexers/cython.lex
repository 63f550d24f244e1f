S	funcname
R		[A-Z_a-z][]*	t45	o1
S	root
R		\n	t98
R		(?<![^\n])([]*)("""(?:[^\n]|\n)*?""")	g(t98,t57)			2
R		(?<![^\n])([]*)('''(?:[^\n]|\n)*?''')	g(t98,t57)			2
R		[^\n[^]]+	t98
R		#[^\n]*(?![^\n])	t79
R		[\(-\)\,\:-\;\[\]\{\}]	t78
R		\\\n	t98
R		\\	t98
R		(in|is|and|or|not)(?![])	t76			1
R		(<)([\.0-9\?A-Za-z]+)(>)	g(t78,t21,t78)			3
R		!=|==|<<|>>|[\%-\&\*-\+\--\/\<-\?\^\|\~]	t75
R		(from)([\p{Nd}]+)(<=)([]+)(<)([\p{Nd}]+)(:)	g(t15,t71,t75,t22,t75,t22,t78)			7
I	keywords
R		(def|property)([]+)	g(t15,t98)	p(funcname)		2
R		(cp?def)([]+)	g(t15,t98)	p(cdef)		2
R		(cdef)(:)	g(t15,t78)			2
R		(class|struct)([]+)	g(t15,t98)	p(classname)		2
R		(from)([]+)	g(t15,t98)	p(fromimport)		2
R		(c?import)([]+)	g(t15,t98)	p(import)		2
I	builtins
I	backtick
R		(?:[Rr]|[Uu][Rr]|[Rr][Uu])"""	t50	p(tdqs)
R		(?:[Rr]|[Uu][Rr]|[Rr][Uu])'''	t50	p(tsqs)
R		(?:[Rr]|[Uu][Rr]|[Rr][Uu])"	t50	p(dqs)
R		(?:[Rr]|[Uu][Rr]|[Rr][Uu])'	t50	p(sqs)
R		[Uu]?"""	t50	c(stringescape,tdqs)
R		[Uu]?'''	t50	c(stringescape,tsqs)
R		[Uu]?"	t50	c(stringescape,dqs)
R		[Uu]?'	t50	c(stringescape,sqs)
I	name
I	numbers
S	stringescape
R		\\(["'\\a-bfnrtv]|\n|N\{[^\n]*?\}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|[0-7]{1,3})	t59			1
S	strings
R		%(\([0-9A-Za-z]+\))?[ \#\+\-0]*([0-9]+|[\*])?(\.([0-9]+|[\*]))?[Lhl]?[\%E-GXc-gior-sux]	t61			4
R		[^\n"\%'\\]+	t50
R		["'\\]	t50
R		%	t50
S	backtick
R		`[^\n]*?`	t53
S	numbers
R		([\p{Nd}]+\.?[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)([Ee][\+\-]?[0-9]+)?	t69			2
R		0[\p{Nd}]+	t73
R		0[Xx][0-9A-Fa-f]+	t70
R		[\p{Nd}]+L	t72
R		[\p{Nd}]+	t71
S	keywords
R		(continue|ctypedef|except\?|include|finally|global|return|lambda|assert|except|print|nogil|while|fused|yield|break|raise|exec|else|elif|pass|with|gil|for|try|del|by|as|if)(?:(?<=[])(?![])|(?<![])(?=[]))	t15			1
R		(DEF|IF|ELIF|ELSE)(?![])	t84			1
S	fromimport
R		([]+)(c?import)(?![])	g(t98,t15)	o1		2
R		[\.A-Z_a-z][\.]*	t31
R				o1
S	nl
R		\n	t50
S	dqs
R		"	t50	o1
R		\\\\|\\"|\\\n	t59
I	strings
S	tsqs
R		'''	t50	o1
I	strings
I	nl
S	import
R		([]+)(as)([]+)	g(t98,t15,t98)			3
R		[A-Z_a-z][\.]*	t31
R		([]*)(,)([]*)	g(t98,t75,t98)			3
R				o1
S	name
R		@[]+	t26
R		[A-Z_a-z][]*	t22
S	cdef
R		(public|readonly|extern|api|inline)(?![])	t20			1
R		(struct|enum|union|class)(?![])	t15			1
R		([A-Z_a-z][]*)([]*)(?=[\#\(\:\=]|(?![^\n]))	g(t45,t98)	o1		2
R		([A-Z_a-z][]*)([]*)(,)	g(t45,t98,t78)			3
R		from(?![])	t15	o1
R		as(?![])	t15
R		:	t78	o1
R		(?=["'])	t98	o1
R		[A-Z_a-z][]*	t21
R		[^\n]	t98
S	classname
R		[A-Z_a-z][]*	t24	o1
S	sqs
R		'	t50	o1
R		\\\\|\\'|\\\n	t59
I	strings
S	tdqs
R		"""	t50	o1
I	strings
I	nl
S	builtins
R		(?<!\.)(staticmethod|classmethod|__import__|issubclass|isinstance|basestring|bytearray|raw_input|frozenset|enumerate|property|unsigned|reversed|callable|execfile|hasattr|compile|complex|delattr|setattr|unicode|globals|getattr|reload|divmod|xrange|unichr|filter|reduce|buffer|intern|coerce|sorted|locals|object|round|input|range|super|tuple|bytes|float|slice|apply|bool|long|exit|vars|file|next|type|iter|open|dict|repr|hash|list|eval|oct|map|zip|int|hex|set|sum|chr|cmp|any|str|pow|ord|dir|len|min|all|abs|max|bin|id)(?![])	t37			1
R		(?<!\.)(self|None|Ellipsis|NotImplemented|False|True|NULL)(?![])	t38			1
R		(?<!\.)(PendingDeprecationWarning|UnicodeTranslateError|NotImplementedError|FloatingPointError|DeprecationWarning|UnicodeDecodeError|UnicodeEncodeError|UnboundLocalError|KeyboardInterrupt|ZeroDivisionError|IndentationError|EnvironmentError|OverflowWarning|ArithmeticError|RuntimeWarning|UnicodeWarning|AttributeError|AssertionError|NotImplemented|ReferenceError|StopIteration|SyntaxWarning|OverflowError|GeneratorExit|FutureWarning|BaseException|ImportWarning|StandardError|RuntimeError|UnicodeError|LookupError|ImportError|SyntaxError|MemoryError|SystemError|UserWarning|SystemExit|ValueError|IndexError|NameError|TypeError|Exception|KeyError|EOFError|TabError|OSError|Warning|IOError)(?![])	t28			1
