S	root
R		\/\/[^\n]*?\n	t6003			0
R		\/\*(?:[^\n]|\n)*?\*\/	t6002			0
R		\+\+|--	t4000			0
R		[\!\&\*-\+\-\/\=\^]	t4000			0
R		<=|>=|<|>|==	t4000			0
R	i	mod(?![])	t4000			0
R	i	(eq|lt|gt|lte|gte|not|is|and|or)(?![])	t4000			1
R		\|\||&&	t4000			0
R		\?	t4000			0
R		"	t3108	p(string)		0
R		'[^\n]*?'	t3115			0
R		[\p{Nd}]+	t3200			0
R	i	(if|else|len|var|xml|default|break|switch|component|property|function|do|try|catch|in|continue|for|return|while|required|any|array|binary|boolean|component|date|guid|numeric|query|string|struct|uuid|case)(?![])	t1000			1
R	i	(true|false|null)(?![])	t1001			1
R	i	(application|session|client|cookie|super|this|variables|arguments)(?![])	t2003			1
R	i	([\$_a-z][\.]*)([]*)(\()	g(t2300,t8000,t5000)			3
R	i	[\$_a-z][\.]*	t2200			0
R		[\(-\)\,\.\:-\;\[-\]\{\}]	t5000			0
R		[]+	t8000			0
S	string
R		""	t3108			0
R		#[^\n]+?#	t3111			0
R		[^"-\#]+	t3108			0
R		#	t3108			0
R		"	t3108	o1		0
