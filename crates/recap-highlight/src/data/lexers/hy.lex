S	root
R		;[^\n]*(?![^\n])	t6003			0
R		[\,]+	t8000			0
R		-?[\p{Nd}]+\.[\p{Nd}]+	t3202			0
R		-?[\p{Nd}]+	t3204			0
R		0[0-7]+j?	t3206			0
R		0[Xx][0-9A-Fa-f]+	t3203			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
R		'(?!#)[\!\#-\%\*-\+\--\/\<-\?]+	t3116			0
R		\\([^\n]|[a-z]+)	t3105			1
R		(?<![^\n])([]*)([RUru]\{,2\}"""(?:[^\n]|\n)*?""")	g(t8000,t3107)			2
R		(?<![^\n])([]*)([RUru]\{,2\}'''(?:[^\n]|\n)*?''')	g(t8000,t3107)			2
R		::?(?!#)[\!\#-\%\*-\+\--\/\<-\?]+	t3116			0
R		~@|[\#\&-'\@\^\`\~]	t4000			0
I	py-keywords
I	py-builtins
R		(eval-when-compile|eval-and-compile|with-decorator|unquote-splice|quasiquote|list_comp|unquote|foreach|kwapply|import|not-in|unless|is-not|quote|progn|slice|assoc|first|while|when|rest|cond|<<=|->>|for|get|>>=|let|cdr|car|is|->|do|in|\||~|,) 	t1000			1
R		(defmacro|defclass|lambda|defun|defn|setv|def|fn) 	t1002			1
R		(repeatedly|take_while|iterator\?|iterable\?|instance\?|distinct|take_nth|numeric\?|iterate|filter|repeat|remove|even\?|none\?|cycle|zero\?|odd\?|pos\?|neg\?|take|drop|inc|dec|nth) 	t2100			1
R		(?<=\()(?!#)[\!\#-\%\*-\+\--\/\<-\?]+	t2300			0
R		(?!#)[\!\#-\%\*-\+\--\/\<-\?]+	t2200			0
R		(\[|\])	t5000			1
R		(\{|\})	t5000			1
R		(\(|\))	t5000			1
S	py-keywords
R		(yield from|continue|finally|lambda|assert|global|except|return|print|yield|while|break|raise|elif|pass|exec|else|with|try|for|del|as|if)(?![])	t1000			1
S	py-builtins
R		(?<!\.)(staticmethod|classmethod|__import__|isinstance|basestring|issubclass|frozenset|raw_input|bytearray|enumerate|property|callable|reversed|execfile|hasattr|setattr|compile|complex|delattr|unicode|globals|getattr|unichr|reduce|xrange|buffer|intern|filter|locals|divmod|coerce|sorted|reload|object|slice|round|float|super|input|bytes|apply|tuple|range|iter|dict|long|type|hash|vars|next|file|exit|open|repr|eval|bool|list|bin|pow|zip|ord|oct|min|set|any|max|map|all|len|sum|int|dir|hex|chr|abs|cmp|str|id)(?![])	t2100			1
R		(?<!\.)(self|None|Ellipsis|NotImplemented|False|True|cls)(?![])	t2101			1
R		(?<!\.)(PendingDeprecationWarning|UnicodeTranslateError|NotImplementedError|UnicodeEncodeError|UnicodeDecodeError|DeprecationWarning|FloatingPointError|UnboundLocalError|KeyboardInterrupt|ZeroDivisionError|EnvironmentError|IndentationError|ArithmeticError|OverflowWarning|ReferenceError|RuntimeWarning|AttributeError|AssertionError|NotImplemented|UnicodeWarning|FutureWarning|BaseException|StopIteration|SyntaxWarning|OverflowError|StandardError|ImportWarning|GeneratorExit|RuntimeError|WindowsError|UnicodeError|LookupError|SyntaxError|SystemError|ImportError|MemoryError|UserWarning|ValueError|IndexError|SystemExit|Exception|TypeError|NameError|EOFError|VMSError|KeyError|TabError|IOError|OSError|Warning)(?![])	t2006			1
