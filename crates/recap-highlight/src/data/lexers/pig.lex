S	root
R		[]+	t98
R		--[^\n]*	t79
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
R		\\\n	t98
R		\\	t98
R	i	'(?:\\['\\bfnrt]|\\u[0-9a-f]{4}|[^\n\r'\\])*'	t50
I	keywords
I	types
I	builtins
I	punct
I	operators
R	i	[0-9]*\.[0-9]+(e[0-9]+)?[df]?	t69			1
R	i	0x[0-9a-f]+	t70
R	i	[0-9]+L?	t71
R		\n	t98
R	i	([_a-z][]*)([]*)(\()	g(t45,t98,t78)			3
R		[\#\(-\)\:]	t98
R		[^"-\#'-\)\:]+	t98
R		[[^]]+[]+	t98
S	keywords
R	i	(assert|and|any|all|arrange|as|asc|bag|by|cache|CASE|cat|cd|cp|%declare|%default|define|dense|desc|describe|distinct|du|dump|eval|exex|explain|filter|flatten|foreach|full|generate|group|help|if|illustrate|import|inner|input|into|is|join|kill|left|limit|load|ls|map|matches|mkdir|mv|not|null|onschema|or|order|outer|output|parallel|pig|pwd|quit|register|returns|right|rm|rmf|rollup|run|sample|set|ship|split|stderr|stdin|stdout|store|stream|through|union|using|void)(?![])	t15			1
S	builtins
R	i	(AVG|BinStorage|cogroup|CONCAT|copyFromLocal|copyToLocal|COUNT|cross|DIFF|MAX|MIN|PigDump|PigStorage|SIZE|SUM|TextLoader|TOKENIZE)(?![])	t37			1
S	types
R	i	(bytearray|BIGINTEGER|BIGDECIMAL|chararray|datetime|double|float|int|long|tuple)(?![])	t21			1
S	punct
R		[\(-\)\;\[\]\{\}]	t78
S	operators
R		[\#\%\+-\/\=\?]	t75
R	i	(eq|gt|lt|gte|lte|neq|matches)(?![])	t75			1
R		(==|<=|<|>=|>|!=)	t75			1
