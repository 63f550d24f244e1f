S	root
R		#[^\n]*?(?![^\n])	t82
R		@[0-9A-Za-z]*	t26
R		=	t47	p(expression)
R		:	t24	p(type)
R		\$	t23	p(annotation)
R		(struct|enum|interface|union|import|using|const|annotation|extends|in|of|on|as|with|from|fixed)(?![])	t15			1
R		[\.]+	t22
R		[^\#-\$\:\=\@]+	t98
S	type
R		[^\$\(-\)\,\;\=\[\]\{\}]+	t24
R		[\(\[]	t24	p(parentype)
R				o1
S	parentype
R		[^\(-\)\;\[\]]+	t24
R		[\(\[]	t24	p()
R		[\)\]]	t24	o1
R				o1
S	expression
R		[^\$\(-\)\,\;\[\]\{\}]+	t47
R		[\(\[]	t47	p(parenexp)
R				o1
S	parenexp
R		[^\(-\)\;\[\]]+	t47
R		[\(\[]	t47	p()
R		[\)\]]	t47	o1
R				o1
S	annotation
R		[^\(-\)\,\:-\;\=\[\]\{\}]+	t23
R		[\(\[]	t23	p(annexp)
R				o1
S	annexp
R		[^\(-\)\;\[\]]+	t23
R		[\(\[]	t23	p()
R		[\)\]]	t23	o1
R				o1
