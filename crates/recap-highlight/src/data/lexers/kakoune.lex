S	root
R		(?<![])(add-highlighter|alias|arrange-buffers|buffer|buffer-next|buffer-previous|catch|change-directory|colorscheme|debug|declare-option|declare-user-mode|define-command|complete-command|delete-buffer|delete-buffer!|echo|edit|edit!|enter-user-mode|evaluate-commands|execute-keys|fail|hook|info|kill|kill!|map|nop|on-key|prompt|provide-module|quit|quit!|remove-highlighter|remove-hooks|rename-buffer|rename-client|rename-session|require-module|select|set-face|set-option|set-register|source|trigger-user-hook|try|unalias|unmap|unset-face|unset-option|update-option|write|write!|write-all|write-all-quit|write-quit|write-quit!)(?:(?<=[])(?![])|(?<![])(?=[]))	t15			1
R		(?<![])(global|buffer|window|current|normal|insert|prompt|goto|view|user|object|number-lines|show-matching|show-whitespaces|fill|regex|dynregex|group|flag-lines|ranges|line|column|wrap|ref|regions|region|default-region|replace-ranges)(?![])	t23			1
R		(?<![])(int|bool|str|regex|int-list|str-list|completions|line-specs|range-specs|str-to-str-map)(?![])	t24			1
R		(?<![])(default|black|red|green|yellow|blue|magenta|cyan|white|yes|no|false|true)(?![])	t47			1
R		(?<![])rgba?:[0-9A-Fa-f]{6,8}(?![])	t70
R		(-params )((?<![])[\p{Nd}]+)(\.\.)([\p{Nd}]+(?![]))	g(t98,t67,t98,t67)			4
R		"(""|[^"])*"	t50			1
R		'(''|[^'])*'	t50			1
I	basic
R		`	t53	p(backticks)
I	data
I	interp
S	interp
R		\$\(\(	t15	p(math)
R		\$\(	t15	p(paren)
R		\$\{#?	t61	p(curly)
R		\$[A-Z_a-z][]*	t39
R		\$(?:[\p{Nd}]+|[\!\#-\$\*\-\?-\@_])	t39
R		\$	t98
S	basic
R		(?<![])(if|fi|else|while|in|do|done|for|then|return|function|case|select|break|continue|until|esac|elif)([]*)(?:(?<=[])(?![])|(?<![])(?=[]))	g(t15,t99)			2
R		(?<![])(alias|bg|bind|builtin|caller|cd|command|compgen|complete|declare|dirs|disown|echo|enable|eval|exec|exit|export|false|fc|fg|getopts|hash|help|history|jobs|kill|let|local|logout|popd|printf|pushd|pwd|read|readonly|set|shift|shopt|source|suspend|test|time|times|trap|true|type|typeset|ulimit|umask|unalias|unset|wait)(?=[\)\`])	t37			1
R		(?<![\s\S])#![^\n]+\n	t80
R		#[^\n]*\n	t82
R		\\[\u0000-\u{10FFFF}]	t59
R		((?<![])[]+)([]*)(\+?=)	g(t39,t99,t75)			3
R		[\(-\)\=\[\]\{\}]	t75
R		<<<	t75
R		<<-?[]*('?)\\?([]+)[\u0000-\u{10FFFF}]+?(?:\2)	t50			2
R		&&|\|\|	t75
S	data
R		\$?"(\\[\u0000-\u{10FFFF}]|[^"\$\\])*"	t58			1
R		"	t58	p(string)
R		\$'(?=((?:\\[\u0000-\u{10FFFF}]|[^'\\])*))\1'	t65
R		'[\u0000-\u{10FFFF}]*?'	t65
R		;	t78
R		&	t78
R		\|	t78
R		[]+	t99
R		[\p{Nd}]+(?![])	t67
R		[^"\$\&-\)\;-\=\[-\]\`\{-\}]+	t98
R		<	t98
S	string
R		"	t58	o1
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\$\\])+	t58			1
I	interp
S	curly
R		\}	t61	o1
R		:-	t15
R		[]+	t39
R		[^"\$'\:\\\`\}]+	t78
R		:	t78
I	root
S	paren
R		\)	t15	o1
I	root
S	math
R		\)\)	t15	o1
R		\*\*|\|\||<<|>>|[\%-\&\*-\+\-\/\<\>\^\|]	t75
R		[\p{Nd}]+#[A-Za-z\p{Nd}]+	t67
R		[\p{Nd}]+#(?! )	t67
R		0[Xx][A-Fa-f\p{Nd}]+	t67
R		[\p{Nd}]+	t67
R		[A-Z_a-z][]*	t39
I	root
S	backticks
R		`	t53	o1
I	root
