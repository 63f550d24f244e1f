S	string-escape
R		u[0-9A-Fa-f]{4}	t3109	o1		0
R		U[0-9A-Fa-f]{8}	t3109	o1		0
R		[^\n]	t3109	o1		0
S	end-of-string
R		(@)([A-Za-z]+(?:-[0-9A-Za-z]+)*)	g(t4000,t2300)	o2		2
R		\^\^	t4000	o2		0
R				o2		0
S	root
R		[]+	t8000			0
R	i	(select|construct|describe|ask|where|filter|group[]+by|minus|distinct|reduced|from[]+named|from|order[]+by|desc|asc|limit|offset|bindings|load|clear|drop|create|add|move|copy|insert[]+data|delete[]+data|delete[]+where|delete|insert|using[]+named|using|graph|default|named|all|optional|service|silent|bind|union|not[]+in|in|as|having|to|prefix|base)(?![])	t1000			1
R		(a)(?![])	t1000			1
R		(<(?:[^\u0000- "\<\>\\\^\`\{-\}])*>)	t2008			1
R		(_:[_\p{L}\p{N}](?:[\--\._\p{L}\p{N}]*[\-_\p{L}\p{N}])?)	t2008			1
R		[\$\?][_\p{L}\p{N}]+	t2200			0
R		([\p{L}][\--\._\p{L}\p{N}]*)?(:)((?:[\:_\p{L}\p{N}]|(?:%[0-9A-Fa-f][0-9A-Fa-f])|(?:\\[ -\&\(-\/\;\=\?-\@_\~]))(?:(?:[\--\.\:_\p{L}\p{N}]|(?:%[0-9A-Fa-f][0-9A-Fa-f])|(?:\\[ -\&\(-\/\;\=\?-\@_\~]))*(?:[\-\:_\p{L}\p{N}]|(?:%[0-9A-Fa-f][0-9A-Fa-f])|(?:\\[ -\&\(-\/\;\=\?-\@_\~])))?)?	g(t2009,t5000,t2014)			3
R	i	(str|lang|langmatches|datatype|bound|iri|uri|bnode|rand|abs|ceil|floor|round|concat|strlen|ucase|lcase|encode_for_uri|contains|strstarts|strends|strbefore|strafter|year|month|day|hours|minutes|seconds|timezone|tz|now|md5|sha1|sha256|sha384|sha512|coalesce|if|strlang|strdt|sameterm|isiri|isuri|isblank|isliteral|isnumeric|regex|substr|replace|exists|not[]+exists|count|sum|min|max|avg|sample|group_concat|separator)(?![])	t2300			1
R		(true|false)	t1001			1
R		[\+\-]?([\p{Nd}]+\.[\p{Nd}]*[Ee][\+\-]?[\p{Nd}]+|\.?[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+)	t3202			1
R		[\+\-]?([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+)	t3202			1
R		[\+\-]?[\p{Nd}]+	t3204			0
R		(\|\||&&|=|\*|-|\+|\/|!=|<=|>=|!|<|>)	t4000			1
R		[\(-\)\,\.\:-\;\[\]-\^\{\}]	t5000			0
R		#[^\n]*	t6000			0
R		"""	t3100	p(triple-double-quoted-string)		0
R		"	t3100	p(single-double-quoted-string)		0
R		'''	t3100	p(triple-single-quoted-string)		0
R		'	t3100	p(single-single-quoted-string)		0
S	triple-double-quoted-string
R		"""	t3100	p(end-of-string)		0
R		[^\\]+	t3100			0
R		\\	t3100	p(string-escape)		0
S	single-double-quoted-string
R		"	t3100	p(end-of-string)		0
R		[^\n"\\]+	t3100			0
R		\\	t3100	p(string-escape)		0
S	triple-single-quoted-string
R		'''	t3100	p(end-of-string)		0
R		[^\\]+	t3100			0
R		\\	t3109	p(string-escape)		0
S	single-single-quoted-string
R		'	t3100	p(end-of-string)		0
R		[^\n'\\]+	t3100			0
R		\\	t3100	p(string-escape)		0
