S	whitespace
R		\n	t8001			0
R		[]+	t8001			0
R		\\\n	t8000			0
R		\/\/(\n|[\u0000-\u{10FFFF}]*?[^\\]\n)	t6003			1
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*?[\*](\\\n)?\/	t6002			2
S	macro
R		(#include)([]*(?:\/[\*][^\*\/]*?[\*]\/[]*)*)([^\n]+)	g(t6100,t6002,t6101)			3
R		(#define)([]*(?:\/[\*][^\*\/]*?[\*]\/[]*)*)([^\n]+)	g(t6100,t6002,t6100)			3
R		\/dts-v1\/	t6100			0
R		\/memreserve\/	t6100			0
R		\/delete-node\/	t6100			0
R		\/delete-property\/	t6100			0
R		(\/include\/)([]*(?:\/[\*][^\*\/]*?[\*]\/[]*)*)("[^\n]+")	g(t6100,t6002,t6101)			3
S	basic_statements
R		&[0-9A-Z_a-z]+	t2008			0
R		[0-9A-Z_a-z]+:	t2008			0
R		(L?)(")	g(t3101,t3100)	p(string)		2
R		0x[0-9A-Fa-f]+	t3203			0
R		[\p{Nd}]+	t3204			0
R		status(?![])	t1005	p(status_property)		0
R		([\!\#\%-\&\*-\+\-\/\:\<-\?\^\|\~])	t4000			1
R		[\(-\)\,\.\[\]\{\}]	t5000			0
R		[A-Z_a-z][\-]*(?=(?:[]*,[]*[A-Z_a-z][\-]*|(?:[]*(?:\/[\*][^\*\/]*?[\*]\/[]*)*))*[]*[\;\=])	t2001			0
R		[A-Z_a-z][\-]*	t2000			0
S	status_property
I	whitespace
R		=	t4000			0
R		"okay"	t3100	o1		0
R		"disabled"	t1006	o1		0
R		"reserved"	t2004	o1		0
R		"fail"	t7003	o1		0
R		"fail-[^"]+"	t7010	o1		0
R		"	t3100	p(string)		0
R		;		o1		0
S	root
I	whitespace
I	macro
R		([^\&\*\/\@]+|\/)(@?)((?:0x)?[\,0-9A-Fa-f]*)([]*(?:\/[\*][^\*\/]*?[\*]\/[]*)*)(\{)	g(t2300,t4000,t3204,t6002,t5000)	p(node)		5
R				p(statement)		0
S	node
I	whitespace
I	macro
R		([^\&\*\/\@]+|\/)(@?)((?:0x)?[\,0-9A-Fa-f]*)([]*(?:\/[\*][^\*\/]*?[\*]\/[]*)*)(\{)	g(t2300,t4000,t3204,t6002,t5000)	p()		5
R		([0-9A-Z_a-z]+)([]*)(:)	g(t2008,t8000,t5000)			3
R		\}	t5000	o1		0
I	basic_statements
R		;	t5000			0
S	statement
I	whitespace
R		([0-9A-Z_a-z]+)([]*)(:)	g(t2008,t8000,t5000)	o1		3
I	basic_statements
R		;	t5000	o1		0
S	string
R		"	t3100	o1		0
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0-7]{1,3})	t3109			1
R		[^\n"\\]+	t3100			0
R		\\\n	t3100			0
R		\\	t3100			0
