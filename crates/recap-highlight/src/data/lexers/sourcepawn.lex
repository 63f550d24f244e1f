S	root
R		(?<![^\n])#if[]+0	t84	p(if0)
R		(?<![^\n])#	t84	p(macro)
R		(?<![^\n])[]*(?:\/[\*][^\n]*?[\*]\/[]*)*#if[]+0	t84	p(if0)
R		(?<![^\n])[]*(?:\/[\*][^\n]*?[\*]\/[]*)*#	t84	p(macro)
R		\n	t98
R		[]+	t98
R		\\\n	t98
R		\/(\\\n)?\/(\n|([^\n]|\n)*?[^\\]\n)	t82			3
R		\/(\\\n)?\*([^\n]|\n)*?\*(\\\n)?\/	t81			3
R		[\{\}]	t78
R		L?"	t50	p(string)
R		L?'(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])'	t55			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[LUlu]*	t69			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t69			1
R		0x[0-9A-Fa-f]+[LUlu]*	t70
R		0[0-7]+[LUlu]*	t73
R		[\p{Nd}]+[LUlu]*	t71
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t75
R		[\(-\)\,\.\;\[\]]	t78
R		(case|const|continue|native|default|else|enum|for|if|new|operator|public|return|sizeof|static|decl|struct|switch)(?![])	t15			1
R		(bool|float|void|int|char)(?![])	t21			1
R		(true|false)(?![])	t16			1
R		[A-Z_a-z][]*	t22
R		(?=[\*]*\([^\)\;]*\)[^\;\{]*\{)((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;\{]*)(\{)	g(s(root),t45,s(root),s(root),t78)	p(function)		5
R		((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;]*)(;)	g(s(root),t45,s(root),s(root),t78)			5
S	string
R		"	t50	o1
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|[0-7]{1,3})	t59			1
R		[^\n"\\]+	t50
R		\\\n	t50
R		\\	t50
S	macro
R		(include)([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)([^\n]+)	g(t84,t98,t85)			3
R		[^\n\/]+	t84
R		\/\*([^\n]|\n)*?\*\/	t81			1
R		\/\/[^\n]*?\n	t82	o1
R		\/	t84
R		(?<=\\)\n	t84
R		\n	t84	o1
S	if0
R		(?<![^\n])[]*#if[^\n]*?(?<!\\)\n	t84	p()
R		(?<![^\n])[]*#endif[^\n]*?(?<!\\)\n	t84	o1
R		[^\n]*?\n	t79
