S	keyword
R	i	(address|arg|by|call|do|drop|else|end|exit|for|forever|if|interpret|iterate|leave|nop|numeric|off|on|options|parse|pull|push|queue|return|say|select|signal|to|then|trace|until|while)(?![])	t20			1
S	operator
R		(-|\/\/|\/|\(|\)|\*\*|\*|\\<<|\\<|\\==|\\=|\\>>|\\>|\\|\|\||\||&&|&|%|\+|<<=|<<|<=|<>|<|==|=|><|>=|>>=|>>|>|\u00AC<<|\u00AC<|\u00AC==|\u00AC=|\u00AC>>|\u00AC>|\u00AC|\.|,)	t75			1
S	string_double
R		[^\n"]+	t50
R		""	t50
R		"	t50	o1
R		\n	t98	o1
S	string_single
R		[^\n']	t50
R		''	t50
R		'	t50	o1
R		\n	t98	o1
S	comment
R		[^\*]+	t81
R		\*\/	t81	o1
R		\*	t81
S	root
R		[]	t99
R		\/\*	t81	p(comment)
R		"	t50	p(string_double)
R		'	t50	p(string_single)
R	i	[0-9]+(\.[0-9]+)?(e[\+\-]?[0-9])?	t67			2
R	i	([_a-z][]*)([]*)(:)([]*)(procedure)(?![])	g(t45,t99,t75,t99,t17)			5
R	i	([_a-z][]*)([]*)(:)	g(t30,t99,t75)			3
I	function
I	keyword
I	operator
R	i	[_a-z][]*	t98
S	function
R	i	(sourceline|wordlength|errortext|translate|wordindex|condition|datatype|subword|lineout|lastpos|delword|address|charout|wordpos|compare|overlay|reverse|symbol|stream|charin|center|delstr|verify|digits|abbrev|bitxor|format|random|insert|bitand|queued|length|linein|substr|copies|xrange|space|words|lines|bitor|trunc|strip|right|value|chars|trace|sign|form|fuzz|word|left|time|date|c2d|d2c|d2x|c2x|pos|b2x|arg|abs|min|x2b|x2c|x2d|max)([]*)(\()	g(t37,t99,t75)			3
