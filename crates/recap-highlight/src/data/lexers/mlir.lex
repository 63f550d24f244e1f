S	whitespace
R		(\n|[])+	t8000			1
R		\/\/[^\n]*?\n	t6000			0
S	keyword
R		(constant|return)	t1006			1
R		(memref|tensor|vector|func|loc)	t1006			1
R		bf16|f16|f32|f64|index	t1000			0
R		i[1-9][\p{Nd}]*	t1000			0
S	root
I	whitespace
R		c?"[^"]*?"	t3100			0
R		\^([\$\--\.A-Z_a-z][\$\--\.0-9]*)[]*	t2008			1
R		([\$\._\p{Nd}]+)[]*=	t2008			1
I	keyword
R		->	t5000			0
R		@([_][\$\._\p{Nd}]*)	t2300			1
R		[\#\%][\$\._\p{Nd}]+	t2200			0
R		([1-9\?][\?\p{Nd}]*[]*x)+	t3200			1
R		0[Xx][0-9A-Fa-f]+	t3200			0
R		-?[\p{Nd}]+(?:[\.][\p{Nd}]+)?(?:[Ee][\+\-]?[\p{Nd}]+(?:[\.][\p{Nd}]+)?)?	t3200			0
R		[\!\(-\*\,\.\:\<-\>\[\]\{\}]|x(?![])	t5000			0
R		[\p{Nd}]+	t8000			0
