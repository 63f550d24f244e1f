S	root
R		#[^\n]*?(?![^\n])	t6003			0
R		@[0-9A-Za-z]*	t2004			0
R		=	t3000	p(expression)		0
R		:	t2002	p(type)		0
R		\$	t2001	p(annotation)		0
R		(struct|enum|interface|union|import|using|const|annotation|extends|in|of|on|as|with|from|fixed)(?![])	t1000			1
R		[\.]+	t2000			0
R		[^\#-\$\:\=\@]+	t8000			0
S	type
R		[^\$\(-\)\,\;\=\[\]\{\}]+	t2002			0
R		[\(\[]	t2002	p(parentype)		0
R				o1		0
S	parentype
R		[^\(-\)\;\[\]]+	t2002			0
R		[\(\[]	t2002	p()		0
R		[\)\]]	t2002	o1		0
R				o1		0
S	expression
R		[^\$\(-\)\,\;\[\]\{\}]+	t3000			0
R		[\(\[]	t3000	p(parenexp)		0
R				o1		0
S	parenexp
R		[^\(-\)\;\[\]]+	t3000			0
R		[\(\[]	t3000	p()		0
R		[\)\]]	t3000	o1		0
R				o1		0
S	annotation
R		[^\(-\)\,\:-\;\=\[\]\{\}]+	t2001			0
R		[\(\[]	t2001	p(annexp)		0
R				o1		0
S	annexp
R		[^\(-\)\;\[\]]+	t2001			0
R		[\(\[]	t2001	p()		0
R		[\)\]]	t2001	o1		0
R				o1		0
