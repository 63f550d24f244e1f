S	heredoc
R		[^\n]*\n	t60
S	root
R		\*[^\n]*\n	t79
R		[\+\.] 	t78	p(statement)
R		-[^\n]*\n	t79
R		END[]*\n	t30	p(heredoc)
R		[\$A-Za-z][\$]*	t30	p(statement)
R		[]+	t98	p(statement)
S	statement
R		[]*\n	t98	o1
R		[]+	t98
R		(?<=[^\.])(LT|LE|EQ|NE|GE|GT|INTEGER|IDENT|DIFFER|LGT|SIZE|REPLACE|TRIM|DUPL|REMDR|DATE|TIME|EVAL|APPLY|OPSYN|LOAD|UNLOAD|LEN|SPAN|BREAK|ANY|NOTANY|TAB|RTAB|REM|POS|RPOS|FAIL|FENCE|ABORT|ARB|ARBNO|BAL|SUCCEED|INPUT|OUTPUT|TERMINAL)(?=[^\.])	t37			1
R		[A-Za-z][\.]*	t22
R		\*\*|[\!\#-\&\*-\+\--\/\=\?-\@\\\|]	t75
R		"[^"]*"	t50
R		'[^']*'	t50
R		[0-9]+(?=[^\.D-Ed-e])	t71
R		[0-9]+(\.[0-9]*)?([D-Ed-e][\+\-]?[0-9]+)?	t69			2
R		:	t78	p(goto)
R		[\(-\)\,\;-\<\>]	t78
S	goto
R		[]*\n	t98	o2
R		[]+	t98
R		F|S	t15
R		(\()([A-Za-z][\.]*)(\))	g(t78,t30,t78)			3
