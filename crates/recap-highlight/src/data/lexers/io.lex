S	root
R		\n	t98
R		[]+	t98
R		\/\/([^\n]*?)\n	t82			1
R		#([^\n]*?)\n	t82			1
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t81			3
R		\/\+	t81	p(nestedcomment)
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		::=|:=|=|\(|\)|;|,|\*|-|\+|>|<|@|!|\/|\||\^|\.|%|&|\[|\]|\{|\}	t75
R		(clone|do|doFile|doString|method|for|if|else|elseif|then)(?![])	t15			1
R		(nil|false|true)(?![])	t25			1
R		(Object|list|List|Map|args|Sequence|Coroutine|File)(?![])	t37			1
R		[A-Z_a-z][]*	t22
R		([\p{Nd}]+\.?[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)([Ee][\+\-]?[0-9]+)?	t69			2
R		[\p{Nd}]+	t71
S	nestedcomment
R		[^\+\/]+	t81
R		\/\+	t81	p()
R		\+\/	t81	o1
R		[\+\/]	t81
