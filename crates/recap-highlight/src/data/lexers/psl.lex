S	root
R		[^\n[^]]+	t8000			0
R		\\\n	t8000			0
R		\n	t8000			0
R		\/\/[^\n]*(?![^\n])	t6003			0
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3
R		\+|-|\*|\/|(?:(?<=[])(?![])|(?<![])(?=[]))%(?:(?<=[])(?![])|(?<![])(?=[]))|<|>|=|'|(?<![])and(?![])|(?<![])or(?![])|_|:|!	t4000			0
R		[\(-\)\,\[\]\{\}]	t5000	p(root)		0
R		#	t1004	p(directive)		0
R		\.?[\p{Nd}]+	t3200			0
R		"	t3100	p(string)		0
R		(?<![])(do|set|if|else|for|while|quit|catch|return|ret|while)(?![])	t1000			1
R		(?<![])(true|false)(?![])	t1001			1
R		(?<![])type(?![])	t1002	p(typename)		0
R		(?<![])(public|req|private|void)(?![])	t1002			1
R		(?<![])(Boolean|String|Number|Date)(?![])	t1006			1
R		(\${0,2}[A-z][]*)?(\^[A-Z_a-z][]*)	g(t2300,t2002)			2
R		([A-z][]*)(\.[A-Z_a-z][]*)(\()	g(t2000,t2300,t5000)			3
R		(\${0,2}[A-z][]*)(\.[A-Z_a-z][]*)	g(t2000,t2013)			2
R		\.?(%|\${0,2})[A-Z_a-z][]*	t2000			1
S	string
R		"	t3100	o1		0
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0-7]{1,3})	t3109			1
R		[^\n"\\]+	t3100			0
R		\\\n	t3100			0
R		\\	t3100			0
S	typename
R		[]+	t8000			0
R		(?<![])(public|req|private|void)(?![])	t1002			1
R		([A-Z_a-z][]*)?([]+)([A-Z_a-z][]*)	g(t2002,t8000,t2000)	o1		3
R				o1		0
S	directive
R		ACCEPT	t1004	p(accept-directive)		0
R		CLASSDEF	t1004	p(classdef-directive)		0
R		IF|ELSEIF	t1004	p(if-directive)		0
R		PACKAGE	t1004	p(package-directive)		0
R		PROPERTYDEF	t1004	o1		0
R		INFO|WARN	t1004	p(warn-directive)		0
R		OPTION	t1004	p(option-directive)		0
R		BYPASS|ELSE|END|ENDBYPASS|ENDIF|OPTIMIZE	t1004	p(other-directive)		0
S	accept-directive
R		[^\n]+(?![^\n])	t6003			0
S	other-directive
R		[^\n]+(?![^\n])	t6003			0
S	classdef-directive
R		[]+	t8000			0
R		delimiter|extends	t1000			0
R		public	t1002			0
R		=	t4000			0
R		[\p{Nd}]+	t2002			0
S	if-directive
I	root
S	option-directive
R		[]+	t8000			0
R		ON|OFF	t1001	o1		0
R		[\p{Nd}]+	t2000			0
S	package-directive
R		[]+	t8000			0
R		[]+	t2000			0
I	root
