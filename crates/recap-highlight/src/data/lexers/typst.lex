S	root
I	markup
S	into_code
R		(#let|#set|#show)(?![])	t17	p(inline_code)		1
R		(#import|#include)(?![])	t18	p(inline_code)		1
R		(#if|#for|#while|#export)(?![])	t20	p(inline_code)		1
R		#\{	t78	p(code)
R		#\(	t78	p(code)
R		(#[A-Z_a-z][\-0-9A-Z_a-z]*)(\[)	g(t45,t78)	p(markup)		2
R		(#[A-Z_a-z][\-0-9A-Z_a-z]*)(\()	g(t45,t78)	p(code)		2
R		(#true|#false|#none|#auto)(?![])	t16			1
R		#[A-Z_a-z][0-9A-Z_a-z]*	t39
R		#0x[0-9A-Fa-f]+	t70
R		#0b[0-1]+	t68
R		#0o[0-7]+	t73
R		#[0-9]+[\.e][0-9]+	t69
R		#[0-9]+	t71
S	markup
I	comment
R		(?<![^\n])[]*=+[^\n]*(?![^\n])	t90
R		[\*][^\*]*[\*]	t94
R		_[^_]*_	t88
R		\$	t78	p(math)
R		`[^\`]*`	t53
R		(?<![^\n])([]*)(-)([]+)	g(t99,t78,t99)			3
R		(?<![^\n])([]*)(\+)([]+)	g(t99,t78,t99)			3
R		(?<![^\n])([]*)([0-9]+\.)	g(t99,t78)			2
R		(?<![^\n])([]*)(\/)([]+)([^\:]+)(:)	g(t99,t78,t99,t39,t78)			5
R		<[A-Z_a-z][\-0-9A-Z_a-z]*>	t30
R		@[A-Z_a-z][\-0-9A-Z_a-z]*	t30
R		\\#	t98
I	into_code
R		```(?:[^\n]|\n)*?```	t53
R		https?:\/\/[\#\%-'\+-\,\.-9\;\=\?A-Za-z\~]*	t88
R		(---|\\|~|--|\.\.\.)(?:(?<=[])(?=[])|(?<![])(?![]))	t78			1
R		\\\[	t78
R		\\\]	t78
R		\[	t78	p()
R		\]	t78	o1
R		[\t ]+\n?|\n	t99
R		((?![ \#-\$\*\<\@\\-\]_-\`]|https?:\/\/)[^\n])+	t98			1
S	math
I	comment
R		(\\_|\\\^|\\&)	t98			1
R		(_|\^|&|;)	t78			1
R		(\+|\/|=|\[\||\|\]|\|\||\*|:=|::=|\.\.\.|'|-|=:|!=|>>|>=|>>>|<<|<=|<<<|->|\|->|=>|\|=>|==>|-->|~~>|~>|>->|->>|<-|<==|<--|<~~|<~|<-<|<<-|<->|<=>|<==>|<-->|>|<|~|:|\|)	t75			1
R		\\	t78
R		\\\$	t78
R		\$	t78	o1
I	into_code
R		([A-Za-z][\-0-9A-Za-z]*)([]*)(\()	g(t45,t99,t78)			3
R		([A-Za-z][\-0-9A-Za-z]*)(:)	g(t39,t78)			2
R		([A-Za-z][\-0-9A-Za-z]*)	t39			1
R		[0-9]+(\.[0-9]+)?	t67			1
R		\.{1,3}|\(|\)|,|\{|\}	t78
R		"[^"]*"	t58
R		[\t-\n ]+	t99
S	comment
R		\/\/[^\n]*(?![^\n])	t82
R		\/[\*]([^\n]|\n)*?[\*]\/	t81			1
S	code
I	comment
R		\[	t78	p(markup)
R		\(|\{	t78	p(code)
R		\)|\}	t78	o1
R		"[^"]*"	t58
R		,|\.{1,2}	t78
R		=	t75
R		(and|or|not)(?![])	t76			1
R		=>|<=|==|!=|>|<|-=|\+=|\*=|\/=|\+|-|\\|\*	t75
R		([A-Z_a-z][\-0-9A-Z_a-z]*)(:)	g(t39,t78)			2
R		([A-Z_a-z][\-0-9A-Z_a-z]*)(\()	g(t45,t78)	p(code)		2
R		(as|break|export|continue|else|for|if|in|return|while)(?![])	t20			1
R		(import|include)(?![])	t18			1
R		(auto|none|true|false)(?![])	t16			1
R		([\.0-9]+)(mm|pt|cm|in|em|fr|%)	g(t67,t20)			2
R		0x[0-9A-Fa-f]+	t70
R		0b[0-1]+	t68
R		0o[0-7]+	t73
R		[0-9]+[\.e][0-9]+	t69
R		[0-9]+	t71
R		(let|set|show)(?![])	t17			1
R		([A-Z_a-z][\-0-9A-Z_a-z]*)	t39			1
R		[\t-\n ]+	t99
R		:	t78
S	inline_code
R		;(?:(?<=[])(?![])|(?<![])(?=[]))	t78	o1
R		\n	t99	o1
I	code
