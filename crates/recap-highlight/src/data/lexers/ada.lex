S	end
R	i	(if|case|record|loop|select)	t1005			1
R		"[^"]+"|[\.]+	t2300			0
R		[]+	t8000			0
R		;	t5000	o1		0
S	array_def
R		;	t5000	o1		0
R	i	([]+)([]+)(range)	g(t1006,t8000,t1005)			3
I	root
S	package_instantiation
R		("[^"]+"|[]+)([]+)(=>)	g(t2200,t8000,t5000)			3
R		["'\.]	t8000			0
R		\)	t5000	o1		0
I	root
S	subprogram
R		\(	t5000	p(#pop,formal_part)		0
R		;	t5000	o1		0
R	i	is(?![])	t1005	o1		0
R		"[^"]+"|[]+	t2300			0
I	root
S	type_def
R		;	t5000	o1		0
R		\(	t5000	p(formal_part)		0
R	i	with|and|use	t1005			0
R	i	array(?![])	t1005	p(#pop,array_def)		0
R	i	record(?![])	t1005	p(record_def)		0
R	i	(null record)(;)	g(t1005,t5000)	o1		2
I	root
S	import
R		[\.]+	t2009	o1		0
R				o1		0
S	formal_part
R		\)	t5000	o1		0
R		[]+	t2200			0
R		,|:[^\=]	t5000			0
R	i	(in|not|null|out|access)(?![])	t1005			1
I	root
S	package
R	i	body	t1002			0
R	i	is[]+new|renames	t1005			0
R	i	is	t1005	o1		0
R		;	t5000	o1		0
R		\(	t5000	p(package_instantiation)		0
R		([\.]+)	t2002			1
I	root
S	attribute
R		(')([]+)	g(t5000,t2001)			2
S	record_def
R	i	end record	t1005	o1		0
I	root
S	root
R		[^\n[^]]+	t8000			0
R		--[^\n]*?\n	t6003			0
R		[^\n[^]]+	t8000			0
R	i	function|procedure|entry	t1002	p(subprogram)		0
R	i	(subtype|type)([]+)([]+)	g(t1002,t8000,t1006)	p(type_def)		3
R	i	task|protected	t1002			0
R	i	(subtype)([]+)	g(t1002,t8000)			2
R	i	(end)([]+)	g(t1005,t8000)	p(end)		2
R	i	(pragma)([]+)([]+)	g(t1005,t8000,t6100)			3
R	i	(true|false|null)(?![])	t1001			1
R	i	(Short_Short_Integer|Short_Short_Float|Long_Long_Integer|Long_Long_Float|Wide_Character|Reference_Type|Short_Integer|Long_Integer|Wide_String|Short_Float|Controlled|Long_Float|Character|Generator|File_Type|File_Mode|Positive|Duration|Boolean|Natural|Integer|Address|Cursor|String|Count|Float|Byte)(?![])	t1006			1
R	i	(and([]+then)?|in|mod|not|or([]+else)|rem)(?:(?<=[])(?![])|(?<![])(?=[]))	t4001			3
R	i	generic|private	t1002			0
R	i	package	t1002	p(package)		0
R	i	array(?![])	t1005	p(array_def)		0
R	i	(with|use)([]+)	g(t1003,t8000)	p(import)		2
R	i	([]+)([]*)(:)([]*)(constant)	g(t2003,t8000,t5000,t8000,t1005)			5
R		<<[]+>>	t2008			0
R	i	([]+)([]*)(:)([]*)(declare|begin|loop|for|while)	g(t2008,t8000,t5000,t8000,t1005)			5
R	i	(?<![])(synchronized|overriding|terminate|interface|exception|protected|separate|constant|abstract|renames|reverse|subtype|aliased|declare|requeue|limited|return|tagged|access|record|select|accept|digits|others|pragma|entry|elsif|delta|delay|array|until|range|raise|while|begin|abort|else|loop|when|type|null|then|body|task|goto|case|exit|end|for|abs|xor|all|new|out|is|of|if|or|do|at)(?![])	t1005			1
R		"[^"]*"	t3100			0
I	attribute
I	numbers
R		'[^']'	t3105			0
R		([]+)([]*|[\(\,])	g(t2000,s(root))			2
R		(<>|=>|:=|['-\)\,\.\:-\;\|])	t5000			1
R		[\&\*-\+\-\/\<-\>]	t4000			0
R		\n+	t8000			0
S	numbers
R	i	[0-9_]+#[0-9a-f]+#	t3203			0
R		[0-9_]+\.[0-9_]*	t3202			0
R		[0-9_]+	t3204			0
