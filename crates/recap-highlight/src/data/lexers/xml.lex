S	root
R		[^\&\<]+	t98
R		&[[^]]*?;	t27
R		<!\[CDATA\[[\u0000-\u{10FFFF}]*?\]\]>	t84
R		<!--	t79	p(comment)
R		<\?[\u0000-\u{10FFFF}]*?\?>	t84
R		<![^\>]*>	t84
R		<[]*[\--\.\:]+	t36	p(tag)
R		<[]*\/[]*[\--\.\:]+[]*>	t36
S	comment
R		[^\-]+	t79
R		-->	t79	o1
R		-	t79
S	tag
R		[]+	t98
R		[\--\.\:]+[]*=	t23	p(attr)
R		\/?[]*>	t36	o1
S	attr
R		[]+	t98
R		"[\u0000-\u{10FFFF}]*?"	t50	o1
R		'[\u0000-\u{10FFFF}]*?'	t50	o1
R		[^\>]+	t50	o1
