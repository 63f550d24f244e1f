S	root
I	names
I	comments
I	literals
I	whitespace
I	property
I	operators
I	selectors
S	names
R		(?<![^\n])([]*)([_a-z]+)	g(t8001,t2100)			2	\x09\x0D\x20\x20__az+	^\x09\x0D\x20\x20
R		(?<=run)[]+[_a-z]+	t2100			0	\x09\x0D\x20\x20+	
R		(?<![])[0-9A-Fa-f]+(?:-[0-9A-Fa-f]+){4}(?![])	t2200			0	09AFaf	
I	resource-name
R		[A-Z_a-z][\#-\%\.]+	t1001			0	AZ__az	
R		[\#-\%][\#-\%\.]+	t2205			0	#%	
S	resource-name
R		#?[_a-z][\--\._a-z]*:[\--9_a-z]+	t2300			0	##__az	
R		#?[\--\.0-9_a-z]+\/[\--9_a-z]+	t2300			0	##-.09__az	
S	whitespace
R		[]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
S	comments
R		(?<![^\n])[]*(#[\!\>])	t6002	p(comments.block,comments.block.emphasized)		1	\x09\x0D\x20\x20##+	^\x09\x0D\x20\x20
R		#[^\n]*(?![^\n])	t6003			0	##	
S	comments.block
R		(?<![^\n])[]*#[\!\>]	t6002	p(comments.block.emphasized)		0	\x09\x0D\x20\x20##+	^\x09\x0D\x20\x20
R		(?<![^\n])[]*#	t6002	p(comments.block.normal)		0	\x09\x0D\x20\x20##+	^\x09\x0D\x20\x20
R				o1		0	*	
S	comments.block.normal
I	comments.block.special
R		[[^]]+	t6002			0	\x00\x08\x0E\x1F!\x7F+	\x00\x08\x0E\x1F!\x7F
R		\n	t8000	o1		0	\x0A\x0A	
I	whitespace
S	comments.block.emphasized
I	comments.block.special
R		[[^]]+	t3107			0	\x00\x08\x0E\x1F!\x7F+	\x00\x08\x0E\x1F!\x7F
R		\n	t8000	o1		0	\x0A\x0A	
I	whitespace
S	comments.block.special
R		@[[^]]+	t2004			0	@@	
I	resource-name
R		[\#-\%][\#-\%\.]+	t2205			0	#%	
S	operators
R		[\!\%-\&\*-\+\--\/\<-\?\\\^\|\~]	t4000			0	!!%&*+-/<?\x5C\x5C^^||~~	
S	literals
R		\.\.	t3000			0	..	
R		(true|false)	t1004			1	fftt	
R		[A-Z_a-z]+	t2202			0	AZ__az	AZ__az
R		[0-7]b	t3207			0	07	
R		[\+\-]?[\p{Nd}]*\.?[\p{Nd}]+([Ee]?[\+\-]?[\p{Nd}]+)?[df]?(?:(?<=[])(?![])|(?<![])(?=[]))	t3202			1	++-.09+	
R		[\+\-]?[\p{Nd}]+(?![])	t3204			0	++--09+	
R		"	t3108	p(literals.string-double)		0	""	
R		'	t3115	p(literals.string-single)		0	''	
S	literals.string-double
R		\\[^\n]	t3109			0	\x5C\x5C	
R		[^\n"\\]+	t3108			0	\x00\x09\x0B!#[]\x7F+	\x00\x09\x0B!#[]\x7F
R		"	t3108	o1		0	""	
S	literals.string-single
R		\\[^\n]	t3109			0	\x5C\x5C	
R		[^\n'\\]+	t3115			0	\x00\x09\x0B&([]\x7F+	\x00\x09\x0B&([]\x7F
R		'	t3115	o1		0	''	
S	selectors
R		@[a-z]	t2200			0	@@	
S	property
R		\{	t5000	p(property.curly,property.key)		0	{{	
R		\[	t5000	p(property.square,property.key)		0	[[	
S	property.curly
I	whitespace
I	property
R		\}	t5000	o1		0	}}	
S	property.square
I	whitespace
I	property
R		\]	t5000	o1		0	]]	
R		,	t5000			0	,,	
S	property.key
I	whitespace
R		#?[_a-z][\--\._a-z]*:[\--9_a-z]+(?=[]*=)	t2001	p(property.delimiter)		0	##__az	
R		#?[_a-z][\--9_a-z]+	t2001	p(property.delimiter)		0	##__az	
R		[\+\-A-Z_a-z]+	t2001	p(property.delimiter)		0	++--AZ__az	++--AZ__az
R		"	t2001	p(property.delimiter)		0	""	
R		'	t2001	p(property.delimiter)		0	''	
R		-?[\p{Nd}]+	t3204	p(property.delimiter)		0	--09+	
R				o1		0	*	
S	property.key.string-double
R		\\[^\n]	t3109			0	\x5C\x5C	
R		[^\n"\\]+	t2001			0	\x00\x09\x0B!#[]\x7F+	\x00\x09\x0B!#[]\x7F
R		"	t2001	o1		0	""	
S	property.key.string-single
R		\\[^\n]	t3109			0	\x5C\x5C	
R		[^\n'\\]+	t2001			0	\x00\x09\x0B&([]\x7F+	\x00\x09\x0B&([]\x7F
R		'	t2001	o1		0	''	
S	property.delimiter
I	whitespace
R		[\:\=]!?	t5000	p(property.value)		0	::==	
R		,	t5000			0	,,	
R				o1		0	*	
S	property.value
I	whitespace
R		#?[_a-z][\--\._a-z]*:[\--9_a-z]+	t2014			0	##__az	
R		#?[_a-z][\--9_a-z]+	t2014			0	##__az	
I	literals
I	property
R				o1		0	*	
