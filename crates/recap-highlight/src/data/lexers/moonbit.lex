S	root
R		#[^\n]*(?![^\n])	t6100			0
R		\/\/[^\n]*(?![^\n])	t6003			0
R		b?'[^\n]*'	t3000			0
R		#\|[^\n]*(?![^\n])	t3100			0
R		(b)(")	g(t3101,t3100)	p(string.inline)		2
R		"	t3100	p(string.inline)		0
R		\$\|	t3100	p(string.multiline)		0
R		0(b|B)[0-1]+	t3201			1
R		0(o|O)[0-7]+	t3206			1
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*\.[0-9A-Fa-f][0-9A-F_a-f]*(P|p)(\+|-)?[0-9][0-9]*	t3202			3
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*\.?(P|p)(\+|-)?[0-9][0-9]*	t3202			3
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*\.[0-9A-Fa-f][0-9A-F_a-f]*	t3202			1
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*\.	t3202			1
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*	t3203			1
R		[\p{Nd}](_|[\p{Nd}])*U?L	t3205			1
R		[\p{Nd}](_|[\p{Nd}])*U?	t3204			1
R		[\p{Nd}]+([^\n][\p{Nd}]+)?	t3200			1
R		(type|type!|enum|struct|trait|typealias|traitalias)(?:(?<=[])(?![])|(?<![])(?=[]))	t1002			1
R		(async|fn|const|let|mut|impl|with|derive|fnalias)(?![])	t1002			1
R		(self|Self)(?![])	t1000			1
R		(guard|if|while|match|else|loop|for|in|is)(?![])	t1000			1
R		(return|break|continue)(?![])	t1000			1
R		(try|catch|raise|noraise)(?![])	t1000			1
R		(?<![])as(?![])	t1000			0
R		(extern|pub|priv|pub\(all\)|pub\(readonly\)|pub\(open\)|test)(?:(?<=[])(?![])|(?<![])(?=[]))	t1000			1
R		(true|false)(?![])	t1001			1
R		(Eq|Compare|Hash|Show|Default|ToJson|FromJson)(?![])	t2100			1
R		(Array|FixedArray|Int|Int64|UInt|UInt64|Option|Result|Byte|Bool|Unit|String|Float|Double)(?![])	t2100			1
R		(\+|-|\*|\/|%|\|>|>>|<<|&&|\|\||&|\||<|>|==)	t4000			1
R		(not|lsl|lsr|asr|op_add|op_sub|op_div|op_mul|op_mod|\.\.\.)	t4001			1
R		@[A-Za-z][\/-9A-Z_a-z]*\.	t2009			0
R		([a-z][0-9A-Z_a-z]*)([]+)(as)([]+)([a-z][0-9A-Z_a-z]*)	g(t2300,t8001,t1000,t8001,t2300)			5
R		([A-Za-z][0-9A-Z_a-z]*)(::)([A-Za-z][0-9A-Z_a-z]*)([]+)(as)([]+)([a-z][0-9A-Z_a-z]*)	g(t2002,t5000,t2300,t8001,t1000,t8001,t2300)			7
R		([A-Za-z][0-9A-Z_a-z]*)(::)([A-Za-z][0-9A-Z_a-z]*)	g(t2002,t5000,t2300)			3
R		([a-z][0-9A-Z_a-z]*)(?=!?\()	t2300			1
R		Error	t2006			0
R		(=>)|(->)|[\!\(-\)\,\.\:-\;\=\?\[\]\{\}-\~]	t5000			2
R		[a-z][0-9A-Z_a-z]*	t2200			0
R		[A-Z_][0-9A-Z_a-z]*	t2002			0
R		[]	t8001			0
S	string.inline
I	escape
R		\\\{	t3109	p(interpolation)		0
R		"	t3100	o1		0
R		[^\n]	t3108			0
S	string.multiline
I	escape
R		\\\{	t3109	p(interpolation)		0
R		(?=\n?(?![\s\S]))	t3100	o1		0
R		[^\n]	t3100			0
S	interpolation
R		\}	t3109	o1		0
I	root
S	escape
R		\\["'0\\bnrt]	t3109			0
R		\\x[0-9A-f]{2}	t3109			0
R		\\u[0-9A-f]{4}	t3109			0
R		\\u[0-9A-f]*	t3109			0
