S	root
R		[^\n[^]]+	t98
R		\\\n	t98
R		\n	t98
R		\/\/[^\n]*(?![^\n])	t82
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t81			3
R		\+|-|\*|\/|(?:(?<=[])(?![])|(?<![])(?=[]))%(?:(?<=[])(?![])|(?<![])(?=[]))|<|>|=|'|(?<![])and(?![])|(?<![])or(?![])|_|:|!	t75
R		[\(-\)\,\[\]\{\}]	t78	p(root)
R		#	t19	p(directive)
R		\.?[\p{Nd}]+	t67
R		"	t50	p(string)
R		(?<![])(do|set|if|else|for|while|quit|catch|return|ret|while)(?![])	t15			1
R		(?<![])(true|false)(?![])	t16			1
R		(?<![])type(?![])	t17	p(typename)
R		(?<![])(public|req|private|void)(?![])	t17			1
R		(?<![])(Boolean|String|Number|Date)(?![])	t21			1
R		(\${0,2}[A-z][]*)?(\^[A-Z_a-z][]*)	g(t45,t24)			2
R		([A-z][]*)(\.[A-Z_a-z][]*)(\()	g(t22,t45,t78)			3
R		(\${0,2}[A-z][]*)(\.[A-Z_a-z][]*)	g(t22,t35)			2
R		\.?(%|\${0,2})[A-Z_a-z][]*	t22			1
S	string
R		"	t50	o1
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0-7]{1,3})	t59			1
R		[^\n"\\]+	t50
R		\\\n	t50
R		\\	t50
S	typename
R		[]+	t98
R		(?<![])(public|req|private|void)(?![])	t17			1
R		([A-Z_a-z][]*)?([]+)([A-Z_a-z][]*)	g(t24,t98,t22)	o1		3
R				o1
S	directive
R		ACCEPT	t19	p(accept-directive)
R		CLASSDEF	t19	p(classdef-directive)
R		IF|ELSEIF	t19	p(if-directive)
R		PACKAGE	t19	p(package-directive)
R		PROPERTYDEF	t19	o1
R		INFO|WARN	t19	p(warn-directive)
R		OPTION	t19	p(option-directive)
R		BYPASS|ELSE|END|ENDBYPASS|ENDIF|OPTIMIZE	t19	p(other-directive)
S	accept-directive
R		[^\n]+(?![^\n])	t82
S	other-directive
R		[^\n]+(?![^\n])	t82
S	classdef-directive
R		[]+	t98
R		delimiter|extends	t15
R		public	t17
R		=	t75
R		[\p{Nd}]+	t24
S	if-directive
I	root
S	option-directive
R		[]+	t98
R		ON|OFF	t16	o1
R		[\p{Nd}]+	t22
S	package-directive
R		[]+	t98
R		[]+	t22
I	root
