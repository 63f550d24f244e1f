S	function
I	whitespace
I	statements
R		;	t78
R		\{	t78	p()
R		\}	t78	o1
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
S	statements
R		(namespace|constexpr|operator|template|using|this)(?![])	t15			1
R		(enum)(?![])([]+)(class)(?![])([]*)	g(t15,t98,t15,t98)	p(classname)		4
R		(class|struct|enum|union)(?![])([]*)	g(t15,t98)	p(classname)		2
R		\[\[[^\n]+\]\]	t23
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[LUlu]*	t69			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t69			1
R		0[Xx]([0-9A-Fa-f]('?[0-9A-Fa-f]+)*)[LUlu]*	t70			2
R		0('?[0-7]+)+[LUlu]*	t73			1
R		0[Bb][0-1]('?[0-1]+)*[LUlu]*	t68			1
R		[0-9]('?[0-9]+)*[LUlu]*	t71			1
R		\*\/	t10
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t75
R		[\(-\)\,\.\[\]]	t78
R		(continue|typedef|sizeof|extern|static|switch|struct|return|union|const|break|while|enum|else|case|for|do|if)(?![])	t15			1
R		(bool|float|half|long|ptrdiff_t|size_t|unsigned|u?char|u?int((8|16|32|64)_t)?|u?short)(?:(?<=[])(?![])|(?<![])(?=[]))	t21			3
R		(bool|float|half|u?(char|int|long|short))(2|3|4)(?![])	t21			3
R		packed_(float|half|long|u?(char|int|short))(2|3|4)(?![])	t21			3
R		(float|half)(2|3|4)x(2|3|4)(?![])	t21			3
R		atomic_u?int(?![])	t21
R		(rg?(8|16)(u|s)norm|rgba(8|16)(u|s)norm|srgba8unorm|rgb10a2|rg11b10f|rgb9e5)(?![])	t21			5
R		(array|depth(2d|cube)(_array)?|depth2d_ms(_array)?|sampler|texture_buffer|texture(1|2)d(_array)?|texture2d_ms(_array)?|texture3d|texturecube(_array)?|uniform|visible_function_table)(?:(?<=[])(?![])|(?<![])(?=[]))	t21			8
R		(true|false|NULL)(?![])	t37			1
R		(threadgroup_imageblock|threadgroup|constant|ray_data|device|thread)(?![])	t15			1
R		([A-Z_a-z][]*)([]*)(:)(?!:)	g(t30,t98,t78)			3
R		[A-Z_a-z][]*	t22
S	root
I	whitespace
R		(fragment|kernel|vertex)?((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;\{]*)(\{)	g(t15,s(root),t45,s(root),s(root),t78)	p(function)		6
R		(fragment|kernel|vertex)?((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;]*)(;)	g(t15,s(root),t45,s(root),s(root),t78)			6
R				p(statement)
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
S	statement
I	whitespace
I	statements
R		[\{]	t78	p(root)
R		[\;\}]	t78	o1
