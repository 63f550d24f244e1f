S	root
R		(--[\u0000-\u{10FFFF}]*?)(\n)	g(t82,t99)			2
R		(and|distinct|endif|else|for|foreach|if|implies|in|let|not|or|self|super|then|thisModule|xor)(?![])	t15			1
R		(OclUndefined|true|false|#[]+)(?![])	t16			1
R		(module|query|library|create|from|to|uses)(?![])	t18			1
R		(do)([]*)(\{)	g(t18,t99,t78)			3
R		(abstract|endpoint|entrypoint|lazy|unique)([]+)	g(t17,t99)			2
R		(rule)([]+)	g(t18,t99)			2
R		(helper)([]+)	g(t18,t99)			2
R		(context)([]+)	g(t18,t99)			2
R		(def)([]*)(:)([]*)	g(t18,t99,t78,t99)			4
R		(Bag|Boolean|Integer|OrderedSet|Real|Sequence|Set|String|Tuple)	t21			1
R		([]+)([]*)(<-|<:=)	g(t31,t99,t78)			3
R		#"	t16	p(quotedenumliteral)
R		"	t31	p(quotedname)
R		[^\n[^]]+	t99
R		'	t50	p(string)
R		[0-9]*\.[0-9]+	t69
R		0|[1-9][0-9]*	t71
R		[\*-\+\-\/\<-\>]	t75
R		([\!\(-\)\,\.\:-\;\{-\}]|->)	t78			1
R		\n	t99
R		[]+	t31
S	string
R		[^'\\]+	t50
R		\\\\	t50
R		\\'	t50
R		\\	t50
R		'	t50	o1
S	quotedname
R		[^"\\]+	t31
R		\\\\	t31
R		\\"	t31
R		\\	t31
R		"	t31	o1
S	quotedenumliteral
R		[^"\\]+	t16
R		\\\\	t16
R		\\"	t16
R		\\	t16
R		"	t16	o1
