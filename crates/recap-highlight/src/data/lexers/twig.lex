S	var
R		[]+	t98
R		(-?)(\}\})	g(t98,t84)	o1		2
I	varnames
S	tag
R		[]+	t98
R		(-?)(%\})	g(t98,t84)	o1		2
I	varnames
R		[\u0000-\u{10FFFF}]	t78
S	root
R		[^\{]+	t11
R		\{\{	t84	p(var)
R		\{#[\u0000-\u{10FFFF}]*?#\}	t79
R		(\{%)(-?[]*)(raw)([]*-?)(%\})([\u0000-\u{10FFFF}]*?)(\{%)(-?[]*)(endraw)([]*-?)(%\})	g(t84,t98,t15,t98,t84,t11,t84,t98,t15,t98,t84)			11
R		(\{%)(-?[]*)(verbatim)([]*-?)(%\})([\u0000-\u{10FFFF}]*?)(\{%)(-?[]*)(endverbatim)([]*-?)(%\})	g(t84,t98,t15,t98,t84,t11,t84,t98,t15,t98,t84)			11
R		(\{%)(-?[]*)(filter)([]+)((?:[\\_a-z]|[^\u0000-\u007F])(?:[\-\\]|[^\u0000-\u007F])*)	g(t84,t98,t15,t98,t45)	p(tag)		5
R		(\{%)(-?[]*)([A-Z_a-z][]*)	g(t84,t98,t15)	p(tag)		3
R		\{	t11
S	varnames
R		(\|)([]*)((?:[\\_a-z]|[^\u0000-\u007F])(?:[\-\\]|[^\u0000-\u007F])*)	g(t75,t98,t45)			3
R		(is)([]+)(not)?([]*)((?:[\\_a-z]|[^\u0000-\u007F])(?:[\-\\]|[^\u0000-\u007F])*)	g(t15,t98,t15,t98,t45)			5
R	i	(true|false|none|null)(?![])	t19			1
R		(in|not|and|b-and|or|b-or|b-xor|isif|elseif|else|importconstant|defined|divisibleby|empty|even|iterable|odd|sameasmatches|starts[]+with|ends[]+with)(?![])	t15			1
R		(loop|block|parent)(?![])	t37			1
R		(?:[\\_a-z]|[^\u0000-\u007F])(?:[\-\\]|[^\u0000-\u007F])*	t39
R		\.(?:[\\_a-z]|[^\u0000-\u007F])(?:[\-\\]|[^\u0000-\u007F])*	t39
R		\.[0-9]+	t67
R		:?"(\\\\|\\"|[^"])*"	t58			1
R		:?'(\\\\|\\'|[^'])*'	t65			1
R		([\%\(-\-\/\:\[\]\{\}-\~]|\.\.|\?|:|\*\*|\/\/|!=|[\<-\>]=?)	t75			1
R		[0-9](\.[0-9]*)?(eE[\+\-][0-9])?[DFLdfl]?|0[Xx][0-9A-Fa-f]+[Ll]?	t67			2
