S	root
R		((?<![\s\S])WEBVTT)((?:[\t ][^\n\r]*)?(?:\r?\n){2,})	g(t1000,t8000)			2
R		((?<![^\n])REGION)([\t ]*(?![^\n]))	g(t1000,t8000)	p(region-settings-list)		2
R		((?<![^\n])STYLE)([\t ]*(?![^\n]))((?:(?!-->)[\u0000-\u{10FFFF}])*?)((?:\r?\n){2})	g(t1000,t8000,u(CSS),t8000)			4
I	comment
R		(?=((?![^\n\r]*-->)[^\n\r]*\r?\n)?([\p{Nd}]{2}:)?(?:[0-5][0-9]):(?:[0-5][0-9])\.[\p{Nd}]{3}[\t ]+-->[\t ]+([\p{Nd}]{2}:)?(?:[0-5][0-9]):(?:[0-5][0-9])\.[\p{Nd}]{3})		p(cues)		3
S	region-settings-list
R		(?: |\t|\r?\n(?!\r?\n))+	t8000			0
R		(?:\r?\n){2}	t8000	o1		0
R		(id)(:)(?!-->)([[^]]+)	g(t1000,t5000,t3000)			3
R		(width)(:)((?:[1-9]?[\p{Nd}]|100)(?:\.[\p{Nd}]+)?)(%)	g(t1000,t5000,t3000,t1006)			4
R		(lines)(:)([\p{Nd}]+)	g(t1000,t5000,t3000)			3
R		(regionanchor|viewportanchor)(:)((?:[1-9]?[\p{Nd}]|100)(?:\.[\p{Nd}]+)?)(%)(,)((?:[1-9]?[\p{Nd}]|100)(?:\.[\p{Nd}]+)?)(%)	g(t1000,t5000,t3000,t1006,t5000,t3000,t1006)			7
R		(scroll)(:)(up)	g(t1000,t5000,t1001)			3
S	comment
R		(?<![^\n])NOTE( |\t|\r?\n)((?!-->)[\u0000-\u{10FFFF}])*?(?:(\r?\n){2}|(?=\n?(?![\s\S])))	t6000			3
S	cues
R		(?:((?!-->)[^\n\r]+)?(\r?\n))?((?:[\p{Nd}]{2}:)?(?:[0-5][0-9]):(?:[0-5][0-9])\.[\p{Nd}]{3})([\t ]+)(-->)([\t ]+)((?:[\p{Nd}]{2}:)?(?:[0-5][0-9]):(?:[0-5][0-9])\.[\p{Nd}]{3})([\t ]*)	g(t2000,t8000,t3001,t8000,t4000,t8000,t3001,t8000)	p(cue-settings-list)		8
I	comment
S	cue-settings-list
R		[\t ]+	t8000			0
R		(vertical)(:)?(rl|lr)?	g(t1000,t5000,t1001)			3
R		(line)(:)?(?:(?:((?:[1-9]?[\p{Nd}]|100)(?:\.[\p{Nd}]+)?)(%)|(-?[\p{Nd}]+))(?:(,)(start|center|end))?)?	g(t1000,t5000,t3000,t1006,t3000,t5000,t1001)			7
R		(position)(:)?(?:(?:((?:[1-9]?[\p{Nd}]|100)(?:\.[\p{Nd}]+)?)(%)|(-?[\p{Nd}]+))(?:(,)(line-left|center|line-right))?)?	g(t1000,t5000,t3000,t1006,t3000,t5000,t1001)			7
R		(size)(:)?(?:((?:[1-9]?[\p{Nd}]|100)(?:\.[\p{Nd}]+)?)(%))?	g(t1000,t5000,t3000,t1006)			4
R		(align)(:)?(start|center|end|left|right)?	g(t1000,t5000,t1001)			3
R		(region)(:)?((?![^\n\r]*-->(?=[\t ]+?))[^\t-\n\r ]+)?	g(t1000,t5000,t3000)			3
R		(?=\r?\n)		p(cue-payload)		0
S	cue-payload
R		(\r?\n){2,}	t8000	o2		1
R		[^\&\<]+?	t8000			0
R		&(#[\p{Nd}]+|#x[0-9A-Fa-f]+|[0-9A-Za-z]+);	t8000			1
R		(?=<)	t8000	p(cue-span-tag)		0
S	cue-span-tag
R		<(?=c|i|b|u|ruby|rt|v|lang|(?:[\p{Nd}]{2}:)?(?:[0-5][0-9]):(?:[0-5][0-9])\.[\p{Nd}]{3})	t5000	p(cue-span-start-tag-name)		0
R		(<\/)(c|i|b|u|ruby|rt|v|lang)	g(t5000,t2014)			2
R		>	t5000	o1		0
S	cue-span-start-tag-name
R		(c|i|b|u|ruby|rt)|((?:[\p{Nd}]{2}:)?(?:[0-5][0-9]):(?:[0-5][0-9])\.[\p{Nd}]{3})	g(t2014,t3001)	p(cue-span-classes-without-annotations)		2
R		v|lang	t2014	p(cue-span-classes-with-annotations)		0
S	cue-span-classes-without-annotations
I	cue-span-classes
R		(?=>)		o2		0
S	cue-span-classes-with-annotations
I	cue-span-classes
R		(?=[\t ])		p(cue-span-start-tag-annotations)		0
S	cue-span-classes
R		(\.)([^\t-\n\r \&\.\<\>]+)	g(t5000,t2014)			2
S	cue-span-start-tag-annotations
R		[\t ](?:[^\n\r\&\>]|&(?:#[\p{Nd}]+|#x[0-9A-Fa-f]+|[0-9A-Za-z]+);)+	t8000			0
R		(?=>)	t8000	o3		0
