S	root
R		(--[\u0000-\u{10FFFF}]*?)(\n)	g(t6003,t8001)			2	--	
R		(and|distinct|endif|else|for|foreach|if|implies|in|let|not|or|self|super|then|thisModule|xor)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	aadfiillnostxx	
R		(OclUndefined|true|false|#[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1001			1	##OOfftt	
R		(module|query|library|create|from|to|uses)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1003			1	ccfflmqqtu	
R		(do)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)(\{)	g(t1003,t8001,t5000)			3	dd	
R		(abstract|endpoint|entrypoint|lazy|unique)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1002,t8001)			2	aaeelluu	
R		(rule)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1003,t8001)			2	rr	
R		(helper)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1003,t8001)			2	hh	
R		(context)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1003,t8001)			2	cc	
R		(def)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)(:)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)	g(t1003,t8001,t5000,t8001)			4	dd	
R		(Bag|Boolean|Integer|OrderedSet|Real|Sequence|Set|String|Tuple)	t1006			1	BBIIOORT	
R		([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)(<-|<:=)	g(t2009,t8001,t5000)			3	09AZ__az+	09AZ__az
R		#"	t1001	p(quotedenumliteral)		0	##	
R		"	t2009	p(quotedname)		0	""	
R		[^\n[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]]+	t8001			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		'	t3100	p(string)		0	''	
R		[0-9]*\.[0-9]+	t3202			0	..09	09
R		0|[1-9][0-9]*	t3204			0	09	
R		[\*-\+\-\/\<-\>]	t4000			0	*+--//<>	
R		([\!\(-\)\,\.\:-\;\{-\}]|->)	t5000			1	!!(),.:;{}	
R		\n	t8001			0	\x0A\x0A	
R		[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+	t2009			0	09AZ__az+	09AZ__az
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
