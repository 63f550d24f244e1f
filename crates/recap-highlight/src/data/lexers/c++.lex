S	classname
R		(\[\[[^\n]+\]\])([]*)	g(t2001,t8000)			2
R		[A-Z_a-z][]*	t2002	o1		0
R		[]*(?=[\>\{])	t8000	o1		0
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
S	macro
R		(include)([]+)("[^"]+?"|<[^\>]+?>)	g(t6100,t8000,t6101)			3
R		[^\n\/]+	t6100			0
R		\/[\*]([^\n]|\n)*?[\*]\/	t6002			1
R		\/\/[^\n]*?\n	t6003	o1		0
R		\/	t6100			0
R		(?<=\\)\n	t6100			0
R		\n	t6100	o1		0
S	statements
R		(reinterpret_cast|static_assert|thread_local|dynamic_cast|static_cast|const_cast|co_return|protected|namespace|consteval|constexpr|typename|co_await|co_yield|operator|restrict|explicit|template|override|noexcept|requires|decltype|alignof|private|alignas|virtual|mutable|nullptr|concept|export|friend|typeid|throws|public|delete|final|throw|catch|using|this|new|try)(?![])	t1000			1
R		(enum)(?![])([]+)(class)(?![])([]*)	g(t1000,t8000,t1000,t8000)	p(classname)		4
R		(class|struct|enum|union)(?![])([]*)	g(t1000,t8000)	p(classname)		2
R		\[\[[^\n]+\]\]	t2001			0
R		(R)(")([^\(-\)\\]\{,16\})(\()((?:[^\n]|\n)*?)(\)(?:\3))(")	g(t3101,t3100,t3106,t3106,t3100,t3106,t3100)			7
R		(u8|u|U)(")	g(t3101,t3100)	p(string)		2
R		(L?)(")	g(t3101,t3100)	p(string)		2
R		(L?)(')(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])(')	g(t3101,t3105,t3105,t3105)			4
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[LUlu]*	t3202			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t3202			1
R		0[Xx]([0-9A-Fa-f]('?[0-9A-Fa-f]+)*)[LUlu]*	t3203			2
R		0('?[0-7]+)+[LUlu]*	t3206			1
R		0[Bb][0-1]('?[0-1]+)*[LUlu]*	t3201			1
R		[0-9]('?[0-9]+)*[LUlu]*	t3204			1
R		\*\/	t-11			0
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t4000			0
R		[\(-\)\,\.\[\]]	t5000			0
R		(restricted|volatile|continue|register|default|typedef|struct|extern|switch|sizeof|static|return|union|while|const|break|goto|enum|else|case|auto|for|asm|if|do)(?![])	t1000			1
R		(bool|int|long|float|short|double|char((8|16|32)_t)?|wchar_t|unsigned|signed|void|u?int(_fast|_least|)(8|16|32|64)_t)(?:(?<=[])(?![])|(?<![])(?=[]))	t1006			5
R		(typename|__inline|restrict|_inline|thread|inline|naked)(?![])	t1005			1
R		(__m(128i|128d|128|64))(?![])	t1005			2
R		__(forceinline|identifier|unaligned|declspec|fastcall|stdcall|finally|except|assume|int32|cdecl|int64|based|leave|int16|raise|noop|int8|w64|try|asm)(?![])	t1005			1
R		(true|false|NULL)(?![])	t2100			1
R		([A-Z_a-z][]*)([]*)(:)(?!:)	g(t2008,t8000,t5000)			3
R		[A-Z_a-z][]*	t2000			0
S	function
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
S	if0
R		(?<![^\n])[]*#if[^\n]*?(?<!\\)\n	t6100	p()		0
R		(?<![^\n])[]*#el(?:se|if)[^\n]*\n	t6100	o1		0
R		(?<![^\n])[]*#endif[^\n]*?(?<!\\)\n	t6100	o1		0
R		[^\n]*?\n	t6000			0
S	root
I	whitespace
R		(?=[\*]*\([^\)\;]*\)[^\;\{]*\{)((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;\{]*)(\{)	g(s(root),t2300,s(root),s(root),t5000)	p(function)		5
R		((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;]*)(;)	g(s(root),t2300,s(root),s(root),t5000)			5
R				p(statement)		0
R		__(multiple_inheritance|virtual_inheritance|single_inheritance|interface|uuidof|super|event)(?![])	t1005			1
R		__(offload|blockingoffload|outer)(?![])	t1004			1
S	statement
I	whitespace
I	statements
R		[\{]	t5000	p(root)		0
R		[\;\}]	t5000	o1		0
