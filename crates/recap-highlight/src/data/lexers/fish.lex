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
S	root
I	basic
I	interp
I	data
S	interp
R		\$\(\(	t15	p(math)
R		\(	t15	p(paren)
R		\$#?([]+|[^\n])	t39			1
S	basic
R		(?<=(?:(?<![^\n])|(?<![\s\S])|;|&&|\|\||\||(?<![])(continue|function|return|switch|begin|while|break|count|false|block|echo|case|true|else|exit|test|set|cdh|and|pwd|for|end|not|if|cd|or)(?![]))[]*)(continue|function|return|switch|begin|while|break|count|false|block|test|case|true|echo|exit|else|set|cdh|and|pwd|for|end|not|if|cd|or)(?=;?(?:(?<=[])(?![])|(?<![])(?=[])))	t15			2
R		(?<=for[]+[[^]]+[]+)in(?![])	t15
R		(?<![])(fish_update_completions|fish_command_not_found|fish_breakpoint_prompt|fish_status_to_signal|fish_right_prompt|fish_is_root_user|fish_mode_prompt|fish_vcs_prompt|fish_key_reader|fish_svn_prompt|fish_git_prompt|fish_hg_prompt|fish_greeting|fish_add_path|commandline|fish_prompt|fish_indent|fish_config|fish_pager|breakpoint|fish_title|prompt_pwd|functions|set_color|realpath|funcsave|contains|complete|argparse|fish_opt|history|builtin|getopts|suspend|command|mimedb|printf|ulimit|disown|string|source|funced|status|random|isatty|fishd|prevd|vared|umask|nextd|alias|pushd|emit|jobs|popd|help|psub|wait|fish|read|time|exec|eval|math|trap|type|dirs|dirh|abbr|kill|bind|hash|open|fc|bg|fg)[]*(?:(?<=[])(?![])|(?<![])(?=[]))(?!\.)	t37			1
R		#![^\n]*\n	t80
R		#[^\n]*\n	t79
R		\\[\u0000-\u{10FFFF}]	t59
R		((?<![])[]+)([]*)(=)	g(t39,t98,t75)			3
R		[\(-\)\=\[\]\{\}]	t75
R		(?<=\[[^\]]+)\.\.|-(?=[^\[]+\])	t75
R		<<-?[]*('?)\\?([]+)[\u0000-\u{10FFFF}]+?(?:\2)	t50			2
R		(?<=set[]+(?:--?[^\p{Nd}[^]][\-]*[]+)?)[]+	t39
R		(?<=for[]+)[][\-]*(?=[]+in)	t39
R		(?<=function[]+)[](?:[^\n])*?(?= *[\n\-])	t45
R		(?<=(?:(?<![^\n])|(?<![])(?:and|or|sudo)(?![])|;|\|\||&&|\||\(|(?:(?<![])[]+[]*=[[^]]+[])) *)[][\-]*	t45
S	data
R		\$?"(?=((?:\\[\u0000-\u{10FFFF}]|[^"\$\\])*))\1"	t58
R		"	t58	p(string)
R		\$'(?=((?:\\[\u0000-\u{10FFFF}]|[^'\\])*))\1'	t65
R		'[\u0000-\u{10FFFF}]*?'	t65
R		;	t78
R		&&|\|\||&|\||\^|<|>	t75
R		[]+	t98
R		(?<![])[\p{Nd}]+(?![])	t67
R		(?<=[]+)--?[^\p{Nd}][\-]*	t23
R		[^\n]+?	t98
S	string
R		"	t58	o1
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\$\\])+	t58			1
I	interp
