S	root
I	markup
S	into_code
R		(#let|#set|#show)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1002	p(inline_code)		1	##	
R		(#import|#include)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1003	p(inline_code)		1	##	
R		(#if|#for|#while|#export)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1005	p(inline_code)		1	##	
R		#\{	t5000	p(code)		0	##	
R		#\(	t5000	p(code)		0	##	
R		(#[A-Z_a-z][\-0-9A-Z_a-z]*)(\[)	g(t2300,t5000)	p(markup)		2	##	
R		(#[A-Z_a-z][\-0-9A-Z_a-z]*)(\()	g(t2300,t5000)	p(code)		2	##	
R		(#true|#false|#none|#auto)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1001			1	##	
R		#[A-Z_a-z][0-9A-Z_a-z]*	t2200			0	##	
R		#0x[0-9A-Fa-f]+	t3203			0	##	
R		#0b[0-1]+	t3201			0	##	
R		#0o[0-7]+	t3206			0	##	
R		#[0-9]+[\.e][0-9]+	t3202			0	##	
R		#[0-9]+	t3204			0	##	
S	markup
I	comment
R		(?<![^\n])[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*=+[^\n]*(?![^\n])	t7004			0	\x09\x0D\x20\x20==+	^\x09\x0D\x20\x20
R		[\*][^\*]*[\*]	t7008			0	**	
R		_[^_]*_	t7002			0	__	
R		\$	t5000	p(math)		0	$$	
R		`[^\`]*`	t3103			0	``	
R		(?<![^\n])([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)(-)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t8001,t5000,t8001)			3	\x09\x0D\x20\x20--+	^\x09\x0D\x20\x20
R		(?<![^\n])([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)(\+)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t8001,t5000,t8001)			3	\x09\x0D\x20\x20+++	^\x09\x0D\x20\x20
R		(?<![^\n])([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)([0-9]+\.)	g(t8001,t5000)			2	\x09\x0D\x20\x2009+	^\x09\x0D\x20\x20
R		(?<![^\n])([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)(\/)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)([^\:]+)(:)	g(t8001,t5000,t8001,t2200,t5000)			5	\x09\x0D\x20\x20//+	^\x09\x0D\x20\x20
R		<[A-Z_a-z][\-0-9A-Z_a-z]*>	t2008			0	<<	
R		@[A-Z_a-z][\-0-9A-Z_a-z]*	t2008			0	@@	
R		\\#	t8000			0	\x5C\x5C	
I	into_code
R		```(?:[^\n]|\n)*?```	t3103			0	``	
R		https?:\/\/[\#\%-'\+-\,\.-9\;\=\?A-Za-z\~]*	t7002			0	hh	
R		(---|\\|~|--|\.\.\.)(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t5000			1	-.\x5C\x5C~~	
R		\\\[	t5000			0	\x5C\x5C	
R		\\\]	t5000			0	\x5C\x5C	
R		\[	t5000	p()		0	[[	
R		\]	t5000	o1		0	]]	
R		[\t ]+\n?|\n	t8001			0	\x09\x0A\x20\x20	
R		((?![ \#-\$\*\<\@\\-\]_-\`]|https?:\/\/)[^\n])+	t8000			1	\x00\x09\x0B\x7F+	
S	math
I	comment
R		(\\_|\\\^|\\&)	t8000			1	\x5C\x5C	
R		(_|\^|&|;)	t5000			1	&&;;^_	
R		(\+|\/|=|\[\||\|\]|\|\||\*|:=|::=|\.\.\.|'|-|=:|!=|>>|>=|>>>|<<|<=|<<<|->|\|->|=>|\|=>|==>|-->|~~>|~>|>->|->>|<-|<==|<--|<~~|<~|<-<|<<-|<->|<=>|<==>|<-->|>|<|~|:|\|)	t4000			1	!!''*+-/::<>[[||~~	
R		\\	t5000			0	\x5C\x5C	
R		\\\$	t5000			0	\x5C\x5C	
R		\$	t5000	o1		0	$$	
I	into_code
R		([A-Za-z][\-0-9A-Za-z]*)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)(\()	g(t2300,t8001,t5000)			3	AZaz	
R		([A-Za-z][\-0-9A-Za-z]*)(:)	g(t2200,t5000)			2	AZaz	
R		([A-Za-z][\-0-9A-Za-z]*)	t2200			1	AZaz	
R		[0-9]+(\.[0-9]+)?	t3200			1	09	09
R		\.{1,3}|\(|\)|,|\{|\}	t5000			0	(),,..{{}}	
R		"[^"]*"	t3108			0	""	
R		[\t-\n ]+	t8001			0	\x09\x0A\x20\x20	\x09\x0A\x20\x20
S	comment
R		\/\/[^\n]*(?![^\n])	t6003			0	//	
R		\/[\*]([^\n]|\n)*?[\*]\/	t6002			1	//	
S	code
I	comment
R		\[	t5000	p(markup)		0	[[	
R		\(|\{	t5000	p(code)		0	(({{	
R		\)|\}	t5000	o1		0	))}}	
R		"[^"]*"	t3108			0	""	
R		,|\.{1,2}	t5000			0	,,..	
R		=	t4000			0	==	
R		(and|or|not)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t4001			1	aano	
R		=>|<=|==|!=|>|<|-=|\+=|\*=|\/=|\+|-|\\|\*	t4000			0	!!*+--//<>\x5C\x5C	
R		([A-Z_a-z][\-0-9A-Z_a-z]*)(:)	g(t2200,t5000)			2	AZ__az	
R		([A-Z_a-z][\-0-9A-Z_a-z]*)(\()	g(t2300,t5000)	p(code)		2	AZ__az	
R		(as|break|export|continue|else|for|if|in|return|while)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1005			1	acefiirrww	
R		(import|include)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1003			1	ii	
R		(auto|none|true|false)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1001			1	aaffnntt	
R		([\.0-9]+)(mm|pt|cm|in|em|fr|%)	g(t3200,t1005)			2	..09	..09
R		0x[0-9A-Fa-f]+	t3203			0	00	
R		0b[0-1]+	t3201			0	00	
R		0o[0-7]+	t3206			0	00	
R		[0-9]+[\.e][0-9]+	t3202			0	09	09
R		[0-9]+	t3204			0	09	09
R		(let|set|show)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1002			1	llss	
R		([A-Z_a-z][\-0-9A-Z_a-z]*)	t2200			1	AZ__az	
R		[\t-\n ]+	t8001			0	\x09\x0A\x20\x20	\x09\x0A\x20\x20
R		:	t5000			0	::	
S	inline_code
R		;(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t5000	o1		0	;;	
R		\n	t8001	o1		0	\x0A\x0A	
I	code
