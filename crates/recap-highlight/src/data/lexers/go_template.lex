S	template
R		[\-]?\}\}	t84	o1
R		(?=\}\})	t84	o1
R		\(	t75	p(subexpression)
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
I	expression
S	subexpression
R		\)	t75	o1
I	expression
S	expression
R		[]+	t99
R		\(	t75	p(subexpression)
R		(range|if|else|while|with|template|end|true|false|nil|and|call|html|index|js|len|not|or|print|printf|println|urlquery|eq|ne|lt|le|gt|ge|block|break|continue|define|slice)(?![])	t15			1
R		\||:?=|,	t75
R		[\$]?[^[^]][]*	t33
R		\$|[\$]?\.(?:[^[^]][]*)?	t23
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		-?[\p{Nd}]+i	t67
R		-?[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		-?[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t67
R		-?[\p{Nd}]+(\.[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+|\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t69			1
R		-?\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t69			1
R		-?0[0-7]+	t73
R		-?0[Xx][0-9A-Fa-f]+	t70
R		-?0b[0-1_]+	t68
R		-?(0|[1-9][0-9]*)	t71			1
R		'(\\["'\\a-bfnrtv]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|[^\\])'	t55			1
R		`[^\`]*`	t50
S	root
R		\{\{(- )?\/\*([^\n]|\n)*?\*\/( -)?\}\}	t81			3
R		\{\{[\-]?	t84	p(template)
R		[^\{]+	t11
R		\{	t11
