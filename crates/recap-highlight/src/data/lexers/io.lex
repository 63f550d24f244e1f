S	root
R		\n	t8000			0
R		[]+	t8000			0
R		\/\/([^\n]*?)\n	t6003			1
R		#([^\n]*?)\n	t6003			1
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3
R		\/\+	t6002	p(nestedcomment)		0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
R		::=|:=|=|\(|\)|;|,|\*|-|\+|>|<|@|!|\/|\||\^|\.|%|&|\[|\]|\{|\}	t4000			0
R		(clone|do|doFile|doString|method|for|if|else|elseif|then)(?![])	t1000			1
R		(nil|false|true)(?![])	t2003			1
R		(Object|list|List|Map|args|Sequence|Coroutine|File)(?![])	t2100			1
R		[A-Z_a-z][]*	t2000			0
R		([\p{Nd}]+\.?[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)([Ee][\+\-]?[0-9]+)?	t3202			2
R		[\p{Nd}]+	t3204			0
S	nestedcomment
R		[^\+\/]+	t6002			0
R		\/\+	t6002	p()		0
R		\+\/	t6002	o1		0
R		[\+\/]	t6002			0
