S	space
R		[\t-\n\r ]+	t8000			0
S	paren
R		\)	t5000	o1		0
I	root
S	scope
R		\}:	t5000	o1		0
R		\}	t5000	o1		0
R		in(?!['\-0-9A-Z_a-z])	t1000	o1		0
R		\$\{	t3111	p(interpol)		0
I	root
R		(=|\?|,)	t4000			1
S	builtins
R		throw(?!['\-0-9A-Z_a-z])	t2006			0
R		(dependencyClosure|fetchTarball|filterSource|currentTime|removeAttrs|baseNameOf|derivation|toString|builtins|getAttr|hasAttr|getEnv|isNull|abort|dirOf|toXML|map)(?!['\-0-9A-Z_a-z])	t2100			1
S	literals
R		(false|true|null)(?!['\-0-9A-Z_a-z])	t2003			1
I	uri
I	path
I	int
I	float
S	keywords
R		import(?!['\-0-9A-Z_a-z])	t1003			0
R		(inherit|assert|with|then|else|rec|if)(?!['\-0-9A-Z_a-z])	t1000			1
S	list
R		\]	t5000	o1		0
I	root
S	operators
R		 [\-\/] 	t4000			0
R		(\.)(\$\{)	g(t4000,t3111)	p(interpol)		2
R		(\?)([]*)(\$\{)	g(t4000,t8000,t3111)	p(interpol)		3
R		(&&|>=|<=|\+\+|->|!=|=|\|\||\/\/|==|@|!|\+|\?|<|\.|>|\*)	t4000			1
R		[\:-\;]	t5000			0
S	comment
R		\*\/	t6002	o1		0
R		[^\n]|\n	t6002			0
S	interpol
R		\}	t3111	o1		0
I	root
S	path
R		[\+\--\.0-9A-Z_a-z]*(\/[\+\--\.0-9A-Z_a-z]+)+	t3114			1
R		~(\/[\+\--\.0-9A-Z_a-z]+)+\/?	t3114			1
R		<[\+\--\.0-9A-Z_a-z]+(\/[\+\--\.0-9A-Z_a-z]+)*>	t3114			1
S	float
R		-?(([1-9][0-9]*\.[0-9]*)|(0?\.[0-9]+))([Ee][\+\-]?[0-9]+)?(?!['\-0-9A-Z_a-z])	t3202			4
S	root
I	keywords
I	builtins
I	literals
I	operators
R		#[^\n]*(?![^\n])	t6003			0
R		\/\*	t6002	p(comment)		0
R		\(	t5000	p(paren)		0
R		\[	t5000	p(list)		0
R		"	t3108	p(qstring)		0
R		''	t3115	p(istring)		0
R		\{	t5000	p(scope)		0
R		let(?!['\-0-9A-Z_a-z])	t1000	p(scope)		0
I	id
I	space
S	int
R		-?[0-9]+(?!['\-0-9A-Z_a-z])	t3204			0
S	uri
R		[A-Za-z][\+\--\.0-9A-Za-z]*:[\!\$-'\*-\:\=\?-Z_a-z\~]+	t3107			0
S	qstring
R		"	t3108	o1		0
R		\$\{	t3111	p(interpol)		0
R		\\[^\n]	t3109			0
R		[^\n]|\n	t3108			0
S	istring
R		''\$	t3109			0
R		'''	t3109			0
R		''\\[^\n]	t3109			0
R		''	t3115	o1		0
R		\$\{	t3111	p(interpol)		0
R		\$[^\n]	t3115			0
R		[^\n]|\n	t3115			0
S	id
R		[A-Z_a-z]['\-0-9A-Z_a-z]*	t2000			0
