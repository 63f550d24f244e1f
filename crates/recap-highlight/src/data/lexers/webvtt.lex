S	root
R		((?<![\s\S])WEBVTT)((?:[\t ][^\n\r]*)?(?:\r?\n){2,})	g(t15,t98)			2
R		((?<![^\n])REGION)([\t ]*(?![^\n]))	g(t15,t98)	p(region-settings-list)		2
R		((?<![^\n])STYLE)([\t ]*(?![^\n]))((?:(?!-->)[\u0000-\u{10FFFF}])*?)((?:\r?\n){2})	g(t15,t98,u(CSS),t98)			4
I	comment
R		(?=((?![^\n\r]*-->)[^\n\r]*\r?\n)?([\p{Nd}]{2}:)?(?:[0-5][0-9]):(?:[0-5][0-9])\.[\p{Nd}]{3}[\t ]+-->[\t ]+([\p{Nd}]{2}:)?(?:[0-5][0-9]):(?:[0-5][0-9])\.[\p{Nd}]{3})		p(cues)		3
S	region-settings-list
R		(?: |\t|\r?\n(?!\r?\n))+	t98
R		(?:\r?\n){2}	t98	o1
R		(id)(:)(?!-->)([[^]]+)	g(t15,t78,t47)			3
R		(width)(:)((?:[1-9]?[\p{Nd}]|100)(?:\.[\p{Nd}]+)?)(%)	g(t15,t78,t47,t21)			4
R		(lines)(:)([\p{Nd}]+)	g(t15,t78,t47)			3
R		(regionanchor|viewportanchor)(:)((?:[1-9]?[\p{Nd}]|100)(?:\.[\p{Nd}]+)?)(%)(,)((?:[1-9]?[\p{Nd}]|100)(?:\.[\p{Nd}]+)?)(%)	g(t15,t78,t47,t21,t78,t47,t21)			7
R		(scroll)(:)(up)	g(t15,t78,t16)			3
S	comment
R		(?<![^\n])NOTE( |\t|\r?\n)((?!-->)[\u0000-\u{10FFFF}])*?(?:(\r?\n){2}|(?=\n?(?![\s\S])))	t79			3
S	cues
R		(?:((?!-->)[^\n\r]+)?(\r?\n))?((?:[\p{Nd}]{2}:)?(?:[0-5][0-9]):(?:[0-5][0-9])\.[\p{Nd}]{3})([\t ]+)(-->)([\t ]+)((?:[\p{Nd}]{2}:)?(?:[0-5][0-9]):(?:[0-5][0-9])\.[\p{Nd}]{3})([\t ]*)	g(t22,t98,t48,t98,t75,t98,t48,t98)	p(cue-settings-list)		8
I	comment
S	cue-settings-list
R		[\t ]+	t98
R		(vertical)(:)?(rl|lr)?	g(t15,t78,t16)			3
R		(line)(:)?(?:(?:((?:[1-9]?[\p{Nd}]|100)(?:\.[\p{Nd}]+)?)(%)|(-?[\p{Nd}]+))(?:(,)(start|center|end))?)?	g(t15,t78,t47,t21,t47,t78,t16)			7
R		(position)(:)?(?:(?:((?:[1-9]?[\p{Nd}]|100)(?:\.[\p{Nd}]+)?)(%)|(-?[\p{Nd}]+))(?:(,)(line-left|center|line-right))?)?	g(t15,t78,t47,t21,t47,t78,t16)			7
R		(size)(:)?(?:((?:[1-9]?[\p{Nd}]|100)(?:\.[\p{Nd}]+)?)(%))?	g(t15,t78,t47,t21)			4
R		(align)(:)?(start|center|end|left|right)?	g(t15,t78,t16)			3
R		(region)(:)?((?![^\n\r]*-->(?=[\t ]+?))[^\t-\n\r ]+)?	g(t15,t78,t47)			3
R		(?=\r?\n)		p(cue-payload)
S	cue-payload
R		(\r?\n){2,}	t98	o2		1
R		[^\&\<]+?	t98
R		&(#[\p{Nd}]+|#x[0-9A-Fa-f]+|[0-9A-Za-z]+);	t98			1
R		(?=<)	t98	p(cue-span-tag)
S	cue-span-tag
R		<(?=c|i|b|u|ruby|rt|v|lang|(?:[\p{Nd}]{2}:)?(?:[0-5][0-9]):(?:[0-5][0-9])\.[\p{Nd}]{3})	t78	p(cue-span-start-tag-name)
R		(<\/)(c|i|b|u|ruby|rt|v|lang)	g(t78,t36)			2
R		>	t78	o1
S	cue-span-start-tag-name
R		(c|i|b|u|ruby|rt)|((?:[\p{Nd}]{2}:)?(?:[0-5][0-9]):(?:[0-5][0-9])\.[\p{Nd}]{3})	g(t36,t48)	p(cue-span-classes-without-annotations)		2
R		v|lang	t36	p(cue-span-classes-with-annotations)
S	cue-span-classes-without-annotations
I	cue-span-classes
R		(?=>)		o2
S	cue-span-classes-with-annotations
I	cue-span-classes
R		(?=[\t ])		p(cue-span-start-tag-annotations)
S	cue-span-classes
R		(\.)([^\t-\n\r \&\.\<\>]+)	g(t78,t36)			2
S	cue-span-start-tag-annotations
R		[\t ](?:[^\n\r\&\>]|&(?:#[\p{Nd}]+|#x[0-9A-Fa-f]+|[0-9A-Za-z]+);)+	t98
R		(?=>)	t98	o3
