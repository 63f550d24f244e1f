S	closing-brace
I	whitespace
R		[\)\}]	t5000	o1		0
S	braced-string
R		\{	t3100	p()		0
R		\}	t3100	o1		0
R		[^\{\}]+	t3100			0
S	whitespace
R		[]+	t8000			0
S	value
I	whitespace
R	i	[\!\$\&\*-\+\--\/\:-\<\>-\@\[-z\|\~][\!\$\&\*-\+\--\/\:-\<\>-\@\[-\^\`\|\~]*	t2200			0
R		"	t3100	p(quoted-string)		0
R		\{	t3100	p(braced-string)		0
R		[\p{Nd}]+	t3200			0
R		#	t5000			0
R				o1		0
S	quoted-string
R		\{	t3100	p(braced-string)		0
R		"	t3100	o1		0
R		[^"\{]+	t3100			0
S	root
I	whitespace
R	i	@comment	t6000			0
R	i	@preamble	t2002	p(closing-brace,value,opening-brace)		0
R	i	@string	t2002	p(closing-brace,field,opening-brace)		0
R	i	@[\!\$\&\*-\+\--\/\:-\<\>-\@\[-z\|\~][\!\$\&\*-\+\--\/\:-\<\>-\@\[-\^\`\|\~]*	t2002	p(closing-brace,command-body,opening-brace)		0
R		[^\n]+	t6000			0
S	command-body
I	whitespace
R		[^\,\}]+	t2008	p(#pop,fields)		0
S	fields
I	whitespace
R		,	t5000	p(field)		0
R				o1		0
S	=
I	whitespace
R		=	t5000	o1		0
S	field
I	whitespace
R	i	[\!\$\&\*-\+\--\/\:-\<\>-\@\[-z\|\~][\!\$\&\*-\+\--\/\:-\<\>-\@\[-\^\`\|\~]*	t2001	p(value,=)		0
R				o1		0
S	opening-brace
I	whitespace
R		[\(\{]	t5000	o1		0
