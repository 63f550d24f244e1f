S	script-content
R	i	(<)([]*)(\/)([]*)(script)([]*)(>)	g(t78,t98,t78,t98,t36,t98,t78)	o1		7
R	i	[\u0000-\u{10FFFF}]+?(?=<[]*\/[]*script[]*>)	u(Javascript)
S	style-content
R	i	(<)([]*)(\/)([]*)(style)([]*)(>)	g(t78,t98,t78,t98,t36,t98,t78)	o1		7
R	i	[\u0000-\u{10FFFF}]+?(?=<[]*\/[]*style[]*>)	u(CSS)
S	attr
R		"[\u0000-\u{10FFFF}]*?"	t50	o1
R		'[\u0000-\u{10FFFF}]*?'	t50	o1
R		[^\>]+	t50	o1
S	root
R		[^\&\<]+	t98
R		&[[^]]*?;	t27
R	i	<!\[CDATA\[[\u0000-\u{10FFFF}]*?\]\]>	t84
R		<!--	t79	p(comment)
R		<\?[\u0000-\u{10FFFF}]*?\?>	t84
R		<![^\>]*>	t84
R	i	(<)([]*)(script)([]*)	g(t78,t98,t36,t98)	p(script-content,tag)		4
R	i	(<)([]*)(style)([]*)	g(t78,t98,t36,t98)	p(style-content,tag)		4
R		(<)([]*)([\--\.\:]+)	g(t78,t98,t36)	p(tag)		3
R		(<)([]*)(\/)([]*)([\--\.\:]+)([]*)(>)	g(t78,t98,t78,t98,t36,t98,t78)			7
S	comment
R		[^\-]+	t79
R		-->	t79	o1
R		-	t79
S	tag
R		[]+	t98
R		([\-\:]+[]*)(=)([]*)	g(t23,t75,t98)	p(attr)		3
R		[\-\:]+	t23
R		(\/?)([]*)(>)	g(t78,t98,t78)	o1		3
