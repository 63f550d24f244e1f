S	heredoc
R		[^\n]*\n	t3110			0
S	root
R		\*[^\n]*\n	t6000			0
R		[\+\.] 	t5000	p(statement)		0
R		-[^\n]*\n	t6000			0
R		END[]*\n	t2008	p(heredoc)		0
R		[\$A-Za-z][\$]*	t2008	p(statement)		0
R		[]+	t8000	p(statement)		0
S	statement
R		[]*\n	t8000	o1		0
R		[]+	t8000			0
R		(?<=[^\.])(LT|LE|EQ|NE|GE|GT|INTEGER|IDENT|DIFFER|LGT|SIZE|REPLACE|TRIM|DUPL|REMDR|DATE|TIME|EVAL|APPLY|OPSYN|LOAD|UNLOAD|LEN|SPAN|BREAK|ANY|NOTANY|TAB|RTAB|REM|POS|RPOS|FAIL|FENCE|ABORT|ARB|ARBNO|BAL|SUCCEED|INPUT|OUTPUT|TERMINAL)(?=[^\.])	t2100			1
R		[A-Za-z][\.]*	t2000			0
R		\*\*|[\!\#-\&\*-\+\--\/\=\?-\@\\\|]	t4000			0
R		"[^"]*"	t3100			0
R		'[^']*'	t3100			0
R		[0-9]+(?=[^\.D-Ed-e])	t3204			0
R		[0-9]+(\.[0-9]*)?([D-Ed-e][\+\-]?[0-9]+)?	t3202			2
R		:	t5000	p(goto)		0
R		[\(-\)\,\;-\<\>]	t5000			0
S	goto
R		[]*\n	t8000	o2		0
R		[]+	t8000			0
R		F|S	t1000			0
R		(\()([A-Za-z][\.]*)(\))	g(t5000,t2008,t5000)			3
