S	root
R		[]+	t99
R		\/\/([^\n]*?)\n	t82			1
R		(class|value|union|trait|impl|annotation)(?![])	t17			1
R		(fun|let|var)(?![])	t17			1
R		(mod|import)(?![])	t18			1
R		(if|else|is|for|in|while|return)(?![])	t15			1
R		(true|false|self)(?![])	t16			1
R		0[b][0-1](_?[0-1])*(i32|i64|u8|f32|f64)?	t68			2
R		0[x][A-Fa-f\p{Nd}](_?[A-Fa-f\p{Nd}])*(i32|i64|u8|f32|f64)?	t70			2
R		[\p{Nd}](_?[\p{Nd}])*\.[\p{Nd}](_?[\p{Nd}])*([Ee][\+\-]?[\p{Nd}](_?[\p{Nd}])*)?(f32|f64)?	t69			5
R		[\p{Nd}](_?[\p{Nd}])*(i32|i64|u8|f32|f64)?	t71			2
R		"	t50	p(string)
R		@([_a-z][]*[\!\?]?)	t23			1
R		===|!==|==|!=|>=|<=|[\&\*-\>\^\|]	t75
R		[A-Z][0-9A-Z_a-z]*	t24
R		([_a-z][]*[\!\?]?)	t22			1
R		[\(-\)\,\.\;\[\]\{\}]	t78
S	string
R		"	t50	o1
R		\\["\\fnrt]|\\u\{[A-Fa-f\p{Nd}]{1,6}\}	t59
R		[^"\\]+	t50
R		\\	t50
