S	basic
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(if|endif|else|while|then|foreach|case|default|continue|goto|breaksw|end|switch|endsw)[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t1000			1	bgiistww	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(alias|alloc|bg|bindkey|break|builtins|bye|caller|cd|chdir|complete|dirs|echo|echotc|eval|exec|exit|fg|filetest|getxvers|glob|getspath|hashstat|history|hup|inlib|jobs|kill|limit|log|login|logout|ls-F|migrate|newgrp|nice|nohup|notify|onintr|popd|printenv|pushd|rehash|repeat|rootnode|popd|pushd|set|shift|sched|setenv|setpath|settc|setty|setxvers|shift|source|stop|suspend|source|suspend|telltc|time|umask|unalias|uncomplete|unhash|universe|unlimit|unset|unsetenv|ver|wait|warp|watchlog|where|which)[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t2100			1	aprw	
R		#[^\n]*	t6000			0	##	
R		\\[\u0000-\u{10FFFF}]	t3109			0	\x5C\x5C	
R		((?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)(=)	g(t2200,t8000,t4000)			3	09AZ__az+	
R		[\(-\)\=\[\]\{\}]+	t4000			0	()==[[]]{{}}	()==[[]]{{}}
R		<<[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*('?)\\?([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)[\u0000-\u{10FFFF}]+?(?:\2)	t3100			2	<<	
R		;	t5000			0	;;	
S	data
R		"(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\\])*"	t3108			1	""	
R		'(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^'\\])*'	t3115			1	''	
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		[^"-\$'-\)\;\=\[-\]\`\{\}\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x00\x08\x0E\x1F!!%&*:<<>Z^_az||~\x7F+	\x00\x08\x0E\x1F!!%&*:<<>Z^_az||~\x7F
R		[\p{Nd}]+(?= |(?=\n?(?![\s\S])))	t3200			0	09+	09
R		\$#?([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+|[^\n])	t2200			1	$$	
S	curly
R		\}	t1000	o1		0	}}	
R		:-	t1000			0	::	
R		[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+	t2200			0	09AZ__az+	09AZ__az
R		[^"\$'\:\`\}]+	t5000			0	\x00!##%&(9;_a|~\x7F+	\x00!##%&(9;_a|~\x7F
R		:	t5000			0	::	
I	root
S	paren
R		\)	t1000	o1		0	))	
I	root
S	backticks
R		`	t3103	o1		0	``	
I	root
S	root
I	basic
R		\$\(	t1000	p(paren)		0	$$	
R		\$\{#?	t1000	p(curly)		0	$$	
R		`	t3103	p(backticks)		0	``	
I	data
