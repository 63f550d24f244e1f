S	function
I	whitespace
I	statements
R		;	t5000			0
R		\{	t5000	p()		0
R		\}	t5000	o1		0
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
S	statements
R		(namespace|constexpr|operator|template|using|this)(?![])	t1000			1
R		(enum)(?![])([]+)(class)(?![])([]*)	g(t1000,t8000,t1000,t8000)	p(classname)		4
R		(class|struct|enum|union)(?![])([]*)	g(t1000,t8000)	p(classname)		2
R		\[\[[^\n]+\]\]	t2001			0
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[LUlu]*	t3202			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t3202			1
R		0[Xx]([0-9A-Fa-f]('?[0-9A-Fa-f]+)*)[LUlu]*	t3203			2
R		0('?[0-7]+)+[LUlu]*	t3206			1
R		0[Bb][0-1]('?[0-1]+)*[LUlu]*	t3201			1
R		[0-9]('?[0-9]+)*[LUlu]*	t3204			1
R		\*\/	t-11			0
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t4000			0
R		[\(-\)\,\.\[\]]	t5000			0
R		(continue|typedef|sizeof|extern|static|switch|struct|return|union|const|break|while|enum|else|case|for|do|if)(?![])	t1000			1
R		(bool|float|half|long|ptrdiff_t|size_t|unsigned|u?char|u?int((8|16|32|64)_t)?|u?short)(?:(?<=[])(?![])|(?<![])(?=[]))	t1006			3
R		(bool|float|half|u?(char|int|long|short))(2|3|4)(?![])	t1006			3
R		packed_(float|half|long|u?(char|int|short))(2|3|4)(?![])	t1006			3
R		(float|half)(2|3|4)x(2|3|4)(?![])	t1006			3
R		atomic_u?int(?![])	t1006			0
R		(rg?(8|16)(u|s)norm|rgba(8|16)(u|s)norm|srgba8unorm|rgb10a2|rg11b10f|rgb9e5)(?![])	t1006			5
R		(array|depth(2d|cube)(_array)?|depth2d_ms(_array)?|sampler|texture_buffer|texture(1|2)d(_array)?|texture2d_ms(_array)?|texture3d|texturecube(_array)?|uniform|visible_function_table)(?:(?<=[])(?![])|(?<![])(?=[]))	t1006			8
R		(true|false|NULL)(?![])	t2100			1
R		(threadgroup_imageblock|threadgroup|constant|ray_data|device|thread)(?![])	t1000			1
R		([A-Z_a-z][]*)([]*)(:)(?!:)	g(t2008,t8000,t5000)			3
R		[A-Z_a-z][]*	t2000			0
S	root
I	whitespace
R		(fragment|kernel|vertex)?((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;\{]*)(\{)	g(t1000,s(root),t2300,s(root),s(root),t5000)	p(function)		6
R		(fragment|kernel|vertex)?((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;]*)(;)	g(t1000,s(root),t2300,s(root),s(root),t5000)			6
R				p(statement)		0
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
S	statement
I	whitespace
I	statements
R		[\{]	t5000	p(root)		0
R		[\;\}]	t5000	o1		0
