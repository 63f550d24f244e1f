S	root
R		\n	t98
R		[]+	t98
R		\\\n	t98
R		%([^\n]*?)\n	t82			1
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t81			3
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		(?<![])(annotation|constraint|predicate|minimize|function|maximize|satisfy|include|record|output|solve|test|list|type|ann|par|any|var|op|of)(?![])	t15			1
R		(?<![])(string|tuple|float|array|bool|enum|int|set)(?![])	t21			1
R		(?<![])(forall|where|endif|then|else|for|if)(?![])	t15			1
R		(?<![])(array_intersect|index_set_2of3|index_set_1of3|index_set_3of3|index_set_1of2|index_set_2of2|array_union|show_float|dom_array|int2float|set2array|index_set|dom_size|lb_array|is_fixed|ub_array|bool2int|show_int|array4d|array2d|array1d|array5d|array6d|array3d|product|length|assert|concat|trace|acosh|round|abort|log10|floor|sinh|tanh|atan|sqrt|asin|show|log2|card|ceil|cosh|join|pow|cos|max|log|exp|dom|sin|abs|fix|sum|tan|min|lb|ln|ub)(?![])	t37			1
R		(not|<->|->|<-|\\\/|xor|\/\\)	t75			1
R		(<|>|<=|>=|==|=|!=)	t75			1
R		(\+|-|\*|\/|div|mod)	t75			1
R		(?<![])(intersect|superset|symdiff|subset|union|diff|in)(?![])	t75			1
R		(\\|\.\.|\+\+)	t75			1
R		[\(-\)\,\:-\;\[\]\{-\}]	t78
R		(true|false)(?![])	t16			1
R		([\+\-]?)[\p{Nd}]+(\.(?!\.)[\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}]+)?	t67			3
R		::[]*([^[^]][]*)([]*\([^\)]*\))?	t26			2
R		(?:(?<=[])(?![])|(?<![])(?=[]))([^[^]][]*)(?:(?<=[])(?![])|(?<![])(?=[]))(\()	g(t45,t78)			2
R		[^[^]][]*	t33
