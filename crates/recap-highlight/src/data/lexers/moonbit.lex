S	root
R		#[^\n]*(?![^\n])	t84
R		\/\/[^\n]*(?![^\n])	t82
R		b?'[^\n]*'	t47
R		#\|[^\n]*(?![^\n])	t50
R		(b)(")	g(t51,t50)	p(string.inline)		2
R		"	t50	p(string.inline)
R		\$\|	t50	p(string.multiline)
R		0(b|B)[0-1]+	t68			1
R		0(o|O)[0-7]+	t73			1
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*\.[0-9A-Fa-f][0-9A-F_a-f]*(P|p)(\+|-)?[0-9][0-9]*	t69			3
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*\.?(P|p)(\+|-)?[0-9][0-9]*	t69			3
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*\.[0-9A-Fa-f][0-9A-F_a-f]*	t69			1
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*\.	t69			1
R		0(x|X)[0-9A-Fa-f][0-9A-F_a-f]*	t70			1
R		[\p{Nd}](_|[\p{Nd}])*U?L	t72			1
R		[\p{Nd}](_|[\p{Nd}])*U?	t71			1
R		[\p{Nd}]+([^\n][\p{Nd}]+)?	t67			1
R		(type|type!|enum|struct|trait|typealias|traitalias)(?:(?<=[])(?![])|(?<![])(?=[]))	t17			1
R		(async|fn|const|let|mut|impl|with|derive|fnalias)(?![])	t17			1
R		(self|Self)(?![])	t15			1
R		(guard|if|while|match|else|loop|for|in|is)(?![])	t15			1
R		(return|break|continue)(?![])	t15			1
R		(try|catch|raise|noraise)(?![])	t15			1
R		(?<![])as(?![])	t15
R		(extern|pub|priv|pub\(all\)|pub\(readonly\)|pub\(open\)|test)(?:(?<=[])(?![])|(?<![])(?=[]))	t15			1
R		(true|false)(?![])	t16			1
R		(Eq|Compare|Hash|Show|Default|ToJson|FromJson)(?![])	t37			1
R		(Array|FixedArray|Int|Int64|UInt|UInt64|Option|Result|Byte|Bool|Unit|String|Float|Double)(?![])	t37			1
R		(\+|-|\*|\/|%|\|>|>>|<<|&&|\|\||&|\||<|>|==)	t75			1
R		(not|lsl|lsr|asr|op_add|op_sub|op_div|op_mul|op_mod|\.\.\.)	t76			1
R		@[A-Za-z][\/-9A-Z_a-z]*\.	t31
R		([a-z][0-9A-Z_a-z]*)([]+)(as)([]+)([a-z][0-9A-Z_a-z]*)	g(t45,t99,t15,t99,t45)			5
R		([A-Za-z][0-9A-Z_a-z]*)(::)([A-Za-z][0-9A-Z_a-z]*)([]+)(as)([]+)([a-z][0-9A-Z_a-z]*)	g(t24,t78,t45,t99,t15,t99,t45)			7
R		([A-Za-z][0-9A-Z_a-z]*)(::)([A-Za-z][0-9A-Z_a-z]*)	g(t24,t78,t45)			3
R		([a-z][0-9A-Z_a-z]*)(?=!?\()	t45			1
R		Error	t28
R		(=>)|(->)|[\!\(-\)\,\.\:-\;\=\?\[\]\{\}-\~]	t78			2
R		[a-z][0-9A-Z_a-z]*	t39
R		[A-Z_][0-9A-Z_a-z]*	t24
R		[]	t99
S	string.inline
I	escape
R		\\\{	t59	p(interpolation)
R		"	t50	o1
R		[^\n]	t58
S	string.multiline
I	escape
R		\\\{	t59	p(interpolation)
R		(?=\n?(?![\s\S]))	t50	o1
R		[^\n]	t50
S	interpolation
R		\}	t59	o1
I	root
S	escape
R		\\["'0\\bnrt]	t59
R		\\x[0-9A-f]{2}	t59
R		\\u[0-9A-f]{4}	t59
R		\\u[0-9A-f]*	t59
