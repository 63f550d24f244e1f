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
S	root
I	basic
I	interp
I	data
S	interp
R		\$\(\(	t1000	p(math)		0
R		\(	t1000	p(paren)		0
R		\$#?([]+|[^\n])	t2200			1
S	basic
R		(?<=(?:(?<![^\n])|(?<![\s\S])|;|&&|\|\||\||(?<![])(continue|function|return|switch|begin|while|break|count|false|block|echo|case|true|else|exit|test|set|cdh|and|pwd|for|end|not|if|cd|or)(?![]))[]*)(continue|function|return|switch|begin|while|break|count|false|block|test|case|true|echo|exit|else|set|cdh|and|pwd|for|end|not|if|cd|or)(?=;?(?:(?<=[])(?![])|(?<![])(?=[])))	t1000			2
R		(?<=for[]+[[^]]+[]+)in(?![])	t1000			0
R		(?<![])(fish_update_completions|fish_command_not_found|fish_breakpoint_prompt|fish_status_to_signal|fish_right_prompt|fish_is_root_user|fish_mode_prompt|fish_vcs_prompt|fish_key_reader|fish_svn_prompt|fish_git_prompt|fish_hg_prompt|fish_greeting|fish_add_path|commandline|fish_prompt|fish_indent|fish_config|fish_pager|breakpoint|fish_title|prompt_pwd|functions|set_color|realpath|funcsave|contains|complete|argparse|fish_opt|history|builtin|getopts|suspend|command|mimedb|printf|ulimit|disown|string|source|funced|status|random|isatty|fishd|prevd|vared|umask|nextd|alias|pushd|emit|jobs|popd|help|psub|wait|fish|read|time|exec|eval|math|trap|type|dirs|dirh|abbr|kill|bind|hash|open|fc|bg|fg)[]*(?:(?<=[])(?![])|(?<![])(?=[]))(?!\.)	t2100			1
R		#![^\n]*\n	t6001			0
R		#[^\n]*\n	t6000			0
R		\\[\u0000-\u{10FFFF}]	t3109			0
R		((?<![])[]+)([]*)(=)	g(t2200,t8000,t4000)			3
R		[\(-\)\=\[\]\{\}]	t4000			0
R		(?<=\[[^\]]+)\.\.|-(?=[^\[]+\])	t4000			0
R		<<-?[]*('?)\\?([]+)[\u0000-\u{10FFFF}]+?(?:\2)	t3100			2
R		(?<=set[]+(?:--?[^\p{Nd}[^]][\-]*[]+)?)[]+	t2200			0
R		(?<=for[]+)[][\-]*(?=[]+in)	t2200			0
R		(?<=function[]+)[](?:[^\n])*?(?= *[\n\-])	t2300			0
R		(?<=(?:(?<![^\n])|(?<![])(?:and|or|sudo)(?![])|;|\|\||&&|\||\(|(?:(?<![])[]+[]*=[[^]]+[])) *)[][\-]*	t2300			0
S	data
R		\$?"(?=((?:\\[\u0000-\u{10FFFF}]|[^"\$\\])*))\1"	t3108			0
R		"	t3108	p(string)		0
R		\$'(?=((?:\\[\u0000-\u{10FFFF}]|[^'\\])*))\1'	t3115			0
R		'[\u0000-\u{10FFFF}]*?'	t3115			0
R		;	t5000			0
R		&&|\|\||&|\||\^|<|>	t4000			0
R		[]+	t8000			0
R		(?<![])[\p{Nd}]+(?![])	t3200			0
R		(?<=[]+)--?[^\p{Nd}][\-]*	t2001			0
R		[^\n]+?	t8000			0
S	string
R		"	t3108	o1		0
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\$\\])+	t3108			1
I	interp
