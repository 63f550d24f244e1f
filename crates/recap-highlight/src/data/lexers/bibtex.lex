S	closing-brace
I	whitespace
R		[\)\}]	t78	o1
S	braced-string
R		\{	t50	p()
R		\}	t50	o1
R		[^\{\}]+	t50
S	whitespace
R		[]+	t98
S	value
I	whitespace
R	i	[\!\$\&\*-\+\--\/\:-\<\>-\@\[-z\|\~][\!\$\&\*-\+\--\/\:-\<\>-\@\[-\^\`\|\~]*	t39
R		"	t50	p(quoted-string)
R		\{	t50	p(braced-string)
R		[\p{Nd}]+	t67
R		#	t78
R				o1
S	quoted-string
R		\{	t50	p(braced-string)
R		"	t50	o1
R		[^"\{]+	t50
S	root
I	whitespace
R	i	@comment	t79
R	i	@preamble	t24	p(closing-brace,value,opening-brace)
R	i	@string	t24	p(closing-brace,field,opening-brace)
R	i	@[\!\$\&\*-\+\--\/\:-\<\>-\@\[-z\|\~][\!\$\&\*-\+\--\/\:-\<\>-\@\[-\^\`\|\~]*	t24	p(closing-brace,command-body,opening-brace)
R		[^\n]+	t79
S	command-body
I	whitespace
R		[^\,\}]+	t30	p(#pop,fields)
S	fields
I	whitespace
R		,	t78	p(field)
R				o1
S	=
I	whitespace
R		=	t78	o1
S	field
I	whitespace
R	i	[\!\$\&\*-\+\--\/\:-\<\>-\@\[-z\|\~][\!\$\&\*-\+\--\/\:-\<\>-\@\[-\^\`\|\~]*	t23	p(value,=)
R				o1
S	opening-brace
I	whitespace
R		[\(\{]	t78	o1
