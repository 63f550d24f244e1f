S	macro
R		(include)([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)([^\n]+)	g(t84,t98,t85)			3
R		[^\n\/]+	t84
R		\/[\*]([^\n]|\n)*?[\*]\/	t81			1
R		\/\/[^\n]*?\n	t82	o1
R		\/	t84
R		(?<=\\)\n	t84
R		\n	t84	o1
S	literal_number
R		\(	t78	p(literal_number_inner)
R		\)	t47	o1
I	statement
S	if0
R		(?<![^\n])[]*#if[^\n]*?(?<!\\)\n	t84	p()
R		(?<![^\n])[]*#el(?:se|if)[^\n]*\n	t84	o1
R		(?<![^\n])[]*#endif[^\n]*?(?<!\\)\n	t84	o1
R		[^\n]*?\n	t79
S	root
R		(?<![^\n])([\+\-])([]*)(\([^\n]*?\))?([]*)([\$A-Z_a-z][\$]*:?)	g(t78,t98,s(root),t98,t45)	p(method)		5
I	whitespace
R		(?=[\*]*\([^\)\;]*\)[^\;\{]*\{)((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;\{]*)(\{)	g(s(root),t45,s(root),s(root),t78)	p(function)		5
R		((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;]*)(;)	g(s(root),t45,s(root),s(root),t78)			5
R				p(statement)
S	statements
R		@"	t50	p(string)
R		@(YES|NO)	t67			1
R		@'(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])'	t55			1
R		@([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[Ll]?	t69			1
R		@([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t69			1
R		@0x[0-9A-Fa-f]+[Ll]?	t70
R		@0[0-7]+[Ll]?	t73
R		@[\p{Nd}]+[Ll]?	t71
R		@\(	t47	p(literal_number)
R		@\[	t47	p(literal_array)
R		@\{	t47	p(literal_dictionary)
R		(unsafe_unretained|__bridge_transfer|@autoreleasepool|__autoreleasing|@synchronized|@synthesize|@protected|@selector|@required|@optional|readwrite|@property|nonatomic|@finally|__bridge|@dynamic|__strong|readonly|@private|__block|@public|@encode|release|assign|retain|atomic|@throw|@catch|__weak|setter|getter|typeof|strong|inout|class|@try|@end|weak|copy|out|in)(?![])	t15			1
R		(instancetype|IBOutlet|IBAction|unichar|Class|BOOL|IMP|SEL|id)(?![])	t21			1
R		@(true|false|YES|NO)\n	t37			1
R		(YES|NO|nil|self|super)(?![])	t37			1
R		(Boolean|UInt8|SInt8|UInt16|SInt16|UInt32|SInt32)(?![])	t21			1
R		(TRUE|FALSE)(?![])	t37			1
R		(@interface|@implementation)([]+)	g(t15,t98)	p(#pop,oc_classname)		2
R		(@class|@protocol)([]+)	g(t15,t98)	p(#pop,oc_forward_classname)		2
R		@	t78
R		(L?)(")	g(t51,t50)	p(string)		2
R		(L?)(')(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])(')	g(t51,t55,t55,t55)			4
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[LUlu]*	t69			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t69			1
R		0x[0-9A-Fa-f]+[LUlu]*	t70
R		0[0-7]+[LUlu]*	t73
R		[\p{Nd}]+[LUlu]*	t71
R		\*\/	t10
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t75
R		[\(-\)\,\.\[\]]	t78
R		(restricted|volatile|continue|register|default|typedef|struct|extern|switch|sizeof|static|return|union|while|const|break|goto|enum|else|case|auto|for|asm|if|do)(?![])	t15			1
R		(bool|int|long|float|short|double|char|unsigned|signed|void)(?![])	t21			1
R		(typename|__inline|restrict|_inline|thread|inline|naked)(?![])	t20			1
R		(__m(128i|128d|128|64))(?![])	t20			2
R		__(forceinline|identifier|unaligned|declspec|fastcall|finally|stdcall|wchar_t|assume|except|int32|cdecl|int16|leave|based|raise|int64|noop|int8|w64|try|asm)(?![])	t20			1
R		(true|false|NULL)(?![])	t37			1
R		([A-Z_a-z][]*)([]*)(:)(?!:)	g(t30,t98,t78)			3
R		[A-Z_a-z][]*	t22
S	method
I	whitespace
R		,	t78
R		\.\.\.	t78
R		(\([^\n]*?\))([]*)([\$A-Z_a-z][\$]*)	g(s(root),t98,t39)			3
R		[\$A-Z_a-z][\$]*:	t45
R		;	t78	o1
R		\{	t78	p(function)
R				o1
S	literal_array
R		\[	t78	p(literal_array_inner)
R		\]	t47	o1
I	statement
S	oc_classname
R		([\$A-Z_a-z][\$]*)([]*:[]*)([\$A-Z_a-z][\$]*)?([]*)(\{)	g(t24,t98,t24,t98,t78)	p(#pop,oc_ivars)		5
R		([\$A-Z_a-z][\$]*)([]*:[]*)([\$A-Z_a-z][\$]*)?	g(t24,t98,t24)	o1		3
R		([\$A-Z_a-z][\$]*)([]*)(\([\$A-Z_a-z][\$]*\))([]*)(\{)	g(t24,t98,t30,t98,t78)	p(#pop,oc_ivars)		5
R		([\$A-Z_a-z][\$]*)([]*)(\([\$A-Z_a-z][\$]*\))	g(t24,t98,t30)	o1		3
R		([\$A-Z_a-z][\$]*)([]*)(\{)	g(t24,t98,t78)	p(#pop,oc_ivars)		3
R		([\$A-Z_a-z][\$]*)	t24	o1		1
S	function
I	whitespace
I	statements
R		;	t78
R		\{	t78	p()
R		\}	t78	o1
S	whitespace
R		(?<![^\n])#if[]+0	t84	p(if0)
R		(?<![^\n])#	t84	p(macro)
R		(?<![^\n])([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(#if[]+0)	g(s(root),t84)	p(if0)		2
R		(?<![^\n])([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(#)	g(s(root),t84)	p(macro)		2
R		\n	t98
R		[]+	t98
R		\\\n	t98
R		\/\/(\n|[\u0000-\u{10FFFF}]*?[^\\]\n)	t82			1
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*?[\*](\\\n)?\/	t81			2
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*	t81			1
S	literal_number_inner
R		\(	t78	p()
R		\)	t78	o1
I	statement
S	statement
I	whitespace
I	statements
R		[\{\}]	t78
R		;	t78	o1
S	oc_forward_classname
R		([\$A-Z_a-z][\$]*)([]*,[]*)	g(t24,t98)	p(oc_forward_classname)		2
R		([\$A-Z_a-z][\$]*)([]*;?)	g(t24,t98)	o1		2
S	literal_array_inner
R		\[	t78	p()
R		\]	t78	o1
I	statement
S	literal_dictionary
R		\}	t47	o1
I	statement
S	oc_ivars
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
