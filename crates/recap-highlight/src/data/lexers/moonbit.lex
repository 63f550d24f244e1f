S	root
R		#[^\n]*(?![^\n])	t6100			0	##	
R		\/\/[^\n]*(?![^\n])	t6003			0	//	
R		b?'[^\n]*'	t3000			0	''bb	
R		#\|[^\n]*(?![^\n])	t3100			0	##	
R		(b)(")	g(t3101,t3100)	p(string.inline)		2	bb	
R		"	t3100	p(string.inline)		0	""	
R		\$\|	t3100	p(string.multiline)		0	$$	
R		0(b|B)[0-1]+	t3201			1	00	
R		0(o|O)[0-7]+	t3206			1	00	
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*\.[0-9A-Fa-f][0-9A-F_a-f]*(P|p)(\+|-)?[0-9][0-9]*	t3202			3	00	
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*\.?(P|p)(\+|-)?[0-9][0-9]*	t3202			3	00	
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*\.[0-9A-Fa-f][0-9A-F_a-f]*	t3202			1	00	
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*\.	t3202			1	00	
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*	t3203			1	00	
R		[\p{Nd}](_|[\p{Nd}])*U?L	t3205			1	09+	
R		[\p{Nd}](_|[\p{Nd}])*U?	t3204			1	09+	
R		[\p{Nd}]+([^\n][\p{Nd}]+)?	t3200			1	09+	09
R		(type|type!|enum|struct|trait|typealias|traitalias)(?:(?<=[])(?![])|(?<![])(?=[]))	t1002			1	eest	
R		(async|fn|const|let|mut|impl|with|derive|fnalias)(?![])	t1002			1	aacdffiilmww	
R		(self|Self)(?![])	t1000			1	SSss	
R		(guard|if|while|match|else|loop|for|in|is)(?![])	t1000			1	egiilmww	
R		(return|break|continue)(?![])	t1000			1	bcrr	
R		(try|catch|raise|noraise)(?![])	t1000			1	ccnnrrtt	
R		(?<![])as(?![])	t1000			0	aa	
R		(extern|pub|priv|pub\(all\)|pub\(readonly\)|pub\(open\)|test)(?:(?<=[])(?![])|(?<![])(?=[]))	t1000			1	eepptt	
R		(true|false)(?![])	t1001			1	fftt	
R		(Eq|Compare|Hash|Show|Default|ToJson|FromJson)(?![])	t2100			1	CFHHST	
R		(Array|FixedArray|Int|Int64|UInt|UInt64|Option|Result|Byte|Bool|Unit|String|Float|Double)(?![])	t2100			1	ABDDFFIIOORSUU	
R		(\+|-|\*|\/|%|\|>|>>|<<|&&|\|\||&|\||<|>|==)	t4000			1	%&*+--//<>||	
R		(not|lsl|lsr|asr|op_add|op_sub|op_div|op_mul|op_mod|\.\.\.)	t4001			1	..aallno	
R		@[A-Za-z][\/-9A-Z_a-z]*\.	t2009			0	@@	
R		([a-z][0-9A-Z_a-z]*)([]+)(as)([]+)([a-z][0-9A-Z_a-z]*)	g(t2300,t8001,t1000,t8001,t2300)			5	az	
R		([A-Za-z][0-9A-Z_a-z]*)(::)([A-Za-z][0-9A-Z_a-z]*)([]+)(as)([]+)([a-z][0-9A-Z_a-z]*)	g(t2002,t5000,t2300,t8001,t1000,t8001,t2300)			7	AZaz	
R		([A-Za-z][0-9A-Z_a-z]*)(::)([A-Za-z][0-9A-Z_a-z]*)	g(t2002,t5000,t2300)			3	AZaz	
R		([a-z][0-9A-Z_a-z]*)(?=!?\()	t2300			1	az	
R		Error	t2006			0	EE	
R		(=>)|(->)|[\!\(-\)\,\.\:-\;\=\?\[\]\{\}-\~]	t5000			2	!!(),.:;==??[[]]{{}~	
R		[a-z][0-9A-Z_a-z]*	t2200			0	az	
R		[A-Z_][0-9A-Z_a-z]*	t2002			0	AZ__	
R		[]	t8001			0	\x09\x0D\x20\x20+	
S	string.inline
I	escape
R		\\\{	t3109	p(interpolation)		0	\x5C\x5C	
R		"	t3100	o1		0	""	
R		[^\n]	t3108			0	\x00\x09\x0B\x7F+	
S	string.multiline
I	escape
R		\\\{	t3109	p(interpolation)		0	\x5C\x5C	
R		(?=\n?(?![\s\S]))	t3100	o1		0	*	
R		[^\n]	t3100			0	\x00\x09\x0B\x7F+	
S	interpolation
R		\}	t3109	o1		0	}}	
I	root
S	escape
R		\\["'0\\bnrt]	t3109			0	\x5C\x5C	
R		\\x[0-9A-f]{2}	t3109			0	\x5C\x5C	
R		\\u[0-9A-f]{4}	t3109			0	\x5C\x5C	
R		\\u[0-9A-f]*	t3109			0	\x5C\x5C	
