S	statement
I	whitespace
I	statements
R		[\{\}]	t5000			0
R		;	t5000	o1		0
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
S	macro
R		(include)([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)([^\n]+)	g(t6100,t8000,t6101)			3
R		[^\n\/]+	t6100			0
R		\/[\*]([^\n]|\n)*?[\*]\/	t6002			1
R		\/\/[^\n]*?\n	t6003	o1		0
R		\/	t6100			0
R		(?<=\\)\n	t6100			0
R		\n	t6100	o1		0
S	if0
R		(?<![^\n])[]*#if[^\n]*?(?<!\\)\n	t6100	p()		0
R		(?<![^\n])[]*#el(?:se|if)[^\n]*\n	t6100	o1		0
R		(?<![^\n])[]*#endif[^\n]*?(?<!\\)\n	t6100	o1		0
R		[^\n]*?\n	t6000			0
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
S	statements
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
R		(break|case|continue|default|do|else|for|goto|if|return|switch|while|throw|try|catch|extern|MOV|CALL|PUSH|LEAVE|RET|SUB|SHR|ADD|RETF|CMP|JNE|BTS|INT|XOR|JC|JZ|LOOP|POP|TEST|SHL|ADC|SBB|JMP|INC)(?![])	t1000			1
R		(U0|I8|U8|I16|U16|I32|U32|I64|U64|F64|Bool|class|union|DU8|DU16|DU32|DU64|RAX|RCX|RDX|RBX|RSP|RBP|RSI|RDI|EAX|ECX|EDX|EBX|ESP|EBP|ESI|EDI|AX|CX|DX|BX|SP|BP|SI|DI|SS|CS|DS|ES|FS|GS|CH|asm|const|extern|register|restrict|static|volatile|inline|_extern|_import|IMPORT|public)(?![])	t1006			1
R		__()(?:(?<=[])(?![])|(?<![])(?=[]))	t1005			1
R		(NULL|TRUE|FALSE|ON|OFF)(?![])	t2100			1
R		([A-Z_a-z][]*)([]*)(:)(?!:)	g(t2008,t8000,t5000)			3
R		(?<![])[A-Z_a-z][]*(?=[]*\()	t2300			0
R		[A-Z_a-z][]*	t2000			0
S	root
I	whitespace
R		(?=[\*]*\([^\)\;]*\)[^\;\{]*\{)((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;\{]*)(\{)	g(s(root),t2300,s(root),s(root),t5000)	p(function)		5
R		((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;]*)(;)	g(s(root),t2300,s(root),s(root),t5000)			5
R				p(statement)		0
