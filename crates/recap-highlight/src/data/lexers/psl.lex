S	root
R		[^\n[^]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		\\\n	t8000			0	\x5C\x5C	
R		\n	t8000			0	\x0A\x0A	
R		\/\/[^\n]*(?![^\n])	t6003			0	//	
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3	//	
R		\+|-|\*|\/|(?:(?<=[])(?![])|(?<![])(?=[]))%(?:(?<=[])(?![])|(?<![])(?=[]))|<|>|=|'|(?<![])and(?![])|(?<![])or(?![])|_|:|!	t4000			0	!!%%''*+--//::<>__aaoo	
R		[\(-\)\,\[\]\{\}]	t5000	p(root)		0	(),,[[]]{{}}	
R		#	t1004	p(directive)		0	##	
R		\.?[\p{Nd}]+	t3200			0	..09+	
R		"	t3100	p(string)		0	""	
R		(?<![])(do|set|if|else|for|while|quit|catch|return|ret|while)(?![])	t1000			1	cfiiqsww	
R		(?<![])(true|false)(?![])	t1001			1	fftt	
R		(?<![])type(?![])	t1002	p(typename)		0	tt	
R		(?<![])(public|req|private|void)(?![])	t1002			1	pprrvv	
R		(?<![])(Boolean|String|Number|Date)(?![])	t1006			1	BBDDNNSS	
R		(\${0,2}[A-z][]*)?(\^[A-Z_a-z][]*)	g(t2300,t2002)			2	$$Az	
R		([A-z][]*)(\.[A-Z_a-z][]*)(\()	g(t2000,t2300,t5000)			3	Az	
R		(\${0,2}[A-z][]*)(\.[A-Z_a-z][]*)	g(t2000,t2013)			2	$$Az	
R		\.?(%|\${0,2})[A-Z_a-z][]*	t2000			1	$%..AZ__az	
S	string
R		"	t3100	o1		0	""	
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0-7]{1,3})	t3109			1	\x5C\x5C	
R		[^\n"\\]+	t3100			0	\x00\x09\x0B!#[]\x7F+	\x00\x09\x0B!#[]\x7F
R		\\\n	t3100			0	\x5C\x5C	
R		\\	t3100			0	\x5C\x5C	
S	typename
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		(?<![])(public|req|private|void)(?![])	t1002			1	pprrvv	
R		([A-Z_a-z][]*)?([]+)([A-Z_a-z][]*)	g(t2002,t8000,t2000)	o1		3	\x09\x0D\x20\x20AZ__az+	
R				o1		0	*	
S	directive
R		ACCEPT	t1004	p(accept-directive)		0	AA	
R		CLASSDEF	t1004	p(classdef-directive)		0	CC	
R		IF|ELSEIF	t1004	p(if-directive)		0	EEII	
R		PACKAGE	t1004	p(package-directive)		0	PP	
R		PROPERTYDEF	t1004	o1		0	PP	
R		INFO|WARN	t1004	p(warn-directive)		0	IIWW	
R		OPTION	t1004	p(option-directive)		0	OO	
R		BYPASS|ELSE|END|ENDBYPASS|ENDIF|OPTIMIZE	t1004	p(other-directive)		0	BBEEOO	
S	accept-directive
R		[^\n]+(?![^\n])	t6003			0	\x00\x09\x0B\x7F+	\x00\x09\x0B\x7F
S	other-directive
R		[^\n]+(?![^\n])	t6003			0	\x00\x09\x0B\x7F+	\x00\x09\x0B\x7F
S	classdef-directive
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		delimiter|extends	t1000			0	de	
R		public	t1002			0	pp	
R		=	t4000			0	==	
R		[\p{Nd}]+	t2002			0	09AZ__az+	09AZ__az
S	if-directive
I	root
S	option-directive
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		ON|OFF	t1001	o1		0	OO	
R		[\p{Nd}]+	t2000			0	09AZ__az+	09AZ__az
S	package-directive
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		[]+	t2000			0	09AZ__az+	09AZ__az
I	root
