S	root
R		[^\n[^]]+	t98
R		\\\n	t98
R		\/\/[^\n\r]+	t82
R		\n	t98
R		(\+|&&|==|<|=|-|\|\||!=|>|:|\*|&|=~|<=|\?|\[|\]|,|\/|\||!~|>=|!|_\|_|\.\.\.)	t75			1
R		#*"+	t50	p(string)
R		'(\\\\|\\'|[^\n'])*[\n']	t50			1
R		0[Xbox][0-9A-Fa-f][0-9A-F_a-f]*|(\.[\p{Nd}]+|[\p{Nd}][_\p{Nd}]*(\.[\p{Nd}]*)?)([Ee][\+\-]?[\p{Nd}]+)?[GKMPT]?i?	t67			3
R		[\!\%-\&\(-\/\:-\?\[\]-\^\|\~]	t78
R		[\{\}]	t78
R		(import|for|if|in|let|package)(?![])	t15			1
R		(bool|float|int|string|uint|ulong|ushort)(?![])\??	t21			1
R		(true|false|null|_)(?![])	t16			1
R		[\#\@]?[\$A-Z_a-z][]*	t22
S	string
R		\\#*\(	t61	p(string-intp)
R		"+#*	t50	o1
R		\\["'\\nrt]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}	t59
R		[^"\\]+	t50
R		\\	t50
S	string-intp
R		\)	t61	o1
I	root
