S	root
R		(?<![])(add-highlighter|alias|arrange-buffers|buffer|buffer-next|buffer-previous|catch|change-directory|colorscheme|debug|declare-option|declare-user-mode|define-command|complete-command|delete-buffer|delete-buffer!|echo|edit|edit!|enter-user-mode|evaluate-commands|execute-keys|fail|hook|info|kill|kill!|map|nop|on-key|prompt|provide-module|quit|quit!|remove-highlighter|remove-hooks|rename-buffer|rename-client|rename-session|require-module|select|set-face|set-option|set-register|source|trigger-user-hook|try|unalias|unmap|unset-face|unset-option|update-option|write|write!|write-all|write-all-quit|write-quit|write-quit!)(?:(?<=[])(?![])|(?<![])(?=[]))	t1000			1
R		(?<![])(global|buffer|window|current|normal|insert|prompt|goto|view|user|object|number-lines|show-matching|show-whitespaces|fill|regex|dynregex|group|flag-lines|ranges|line|column|wrap|ref|regions|region|default-region|replace-ranges)(?![])	t2001			1
R		(?<![])(int|bool|str|regex|int-list|str-list|completions|line-specs|range-specs|str-to-str-map)(?![])	t2002			1
R		(?<![])(default|black|red|green|yellow|blue|magenta|cyan|white|yes|no|false|true)(?![])	t3000			1
R		(?<![])rgba?:[0-9A-Fa-f]{6,8}(?![])	t3203			0
R		(-params )((?<![])[\p{Nd}]+)(\.\.)([\p{Nd}]+(?![]))	g(t8000,t3200,t8000,t3200)			4
R		"(""|[^"])*"	t3100			1
R		'(''|[^'])*'	t3100			1
I	basic
R		`	t3103	p(backticks)		0
I	data
I	interp
S	interp
R		\$\(\(	t1000	p(math)		0
R		\$\(	t1000	p(paren)		0
R		\$\{#?	t3111	p(curly)		0
R		\$[A-Z_a-z][]*	t2200			0
R		\$(?:[\p{Nd}]+|[\!\#-\$\*\-\?-\@_])	t2200			0
R		\$	t8000			0
S	basic
R		(?<![])(if|fi|else|while|in|do|done|for|then|return|function|case|select|break|continue|until|esac|elif)([]*)(?:(?<=[])(?![])|(?<![])(?=[]))	g(t1000,t8001)			2
R		(?<![])(alias|bg|bind|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|echo|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|kill|let|local|logout|popd|printf|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test|time|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait)(?=[\)\`])	t2100			1
R		(?<![\s\S])#![^\n]+\n	t6001			0
R		#[^\n]*\n	t6003			0
R		\\[\u0000-\u{10FFFF}]	t3109			0
R		((?<![])[]+)([]*)(\+?=)	g(t2200,t8001,t4000)			3
R		[\(-\)\=\[\]\{\}]	t4000			0
R		<<<	t4000			0
R		<<-?[]*('?)\\?([]+)[\u0000-\u{10FFFF}]+?(?:\2)	t3100			2
R		&&|\|\|	t4000			0
S	data
R		\$?"(\\[\u0000-\u{10FFFF}]|[^"\$\\])*"	t3108			1
R		"	t3108	p(string)		0
R		\$'(?=((?:\\[\u0000-\u{10FFFF}]|[^'\\])*))\1'	t3115			0
R		'[\u0000-\u{10FFFF}]*?'	t3115			0
R		;	t5000			0
R		&	t5000			0
R		\|	t5000			0
R		[]+	t8001			0
R		[\p{Nd}]+(?![])	t3200			0
R		[^"\$\&-\)\;-\=\[-\]\`\{-\}]+	t8000			0
R		<	t8000			0
S	string
R		"	t3108	o1		0
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\$\\])+	t3108			1
I	interp
S	curly
R		\}	t3111	o1		0
R		:-	t1000			0
R		[]+	t2200			0
R		[^"\$'\:\\\`\}]+	t5000			0
R		:	t5000			0
I	root
S	paren
R		\)	t1000	o1		0
I	root
S	math
R		\)\)	t1000	o1		0
R		\*\*|\|\||<<|>>|[\%-\&\*-\+\-\/\<\>\^\|]	t4000			0
R		[\p{Nd}]+#[A-Za-z\p{Nd}]+	t3200			0
R		[\p{Nd}]+#(?! )	t3200			0
R		0[Xx][A-Fa-f\p{Nd}]+	t3200			0
R		[\p{Nd}]+	t3200			0
R		[A-Z_a-z][]*	t2200			0
I	root
S	backticks
R		`	t3103	o1		0
I	root
