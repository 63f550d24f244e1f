S	var
R		[]+	t98
R		(-?)(\}\})	g(t98,t84)	o1		2
I	varnames
S	block
R		[]+	t98
R		(-?)(%\})	g(t98,t84)	o1		2
I	varnames
R		[\u0000-\u{10FFFF}]	t78
S	root
R		[^\{]+	t11
R		\{\{	t84	p(var)
R		\{[\#\*][\u0000-\u{10FFFF}]*?[\#\*]\}	t79
R		(\{%)(-?[]*)(comment)([]*-?)(%\})([\u0000-\u{10FFFF}]*?)(\{%)(-?[]*)(endcomment)([]*-?)(%\})	g(t84,t98,t15,t98,t84,t79,t84,t98,t15,t98,t84)			11
R		(\{%)(-?[]*)(raw)([]*-?)(%\})([\u0000-\u{10FFFF}]*?)(\{%)(-?[]*)(endraw)([]*-?)(%\})	g(t84,t98,t15,t98,t84,t98,t84,t98,t15,t98,t84)			11
R		(\{%)(-?[]*)(filter)([]+)([A-Z_a-z][]*)	g(t84,t98,t15,t98,t45)	p(block)		5
R		(\{%)(-?[]*)([A-Z_a-z][]*)	g(t84,t98,t15)	p(block)		3
R		\{	t11
S	varnames
R		(\|)([]*)([A-Z_a-z][]*)	g(t75,t98,t45)			3
R		(is)([]+)(not)?([]+)?([A-Z_a-z][]*)	g(t15,t98,t15,t98,t45)			5
R		(_|true|false|none|True|False|None)(?![])	t19			1
R		(in|as|reversed|recursive|not|and|or|is|if|else|import|with(?:(?:out)?[]*context)?|scoped|ignore[]+missing)(?:(?<=[])(?![])|(?<![])(?=[]))	t15			1
R		(loop|block|super|forloop)(?![])	t37			1
R		[A-Z_a-z][\-]*	t39
R		\.[]+	t39
R		:?"(\\\\|\\"|[^"])*"	t58			1
R		:?'(\\\\|\\'|[^'])*'	t65			1
R		([\(-\-\/\:\[\]\{\}-\~]|[\<-\>]=?)	t75			1
R		[0-9](\.[0-9]*)?(eE[\+\-][0-9])?[DFLdfl]?|0[Xx][0-9A-Fa-f]+[Ll]?	t67			2
