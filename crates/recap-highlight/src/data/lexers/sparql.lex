S	string-escape
R		u[0-9A-Fa-f]{4}	t59	o1
R		U[0-9A-Fa-f]{8}	t59	o1
R		[^\n]	t59	o1
S	end-of-string
R		(@)([A-Za-z]+(?:-[0-9A-Za-z]+)*)	g(t75,t45)	o2		2
R		\^\^	t75	o2
R				o2
S	root
R		[]+	t98
R	i	(select|construct|describe|ask|where|filter|group[]+by|minus|distinct|reduced|from[]+named|from|order[]+by|desc|asc|limit|offset|bindings|load|clear|drop|create|add|move|copy|insert[]+data|delete[]+data|delete[]+where|delete|insert|using[]+named|using|graph|default|named|all|optional|service|silent|bind|union|not[]+in|in|as|having|to|prefix|base)(?![])	t15			1
R		(a)(?![])	t15			1
R		(<(?:[^\u0000- "\<\>\\\^\`\{-\}])*>)	t30			1
R		(_:[_\p{L}\p{N}](?:[\--\._\p{L}\p{N}]*[\-_\p{L}\p{N}])?)	t30			1
R		[\$\?][_\p{L}\p{N}]+	t39
R		([\p{L}][\--\._\p{L}\p{N}]*)?(:)((?:[\:_\p{L}\p{N}]|(?:%[0-9A-Fa-f][0-9A-Fa-f])|(?:\\[ -\&\(-\/\;\=\?-\@_\~]))(?:(?:[\--\.\:_\p{L}\p{N}]|(?:%[0-9A-Fa-f][0-9A-Fa-f])|(?:\\[ -\&\(-\/\;\=\?-\@_\~]))*(?:[\-\:_\p{L}\p{N}]|(?:%[0-9A-Fa-f][0-9A-Fa-f])|(?:\\[ -\&\(-\/\;\=\?-\@_\~])))?)?	g(t31,t78,t36)			3
R	i	(str|lang|langmatches|datatype|bound|iri|uri|bnode|rand|abs|ceil|floor|round|concat|strlen|ucase|lcase|encode_for_uri|contains|strstarts|strends|strbefore|strafter|year|month|day|hours|minutes|seconds|timezone|tz|now|md5|sha1|sha256|sha384|sha512|coalesce|if|strlang|strdt|sameterm|isiri|isuri|isblank|isliteral|isnumeric|regex|substr|replace|exists|not[]+exists|count|sum|min|max|avg|sample|group_concat|separator)(?![])	t45			1
R		(true|false)	t16			1
R		[\+\-]?([\p{Nd}]+\.[\p{Nd}]*[Ee][\+\-]?[\p{Nd}]+|\.?[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+)	t69			1
R		[\+\-]?([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+)	t69			1
R		[\+\-]?[\p{Nd}]+	t71
R		(\|\||&&|=|\*|-|\+|\/|!=|<=|>=|!|<|>)	t75			1
R		[\(-\)\,\.\:-\;\[\]-\^\{\}]	t78
R		#[^\n]*	t79
R		"""	t50	p(triple-double-quoted-string)
R		"	t50	p(single-double-quoted-string)
R		'''	t50	p(triple-single-quoted-string)
R		'	t50	p(single-single-quoted-string)
S	triple-double-quoted-string
R		"""	t50	p(end-of-string)
R		[^\\]+	t50
R		\\	t50	p(string-escape)
S	single-double-quoted-string
R		"	t50	p(end-of-string)
R		[^\n"\\]+	t50
R		\\	t50	p(string-escape)
S	triple-single-quoted-string
R		'''	t50	p(end-of-string)
R		[^\\]+	t50
R		\\	t59	p(string-escape)
S	single-single-quoted-string
R		'	t50	p(end-of-string)
R		[^\n'\\]+	t50
R		\\	t50	p(string-escape)
