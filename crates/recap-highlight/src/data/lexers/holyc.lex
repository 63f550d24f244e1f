S	statement
I	whitespace
I	statements
R		[\{\}]	t78
R		;	t78	o1
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
S	macro
R		(include)([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)([^\n]+)	g(t84,t98,t85)			3
R		[^\n\/]+	t84
R		\/[\*]([^\n]|\n)*?[\*]\/	t81			1
R		\/\/[^\n]*?\n	t82	o1
R		\/	t84
R		(?<=\\)\n	t84
R		\n	t84	o1
S	if0
R		(?<![^\n])[]*#if[^\n]*?(?<!\\)\n	t84	p()
R		(?<![^\n])[]*#el(?:se|if)[^\n]*\n	t84	o1
R		(?<![^\n])[]*#endif[^\n]*?(?<!\\)\n	t84	o1
R		[^\n]*?\n	t79
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
S	statements
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
R		(break|case|continue|default|do|else|for|goto|if|return|switch|while|throw|try|catch|extern|MOV|CALL|PUSH|LEAVE|RET|SUB|SHR|ADD|RETF|CMP|JNE|BTS|INT|XOR|JC|JZ|LOOP|POP|TEST|SHL|ADC|SBB|JMP|INC)(?![])	t15			1
R		(U0|I8|U8|I16|U16|I32|U32|I64|U64|F64|Bool|class|union|DU8|DU16|DU32|DU64|RAX|RCX|RDX|RBX|RSP|RBP|RSI|RDI|EAX|ECX|EDX|EBX|ESP|EBP|ESI|EDI|AX|CX|DX|BX|SP|BP|SI|DI|SS|CS|DS|ES|FS|GS|CH|asm|const|extern|register|restrict|static|volatile|inline|_extern|_import|IMPORT|public)(?![])	t21			1
R		__()(?:(?<=[])(?![])|(?<![])(?=[]))	t20			1
R		(NULL|TRUE|FALSE|ON|OFF)(?![])	t37			1
R		([A-Z_a-z][]*)([]*)(:)(?!:)	g(t30,t98,t78)			3
R		(?<![])[A-Z_a-z][]*(?=[]*\()	t45
R		[A-Z_a-z][]*	t22
S	root
I	whitespace
R		(?=[\*]*\([^\)\;]*\)[^\;\{]*\{)((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;\{]*)(\{)	g(s(root),t45,s(root),s(root),t78)	p(function)		5
R		((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;]*)(;)	g(s(root),t45,s(root),s(root),t78)			5
R				p(statement)
