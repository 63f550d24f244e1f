S	root
R		\/\*	t81	p(nested-comment)
R		%[^\n]*	t82
R		0'[^\n]	t55
R		0b[0-1]+	t68
R		0o[0-7]+	t73
R		0x[0-9A-Fa-f]+	t70
R		[\p{Nd}][\p{Nd}]?'[0-9A-Za-z]+	t71
R		([\p{Nd}]+\.[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)([Ee][\+\-]?[0-9]+)?	t69			2
R		[\p{Nd}]+	t71
R		[\!\(-\)\,\.\;\[\]\{-\}]	t78
R		:-|-->	t78
R		"(?:\\x[0-9A-Fa-f]+\\|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|\\[0-7]+\\|\\[\n"a-ce-fnr-tv]|[^"\\])*"	t58
R		'(?:''|[^'])*'	t52
R		is(?![])	t75
R		(<|>|=<|>=|==|=:=|=|\/|\/\/|\*|\+|-)(?=[]|[0-9A-\[a-z])	t75			1
R		(mod|div|not)(?![])	t75			1
R		_	t15
R		([a-z]+)(:)	g(t31,t78)			2
R		([a-z\u00C0-\u1FFF\u3040-\uD7FF\uE000-\uFFEF][\$\u00C0-\u1FFF\u3040-\uD7FF\uE000-\uFFEF]*)([]*)(:-|-->)	g(t45,t98,t75)			3
R		([a-z\u00C0-\u1FFF\u3040-\uD7FF\uE000-\uFFEF][\$\u00C0-\u1FFF\u3040-\uD7FF\uE000-\uFFEF]*)([]*)(\()	g(t45,t98,t78)			3
R		[a-z\u00C0-\u1FFF\u3040-\uD7FF\uE000-\uFFEF][\$\u00C0-\u1FFF\u3040-\uD7FF\uE000-\uFFEF]*	t52
R		[\#\&\*-\+\--\/\:\<-\@\\\^\~\u00A1-\u00BF\u2010-\u303F]+	t52
R		[A-Z_][]*	t39
R		[]+|[\u2000-\u200F\uFFEF-\uFFFD]	t98
S	nested-comment
R		\*\/	t81	o1
R		\/\*	t81	p()
R		[^\*\/]+	t81
R		[\*\/]	t81
