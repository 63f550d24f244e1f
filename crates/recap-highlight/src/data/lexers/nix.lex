S	space
R		[\t-\n\r ]+	t98
S	paren
R		\)	t78	o1
I	root
S	scope
R		\}:	t78	o1
R		\}	t78	o1
R		in(?!['\-0-9A-Z_a-z])	t15	o1
R		\$\{	t61	p(interpol)
I	root
R		(=|\?|,)	t75			1
S	builtins
R		throw(?!['\-0-9A-Z_a-z])	t28
R		(dependencyClosure|fetchTarball|filterSource|currentTime|removeAttrs|baseNameOf|derivation|toString|builtins|getAttr|hasAttr|getEnv|isNull|abort|dirOf|toXML|map)(?!['\-0-9A-Z_a-z])	t37			1
S	literals
R		(false|true|null)(?!['\-0-9A-Z_a-z])	t25			1
I	uri
I	path
I	int
I	float
S	keywords
R		import(?!['\-0-9A-Z_a-z])	t18
R		(inherit|assert|with|then|else|rec|if)(?!['\-0-9A-Z_a-z])	t15			1
S	list
R		\]	t78	o1
I	root
S	operators
R		 [\-\/] 	t75
R		(\.)(\$\{)	g(t75,t61)	p(interpol)		2
R		(\?)([]*)(\$\{)	g(t75,t98,t61)	p(interpol)		3
R		(&&|>=|<=|\+\+|->|!=|=|\|\||\/\/|==|@|!|\+|\?|<|\.|>|\*)	t75			1
R		[\:-\;]	t78
S	comment
R		\*\/	t81	o1
R		[^\n]|\n	t81
S	interpol
R		\}	t61	o1
I	root
S	path
R		[\+\--\.0-9A-Z_a-z]*(\/[\+\--\.0-9A-Z_a-z]+)+	t64			1
R		~(\/[\+\--\.0-9A-Z_a-z]+)+\/?	t64			1
R		<[\+\--\.0-9A-Z_a-z]+(\/[\+\--\.0-9A-Z_a-z]+)*>	t64			1
S	float
R		-?(([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][\+\-]?[0-9]+)?(?!['\-0-9A-Z_a-z])	t69			4
S	root
I	keywords
I	builtins
I	literals
I	operators
R		#[^\n]*(?![^\n])	t82
R		\/\*	t81	p(comment)
R		\(	t78	p(paren)
R		\[	t78	p(list)
R		"	t58	p(qstring)
R		''	t65	p(istring)
R		\{	t78	p(scope)
R		let(?!['\-0-9A-Z_a-z])	t15	p(scope)
I	id
I	space
S	int
R		-?[0-9]+(?!['\-0-9A-Z_a-z])	t71
S	uri
R		[A-Za-z][\+\--\.0-9A-Za-z]*:[\!\$-'\*-\:\=\?-Z_a-z\~]+	t57
S	qstring
R		"	t58	o1
R		\$\{	t61	p(interpol)
R		\\[^\n]	t59
R		[^\n]|\n	t58
S	istring
R		''\$	t59
R		'''	t59
R		''\\[^\n]	t59
R		''	t65	o1
R		\$\{	t61	p(interpol)
R		\$[^\n]	t65
R		[^\n]|\n	t65
S	id
R		[A-Z_a-z]['\-0-9A-Z_a-z]*	t22
