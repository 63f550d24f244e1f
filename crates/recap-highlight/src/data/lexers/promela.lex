S	statements
R		(\[\]|<>|\/\\|\\\/)|(U|W|V)(?![])	t75			2
R		@	t78
R		(\.)([A-Z_a-z][]*)	g(t75,t23)			2
I	keywords
I	types
R		([LUu]|u8)?(")	g(t51,t50)	p(string)		2
R		([LUu]|u8)?(')(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])(')	g(t51,t55,t55,t55)			4
R		0[Xx]([0-9A-Fa-f]('?[0-9A-Fa-f])*\.[0-9A-Fa-f]('?[0-9A-Fa-f])*|\.[0-9A-Fa-f]('?[0-9A-Fa-f])*|[0-9A-Fa-f]('?[0-9A-Fa-f])*)[Pp][\+\-]?[0-9A-Fa-f]('?[0-9A-Fa-f])*[Ll]?	t69			6
R		(-)?([\p{Nd}]('?[\p{Nd}])*\.[\p{Nd}]('?[\p{Nd}])*|\.[\p{Nd}]('?[\p{Nd}])*|[\p{Nd}]('?[\p{Nd}])*)[Ee][\+\-]?[\p{Nd}]('?[\p{Nd}])*[FLfl]?	t69			7
R		(-)?(([\p{Nd}]('?[\p{Nd}])*\.([\p{Nd}]('?[\p{Nd}])*)?|\.[\p{Nd}]('?[\p{Nd}])*)[FLfl]?)|([\p{Nd}]('?[\p{Nd}])*[FLfl])	t69			9
R		(-)?0[Xx][0-9A-Fa-f]('?[0-9A-Fa-f])*(([Uu][Ll]{0,2})|[Ll]{1,2}[Uu]?)?	t70			4
R		(-)?0[Bb][0-1]('?[0-1])*(([Uu][Ll]{0,2})|[Ll]{1,2}[Uu]?)?	t68			4
R		(-)?0('?[0-7])+(([Uu][Ll]{0,2})|[Ll]{1,2}[Uu]?)?	t73			4
R		(-)?[\p{Nd}]('?[\p{Nd}])*(([Uu][Ll]{0,2})|[Ll]{1,2}[Uu]?)?	t71			4
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t75
R		[\(-\)\,\.\[\]]	t78
R		(true|false|NULL)(?![])	t37			1
R		(?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})+	t22
S	types
R		(bit|bool|byte|pid|short|int|unsigned)(?![])	t21			1
S	keywords
R		(atomic|break|d_step|do|od|for|in|goto|if|fi|unless)(?![])	t15			1
R		(assert|get_priority|printf|printm|set_priority)(?![])	t45			1
R		(c_code|c_decl|c_expr|c_state|c_track)(?![])	t15			1
R		(_|_last|_nr_pr|_pid|_priority|else|np_|STDIN)(?![])	t37			1
R		(empty|enabled|eval|full|len|nempty|nfull|pc_value)(?![])	t45			1
R		run(?![])	t76
R		(active|chan|D_proctype|hidden|init|local|mtype|never|notrace|proctype|show|trace|typedef|xr|xs)(?![])	t17			1
R		(priority|provided)(?![])	t15			1
R		(inline|ltl|select)(?![])	t17			1
R		skip(?![])	t15
S	whitespace
R		(?<![^\n])#if[]+0	t84	p(if0)
R		(?<![^\n])#	t84	p(macro)
R		(?<![^\n])([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(#if[]+0)	g(s(root),t84)	p(if0)		2
R		(?<![^\n])([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(#)	g(s(root),t84)	p(macro)		2
R		((?<![^\n])[\t ]*)(?!(?:public|private|protected|default)(?![]))((?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})+)([]*)(:)(?!:)	g(t99,t30,t99,t78)			4
R		\n	t99
R		[^\n[^]]+	t99
R		\\\n	t98
R		\/\/(?:[^\n]|(?<=\\)\n)*\n	t82
R		\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/	t81
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*	t81			1
S	root
I	whitespace
I	keywords
R		((?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|::)+(?:[\&\*])+)([]*(?:(?:(?:\/\/(?:[^\n]|(?<=\\)\n)*\n)|(?:\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/))[]*)*)((?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|::)+)([]*(?:(?:(?:\/\/(?:[^\n]|(?<=\\)\n)*\n)|(?:\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/))[]*)*)(\([^"'\)\;]*?\))([]*(?:(?:(?:\/\/(?:[^\n]|(?<=\\)\n)*\n)|(?:\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/))[]*)*)([^"'\/\;\{]*)(\{)	g(s(root),s(whitespace),t45,s(whitespace),s(root),s(whitespace),s(root),t78)	p(function)		8
R		((?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|::)+(?:[\&\*])+)([]*(?:(?:(?:\/\/(?:[^\n]|(?<=\\)\n)*\n)|(?:\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/))[]*)*)((?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|::)+)([]*(?:(?:(?:\/\/(?:[^\n]|(?<=\\)\n)*\n)|(?:\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/))[]*)*)(\([^"'\)\;]*?\))([]*(?:(?:(?:\/\/(?:[^\n]|(?<=\\)\n)*\n)|(?:\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/))[]*)*)([^"'\/\;]*)(;)	g(s(root),s(whitespace),t45,s(whitespace),s(root),s(whitespace),s(root),t78)			8
I	types
R				p(statement)
S	statement
I	whitespace
I	statements
R		\}	t78
R		[\;\{]	t78	o1
S	function
I	whitespace
I	statements
R		;	t78
R		\{	t78	p()
R		\}	t78	o1
S	string
R		"	t50	o1
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0-7]{1,3})	t59			1
R		[^\n"\\]+	t50
R		\\\n	t50
R		\\	t50
S	macro
R		([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(include)([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)("[^"]+")([^\n]*)	g(s(root),t84,s(root),t85,t82)			5
R		([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(include)([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(<[^\>]+>)([^\n]*)	g(s(root),t84,s(root),t85,t82)			5
R		[^\n\/]+	t84
R		\/[\*]([^\n]|\n)*?[\*]\/	t81			1
R		\/\/[^\n]*?\n	t82	o1
R		\/	t84
R		(?<=\\)\n	t84
R		\n	t84	o1
S	if0
R		(?<![^\n])[]*#if[^\n]*?(?<!\\)\n	t84	p()
R		(?<![^\n])[]*#el(?:se|if)[^\n]*\n	t84	o1
R		(?<![^\n])[]*#endif[^\n]*?(?<!\\)\n	t84	o1
R		[^\n]*?\n	t79
S	classname
R		(?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})+	t24	o1
R		[]*(?=>)	t98	o1
R				o1
S	case-value
R		(?<!:)(:)(?!:)	t78	o1		1
R		(?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})+	t25
I	whitespace
I	statements
