S	command-in-bracket
R		(?<![])(namespace|continue|variable|uplevel|foreach|return|update|elseif|global|rename|switch|upvar|error|vwait|catch|break|unset|array|apply|trace|after|while|then|else|expr|eval|proc|for|set|if)(?![])	t1000	p(params-in-bracket)		1	acegiinnpprw	
R		(?<![])(platform::shell|pkg::create|pkg_mkIndex|fconfigure|re_syntax|fileevent|platform|fblocked|lreverse|mathfunc|encoding|registry|lreplace|history|bgerror|llength|lsearch|linsert|lassign|lappend|refchan|unknown|package|lrepeat|msgcat|mathop|format|interp|lrange|string|source|lindex|socket|concat|regsub|regexp|loadTk|memory|binary|append|unload|subst|split|lsort|clock|close|flush|fcopy|chan|glob|time|gets|http|dict|file|puts|tell|join|read|exit|exec|open|list|scan|seek|incr|info|lset|load|dde|pwd|pid|eof|tm|cd)(?![])	t2100	p(params-in-bracket)		1	ajlmopru	
R		([\--\.]+)	t2200	p(params-in-bracket)		1	-.09AZ__az+	-.09AZ__az
R		#	t6000	p(comment)		0	##	
S	command-in-paren
R		(?<![])(namespace|continue|variable|uplevel|foreach|return|update|elseif|global|rename|switch|upvar|error|vwait|catch|break|unset|array|apply|trace|after|while|then|else|expr|eval|proc|for|set|if)(?![])	t1000	p(params-in-paren)		1	acegiinnpprw	
R		(?<![])(platform::shell|pkg::create|pkg_mkIndex|fconfigure|re_syntax|fileevent|platform|fblocked|lreverse|mathfunc|encoding|registry|lreplace|history|bgerror|llength|lsearch|linsert|lassign|lappend|refchan|unknown|package|lrepeat|msgcat|mathop|format|interp|lrange|string|source|lindex|socket|concat|regsub|regexp|loadTk|memory|binary|append|unload|subst|split|lsort|clock|close|flush|fcopy|chan|glob|time|gets|http|dict|file|puts|tell|join|read|exit|exec|open|list|scan|seek|incr|info|lset|load|dde|pwd|pid|eof|tm|cd)(?![])	t2100	p(params-in-paren)		1	ajlmopru	
R		([\--\.]+)	t2200	p(params-in-paren)		1	-.09AZ__az+	-.09AZ__az
R		#	t6000	p(comment)		0	##	
S	command-in-brace
R		(?<![])(namespace|continue|variable|uplevel|foreach|return|update|elseif|global|rename|switch|upvar|error|vwait|catch|break|unset|array|apply|trace|after|while|then|else|expr|eval|proc|for|set|if)(?![])	t1000	p(params-in-brace)		1	acegiinnpprw	
R		(?<![])(platform::shell|pkg::create|pkg_mkIndex|fconfigure|re_syntax|fileevent|platform|fblocked|lreverse|mathfunc|encoding|registry|lreplace|history|bgerror|llength|lsearch|linsert|lassign|lappend|refchan|unknown|package|lrepeat|msgcat|mathop|format|interp|lrange|string|source|lindex|socket|concat|regsub|regexp|loadTk|memory|binary|append|unload|subst|split|lsort|clock|close|flush|fcopy|chan|glob|time|gets|http|dict|file|puts|tell|join|read|exit|exec|open|list|scan|seek|incr|info|lset|load|dde|pwd|pid|eof|tm|cd)(?![])	t2100	p(params-in-brace)		1	ajlmopru	
R		([\--\.]+)	t2200	p(params-in-brace)		1	-.09AZ__az+	-.09AZ__az
R		#	t6000	p(comment)		0	##	
S	basic
R		\(	t1000	p(paren)		0	((	
R		\[	t1000	p(bracket)		0	[[	
R		\{	t1000	p(brace)		0	{{	
R		"	t3108	p(string)		0	""	
R		(eq|ne|in|ni)(?![])	t4001			1	eeiinn	
R		!=|==|<<|>>|<=|>=|&&|\|\||\*\*|[\!\%-\&\*-\+\-\/\:\<\>-\?\^\|\~]	t4000			0	!!%&*+--//::<?^^||~~	
S	params-in-bracket
R		\]	t1000	p(#pop,#pop)		0	]]	
I	params
S	data
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		0x[0-9A-Fa-f]+	t3203			0	00	
R		0[0-7]+	t3206			0	00	
R		[\p{Nd}]+\.[\p{Nd}]+	t3202			0	09+	09
R		[\p{Nd}]+	t3204			0	09+	09
R		\$([\--\.\:]+)	t2200			1	$$	
R		([\--\.\:]+)	t8000			1	-.0:AZ__az+	-.0:AZ__az
S	command
R		(?<![])(namespace|continue|variable|uplevel|foreach|return|update|elseif|global|rename|switch|upvar|error|vwait|catch|break|unset|array|apply|trace|after|while|then|else|expr|eval|proc|for|set|if)(?![])	t1000	p(params)		1	acegiinnpprw	
R		(?<![])(platform::shell|pkg::create|pkg_mkIndex|fconfigure|re_syntax|fileevent|platform|fblocked|lreverse|mathfunc|encoding|registry|lreplace|history|bgerror|llength|lsearch|linsert|lassign|lappend|refchan|unknown|package|lrepeat|msgcat|mathop|format|interp|lrange|string|source|lindex|socket|concat|regsub|regexp|loadTk|memory|binary|append|unload|subst|split|lsort|clock|close|flush|fcopy|chan|glob|time|gets|http|dict|file|puts|tell|join|read|exit|exec|open|list|scan|seek|incr|info|lset|load|dde|pwd|pid|eof|tm|cd)(?![])	t2100	p(params)		1	ajlmopru	
R		([\--\.]+)	t2200	p(params)		1	-.09AZ__az+	-.09AZ__az
R		#	t6000	p(comment)		0	##	
S	params-in-brace
R		\}	t1000	p(#pop,#pop)		0	}}	
I	params
S	string-square
R		\[	t3108	p(string-square)		0	[[	
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|\\\n|[^\\-\]])	t3108			1	\x00\x5C^\x7F+	
R		\]	t3108	o1		0	]]	
S	bracket
R		\]	t1000	o1		0	]]	
I	command-in-bracket
I	basic
I	data
S	params-in-paren
R		\)	t1000	p(#pop,#pop)		0	))	
I	params
S	paren
R		\)	t1000	o1		0	))	
I	command-in-paren
I	basic
I	data
S	comment
R		[^\n]*[^\\]\n	t6000	o1		0	\x00\x7F+	\x00\x09\x0B\x7F
R		[^\n]*\\\n	t6000			0	\x00\x09\x0B\x7F+	\x00\x09\x0B\x7F
S	root
I	command
I	basic
I	data
R		\}	t1000			0	}}	
S	brace
R		\}	t1000	o1		0	}}	
I	command-in-brace
I	basic
I	data
S	params
R		;	t1000	o1		0	;;	
R		\n	t8000	o1		0	\x0A\x0A	
R		(else|elseif|then)(?![])	t1000			1	eett	
I	basic
I	data
S	string
R		\[	t3108	p(string-square)		0	[[	
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\\])	t3108			1	\x00!#\x7F+	
R		"	t3108	o1		0	""	
