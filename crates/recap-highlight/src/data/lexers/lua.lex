S	funcname
I	ws
R		[\.\:]	t78
R		(?:[^[^]][]*)(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\]((?:\2))\])|(?:--[^\n]*(?![^\n]))|(?:[]+))*[\.\:])	t24			2
R		(?:[^[^]][]*)	t45	o1
R		\(	t78	o1
S	label
I	ws
R		::	t78	o1
R		(?:[^[^]][]*)	t30
S	dqs
R		"	t58	o1
R		[^"\\]+	t58
S	root
R		#![^\n]*	t84
R				p(base)
S	ws
R		(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\]((?:\1))\])	t81			2
R		(?:--[^\n]*(?![^\n]))	t82
R		(?:[]+)	t98
S	goto
I	ws
R		(?:[^[^]][]*)	t30	o1
S	sqs
R		'	t65	o1
R		[^'\\]+	t65
S	base
I	ws
R	i	0x[a-f\p{Nd}]*(\.[a-f\p{Nd}]*)?(p[\+\-]?[\p{Nd}]+)?	t70			2
R	i	([\p{Nd}]*\.[\p{Nd}]+|[\p{Nd}]+\.[\p{Nd}]*)(e[\+\-]?[\p{Nd}]+)?	t69			2
R	i	[\p{Nd}]+e[\+\-]?[\p{Nd}]+	t69
R		[\p{Nd}]+	t71
R		\[(=*)\[[\u0000-\u{10FFFF}]*?\](?:\1)\]	t50			1
R		::	t78	p(label)
R		\.{3}	t78
R		[\#\%-\&\*-\+\-\/\<-\>\^\|\~]+|\.\.	t75
R		[\(-\)\,\.\:-\;\[\]\{\}]	t78
R		(and|or|not)(?![])	t76			1
R		(break|do|else|elseif|end|for|if|in|repeat|return|then|until|while)(?![])	t20			1
R		goto(?![])	t20	p(goto)
R		(local)(?![])	t17			1
R		(true|false|nil)(?![])	t16			1
R		(function)(?![])	t20	p(funcname)		1
R		[A-Z_a-z][]*(\.[A-Z_a-z][]*)?	t22			1
R		'	t65	c(stringescape,sqs)
R		"	t58	c(stringescape,dqs)
S	stringescape
R		\\(["'\\a-bfnrtv]|[\n\r]{1,2}|z[]*|x[0-9A-Fa-f]{2}|[\p{Nd}]{1,3}|u\{[0-9A-Fa-f]+\})	t59			1
