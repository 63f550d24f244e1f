S	basic
R		(?<![])(if|endif|else|while|then|foreach|case|default|continue|goto|breaksw|end|switch|endsw)[]*(?:(?<=[])(?![])|(?<![])(?=[]))	t1000			1
R		(?<![])(alias|alloc|bg|bindkey|break|builtins|bye|caller|cd|chdir|complete|dirs|echo|echotc|eval|exec|exit|fg|filetest|getxvers|glob|getspath|hashstat|history|hup|inlib|jobs|kill|limit|log|login|logout|ls-F|migrate|newgrp|nice|nohup|notify|onintr|popd|printenv|pushd|rehash|repeat|rootnode|popd|pushd|set|shift|sched|setenv|setpath|settc|setty|setxvers|shift|source|stop|suspend|source|suspend|telltc|time|umask|unalias|uncomplete|unhash|universe|unlimit|unset|unsetenv|ver|wait|warp|watchlog|where|which)[]*(?:(?<=[])(?![])|(?<![])(?=[]))	t2100			1
R		#[^\n]*	t6000			0
R		\\[\u0000-\u{10FFFF}]	t3109			0
R		((?<![])[]+)([]*)(=)	g(t2200,t8000,t4000)			3
R		[\(-\)\=\[\]\{\}]+	t4000			0
R		<<[]*('?)\\?([]+)[\u0000-\u{10FFFF}]+?(?:\2)	t3100			2
R		;	t5000			0
S	data
R		"(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\\])*"	t3108			1
R		'(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^'\\])*'	t3115			1
R		[]+	t8000			0
R		[^"-\$'-\)\;\=\[-\]\`\{\}]+	t8000			0
R		[\p{Nd}]+(?= |(?=\n?(?![\s\S])))	t3200			0
R		\$#?([]+|[^\n])	t2200			1
S	curly
R		\}	t1000	o1		0
R		:-	t1000			0
R		[]+	t2200			0
R		[^"\$'\:\`\}]+	t5000			0
R		:	t5000			0
I	root
S	paren
R		\)	t1000	o1		0
I	root
S	backticks
R		`	t3103	o1		0
I	root
S	root
I	basic
R		\$\(	t1000	p(paren)		0
R		\$\{#?	t1000	p(curly)		0
R		`	t3103	p(backticks)		0
I	data
