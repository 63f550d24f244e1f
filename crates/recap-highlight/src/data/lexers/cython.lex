S	funcname
R		[A-Z_a-z][]*	t2300	o1		0
S	root
R		\n	t8000			0
R		(?<![^\n])([]*)("""(?:[^\n]|\n)*?""")	g(t8000,t3107)			2
R		(?<![^\n])([]*)('''(?:[^\n]|\n)*?''')	g(t8000,t3107)			2
R		[^\n[^]]+	t8000			0
R		#[^\n]*(?![^\n])	t6000			0
R		[\(-\)\,\:-\;\[\]\{\}]	t5000			0
R		\\\n	t8000			0
R		\\	t8000			0
R		(in|is|and|or|not)(?![])	t4001			1
R		(<)([\.0-9\?A-Za-z]+)(>)	g(t5000,t1006,t5000)			3
R		!=|==|<<|>>|[\%-\&\*-\+\--\/\<-\?\^\|\~]	t4000			0
R		(from)([\p{Nd}]+)(<=)([]+)(<)([\p{Nd}]+)(:)	g(t1000,t3204,t4000,t2000,t4000,t2000,t5000)			7
I	keywords
R		(def|property)([]+)	g(t1000,t8000)	p(funcname)		2
R		(cp?def)([]+)	g(t1000,t8000)	p(cdef)		2
R		(cdef)(:)	g(t1000,t5000)			2
R		(class|struct)([]+)	g(t1000,t8000)	p(classname)		2
R		(from)([]+)	g(t1000,t8000)	p(fromimport)		2
R		(c?import)([]+)	g(t1000,t8000)	p(import)		2
I	builtins
I	backtick
R		(?:[Rr]|[Uu][Rr]|[Rr][Uu])"""	t3100	p(tdqs)		0
R		(?:[Rr]|[Uu][Rr]|[Rr][Uu])'''	t3100	p(tsqs)		0
R		(?:[Rr]|[Uu][Rr]|[Rr][Uu])"	t3100	p(dqs)		0
R		(?:[Rr]|[Uu][Rr]|[Rr][Uu])'	t3100	p(sqs)		0
R		[Uu]?"""	t3100	c(stringescape,tdqs)		0
R		[Uu]?'''	t3100	c(stringescape,tsqs)		0
R		[Uu]?"	t3100	c(stringescape,dqs)		0
R		[Uu]?'	t3100	c(stringescape,sqs)		0
I	name
I	numbers
S	stringescape
R		\\(["'\\a-bfnrtv]|\n|N\{[^\n]*?\}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|x[0-9A-Fa-f]{2}|[0-7]{1,3})	t3109			1
S	strings
R		%(\([0-9A-Za-z]+\))?[ \#\+\-0]*([0-9]+|[\*])?(\.([0-9]+|[\*]))?[Lhl]?[\%E-GXc-gior-sux]	t3111			4
R		[^\n"\%'\\]+	t3100			0
R		["'\\]	t3100			0
R		%	t3100			0
S	backtick
R		`[^\n]*?`	t3103			0
S	numbers
R		([\p{Nd}]+\.?[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)([Ee][\+\-]?[0-9]+)?	t3202			2
R		0[\p{Nd}]+	t3206			0
R		0[Xx][0-9A-Fa-f]+	t3203			0
R		[\p{Nd}]+L	t3205			0
R		[\p{Nd}]+	t3204			0
S	keywords
R		(continue|ctypedef|except\?|include|finally|global|return|lambda|assert|except|print|nogil|while|fused|yield|break|raise|exec|else|elif|pass|with|gil|for|try|del|by|as|if)(?:(?<=[])(?![])|(?<![])(?=[]))	t1000			1
R		(DEF|IF|ELIF|ELSE)(?![])	t6100			1
S	fromimport
R		([]+)(c?import)(?![])	g(t8000,t1000)	o1		2
R		[\.A-Z_a-z][\.]*	t2009			0
R				o1		0
S	nl
R		\n	t3100			0
S	dqs
R		"	t3100	o1		0
R		\\\\|\\"|\\\n	t3109			0
I	strings
S	tsqs
R		'''	t3100	o1		0
I	strings
I	nl
S	import
R		([]+)(as)([]+)	g(t8000,t1000,t8000)			3
R		[A-Z_a-z][\.]*	t2009			0
R		([]*)(,)([]*)	g(t8000,t4000,t8000)			3
R				o1		0
S	name
R		@[]+	t2004			0
R		[A-Z_a-z][]*	t2000			0
S	cdef
R		(public|readonly|extern|api|inline)(?![])	t1005			1
R		(struct|enum|union|class)(?![])	t1000			1
R		([A-Z_a-z][]*)([]*)(?=[\#\(\:\=]|(?![^\n]))	g(t2300,t8000)	o1		2
R		([A-Z_a-z][]*)([]*)(,)	g(t2300,t8000,t5000)			3
R		from(?![])	t1000	o1		0
R		as(?![])	t1000			0
R		:	t5000	o1		0
R		(?=["'])	t8000	o1		0
R		[A-Z_a-z][]*	t1006			0
R		[^\n]	t8000			0
S	classname
R		[A-Z_a-z][]*	t2002	o1		0
S	sqs
R		'	t3100	o1		0
R		\\\\|\\'|\\\n	t3109			0
I	strings
S	tdqs
R		"""	t3100	o1		0
I	strings
I	nl
S	builtins
R		(?<!\.)(staticmethod|classmethod|__import__|issubclass|isinstance|basestring|bytearray|raw_input|frozenset|enumerate|property|unsigned|reversed|callable|execfile|hasattr|compile|complex|delattr|setattr|unicode|globals|getattr|reload|divmod|xrange|unichr|filter|reduce|buffer|intern|coerce|sorted|locals|object|round|input|range|super|tuple|bytes|float|slice|apply|bool|long|exit|vars|file|next|type|iter|open|dict|repr|hash|list|eval|oct|map|zip|int|hex|set|sum|chr|cmp|any|str|pow|ord|dir|len|min|all|abs|max|bin|id)(?![])	t2100			1
R		(?<!\.)(self|None|Ellipsis|NotImplemented|False|True|NULL)(?![])	t2101			1
R		(?<!\.)(PendingDeprecationWarning|UnicodeTranslateError|NotImplementedError|FloatingPointError|DeprecationWarning|UnicodeDecodeError|UnicodeEncodeError|UnboundLocalError|KeyboardInterrupt|ZeroDivisionError|IndentationError|EnvironmentError|OverflowWarning|ArithmeticError|RuntimeWarning|UnicodeWarning|AttributeError|AssertionError|NotImplemented|ReferenceError|StopIteration|SyntaxWarning|OverflowError|GeneratorExit|FutureWarning|BaseException|ImportWarning|StandardError|RuntimeError|UnicodeError|LookupError|ImportError|SyntaxError|MemoryError|SystemError|UserWarning|SystemExit|ValueError|IndexError|NameError|TypeError|Exception|KeyError|EOFError|TabError|OSError|Warning|IOError)(?![])	t2006			1
