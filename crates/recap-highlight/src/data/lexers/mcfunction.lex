S	root
I	names
I	comments
I	literals
I	whitespace
I	property
I	operators
I	selectors
S	names
R		(?<![^\n])([]*)([_a-z]+)	g(t99,t37)			2
R		(?<=run)[]+[_a-z]+	t37
R		(?<![])[0-9A-Fa-f]+(?:-[0-9A-Fa-f]+){4}(?![])	t39
I	resource-name
R		[A-Z_a-z][\#-\%\.]+	t16
R		[\#-\%][\#-\%\.]+	t44
S	resource-name
R		#?[_a-z][\--\._a-z]*:[\--9_a-z]+	t45
R		#?[\--\.0-9_a-z]+\/[\--9_a-z]+	t45
S	whitespace
R		[]+	t99
S	comments
R		(?<![^\n])[]*(#[\!\>])	t81	p(comments.block,comments.block.emphasized)		1
R		#[^\n]*(?![^\n])	t82
S	comments.block
R		(?<![^\n])[]*#[\!\>]	t81	p(comments.block.emphasized)
R		(?<![^\n])[]*#	t81	p(comments.block.normal)
R				o1
S	comments.block.normal
I	comments.block.special
R		[[^]]+	t81
R		\n	t98	o1
I	whitespace
S	comments.block.emphasized
I	comments.block.special
R		[[^]]+	t57
R		\n	t98	o1
I	whitespace
S	comments.block.special
R		@[[^]]+	t26
I	resource-name
R		[\#-\%][\#-\%\.]+	t44
S	operators
R		[\!\%-\&\*-\+\--\/\<-\?\\\^\|\~]	t75
S	literals
R		\.\.	t47
R		(true|false)	t19			1
R		[A-Z_a-z]+	t41
R		[0-7]b	t74
R		[\+\-]?[\p{Nd}]*\.?[\p{Nd}]+([Ee]?[\+\-]?[\p{Nd}]+)?[df]?(?:(?<=[])(?![])|(?<![])(?=[]))	t69			1
R		[\+\-]?[\p{Nd}]+(?![])	t71
R		"	t58	p(literals.string-double)
R		'	t65	p(literals.string-single)
S	literals.string-double
R		\\[^\n]	t59
R		[^\n"\\]+	t58
R		"	t58	o1
S	literals.string-single
R		\\[^\n]	t59
R		[^\n'\\]+	t65
R		'	t65	o1
S	selectors
R		@[a-z]	t39
S	property
R		\{	t78	p(property.curly,property.key)
R		\[	t78	p(property.square,property.key)
S	property.curly
I	whitespace
I	property
R		\}	t78	o1
S	property.square
I	whitespace
I	property
R		\]	t78	o1
R		,	t78
S	property.key
I	whitespace
R		#?[_a-z][\--\._a-z]*:[\--9_a-z]+(?=[]*=)	t23	p(property.delimiter)
R		#?[_a-z][\--9_a-z]+	t23	p(property.delimiter)
R		[\+\-A-Z_a-z]+	t23	p(property.delimiter)
R		"	t23	p(property.delimiter)
R		'	t23	p(property.delimiter)
R		-?[\p{Nd}]+	t71	p(property.delimiter)
R				o1
S	property.key.string-double
R		\\[^\n]	t59
R		[^\n"\\]+	t23
R		"	t23	o1
S	property.key.string-single
R		\\[^\n]	t59
R		[^\n'\\]+	t23
R		'	t23	o1
S	property.delimiter
I	whitespace
R		[\:\=]!?	t78	p(property.value)
R		,	t78
R				o1
S	property.value
I	whitespace
R		#?[_a-z][\--\._a-z]*:[\--9_a-z]+	t36
R		#?[_a-z][\--9_a-z]+	t36
I	literals
I	property
R				o1
