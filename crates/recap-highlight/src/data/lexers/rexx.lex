S	keyword
R	i	(address|arg|by|call|do|drop|else|end|exit|for|forever|if|interpret|iterate|leave|nop|numeric|off|on|options|parse|pull|push|queue|return|say|select|signal|to|then|trace|until|while)(?![])	t1005			1
S	operator
R		(-|\/\/|\/|\(|\)|\*\*|\*|\\<<|\\<|\\==|\\=|\\>>|\\>|\\|\|\||\||&&|&|%|\+|<<=|<<|<=|<>|<|==|=|><|>=|>>=|>>|>|\u00AC<<|\u00AC<|\u00AC==|\u00AC=|\u00AC>>|\u00AC>|\u00AC|\.|,)	t4000			1
S	string_double
R		[^\n"]+	t3100			0
R		""	t3100			0
R		"	t3100	o1		0
R		\n	t8000	o1		0
S	string_single
R		[^\n']	t3100			0
R		''	t3100			0
R		'	t3100	o1		0
R		\n	t8000	o1		0
S	comment
R		[^\*]+	t6002			0
R		\*\/	t6002	o1		0
R		\*	t6002			0
S	root
R		[]	t8001			0
R		\/\*	t6002	p(comment)		0
R		"	t3100	p(string_double)		0
R		'	t3100	p(string_single)		0
R	i	[0-9]+(\.[0-9]+)?(e[\+\-]?[0-9])?	t3200			2
R	i	([_a-z][]*)([]*)(:)([]*)(procedure)(?![])	g(t2300,t8001,t4000,t8001,t1002)			5
R	i	([_a-z][]*)([]*)(:)	g(t2008,t8001,t4000)			3
I	function
I	keyword
I	operator
R	i	[_a-z][]*	t8000			0
S	function
R	i	(sourceline|wordlength|errortext|translate|wordindex|condition|datatype|subword|lineout|lastpos|delword|address|charout|wordpos|compare|overlay|reverse|symbol|stream|charin|center|delstr|verify|digits|abbrev|bitxor|format|random|insert|bitand|queued|length|linein|substr|copies|xrange|space|words|lines|bitor|trunc|strip|right|value|chars|trace|sign|form|fuzz|word|left|time|date|c2d|d2c|d2x|c2x|pos|b2x|arg|abs|min|x2b|x2c|x2d|max)([]*)(\()	g(t2100,t8001,t4000)			3
