S	root
R		(module|import|func|funcref|start|param|local|type|result|export|memory|global|mut|data|table|elem|if|then|else|end|block|loop)(?=[^\._a-z])	t15			1
R		(unreachable|nop|block|loop|if|else|end|br(?:_if|_table)?|return|call(?:_indirect)?|drop|select|local\.get|local\.set|local\.tee|global\.get|global\.set|i32\.load(?:(?:8|16)_(?:u|s))?|i64\.load(?:(?:8|16|32)_(?:u|s))?|f32\.load|f64\.load|i32\.store(?:8|16)?|i64\.store(:?8|16|32)?|f32\.store|f64\.store|memory\.size|memory\.grow|memory\.fill|memory\.copy|memory\.init|i32\.const|i64\.const|f32\.const|f64\.const|i32\.eqz|i32\.eq|i32\.ne|i32\.lt_s|i32\.lt_u|i32\.gt_s|i32\.gt_u|i32\.le_s|i32\.le_u|i32\.ge_s|i32\.ge_u|i64\.eqz|i64\.eq|i64\.ne|i64\.lt_s|i64\.lt_u|i64\.gt_s|i64\.gt_u|i64\.le_s|i64\.le_u|i64\.ge_s|i64\.ge_u|f32\.eq|f32\.neg?|f32\.lt|f32\.gt|f32\.le|f32\.ge|f64\.eq|f64\.neg?|f64\.lt|f64\.gt|f64\.le|f64\.ge|i32\.clz|i32\.ctz|i32\.popcnt|i32\.add|i32\.sub|i32\.mul|i32\.div_s|i32\.div_u|i32\.rem_s|i32\.rem_u|i32\.and|i32\.or|i32\.xor|i32\.shl|i32\.shr_s|i32\.shr_u|i32\.rotl|i32\.rotr|i64\.clz|i64\.ctz|i64\.popcnt|i64\.add|i64\.sub|i64\.mul|i64\.div_s|i64\.div_u|i64\.rem_s|i64\.rem_u|i64\.and|i64\.or|i64\.xor|i64\.shl|i64\.shr_s|i64\.shr_u|i64\.rotl|i64\.rotr|f32\.abs|f32\.ceil|f32\.floor|f32\.trunc|f32\.nearest|f32\.sqrt|f32\.add|f32\.sub|f32\.mul|f32\.div|f32\.min|f32\.max|f32\.copysign|f64\.abs|f64\.ceil|f64\.floor|f64\.trunc|f64\.nearest|f64\.sqrt|f64\.add|f64\.sub|f64\.mul|f64\.div|f64\.min|f64\.max|f64\.copysign|i32\.wrap_i64|i32\.trunc_f32_s|i32\.trunc_f32_u|i32\.trunc_f64_s|i32\.trunc_f64_u|i64\.extend(?:(?:8|16|32)_s|_i(?:32|64)_(?:u|s))|i32\.extend(?:8|16)_s|(?:i32|i64)\.trunc(?:_sat)?_f(?:32|64)_(?:s|u)|f32\.convert_i32_s|f32\.convert_i32_u|f32\.convert_i64_s|f32\.convert_i64_u|f32\.demote_f64|f64\.convert_i32_s|f64\.convert_i32_u|f64\.convert_i64_s|f64\.convert_i64_u|f64\.promote_f32|i32\.reinterpret_f32|i64\.reinterpret_f64|f32\.reinterpret_i32|f64\.reinterpret_i64)	t37	p(arguments)		2
R		(i32|i64|f32|f64)	t21			1
R		\$[\!\#-'\*-\+\--\:\<-Z\\\^-z\|\~]+	t39
R		;;[^\n]*?(?![^\n])	t82
R		\(;	t81	p(nesting_comment)
R		[\+\-]?0x[A-Fa-f\p{Nd}](_?[A-Fa-f\p{Nd}])*([^\n]([A-Fa-f\p{Nd}](_?[A-Fa-f\p{Nd}])*)?)?([Pp][\+\-]?[A-Fa-f\p{Nd}](_?[A-Fa-f\p{Nd}])*)?	t69			6
R		[\+\-]?[\p{Nd}][^\n][\p{Nd}](_?[\p{Nd}])*[Ee][\+\-]?[\p{Nd}](_?[\p{Nd}])*	t69			2
R		[\+\-]?[\p{Nd}][^\n][\p{Nd}](_?[\p{Nd}])*	t69			1
R		[\+\-]?[\p{Nd}][^\n][Ee][\+\-]?[\p{Nd}](_?[\p{Nd}])*	t69			1
R		[\+\-]?(inf|nan:0x[A-Fa-f\p{Nd}](_?[A-Fa-f\p{Nd}])*|nan)	t69			2
R		[\+\-]?0x[A-Fa-f\p{Nd}](_?[A-Fa-f\p{Nd}])*	t70			1
R		[\+\-]?[\p{Nd}](_?[\p{Nd}])*	t71			1
R		[\(-\)]	t78
R		"	t58	p(string)
R		[]+	t98
S	nesting_comment
R		\(;	t81	p()
R		;\)	t81	o1
R		[^\(\;]+	t81
R		[\(\;]	t81
S	string
R		\\[A-Fa-f\p{Nd}][A-Fa-f\p{Nd}]	t59
R		\\t	t59
R		\\n	t59
R		\\r	t59
R		\\"	t59
R		\\'	t59
R		\\u\{[A-Fa-f\p{Nd}](_?[A-Fa-f\p{Nd}])*\}	t59			1
R		\\\\	t59
R		"	t58	o1
R		[^"\\]+	t58
S	arguments
R		[]+	t98
R		(offset)(=)(0x[A-Fa-f\p{Nd}](?:_?[A-Fa-f\p{Nd}])*)	g(t15,t75,t70)			3
R		(offset)(=)([\p{Nd}](?:_?[\p{Nd}])*)	g(t15,t75,t71)			3
R		(align)(=)(0x[A-Fa-f\p{Nd}](?:_?[A-Fa-f\p{Nd}])*)	g(t15,t75,t70)			3
R		(align)(=)([\p{Nd}](?:_?[\p{Nd}])*)	g(t15,t75,t71)			3
R				o1
