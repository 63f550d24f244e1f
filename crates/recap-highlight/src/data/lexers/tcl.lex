S	command-in-bracket
R		(?<![])(namespace|continue|variable|uplevel|foreach|return|update|elseif|global|rename|switch|upvar|error|vwait|catch|break|unset|array|apply|trace|after|while|then|else|expr|eval|proc|for|set|if)(?![])	t15	p(params-in-bracket)		1
R		(?<![])(platform::shell|pkg::create|pkg_mkIndex|fconfigure|re_syntax|fileevent|platform|fblocked|lreverse|mathfunc|encoding|registry|lreplace|history|bgerror|llength|lsearch|linsert|lassign|lappend|refchan|unknown|package|lrepeat|msgcat|mathop|format|interp|lrange|string|source|lindex|socket|concat|regsub|regexp|loadTk|memory|binary|append|unload|subst|split|lsort|clock|close|flush|fcopy|chan|glob|time|gets|http|dict|file|puts|tell|join|read|exit|exec|open|list|scan|seek|incr|info|lset|load|dde|pwd|pid|eof|tm|cd)(?![])	t37	p(params-in-bracket)		1
R		([\--\.]+)	t39	p(params-in-bracket)		1
R		#	t79	p(comment)
S	command-in-paren
R		(?<![])(namespace|continue|variable|uplevel|foreach|return|update|elseif|global|rename|switch|upvar|error|vwait|catch|break|unset|array|apply|trace|after|while|then|else|expr|eval|proc|for|set|if)(?![])	t15	p(params-in-paren)		1
R		(?<![])(platform::shell|pkg::create|pkg_mkIndex|fconfigure|re_syntax|fileevent|platform|fblocked|lreverse|mathfunc|encoding|registry|lreplace|history|bgerror|llength|lsearch|linsert|lassign|lappend|refchan|unknown|package|lrepeat|msgcat|mathop|format|interp|lrange|string|source|lindex|socket|concat|regsub|regexp|loadTk|memory|binary|append|unload|subst|split|lsort|clock|close|flush|fcopy|chan|glob|time|gets|http|dict|file|puts|tell|join|read|exit|exec|open|list|scan|seek|incr|info|lset|load|dde|pwd|pid|eof|tm|cd)(?![])	t37	p(params-in-paren)		1
R		([\--\.]+)	t39	p(params-in-paren)		1
R		#	t79	p(comment)
S	command-in-brace
R		(?<![])(namespace|continue|variable|uplevel|foreach|return|update|elseif|global|rename|switch|upvar|error|vwait|catch|break|unset|array|apply|trace|after|while|then|else|expr|eval|proc|for|set|if)(?![])	t15	p(params-in-brace)		1
R		(?<![])(platform::shell|pkg::create|pkg_mkIndex|fconfigure|re_syntax|fileevent|platform|fblocked|lreverse|mathfunc|encoding|registry|lreplace|history|bgerror|llength|lsearch|linsert|lassign|lappend|refchan|unknown|package|lrepeat|msgcat|mathop|format|interp|lrange|string|source|lindex|socket|concat|regsub|regexp|loadTk|memory|binary|append|unload|subst|split|lsort|clock|close|flush|fcopy|chan|glob|time|gets|http|dict|file|puts|tell|join|read|exit|exec|open|list|scan|seek|incr|info|lset|load|dde|pwd|pid|eof|tm|cd)(?![])	t37	p(params-in-brace)		1
R		([\--\.]+)	t39	p(params-in-brace)		1
R		#	t79	p(comment)
S	basic
R		\(	t15	p(paren)
R		\[	t15	p(bracket)
R		\{	t15	p(brace)
R		"	t58	p(string)
R		(eq|ne|in|ni)(?![])	t76			1
R		!=|==|<<|>>|<=|>=|&&|\|\||\*\*|[\!\%-\&\*-\+\-\/\:\<\>-\?\^\|\~]	t75
S	params-in-bracket
R		\]	t15	p(#pop,#pop)
I	params
S	data
R		[]+	t98
R		0x[0-9A-Fa-f]+	t70
R		0[0-7]+	t73
R		[\p{Nd}]+\.[\p{Nd}]+	t69
R		[\p{Nd}]+	t71
R		\$([\--\.\:]+)	t39			1
R		([\--\.\:]+)	t98			1
S	command
R		(?<![])(namespace|continue|variable|uplevel|foreach|return|update|elseif|global|rename|switch|upvar|error|vwait|catch|break|unset|array|apply|trace|after|while|then|else|expr|eval|proc|for|set|if)(?![])	t15	p(params)		1
R		(?<![])(platform::shell|pkg::create|pkg_mkIndex|fconfigure|re_syntax|fileevent|platform|fblocked|lreverse|mathfunc|encoding|registry|lreplace|history|bgerror|llength|lsearch|linsert|lassign|lappend|refchan|unknown|package|lrepeat|msgcat|mathop|format|interp|lrange|string|source|lindex|socket|concat|regsub|regexp|loadTk|memory|binary|append|unload|subst|split|lsort|clock|close|flush|fcopy|chan|glob|time|gets|http|dict|file|puts|tell|join|read|exit|exec|open|list|scan|seek|incr|info|lset|load|dde|pwd|pid|eof|tm|cd)(?![])	t37	p(params)		1
R		([\--\.]+)	t39	p(params)		1
R		#	t79	p(comment)
S	params-in-brace
R		\}	t15	p(#pop,#pop)
I	params
S	string-square
R		\[	t58	p(string-square)
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|\\\n|[^\\-\]])	t58			1
R		\]	t58	o1
S	bracket
R		\]	t15	o1
I	command-in-bracket
I	basic
I	data
S	params-in-paren
R		\)	t15	p(#pop,#pop)
I	params
S	paren
R		\)	t15	o1
I	command-in-paren
I	basic
I	data
S	comment
R		[^\n]*[^\\]\n	t79	o1
R		[^\n]*\\\n	t79
S	root
I	command
I	basic
I	data
R		\}	t15
S	brace
R		\}	t15	o1
I	command-in-brace
I	basic
I	data
S	params
R		;	t15	o1
R		\n	t98	o1
R		(else|elseif|then)(?![])	t15			1
I	basic
I	data
S	string
R		\[	t58	p(string-square)
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\\])	t58			1
R		"	t58	o1
