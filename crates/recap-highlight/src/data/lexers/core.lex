S	root
R		[]+	t8001			0
R		\/\/([^\n]*?)\n	t6003			1
R		(class|value|union|trait|impl|annotation)(?![])	t1002			1
R		(fun|let|var)(?![])	t1002			1
R		(mod|import)(?![])	t1003			1
R		(if|else|is|for|in|while|return)(?![])	t1000			1
R		(true|false|self)(?![])	t1001			1
R		0[b][0-1](_?[0-1])*(i32|i64|u8|f32|f64)?	t3201			2
R		0[x][A-Fa-f\p{Nd}](_?[A-Fa-f\p{Nd}])*(i32|i64|u8|f32|f64)?	t3203			2
R		[\p{Nd}](_?[\p{Nd}])*\.[\p{Nd}](_?[\p{Nd}])*([Ee][\+\-]?[\p{Nd}](_?[\p{Nd}])*)?(f32|f64)?	t3202			5
R		[\p{Nd}](_?[\p{Nd}])*(i32|i64|u8|f32|f64)?	t3204			2
R		"	t3100	p(string)		0
R		@([_a-z][]*[\!\?]?)	t2001			1
R		===|!==|==|!=|>=|<=|[\&\*-\>\^\|]	t4000			0
R		[A-Z][0-9A-Z_a-z]*	t2002			0
R		([_a-z][]*[\!\?]?)	t2000			1
R		[\(-\)\,\.\;\[\]\{\}]	t5000			0
S	string
R		"	t3100	o1		0
R		\\["\\fnrt]|\\u\{[A-Fa-f\p{Nd}]{1,6}\}	t3109			0
R		[^"\\]+	t3100			0
R		\\	t3100			0
