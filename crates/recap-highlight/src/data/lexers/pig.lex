S	root
R		[]+	t8000			0
R		--[^\n]*	t6000			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
R		\\\n	t8000			0
R		\\	t8000			0
R	i	'(?:\\['\\bfnrt]|\\u[0-9a-f]{4}|[^\n\r'\\])*'	t3100			0
I	keywords
I	types
I	builtins
I	punct
I	operators
R	i	[0-9]*\.[0-9]+(e[0-9]+)?[df]?	t3202			1
R	i	0x[0-9a-f]+	t3203			0
R	i	[0-9]+L?	t3204			0
R		\n	t8000			0
R	i	([_a-z][]*)([]*)(\()	g(t2300,t8000,t5000)			3
R		[\#\(-\)\:]	t8000			0
R		[^"-\#'-\)\:]+	t8000			0
R		[[^]]+[]+	t8000			0
S	keywords
R	i	(assert|and|any|all|arrange|as|asc|bag|by|cache|CASE|cat|cd|cp|%declare|%default|define|dense|desc|describe|distinct|du|dump|eval|exex|explain|filter|flatten|foreach|full|generate|group|help|if|illustrate|import|inner|input|into|is|join|kill|left|limit|load|ls|map|matches|mkdir|mv|not|null|onschema|or|order|outer|output|parallel|pig|pwd|quit|register|returns|right|rm|rmf|rollup|run|sample|set|ship|split|stderr|stdin|stdout|store|stream|through|union|using|void)(?![])	t1000			1
S	builtins
R	i	(AVG|BinStorage|cogroup|CONCAT|copyFromLocal|copyToLocal|COUNT|cross|DIFF|MAX|MIN|PigDump|PigStorage|SIZE|SUM|TextLoader|TOKENIZE)(?![])	t2100			1
S	types
R	i	(bytearray|BIGINTEGER|BIGDECIMAL|chararray|datetime|double|float|int|long|tuple)(?![])	t1006			1
S	punct
R		[\(-\)\;\[\]\{\}]	t5000			0
S	operators
R		[\#\%\+-\/\=\?]	t4000			0
R	i	(eq|gt|lt|gte|lte|neq|matches)(?![])	t4000			1
R		(==|<=|<|>=|>|!=)	t4000			1
