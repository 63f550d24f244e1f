S	command-in-bracket
R		(?<![])(namespace|continue|variable|uplevel|foreach|return|update|elseif|global|rename|switch|upvar|error|vwait|catch|break|unset|array|apply|trace|after|while|then|else|expr|eval|proc|for|set|if)(?![])	t1000	p(params-in-bracket)		1
R		(?<![])(platform::shell|pkg::create|pkg_mkIndex|fconfigure|re_syntax|fileevent|platform|fblocked|lreverse|mathfunc|encoding|registry|lreplace|history|bgerror|llength|lsearch|linsert|lassign|lappend|refchan|unknown|package|lrepeat|msgcat|mathop|format|interp|lrange|string|source|lindex|socket|concat|regsub|regexp|loadTk|memory|binary|append|unload|subst|split|lsort|clock|close|flush|fcopy|chan|glob|time|gets|http|dict|file|puts|tell|join|read|exit|exec|open|list|scan|seek|incr|info|lset|load|dde|pwd|pid|eof|tm|cd)(?![])	t2100	p(params-in-bracket)		1
R		([\--\.]+)	t2200	p(params-in-bracket)		1
R		#	t6000	p(comment)		0
S	command-in-paren
R		(?<![])(namespace|continue|variable|uplevel|foreach|return|update|elseif|global|rename|switch|upvar|error|vwait|catch|break|unset|array|apply|trace|after|while|then|else|expr|eval|proc|for|set|if)(?![])	t1000	p(params-in-paren)		1
R		(?<![])(platform::shell|pkg::create|pkg_mkIndex|fconfigure|re_syntax|fileevent|platform|fblocked|lreverse|mathfunc|encoding|registry|lreplace|history|bgerror|llength|lsearch|linsert|lassign|lappend|refchan|unknown|package|lrepeat|msgcat|mathop|format|interp|lrange|string|source|lindex|socket|concat|regsub|regexp|loadTk|memory|binary|append|unload|subst|split|lsort|clock|close|flush|fcopy|chan|glob|time|gets|http|dict|file|puts|tell|join|read|exit|exec|open|list|scan|seek|incr|info|lset|load|dde|pwd|pid|eof|tm|cd)(?![])	t2100	p(params-in-paren)		1
R		([\--\.]+)	t2200	p(params-in-paren)		1
R		#	t6000	p(comment)		0
S	command-in-brace
R		(?<![])(namespace|continue|variable|uplevel|foreach|return|update|elseif|global|rename|switch|upvar|error|vwait|catch|break|unset|array|apply|trace|after|while|then|else|expr|eval|proc|for|set|if)(?![])	t1000	p(params-in-brace)		1
R		(?<![])(platform::shell|pkg::create|pkg_mkIndex|fconfigure|re_syntax|fileevent|platform|fblocked|lreverse|mathfunc|encoding|registry|lreplace|history|bgerror|llength|lsearch|linsert|lassign|lappend|refchan|unknown|package|lrepeat|msgcat|mathop|format|interp|lrange|string|source|lindex|socket|concat|regsub|regexp|loadTk|memory|binary|append|unload|subst|split|lsort|clock|close|flush|fcopy|chan|glob|time|gets|http|dict|file|puts|tell|join|read|exit|exec|open|list|scan|seek|incr|info|lset|load|dde|pwd|pid|eof|tm|cd)(?![])	t2100	p(params-in-brace)		1
R		([\--\.]+)	t2200	p(params-in-brace)		1
R		#	t6000	p(comment)		0
S	basic
R		\(	t1000	p(paren)		0
R		\[	t1000	p(bracket)		0
R		\{	t1000	p(brace)		0
R		"	t3108	p(string)		0
R		(eq|ne|in|ni)(?![])	t4001			1
R		!=|==|<<|>>|<=|>=|&&|\|\||\*\*|[\!\%-\&\*-\+\-\/\:\<\>-\?\^\|\~]	t4000			0
S	params-in-bracket
R		\]	t1000	p(#pop,#pop)		0
I	params
S	data
R		[]+	t8000			0
R		0x[0-9A-Fa-f]+	t3203			0
R		0[0-7]+	t3206			0
R		[\p{Nd}]+\.[\p{Nd}]+	t3202			0
R		[\p{Nd}]+	t3204			0
R		\$([\--\.\:]+)	t2200			1
R		([\--\.\:]+)	t8000			1
S	command
R		(?<![])(namespace|continue|variable|uplevel|foreach|return|update|elseif|global|rename|switch|upvar|error|vwait|catch|break|unset|array|apply|trace|after|while|then|else|expr|eval|proc|for|set|if)(?![])	t1000	p(params)		1
R		(?<![])(platform::shell|pkg::create|pkg_mkIndex|fconfigure|re_syntax|fileevent|platform|fblocked|lreverse|mathfunc|encoding|registry|lreplace|history|bgerror|llength|lsearch|linsert|lassign|lappend|refchan|unknown|package|lrepeat|msgcat|mathop|format|interp|lrange|string|source|lindex|socket|concat|regsub|regexp|loadTk|memory|binary|append|unload|subst|split|lsort|clock|close|flush|fcopy|chan|glob|time|gets|http|dict|file|puts|tell|join|read|exit|exec|open|list|scan|seek|incr|info|lset|load|dde|pwd|pid|eof|tm|cd)(?![])	t2100	p(params)		1
R		([\--\.]+)	t2200	p(params)		1
R		#	t6000	p(comment)		0
S	params-in-brace
R		\}	t1000	p(#pop,#pop)		0
I	params
S	string-square
R		\[	t3108	p(string-square)		0
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|\\\n|[^\\-\]])	t3108			1
R		\]	t3108	o1		0
S	bracket
R		\]	t1000	o1		0
I	command-in-bracket
I	basic
I	data
S	params-in-paren
R		\)	t1000	p(#pop,#pop)		0
I	params
S	paren
R		\)	t1000	o1		0
I	command-in-paren
I	basic
I	data
S	comment
R		[^\n]*[^\\]\n	t6000	o1		0
R		[^\n]*\\\n	t6000			0
S	root
I	command
I	basic
I	data
R		\}	t1000			0
S	brace
R		\}	t1000	o1		0
I	command-in-brace
I	basic
I	data
S	params
R		;	t1000	o1		0
R		\n	t8000	o1		0
R		(else|elseif|then)(?![])	t1000			1
I	basic
I	data
S	string
R		\[	t3108	p(string-square)		0
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\\])	t3108			1
R		"	t3108	o1		0
