S	root
R		(package|import|as|not|with|default|else|some|in|if|contains)(?![])	t17			1
R		(import)( future[^\n]keywords[^\n])([]+)	g(t17,t98,t17)			3
R		#[^\n\r]*	t79
R		(FIXME|TODO|XXX)(?![])( [^\n]*)(?![^\n])	g(t10,t83)			2
R		(true|false|null)(?![])	t16			1
R		[\p{Nd}]+i	t67
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t67
R		[\p{Nd}]+(\.[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+|\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t69			1
R		\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t69			1
R		(0|[1-9][0-9]*)	t71			1
R		"""[^\n]*?"""	t58
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		\$\/((?!\/\$)[^\n])*\/\$	t50			1
R		\/(\\\\|\\"|[^\/])*\/	t50			1
R		(?<![^\n])([]+)	t22			1
R		[\-_a-z][\-]*(?=\()	t45
R		[\n\r]+	t99
R		(package|import)([]+)	g(t17,t98)			2
R		[\!\&\*-\/\<-\>\|]	t75
R		:=	t75
R		[\(-\)\:-\;\[\]\{\}]+	t78
R		[\$A-Z_a-z][]*	t33
