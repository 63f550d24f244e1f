S	data
R		\$?"(?=((?:\\[\u0000-\u{10FFFF}]|[^"\$\\])*))\1"	t58
R		"	t58	p(string)
R		\$'(?=((?:\\[\u0000-\u{10FFFF}]|[^'\\])*))\1'	t65
R		'[\u0000-\u{10FFFF}]*?'	t65
R		;	t78
R		&	t78
R		\|	t78
R		[]+	t98
R		[\p{Nd}]+(?= |(?![^\n]))	t67
R		[^"\$\&-\)\;-\=\[-\]\`\{-\}]+	t98
R		<	t98
S	string
R		"	t58	o1
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\$\\])+	t58			1
I	interp
S	interp
R		\$\(\(	t15	p(math)
R		\$\(	t15	p(paren)
R		\$\{#?	t61	p(curly)
R		\$[A-Z_a-z][]*	t39
R		\$(?:[\p{Nd}]+|[\!\#-\$\*\-\?-\@_])	t39
R		\$	t98
S	paren
R		\)	t15	o1
I	root
S	math
R		\)\)	t15	o1
R		[\%-\&\*-\+\-\/\^\|]|\*\*|\|\|	t75
R		[\p{Nd}]+#[\p{Nd}]+	t67
R		[\p{Nd}]+#(?! )	t67
R		[\p{Nd}]+	t67
I	root
S	backticks
R		`	t53	o1
I	root
S	root
I	basic
R		`	t53	p(backticks)
I	data
I	interp
S	basic
R		(?<![])(if|fi|else|while|do|done|for|then|return|function|case|select|continue|until|esac|elif)([]*)(?:(?<=[])(?![])|(?<![])(?=[]))	g(t15,t98)			2
R		(?<![])(alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|echo|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|kill|let|local|logout|popd|printf|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test|time|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait)(?=[\)\`])	t37			1
R		(?<![\s\S])#![^\n]+\n	t84
R		#[^\n]*([[^]]|(?![^\n]))	t82			1
R		\\[\u0000-\u{10FFFF}]	t59
R		((?<![])[]+)([]*)(\+?=)	g(t39,t98,t75)			3
R		[\(-\)\=\[\]\{\}]	t75
R		<<<	t75
R		<<-?[]*('?)\\?([]+)[\u0000-\u{10FFFF}]+?(?:\2)	t50			2
R		&&|\|\|	t75
S	curly
R		\}	t61	o1
R		:-	t15
R		[]+	t39
R		[^"\$'\:\\\`\}]+	t78
R		:	t78
I	root
