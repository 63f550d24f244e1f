S	end
R	i	(if|case|record|loop|select)	t20			1
R		"[^"]+"|[\.]+	t45
R		[]+	t98
R		;	t78	o1
S	array_def
R		;	t78	o1
R	i	([]+)([]+)(range)	g(t21,t98,t20)			3
I	root
S	package_instantiation
R		("[^"]+"|[]+)([]+)(=>)	g(t39,t98,t78)			3
R		["'\.]	t98
R		\)	t78	o1
I	root
S	subprogram
R		\(	t78	p(#pop,formal_part)
R		;	t78	o1
R	i	is(?![])	t20	o1
R		"[^"]+"|[]+	t45
I	root
S	type_def
R		;	t78	o1
R		\(	t78	p(formal_part)
R	i	with|and|use	t20
R	i	array(?![])	t20	p(#pop,array_def)
R	i	record(?![])	t20	p(record_def)
R	i	(null record)(;)	g(t20,t78)	o1		2
I	root
S	import
R		[\.]+	t31	o1
R				o1
S	formal_part
R		\)	t78	o1
R		[]+	t39
R		,|:[^\=]	t78
R	i	(in|not|null|out|access)(?![])	t20			1
I	root
S	package
R	i	body	t17
R	i	is[]+new|renames	t20
R	i	is	t20	o1
R		;	t78	o1
R		\(	t78	p(package_instantiation)
R		([\.]+)	t24			1
I	root
S	attribute
R		(')([]+)	g(t78,t23)			2
S	record_def
R	i	end record	t20	o1
I	root
S	root
R		[^\n[^]]+	t98
R		--[^\n]*?\n	t82
R		[^\n[^]]+	t98
R	i	function|procedure|entry	t17	p(subprogram)
R	i	(subtype|type)([]+)([]+)	g(t17,t98,t21)	p(type_def)		3
R	i	task|protected	t17
R	i	(subtype)([]+)	g(t17,t98)			2
R	i	(end)([]+)	g(t20,t98)	p(end)		2
R	i	(pragma)([]+)([]+)	g(t20,t98,t84)			3
R	i	(true|false|null)(?![])	t16			1
R	i	(Short_Short_Integer|Short_Short_Float|Long_Long_Integer|Long_Long_Float|Wide_Character|Reference_Type|Short_Integer|Long_Integer|Wide_String|Short_Float|Controlled|Long_Float|Character|Generator|File_Type|File_Mode|Positive|Duration|Boolean|Natural|Integer|Address|Cursor|String|Count|Float|Byte)(?![])	t21			1
R	i	(and([]+then)?|in|mod|not|or([]+else)|rem)(?:(?<=[])(?![])|(?<![])(?=[]))	t76			3
R	i	generic|private	t17
R	i	package	t17	p(package)
R	i	array(?![])	t20	p(array_def)
R	i	(with|use)([]+)	g(t18,t98)	p(import)		2
R	i	([]+)([]*)(:)([]*)(constant)	g(t25,t98,t78,t98,t20)			5
R		<<[]+>>	t30
R	i	([]+)([]*)(:)([]*)(declare|begin|loop|for|while)	g(t30,t98,t78,t98,t20)			5
R	i	(?<![])(synchronized|overriding|terminate|interface|exception|protected|separate|constant|abstract|renames|reverse|subtype|aliased|declare|requeue|limited|return|tagged|access|record|select|accept|digits|others|pragma|entry|elsif|delta|delay|array|until|range|raise|while|begin|abort|else|loop|when|type|null|then|body|task|goto|case|exit|end|for|abs|xor|all|new|out|is|of|if|or|do|at)(?![])	t20			1
R		"[^"]*"	t50
I	attribute
I	numbers
R		'[^']'	t55
R		([]+)([]*|[\(\,])	g(t22,s(root))			2
R		(<>|=>|:=|['-\)\,\.\:-\;\|])	t78			1
R		[\&\*-\+\-\/\<-\>]	t75
R		\n+	t98
S	numbers
R	i	[0-9_]+#[0-9a-f]+#	t70
R		[0-9_]+\.[0-9_]*	t69
R		[0-9_]+	t71
