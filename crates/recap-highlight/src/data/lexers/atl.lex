S	root
R		(--[\u0000-\u{10FFFF}]*?)(\n)	g(t6003,t8001)			2
R		(and|distinct|endif|else|for|foreach|if|implies|in|let|not|or|self|super|then|thisModule|xor)(?![])	t1000			1
R		(OclUndefined|true|false|#[]+)(?![])	t1001			1
R		(module|query|library|create|from|to|uses)(?![])	t1003			1
R		(do)([]*)(\{)	g(t1003,t8001,t5000)			3
R		(abstract|endpoint|entrypoint|lazy|unique)([]+)	g(t1002,t8001)			2
R		(rule)([]+)	g(t1003,t8001)			2
R		(helper)([]+)	g(t1003,t8001)			2
R		(context)([]+)	g(t1003,t8001)			2
R		(def)([]*)(:)([]*)	g(t1003,t8001,t5000,t8001)			4
R		(Bag|Boolean|Integer|OrderedSet|Real|Sequence|Set|String|Tuple)	t1006			1
R		([]+)([]*)(<-|<:=)	g(t2009,t8001,t5000)			3
R		#"	t1001	p(quotedenumliteral)		0
R		"	t2009	p(quotedname)		0
R		[^\n[^]]+	t8001			0
R		'	t3100	p(string)		0
R		[0-9]*\.[0-9]+	t3202			0
R		0|[1-9][0-9]*	t3204			0
R		[\*-\+\-\/\<-\>]	t4000			0
R		([\!\(-\)\,\.\:-\;\{-\}]|->)	t5000			1
R		\n	t8001			0
R		[]+	t2009			0
S	string
R		[^'\\]+	t3100			0
R		\\\\	t3100			0
R		\\'	t3100			0
R		\\	t3100			0
R		'	t3100	o1		0
S	quotedname
R		[^"\\]+	t2009			0
R		\\\\	t2009			0
R		\\"	t2009			0
R		\\	t2009			0
R		"	t2009	o1		0
S	quotedenumliteral
R		[^"\\]+	t1001			0
R		\\\\	t1001			0
R		\\"	t1001			0
R		\\	t1001			0
R		"	t1001	o1		0
