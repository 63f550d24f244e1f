S	whitespace
R		(\n|[])+	t98			1
R		\/\/[^\n]*?\n	t79
S	keyword
R		(constant|return)	t21			1
R		(memref|tensor|vector|func|loc)	t21			1
R		bf16|f16|f32|f64|index	t15
R		i[1-9][\p{Nd}]*	t15
S	root
I	whitespace
R		c?"[^"]*?"	t50
R		\^([\$\--\.A-Z_a-z][\$\--\.0-9]*)[]*	t30			1
R		([\$\._\p{Nd}]+)[]*=	t30			1
I	keyword
R		->	t78
R		@([_][\$\._\p{Nd}]*)	t45			1
R		[\#\%][\$\._\p{Nd}]+	t39
R		([1-9\?][\?\p{Nd}]*[]*x)+	t67			1
R		0[Xx][0-9A-Fa-f]+	t67
R		-?[\p{Nd}]+(?:[\.][\p{Nd}]+)?(?:[Ee][\+\-]?[\p{Nd}]+(?:[\.][\p{Nd}]+)?)?	t67
R		[\!\(-\*\,\.\:\<-\>\[\]\{\}]|x(?![])	t78
R		[\p{Nd}]+	t98
