S	basic
R		(?<![])(if|endif|else|while|then|foreach|case|default|continue|goto|breaksw|end|switch|endsw)[]*(?:(?<=[])(?![])|(?<![])(?=[]))	t15			1
R		(?<![])(alias|alloc|bg|bindkey|break|builtins|bye|caller|cd|chdir|complete|dirs|echo|echotc|eval|exec|exit|fg|filetest|getxvers|glob|getspath|hashstat|history|hup|inlib|jobs|kill|limit|log|login|logout|ls-F|migrate|newgrp|nice|nohup|notify|onintr|popd|printenv|pushd|rehash|repeat|rootnode|popd|pushd|set|shift|sched|setenv|setpath|settc|setty|setxvers|shift|source|stop|suspend|source|suspend|telltc|time|umask|unalias|uncomplete|unhash|universe|unlimit|unset|unsetenv|ver|wait|warp|watchlog|where|which)[]*(?:(?<=[])(?![])|(?<![])(?=[]))	t37			1
R		#[^\n]*	t79
R		\\[\u0000-\u{10FFFF}]	t59
R		((?<![])[]+)([]*)(=)	g(t39,t98,t75)			3
R		[\(-\)\=\[\]\{\}]+	t75
R		<<[]*('?)\\?([]+)[\u0000-\u{10FFFF}]+?(?:\2)	t50			2
R		;	t78
S	data
R		"(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\\])*"	t58			1
R		'(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^'\\])*'	t65			1
R		[]+	t98
R		[^"-\$'-\)\;\=\[-\]\`\{\}]+	t98
R		[\p{Nd}]+(?= |(?=\n?(?![\s\S])))	t67
R		\$#?([]+|[^\n])	t39			1
S	curly
R		\}	t15	o1
R		:-	t15
R		[]+	t39
R		[^"\$'\:\`\}]+	t78
R		:	t78
I	root
S	paren
R		\)	t15	o1
I	root
S	backticks
R		`	t53	o1
I	root
S	root
I	basic
R		\$\(	t15	p(paren)
R		\$\{#?	t15	p(curly)
R		`	t53	p(backticks)
I	data
