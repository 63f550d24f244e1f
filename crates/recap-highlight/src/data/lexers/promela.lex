S	statements
R		(\[\]|<>|\/\\|\\\/)|(U|W|V)(?![])	t4000			2	//<<UW[\x5C	
R		@	t5000			0	@@	
R		(\.)([A-Z_a-z][]*)	g(t4000,t2001)			2	..	
I	keywords
I	types
R		([LUu]|u8)?(")	g(t3101,t3100)	p(string)		2	""LLUUuu	
R		([LUu]|u8)?(')(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])(')	g(t3101,t3105,t3105,t3105)			4	''LLUUuu	
R		0[Xx]([0-9A-Fa-f]('?[0-9A-Fa-f])*\.[0-9A-Fa-f]('?[0-9A-Fa-f])*|\.[0-9A-Fa-f]('?[0-9A-Fa-f])*|[0-9A-Fa-f]('?[0-9A-Fa-f])*)[Pp][\+\-]?[0-9A-Fa-f]('?[0-9A-Fa-f])*[Ll]?	t3202			6	00	
R		(-)?([\p{Nd}]('?[\p{Nd}])*\.[\p{Nd}]('?[\p{Nd}])*|\.[\p{Nd}]('?[\p{Nd}])*|[\p{Nd}]('?[\p{Nd}])*)[Ee][\+\-]?[\p{Nd}]('?[\p{Nd}])*[FLfl]?	t3202			7	-.09+	
R		(-)?(([\p{Nd}]('?[\p{Nd}])*\.([\p{Nd}]('?[\p{Nd}])*)?|\.[\p{Nd}]('?[\p{Nd}])*)[FLfl]?)|([\p{Nd}]('?[\p{Nd}])*[FLfl])	t3202			9	-.09+	
R		(-)?0[Xx][0-9A-Fa-f]('?[0-9A-Fa-f])*(([Uu][Ll]{0,2})|[Ll]{1,2}[Uu]?)?	t3203			4	--00	
R		(-)?0[Bb][0-1]('?[0-1])*(([Uu][Ll]{0,2})|[Ll]{1,2}[Uu]?)?	t3201			4	--00	
R		(-)?0('?[0-7])+(([Uu][Ll]{0,2})|[Ll]{1,2}[Uu]?)?	t3206			4	--00	
R		(-)?[\p{Nd}]('?[\p{Nd}])*(([Uu][Ll]{0,2})|[Ll]{1,2}[Uu]?)?	t3204			4	--09+	
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t4000			0	!!%&*+--//::<?^^||~~	
R		[\(-\)\,\.\[\]]	t5000			0	(),,..[[]]	
R		(true|false|NULL)(?![])	t2100			1	NNfftt	
R		(?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})+	t2000			0	$$09AZ\x5C\x5C__az+	
S	types
R		(bit|bool|byte|pid|short|int|unsigned)(?![])	t1006			1	bbiippssuu	
S	keywords
R		(atomic|break|d_step|do|od|for|in|goto|if|fi|unless)(?![])	t1000			1	abddfgiioouu	
R		(assert|get_priority|printf|printm|set_priority)(?![])	t2300			1	aaggppss	
R		(c_code|c_decl|c_expr|c_state|c_track)(?![])	t1000			1	cc	
R		(_|_last|_nr_pr|_pid|_priority|else|np_|STDIN)(?![])	t2100			1	SS__eenn	
R		(empty|enabled|eval|full|len|nempty|nfull|pc_value)(?![])	t2300			1	efllnnpp	
R		run(?![])	t4001			0	rr	
R		(active|chan|D_proctype|hidden|init|local|mtype|never|notrace|proctype|show|trace|typedef|xr|xs)(?![])	t1002			1	DDaacchilnppstxx	
R		(priority|provided)(?![])	t1000			1	pp	
R		(inline|ltl|select)(?![])	t1002			1	iillss	
R		skip(?![])	t1000			0	ss	
S	whitespace
R		(?<![^\n])#if[]+0	t6100	p(if0)		0	##	
R		(?<![^\n])#	t6100	p(macro)		0	##	
R		(?<![^\n])([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(#if[]+0)	g(s(root),t6100)	p(if0)		2	\x09\x0D\x20\x20##//+	^\x09\x0D\x20\x20
R		(?<![^\n])([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(#)	g(s(root),t6100)	p(macro)		2	\x09\x0D\x20\x20##//+	^\x09\x0D\x20\x20
R		((?<![^\n])[\t ]*)(?!(?:public|private|protected|default)(?![]))((?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})+)([]*)(:)(?!:)	g(t8001,t2008,t8001,t5000)			4	\x09\x09\x20\x20$$09AZ\x5C\x5C__az+	^\x09\x09\x20\x20
R		\n	t8001			0	\x0A\x0A	
R		[^\n[^]]+	t8001			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		\\\n	t8000			0	\x5C\x5C	
R		\/\/(?:[^\n]|(?<=\\)\n)*\n	t6003			0	//	
R		\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/	t6002			0	//	
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*	t6002			1	//	
S	root
I	whitespace
I	keywords
R		((?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|::)+(?:[\&\*])+)([]*(?:(?:(?:\/\/(?:[^\n]|(?<=\\)\n)*\n)|(?:\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/))[]*)*)((?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|::)+)([]*(?:(?:(?:\/\/(?:[^\n]|(?<=\\)\n)*\n)|(?:\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/))[]*)*)(\([^"'\)\;]*?\))([]*(?:(?:(?:\/\/(?:[^\n]|(?<=\\)\n)*\n)|(?:\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/))[]*)*)([^"'\/\;\{]*)(\{)	g(s(root),s(whitespace),t2300,s(whitespace),s(root),s(whitespace),s(root),t5000)	p(function)		8	$$0:AZ\x5C\x5C__az+	
R		((?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|::)+(?:[\&\*])+)([]*(?:(?:(?:\/\/(?:[^\n]|(?<=\\)\n)*\n)|(?:\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/))[]*)*)((?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|::)+)([]*(?:(?:(?:\/\/(?:[^\n]|(?<=\\)\n)*\n)|(?:\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/))[]*)*)(\([^"'\)\;]*?\))([]*(?:(?:(?:\/\/(?:[^\n]|(?<=\\)\n)*\n)|(?:\/(?:\\\n)?[\*](?:[^\*]|[\*](?!(?:\\\n)?\/))*[\*](?:\\\n)?\/))[]*)*)([^"'\/\;]*)(;)	g(s(root),s(whitespace),t2300,s(whitespace),s(root),s(whitespace),s(root),t5000)			8	$$0:AZ\x5C\x5C__az+	
I	types
R				p(statement)		0	*	
S	statement
I	whitespace
I	statements
R		\}	t5000			0	}}	
R		[\;\{]	t5000	o1		0	;;{{	
S	function
I	whitespace
I	statements
R		;	t5000			0	;;	
R		\{	t5000	p()		0	{{	
R		\}	t5000	o1		0	}}	
S	string
R		"	t3100	o1		0	""	
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0-7]{1,3})	t3109			1	\x5C\x5C	
R		[^\n"\\]+	t3100			0	\x00\x09\x0B!#[]\x7F+	\x00\x09\x0B!#[]\x7F
R		\\\n	t3100			0	\x5C\x5C	
R		\\	t3100			0	\x5C\x5C	
S	macro
R		([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(include)([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)("[^"]+")([^\n]*)	g(s(root),t6100,s(root),t6101,t6003)			5	\x09\x0D\x20\x20//ii+	\x09\x0D\x20\x20
R		([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(include)([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(<[^\>]+>)([^\n]*)	g(s(root),t6100,s(root),t6101,t6003)			5	\x09\x0D\x20\x20//ii+	\x09\x0D\x20\x20
R		[^\n\/]+	t6100			0	\x00\x09\x0B.0\x7F+	\x00\x09\x0B.0\x7F
R		\/[\*]([^\n]|\n)*?[\*]\/	t6002			1	//	
R		\/\/[^\n]*?\n	t6003	o1		0	//	
R		\/	t6100			0	//	
R		(?<=\\)\n	t6100			0	\x0A\x0A	
R		\n	t6100	o1		0	\x0A\x0A	
S	if0
R		(?<![^\n])[]*#if[^\n]*?(?<!\\)\n	t6100	p()		0	\x09\x0D\x20\x20##+	^\x09\x0D\x20\x20
R		(?<![^\n])[]*#el(?:se|if)[^\n]*\n	t6100	o1		0	\x09\x0D\x20\x20##+	^\x09\x0D\x20\x20
R		(?<![^\n])[]*#endif[^\n]*?(?<!\\)\n	t6100	o1		0	\x09\x0D\x20\x20##+	^\x09\x0D\x20\x20
R		[^\n]*?\n	t6000			0	\x00\x7F+	\x00\x09\x0B\x7F
S	classname
R		(?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})+	t2002	o1		0	$$09AZ\x5C\x5C__az+	
R		[]*(?=>)	t8000	o1		0	*	\x09\x0D\x20\x20
R				o1		0	*	
S	case-value
R		(?<!:)(:)(?!:)	t5000	o1		1	::	
R		(?![\p{Nd}])(?:[\$]|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8})+	t2003			0	$$09AZ\x5C\x5C__az+	
I	whitespace
I	statements
