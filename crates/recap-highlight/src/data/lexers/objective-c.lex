S	macro
R		(include)([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)([^\n]+)	g(t6100,t8000,t6101)			3
R		[^\n\/]+	t6100			0
R		\/[\*]([^\n]|\n)*?[\*]\/	t6002			1
R		\/\/[^\n]*?\n	t6003	o1		0
R		\/	t6100			0
R		(?<=\\)\n	t6100			0
R		\n	t6100	o1		0
S	literal_number
R		\(	t5000	p(literal_number_inner)		0
R		\)	t3000	o1		0
I	statement
S	if0
R		(?<![^\n])[]*#if[^\n]*?(?<!\\)\n	t6100	p()		0
R		(?<![^\n])[]*#el(?:se|if)[^\n]*\n	t6100	o1		0
R		(?<![^\n])[]*#endif[^\n]*?(?<!\\)\n	t6100	o1		0
R		[^\n]*?\n	t6000			0
S	root
R		(?<![^\n])([\+\-])([]*)(\([^\n]*?\))?([]*)([\$A-Z_a-z][\$]*:?)	g(t5000,t8000,s(root),t8000,t2300)	p(method)		5
I	whitespace
R		(?=[\*]*\([^\)\;]*\)[^\;\{]*\{)((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;\{]*)(\{)	g(s(root),t2300,s(root),s(root),t5000)	p(function)		5
R		((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;]*)(;)	g(s(root),t2300,s(root),s(root),t5000)			5
R				p(statement)		0
S	statements
R		@"	t3100	p(string)		0
R		@(YES|NO)	t3200			1
R		@'(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])'	t3105			1
R		@([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[Ll]?	t3202			1
R		@([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t3202			1
R		@0x[0-9A-Fa-f]+[Ll]?	t3203			0
R		@0[0-7]+[Ll]?	t3206			0
R		@[\p{Nd}]+[Ll]?	t3204			0
R		@\(	t3000	p(literal_number)		0
R		@\[	t3000	p(literal_array)		0
R		@\{	t3000	p(literal_dictionary)		0
R		(unsafe_unretained|__bridge_transfer|@autoreleasepool|__autoreleasing|@synchronized|@synthesize|@protected|@selector|@required|@optional|readwrite|@property|nonatomic|@finally|__bridge|@dynamic|__strong|readonly|@private|__block|@public|@encode|release|assign|retain|atomic|@throw|@catch|__weak|setter|getter|typeof|strong|inout|class|@try|@end|weak|copy|out|in)(?![])	t1000			1
R		(instancetype|IBOutlet|IBAction|unichar|Class|BOOL|IMP|SEL|id)(?![])	t1006			1
R		@(true|false|YES|NO)\n	t2100			1
R		(YES|NO|nil|self|super)(?![])	t2100			1
R		(Boolean|UInt8|SInt8|UInt16|SInt16|UInt32|SInt32)(?![])	t1006			1
R		(TRUE|FALSE)(?![])	t2100			1
R		(@interface|@implementation)([]+)	g(t1000,t8000)	p(#pop,oc_classname)		2
R		(@class|@protocol)([]+)	g(t1000,t8000)	p(#pop,oc_forward_classname)		2
R		@	t5000			0
R		(L?)(")	g(t3101,t3100)	p(string)		2
R		(L?)(')(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])(')	g(t3101,t3105,t3105,t3105)			4
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[LUlu]*	t3202			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t3202			1
R		0x[0-9A-Fa-f]+[LUlu]*	t3203			0
R		0[0-7]+[LUlu]*	t3206			0
R		[\p{Nd}]+[LUlu]*	t3204			0
R		\*\/	t-11			0
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t4000			0
R		[\(-\)\,\.\[\]]	t5000			0
R		(restricted|volatile|continue|register|default|typedef|struct|extern|switch|sizeof|static|return|union|while|const|break|goto|enum|else|case|auto|for|asm|if|do)(?![])	t1000			1
R		(bool|int|long|float|short|double|char|unsigned|signed|void)(?![])	t1006			1
R		(typename|__inline|restrict|_inline|thread|inline|naked)(?![])	t1005			1
R		(__m(128i|128d|128|64))(?![])	t1005			2
R		__(forceinline|identifier|unaligned|declspec|fastcall|finally|stdcall|wchar_t|assume|except|int32|cdecl|int16|leave|based|raise|int64|noop|int8|w64|try|asm)(?![])	t1005			1
R		(true|false|NULL)(?![])	t2100			1
R		([A-Z_a-z][]*)([]*)(:)(?!:)	g(t2008,t8000,t5000)			3
R		[A-Z_a-z][]*	t2000			0
S	method
I	whitespace
R		,	t5000			0
R		\.\.\.	t5000			0
R		(\([^\n]*?\))([]*)([\$A-Z_a-z][\$]*)	g(s(root),t8000,t2200)			3
R		[\$A-Z_a-z][\$]*:	t2300			0
R		;	t5000	o1		0
R		\{	t5000	p(function)		0
R				o1		0
S	literal_array
R		\[	t5000	p(literal_array_inner)		0
R		\]	t3000	o1		0
I	statement
S	oc_classname
R		([\$A-Z_a-z][\$]*)([]*:[]*)([\$A-Z_a-z][\$]*)?([]*)(\{)	g(t2002,t8000,t2002,t8000,t5000)	p(#pop,oc_ivars)		5
R		([\$A-Z_a-z][\$]*)([]*:[]*)([\$A-Z_a-z][\$]*)?	g(t2002,t8000,t2002)	o1		3
R		([\$A-Z_a-z][\$]*)([]*)(\([\$A-Z_a-z][\$]*\))([]*)(\{)	g(t2002,t8000,t2008,t8000,t5000)	p(#pop,oc_ivars)		5
R		([\$A-Z_a-z][\$]*)([]*)(\([\$A-Z_a-z][\$]*\))	g(t2002,t8000,t2008)	o1		3
R		([\$A-Z_a-z][\$]*)([]*)(\{)	g(t2002,t8000,t5000)	p(#pop,oc_ivars)		3
R		([\$A-Z_a-z][\$]*)	t2002	o1		1
S	function
I	whitespace
I	statements
R		;	t5000			0
R		\{	t5000	p()		0
R		\}	t5000	o1		0
S	whitespace
R		(?<![^\n])#if[]+0	t6100	p(if0)		0
R		(?<![^\n])#	t6100	p(macro)		0
R		(?<![^\n])([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(#if[]+0)	g(s(root),t6100)	p(if0)		2
R		(?<![^\n])([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(#)	g(s(root),t6100)	p(macro)		2
R		\n	t8000			0
R		[]+	t8000			0
R		\\\n	t8000			0
R		\/\/(\n|[\u0000-\u{10FFFF}]*?[^\\]\n)	t6003			1
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*?[\*](\\\n)?\/	t6002			2
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*	t6002			1
S	literal_number_inner
R		\(	t5000	p()		0
R		\)	t5000	o1		0
I	statement
S	statement
I	whitespace
I	statements
R		[\{\}]	t5000			0
R		;	t5000	o1		0
S	oc_forward_classname
R		([\$A-Z_a-z][\$]*)([]*,[]*)	g(t2002,t8000)	p(oc_forward_classname)		2
R		([\$A-Z_a-z][\$]*)([]*;?)	g(t2002,t8000)	o1		2
S	literal_array_inner
R		\[	t5000	p()		0
R		\]	t5000	o1		0
I	statement
S	literal_dictionary
R		\}	t3000	o1		0
I	statement
S	oc_ivars
I	whitespace
I	statements
R		;	t5000			0
R		\{	t5000	p()		0
R		\}	t5000	o1		0
S	string
R		"	t3100	o1		0
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0-7]{1,3})	t3109			1
R		[^\n"\\]+	t3100			0
R		\\\n	t3100			0
R		\\	t3100			0
