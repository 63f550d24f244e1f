S	template
R		[\-]?\}\}	t6100	o1		0
R		(?=\}\})	t6100	o1		0
R		\(	t4000	p(subexpression)		0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
I	expression
S	subexpression
R		\)	t4000	o1		0
I	expression
S	expression
R		[]+	t8001			0
R		\(	t4000	p(subexpression)		0
R		(range|if|else|while|with|template|end|true|false|nil|and|call|html|index|js|len|not|or|print|printf|println|urlquery|eq|ne|lt|le|gt|ge|block|break|continue|define|slice)(?![])	t1000			1
R		\||:?=|,	t4000			0
R		[\$]?[^[^]][]*	t2011			0
R		\$|[\$]?\.(?:[^[^]][]*)?	t2001			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
R		-?[\p{Nd}]+i	t3200			0
R		-?[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t3200			1
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t3200			1
R		-?[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t3200			0
R		-?[\p{Nd}]+(\.[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+|\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t3202			1
R		-?\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t3202			1
R		-?0[0-7]+	t3206			0
R		-?0[Xx][0-9A-Fa-f]+	t3203			0
R		-?0b[0-1_]+	t3201			0
R		-?(0|[1-9][0-9]*)	t3204			1
R		'(\\["'\\a-bfnrtv]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|[^\\])'	t3105			1
R		`[^\`]*`	t3100			0
S	root
R		\{\{(- )?\/\*([^\n]|\n)*?\*\/( -)?\}\}	t6002			3
R		\{\{[\-]?	t6100	p(template)		0
R		[^\{]+	t-12			0
R		\{	t-12			0
