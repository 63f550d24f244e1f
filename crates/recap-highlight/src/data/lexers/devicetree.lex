S	whitespace
R		\n	t99
R		[]+	t99
R		\\\n	t98
R		\/\/(\n|[\u0000-\u{10FFFF}]*?[^\\]\n)	t82			1
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*?[\*](\\\n)?\/	t81			2
S	macro
R		(#include)([]*(?:\/[\*][^\*\/]*?[\*]\/[]*)*)([^\n]+)	g(t84,t81,t85)			3
R		(#define)([]*(?:\/[\*][^\*\/]*?[\*]\/[]*)*)([^\n]+)	g(t84,t81,t84)			3
R		\/dts-v1\/	t84
R		\/memreserve\/	t84
R		\/delete-node\/	t84
R		\/delete-property\/	t84
R		(\/include\/)([]*(?:\/[\*][^\*\/]*?[\*]\/[]*)*)("[^\n]+")	g(t84,t81,t85)			3
S	basic_statements
R		&[0-9A-Z_a-z]+	t30
R		[0-9A-Z_a-z]+:	t30
R		(L?)(")	g(t51,t50)	p(string)		2
R		0x[0-9A-Fa-f]+	t70
R		[\p{Nd}]+	t71
R		status(?![])	t20	p(status_property)
R		([\!\#\%-\&\*-\+\-\/\:\<-\?\^\|\~])	t75			1
R		[\(-\)\,\.\[\]\{\}]	t78
R		[A-Z_a-z][\-]*(?=(?:[]*,[]*[A-Z_a-z][\-]*|(?:[]*(?:\/[\*][^\*\/]*?[\*]\/[]*)*))*[]*[\;\=])	t23
R		[A-Z_a-z][\-]*	t22
S	status_property
I	whitespace
R		=	t75
R		"okay"	t50	o1
R		"disabled"	t21	o1
R		"reserved"	t26	o1
R		"fail"	t89	o1
R		"fail-[^"]+"	t96	o1
R		"	t50	p(string)
R		;		o1
S	root
I	whitespace
I	macro
R		([^\&\*\/\@]+|\/)(@?)((?:0x)?[\,0-9A-Fa-f]*)([]*(?:\/[\*][^\*\/]*?[\*]\/[]*)*)(\{)	g(t45,t75,t71,t81,t78)	p(node)		5
R				p(statement)
S	node
I	whitespace
I	macro
R		([^\&\*\/\@]+|\/)(@?)((?:0x)?[\,0-9A-Fa-f]*)([]*(?:\/[\*][^\*\/]*?[\*]\/[]*)*)(\{)	g(t45,t75,t71,t81,t78)	p()		5
R		([0-9A-Z_a-z]+)([]*)(:)	g(t30,t98,t78)			3
R		\}	t78	o1
I	basic_statements
R		;	t78
S	statement
I	whitespace
R		([0-9A-Z_a-z]+)([]*)(:)	g(t30,t98,t78)	o1		3
I	basic_statements
R		;	t78	o1
S	string
R		"	t50	o1
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0-7]{1,3})	t59			1
R		[^\n"\\]+	t50
R		\\\n	t50
R		\\	t50
