S	classname
R		(\[\[[^\n]+\]\])([]*)	g(t23,t98)			2
R		[A-Z_a-z][]*	t24	o1
R		[]*(?=[\>\{])	t98	o1
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
S	macro
R		(include)([]+)("[^"]+?"|<[^\>]+?>)	g(t84,t98,t85)			3
R		[^\n\/]+	t84
R		\/[\*]([^\n]|\n)*?[\*]\/	t81			1
R		\/\/[^\n]*?\n	t82	o1
R		\/	t84
R		(?<=\\)\n	t84
R		\n	t84	o1
S	statements
R		(reinterpret_cast|static_assert|thread_local|dynamic_cast|static_cast|const_cast|co_return|protected|namespace|consteval|constexpr|typename|co_await|co_yield|operator|restrict|explicit|template|override|noexcept|requires|decltype|alignof|private|alignas|virtual|mutable|nullptr|concept|export|friend|typeid|throws|public|delete|final|throw|catch|using|this|new|try)(?![])	t15			1
R		(enum)(?![])([]+)(class)(?![])([]*)	g(t15,t98,t15,t98)	p(classname)		4
R		(class|struct|enum|union)(?![])([]*)	g(t15,t98)	p(classname)		2
R		\[\[[^\n]+\]\]	t23
R		(R)(")([^\(-\)\\]\{,16\})(\()((?:[^\n]|\n)*?)(\)(?:\3))(")	g(t51,t50,t56,t56,t50,t56,t50)			7
R		(u8|u|U)(")	g(t51,t50)	p(string)		2
R		(L?)(")	g(t51,t50)	p(string)		2
R		(L?)(')(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])(')	g(t51,t55,t55,t55)			4
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[LUlu]*	t69			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t69			1
R		0[Xx]([0-9A-Fa-f]('?[0-9A-Fa-f]+)*)[LUlu]*	t70			2
R		0('?[0-7]+)+[LUlu]*	t73			1
R		0[Bb][0-1]('?[0-1]+)*[LUlu]*	t68			1
R		[0-9]('?[0-9]+)*[LUlu]*	t71			1
R		\*\/	t10
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t75
R		[\(-\)\,\.\[\]]	t78
R		(restricted|volatile|continue|register|default|typedef|struct|extern|switch|sizeof|static|return|union|while|const|break|goto|enum|else|case|auto|for|asm|if|do)(?![])	t15			1
R		(bool|int|long|float|short|double|char((8|16|32)_t)?|wchar_t|unsigned|signed|void|u?int(_fast|_least|)(8|16|32|64)_t)(?:(?<=[])(?![])|(?<![])(?=[]))	t21			5
R		(typename|__inline|restrict|_inline|thread|inline|naked)(?![])	t20			1
R		(__m(128i|128d|128|64))(?![])	t20			2
R		__(forceinline|identifier|unaligned|declspec|fastcall|stdcall|finally|except|assume|int32|cdecl|int64|based|leave|int16|raise|noop|int8|w64|try|asm)(?![])	t20			1
R		(true|false|NULL)(?![])	t37			1
R		([A-Z_a-z][]*)([]*)(:)(?!:)	g(t30,t98,t78)			3
R		[A-Z_a-z][]*	t22
S	function
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
S	if0
R		(?<![^\n])[]*#if[^\n]*?(?<!\\)\n	t84	p()
R		(?<![^\n])[]*#el(?:se|if)[^\n]*\n	t84	o1
R		(?<![^\n])[]*#endif[^\n]*?(?<!\\)\n	t84	o1
R		[^\n]*?\n	t79
S	root
I	whitespace
R		(?=[\*]*\([^\)\;]*\)[^\;\{]*\{)((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;\{]*)(\{)	g(s(root),t45,s(root),s(root),t78)	p(function)		5
R		((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;]*)(;)	g(s(root),t45,s(root),s(root),t78)			5
R				p(statement)
R		__(multiple_inheritance|virtual_inheritance|single_inheritance|interface|uuidof|super|event)(?![])	t20			1
R		__(offload|blockingoffload|outer)(?![])	t19			1
S	statement
I	whitespace
I	statements
R		[\{]	t78	p(root)
R		[\;\}]	t78	o1
