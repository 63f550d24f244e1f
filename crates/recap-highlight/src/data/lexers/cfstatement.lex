S	root
R		\/\/[^\n]*?\n	t82
R		\/\*(?:[^\n]|\n)*?\*\/	t81
R		\+\+|--	t75
R		[\!\&\*-\+\-\/\=\^]	t75
R		<=|>=|<|>|==	t75
R	i	mod(?![])	t75
R	i	(eq|lt|gt|lte|gte|not|is|and|or)(?![])	t75			1
R		\|\||&&	t75
R		\?	t75
R		"	t58	p(string)
R		'[^\n]*?'	t65
R		[\p{Nd}]+	t67
R	i	(if|else|len|var|xml|default|break|switch|component|property|function|do|try|catch|in|continue|for|return|while|required|any|array|binary|boolean|component|date|guid|numeric|query|string|struct|uuid|case)(?![])	t15			1
R	i	(true|false|null)(?![])	t16			1
R	i	(application|session|client|cookie|super|this|variables|arguments)(?![])	t25			1
R	i	([\$_a-z][\.]*)([]*)(\()	g(t45,t98,t78)			3
R	i	[\$_a-z][\.]*	t39
R		[\(-\)\,\.\:-\;\[-\]\{\}]	t78
R		[]+	t98
S	string
R		""	t58
R		#[^\n]+?#	t61
R		[^"-\#]+	t58
R		#	t58
R		"	t58	o1
