S	root
I	names
I	comments
I	literals
I	whitespace
I	property
I	operators
I	selectors
S	names
R		(?<![^\n])([]*)([_a-z]+)	g(t8001,t2100)			2
R		(?<=run)[]+[_a-z]+	t2100			0
R		(?<![])[0-9A-Fa-f]+(?:-[0-9A-Fa-f]+){4}(?![])	t2200			0
I	resource-name
R		[A-Z_a-z][\#-\%\.]+	t1001			0
R		[\#-\%][\#-\%\.]+	t2205			0
S	resource-name
R		#?[_a-z][\--\._a-z]*:[\--9_a-z]+	t2300			0
R		#?[\--\.0-9_a-z]+\/[\--9_a-z]+	t2300			0
S	whitespace
R		[]+	t8001			0
S	comments
R		(?<![^\n])[]*(#[\!\>])	t6002	p(comments.block,comments.block.emphasized)		1
R		#[^\n]*(?![^\n])	t6003			0
S	comments.block
R		(?<![^\n])[]*#[\!\>]	t6002	p(comments.block.emphasized)		0
R		(?<![^\n])[]*#	t6002	p(comments.block.normal)		0
R				o1		0
S	comments.block.normal
I	comments.block.special
R		[[^]]+	t6002			0
R		\n	t8000	o1		0
I	whitespace
S	comments.block.emphasized
I	comments.block.special
R		[[^]]+	t3107			0
R		\n	t8000	o1		0
I	whitespace
S	comments.block.special
R		@[[^]]+	t2004			0
I	resource-name
R		[\#-\%][\#-\%\.]+	t2205			0
S	operators
R		[\!\%-\&\*-\+\--\/\<-\?\\\^\|\~]	t4000			0
S	literals
R		\.\.	t3000			0
R		(true|false)	t1004			1
R		[A-Z_a-z]+	t2202			0
R		[0-7]b	t3207			0
R		[\+\-]?[\p{Nd}]*\.?[\p{Nd}]+([Ee]?[\+\-]?[\p{Nd}]+)?[df]?(?:(?<=[])(?![])|(?<![])(?=[]))	t3202			1
R		[\+\-]?[\p{Nd}]+(?![])	t3204			0
R		"	t3108	p(literals.string-double)		0
R		'	t3115	p(literals.string-single)		0
S	literals.string-double
R		\\[^\n]	t3109			0
R		[^\n"\\]+	t3108			0
R		"	t3108	o1		0
S	literals.string-single
R		\\[^\n]	t3109			0
R		[^\n'\\]+	t3115			0
R		'	t3115	o1		0
S	selectors
R		@[a-z]	t2200			0
S	property
R		\{	t5000	p(property.curly,property.key)		0
R		\[	t5000	p(property.square,property.key)		0
S	property.curly
I	whitespace
I	property
R		\}	t5000	o1		0
S	property.square
I	whitespace
I	property
R		\]	t5000	o1		0
R		,	t5000			0
S	property.key
I	whitespace
R		#?[_a-z][\--\._a-z]*:[\--9_a-z]+(?=[]*=)	t2001	p(property.delimiter)		0
R		#?[_a-z][\--9_a-z]+	t2001	p(property.delimiter)		0
R		[\+\-A-Z_a-z]+	t2001	p(property.delimiter)		0
R		"	t2001	p(property.delimiter)		0
R		'	t2001	p(property.delimiter)		0
R		-?[\p{Nd}]+	t3204	p(property.delimiter)		0
R				o1		0
S	property.key.string-double
R		\\[^\n]	t3109			0
R		[^\n"\\]+	t2001			0
R		"	t2001	o1		0
S	property.key.string-single
R		\\[^\n]	t3109			0
R		[^\n'\\]+	t2001			0
R		'	t2001	o1		0
S	property.delimiter
I	whitespace
R		[\:\=]!?	t5000	p(property.value)		0
R		,	t5000			0
R				o1		0
S	property.value
I	whitespace
R		#?[_a-z][\--\._a-z]*:[\--9_a-z]+	t2014			0
R		#?[_a-z][\--9_a-z]+	t2014			0
I	literals
I	property
R				o1		0
