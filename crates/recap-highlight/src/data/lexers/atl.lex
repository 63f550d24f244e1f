S	root
R		(--[\u0000-\u{10FFFF}]*?)(\n)	g(t6003,t8001)			2	--	
R		(and|distinct|endif|else|for|foreach|if|implies|in|let|not|or|self|super|then|thisModule|xor)(?![])	t1000			1	aadfiillnostxx	
R		(OclUndefined|true|false|#[]+)(?![])	t1001			1	##OOfftt	
R		(module|query|library|create|from|to|uses)(?![])	t1003			1	ccfflmqqtu	
R		(do)([]*)(\{)	g(t1003,t8001,t5000)			3	dd	
R		(abstract|endpoint|entrypoint|lazy|unique)([]+)	g(t1002,t8001)			2	aaeelluu	
R		(rule)([]+)	g(t1003,t8001)			2	rr	
R		(helper)([]+)	g(t1003,t8001)			2	hh	
R		(context)([]+)	g(t1003,t8001)			2	cc	
R		(def)([]*)(:)([]*)	g(t1003,t8001,t5000,t8001)			4	dd	
R		(Bag|Boolean|Integer|OrderedSet|Real|Sequence|Set|String|Tuple)	t1006			1	BBIIOORT	
R		([]+)([]*)(<-|<:=)	g(t2009,t8001,t5000)			3	09AZ__az+	09AZ__az
R		#"	t1001	p(quotedenumliteral)		0	##	
R		"	t2009	p(quotedname)		0	""	
R		[^\n[^]]+	t8001			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		'	t3100	p(string)		0	''	
R		[0-9]*\.[0-9]+	t3202			0	..09	09
R		0|[1-9][0-9]*	t3204			0	09	
R		[\*-\+\-\/\<-\>]	t4000			0	*+--//<>	
R		([\!\(-\)\,\.\:-\;\{-\}]|->)	t5000			1	!!(),.:;{}	
R		\n	t8001			0	\x0A\x0A	
R		[]+	t2009			0	09AZ__az+	09AZ__az
S	string
R		[^'\\]+	t3100			0	\x00&([]\x7F+	\x00&([]\x7F
R		\\\\	t3100			0	\x5C\x5C	
R		\\'	t3100			0	\x5C\x5C	
R		\\	t3100			0	\x5C\x5C	
R		'	t3100	o1		0	''	
S	quotedname
R		[^"\\]+	t2009			0	\x00!#[]\x7F+	\x00!#[]\x7F
R		\\\\	t2009			0	\x5C\x5C	
R		\\"	t2009			0	\x5C\x5C	
R		\\	t2009			0	\x5C\x5C	
R		"	t2009	o1		0	""	
S	quotedenumliteral
R		[^"\\]+	t1001			0	\x00!#[]\x7F+	\x00!#[]\x7F
R		\\\\	t1001			0	\x5C\x5C	
R		\\"	t1001			0	\x5C\x5C	
R		\\	t1001			0	\x5C\x5C	
R		"	t1001	o1		0	""	
