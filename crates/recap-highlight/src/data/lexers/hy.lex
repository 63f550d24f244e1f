S	root
R		;[^\n]*(?![^\n])	t82
R		[\,]+	t98
R		-?[\p{Nd}]+\.[\p{Nd}]+	t69
R		-?[\p{Nd}]+	t71
R		0[0-7]+j?	t73
R		0[Xx][0-9A-Fa-f]+	t70
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		'(?!#)[\!\#-\%\*-\+\--\/\<-\?]+	t66
R		\\([^\n]|[a-z]+)	t55			1
R		(?<![^\n])([]*)([RUru]\{,2\}"""(?:[^\n]|\n)*?""")	g(t98,t57)			2
R		(?<![^\n])([]*)([RUru]\{,2\}'''(?:[^\n]|\n)*?''')	g(t98,t57)			2
R		::?(?!#)[\!\#-\%\*-\+\--\/\<-\?]+	t66
R		~@|[\#\&-'\@\^\`\~]	t75
I	py-keywords
I	py-builtins
R		(eval-when-compile|eval-and-compile|with-decorator|unquote-splice|quasiquote|list_comp|unquote|foreach|kwapply|import|not-in|unless|is-not|quote|progn|slice|assoc|first|while|when|rest|cond|<<=|->>|for|get|>>=|let|cdr|car|is|->|do|in|\||~|,) 	t15			1
R		(defmacro|defclass|lambda|defun|defn|setv|def|fn) 	t17			1
R		(repeatedly|take_while|iterator\?|iterable\?|instance\?|distinct|take_nth|numeric\?|iterate|filter|repeat|remove|even\?|none\?|cycle|zero\?|odd\?|pos\?|neg\?|take|drop|inc|dec|nth) 	t37			1
R		(?<=\()(?!#)[\!\#-\%\*-\+\--\/\<-\?]+	t45
R		(?!#)[\!\#-\%\*-\+\--\/\<-\?]+	t39
R		(\[|\])	t78			1
R		(\{|\})	t78			1
R		(\(|\))	t78			1
S	py-keywords
R		(yield from|continue|finally|lambda|assert|global|except|return|print|yield|while|break|raise|elif|pass|exec|else|with|try|for|del|as|if)(?![])	t15			1
S	py-builtins
R		(?<!\.)(staticmethod|classmethod|__import__|isinstance|basestring|issubclass|frozenset|raw_input|bytearray|enumerate|property|callable|reversed|execfile|hasattr|setattr|compile|complex|delattr|unicode|globals|getattr|unichr|reduce|xrange|buffer|intern|filter|locals|divmod|coerce|sorted|reload|object|slice|round|float|super|input|bytes|apply|tuple|range|iter|dict|long|type|hash|vars|next|file|exit|open|repr|eval|bool|list|bin|pow|zip|ord|oct|min|set|any|max|map|all|len|sum|int|dir|hex|chr|abs|cmp|str|id)(?![])	t37			1
R		(?<!\.)(self|None|Ellipsis|NotImplemented|False|True|cls)(?![])	t38			1
R		(?<!\.)(PendingDeprecationWarning|UnicodeTranslateError|NotImplementedError|UnicodeEncodeError|UnicodeDecodeError|DeprecationWarning|FloatingPointError|UnboundLocalError|KeyboardInterrupt|ZeroDivisionError|EnvironmentError|IndentationError|ArithmeticError|OverflowWarning|ReferenceError|RuntimeWarning|AttributeError|AssertionError|NotImplemented|UnicodeWarning|FutureWarning|BaseException|StopIteration|SyntaxWarning|OverflowError|StandardError|ImportWarning|GeneratorExit|RuntimeError|WindowsError|UnicodeError|LookupError|SyntaxError|SystemError|ImportError|MemoryError|UserWarning|ValueError|IndexError|SystemExit|Exception|TypeError|NameError|EOFError|VMSError|KeyError|TabError|IOError|OSError|Warning)(?![])	t28			1
