S	funcname
I	ws
R		[\.\:]	t5000			0
R		(?:[^[^]][]*)(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\]((?:\2))\])|(?:--[^\n]*(?![^\n]))|(?:[]+))*[\.\:])	t2002			2
R		(?:[^[^]][]*)	t2300	o1		0
R		\(	t5000	o1		0
S	label
I	ws
R		::	t5000	o1		0
R		(?:[^[^]][]*)	t2008			0
S	dqs
R		"	t3108	o1		0
R		[^"\\]+	t3108			0
S	root
R		#![^\n]*	t6100			0
R				p(base)		0
S	ws
R		(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\]((?:\1))\])	t6002			2
R		(?:--[^\n]*(?![^\n]))	t6003			0
R		(?:[]+)	t8000			0
S	goto
I	ws
R		(?:[^[^]][]*)	t2008	o1		0
S	sqs
R		'	t3115	o1		0
R		[^'\\]+	t3115			0
S	base
I	ws
R	i	0x[a-f\p{Nd}]*(\.[a-f\p{Nd}]*)?(p[\+\-]?[\p{Nd}]+)?	t3203			2
R	i	([\p{Nd}]*\.[\p{Nd}]+|[\p{Nd}]+\.[\p{Nd}]*)(e[\+\-]?[\p{Nd}]+)?	t3202			2
R	i	[\p{Nd}]+e[\+\-]?[\p{Nd}]+	t3202			0
R		[\p{Nd}]+	t3204			0
R		\[(=*)\[[\u0000-\u{10FFFF}]*?\](?:\1)\]	t3100			1
R		::	t5000	p(label)		0
R		\.{3}	t5000			0
R		[\#\%-\&\*-\+\-\/\<-\>\^\|\~]+|\.\.	t4000			0
R		[\(-\)\,\.\:-\;\[\]\{\}]	t5000			0
R		(and|or|not)(?![])	t4001			1
R		(break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)(?![])	t1005			1
R		goto(?![])	t1005	p(goto)		0
R		(local)(?![])	t1002			1
R		(true|false|nil)(?![])	t1001			1
R		(function)(?![])	t1005	p(funcname)		1
R		[A-Z_a-z][]*(\.[A-Z_a-z][]*)?	t2000			1
R		'	t3115	c(stringescape,sqs)		0
R		"	t3108	c(stringescape,dqs)		0
S	stringescape
R		\\(["'\\a-bfnrtv]|[\n\r]{1,2}|z[]*|x[0-9A-Fa-f]{2}|[\p{Nd}]{1,3}|u\{[0-9A-Fa-f]+\})	t3109			1
