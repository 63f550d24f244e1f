S	data
R		\$?"(?=((?:\\[\u0000-\u{10FFFF}]|[^"\$\\])*))\1"	t3108			0
R		"	t3108	p(string)		0
R		\$'(?=((?:\\[\u0000-\u{10FFFF}]|[^'\\])*))\1'	t3115			0
R		'[\u0000-\u{10FFFF}]*?'	t3115			0
R		;	t5000			0
R		&	t5000			0
R		\|	t5000			0
R		[]+	t8000			0
R		[\p{Nd}]+(?= |(?![^\n]))	t3200			0
R		[^"\$\&-\)\;-\=\[-\]\`\{-\}]+	t8000			0
R		<	t8000			0
S	string
R		"	t3108	o1		0
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\$\\])+	t3108			1
I	interp
S	interp
R		\$\(\(	t1000	p(math)		0
R		\$\(	t1000	p(paren)		0
R		\$\{#?	t3111	p(curly)		0
R		\$[A-Z_a-z][]*	t2200			0
R		\$(?:[\p{Nd}]+|[\!\#-\$\*\-\?-\@_])	t2200			0
R		\$	t8000			0
S	paren
R		\)	t1000	o1		0
I	root
S	math
R		\)\)	t1000	o1		0
R		[\%-\&\*-\+\-\/\^\|]|\*\*|\|\|	t4000			0
R		[\p{Nd}]+#[\p{Nd}]+	t3200			0
R		[\p{Nd}]+#(?! )	t3200			0
R		[\p{Nd}]+	t3200			0
I	root
S	backticks
R		`	t3103	o1		0
I	root
S	root
I	basic
R		`	t3103	p(backticks)		0
I	data
I	interp
S	basic
R		(?<![])(if|fi|else|while|do|done|for|then|return|function|case|select|continue|until|esac|elif)([]*)(?:(?<=[])(?![])|(?<![])(?=[]))	g(t1000,t8000)			2
R		(?<![])(alias|bg|bind|break|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|echo|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|kill|let|local|logout|popd|printf|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test|time|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait)(?=[\)\`])	t2100			1
R		(?<![\s\S])#![^\n]+\n	t6100			0
R		#[^\n]*([[^]]|(?![^\n]))	t6003			1
R		\\[\u0000-\u{10FFFF}]	t3109			0
R		((?<![])[]+)([]*)(\+?=)	g(t2200,t8000,t4000)			3
R		[\(-\)\=\[\]\{\}]	t4000			0
R		<<<	t4000			0
R		<<-?[]*('?)\\?([]+)[\u0000-\u{10FFFF}]+?(?:\2)	t3100			2
R		&&|\|\|	t4000			0
S	curly
R		\}	t3111	o1		0
R		:-	t1000			0
R		[]+	t2200			0
R		[^"\$'\:\\\`\}]+	t5000			0
R		:	t5000			0
I	root
