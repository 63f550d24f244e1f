S	var
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		(-?)(\}\})	g(t8000,t6100)	o1		2	--}}	
I	varnames
S	block
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		(-?)(%\})	g(t8000,t6100)	o1		2	%%--	
I	varnames
R		[\u0000-\u{10FFFF}]	t5000			0	\x00\x7F+	
S	root
R		[^\{]+	t-12			0	\x00z|\x7F+	\x00z|\x7F
R		\{\{	t6100	p(var)		0	{{	
R		\{[\#\*][\u0000-\u{10FFFF}]*?[\#\*]\}	t6000			0	{{	
R		(\{%)(-?[]*)(comment)([]*-?)(%\})([\u0000-\u{10FFFF}]*?)(\{%)(-?[]*)(endcomment)([]*-?)(%\})	g(t6100,t8000,t1000,t8000,t6100,t6000,t6100,t8000,t1000,t8000,t6100)			11	{{	
R		(\{%)(-?[]*)(raw)([]*-?)(%\})([\u0000-\u{10FFFF}]*?)(\{%)(-?[]*)(endraw)([]*-?)(%\})	g(t6100,t8000,t1000,t8000,t6100,t8000,t6100,t8000,t1000,t8000,t6100)			11	{{	
R		(\{%)(-?[]*)(filter)([]+)([A-Z_a-z][]*)	g(t6100,t8000,t1000,t8000,t2300)	p(block)		5	{{	
R		(\{%)(-?[]*)([A-Z_a-z][]*)	g(t6100,t8000,t1000)	p(block)		3	{{	
R		\{	t-12			0	{{	
S	varnames
R		(\|)([]*)([A-Z_a-z][]*)	g(t4000,t8000,t2300)			3	||	
R		(is)([]+)(not)?([]+)?([A-Z_a-z][]*)	g(t1000,t8000,t1000,t8000,t2300)			5	ii	
R		(_|true|false|none|True|False|None)(?![])	t1004			1	FFNNTT__ffnntt	
R		(in|as|reversed|recursive|not|and|or|is|if|else|import|with(?:(?:out)?[]*context)?|scoped|ignore[]+missing)(?:(?<=[])(?![])|(?<![])(?=[]))	t1000			1	aaeeiinorsww	
R		(loop|block|super|forloop)(?![])	t2100			1	bbffllss	
R		[A-Z_a-z][\-]*	t2200			0	AZ__az	
R		\.[]+	t2200			0	..	
R		:?"(\\\\|\\"|[^"])*"	t3108			1	""::	
R		:?'(\\\\|\\'|[^'])*'	t3115			1	''::	
R		([\(-\-\/\:\[\]\{\}-\~]|[\<-\>]=?)	t4000			1	(-//::<>[[]]{{}~	
R		[0-9](\.[0-9]*)?(eE[\+\-][0-9])?[DFLdfl]?|0[Xx][0-9A-Fa-f]+[Ll]?	t3200			2	09	
