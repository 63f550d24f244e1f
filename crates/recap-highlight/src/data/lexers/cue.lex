S	root
R		[^\n[^]]+	t8000			0
R		\\\n	t8000			0
R		\/\/[^\n\r]+	t6003			0
R		\n	t8000			0
R		(\+|&&|==|<|=|-|\|\||!=|>|:|\*|&|=~|<=|\?|\[|\]|,|\/|\||!~|>=|!|_\|_|\.\.\.)	t4000			1
R		#*"+	t3100	p(string)		0
R		'(\\\\|\\'|[^\n'])*[\n']	t3100			1
R		0[Xbox][0-9A-Fa-f][0-9A-F_a-f]*|(\.[\p{Nd}]+|[\p{Nd}][_\p{Nd}]*(\.[\p{Nd}]*)?)([Ee][\+\-]?[\p{Nd}]+)?[GKMPT]?i?	t3200			3
R		[\!\%-\&\(-\/\:-\?\[\]-\^\|\~]	t5000			0
R		[\{\}]	t5000			0
R		(import|for|if|in|let|package)(?![])	t1000			1
R		(bool|float|int|string|uint|ulong|ushort)(?![])\??	t1006			1
R		(true|false|null|_)(?![])	t1001			1
R		[\#\@]?[\$A-Z_a-z][]*	t2000			0
S	string
R		\\#*\(	t3111	p(string-intp)		0
R		"+#*	t3100	o1		0
R		\\["'\\nrt]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}	t3109			0
R		[^"\\]+	t3100			0
R		\\	t3100			0
S	string-intp
R		\)	t3111	o1		0
I	root
