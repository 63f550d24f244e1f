S	end
R	i	(if|case|record|loop|select)	t1005			1	CCIILLRScciillrs+	
R		"[^"]+"|[\.]+	t2300			0	""..09AZ__az+	
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		;	t5000	o1		0	;;	
S	array_def
R		;	t5000	o1		0	;;	
R	i	([]+)([]+)(range)	g(t1006,t8000,t1005)			3	09AZ__az+	09AZ__az
I	root
S	package_instantiation
R		("[^"]+"|[]+)([]+)(=>)	g(t2200,t8000,t5000)			3	""09AZ__az+	
R		["'\.]	t8000			0	""''..09AZ__az+	
R		\)	t5000	o1		0	))	
I	root
S	subprogram
R		\(	t5000	p(#pop,formal_part)		0	((	
R		;	t5000	o1		0	;;	
R	i	is(?![])	t1005	o1		0	IIii+	
R		"[^"]+"|[]+	t2300			0	""09AZ__az+	
I	root
S	type_def
R		;	t5000	o1		0	;;	
R		\(	t5000	p(formal_part)		0	((	
R	i	with|and|use	t1005			0	AAUUWWaauuww	
R	i	array(?![])	t1005	p(#pop,array_def)		0	AAaa	
R	i	record(?![])	t1005	p(record_def)		0	RRrr	
R	i	(null record)(;)	g(t1005,t5000)	o1		2	NNnn	
I	root
S	import
R		[\.]+	t2009	o1		0	..09AZ__az+	..09AZ__az
R				o1		0	*	
S	formal_part
R		\)	t5000	o1		0	))	
R		[]+	t2200			0	09AZ__az+	09AZ__az
R		,|:[^\=]	t5000			0	,,::	
R	i	(in|not|null|out|access)(?![])	t1005			1	AAIINOaaiino+	
I	root
S	package
R	i	body	t1002			0	BBbb	
R	i	is[]+new|renames	t1005			0	IIRRiirr+	
R	i	is	t1005	o1		0	IIii+	
R		;	t5000	o1		0	;;	
R		\(	t5000	p(package_instantiation)		0	((	
R		([\.]+)	t2002			1	..09AZ__az+	..09AZ__az
I	root
S	attribute
R		(')([]+)	g(t5000,t2001)			2	''	
S	record_def
R	i	end record	t1005	o1		0	EEee	
I	root
S	root
R		[^\n[^]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R		--[^\n]*?\n	t6003			0	--	
R		[^\n[^]]+	t8000			0	\x09\x09\x0B\x0D\x20\x20+	\x09\x09\x0B\x0D\x20\x20
R	i	function|procedure|entry	t1002	p(subprogram)		0	EFPPefpp	
R	i	(subtype|type)([]+)([]+)	g(t1002,t8000,t1006)	p(type_def)		3	STst+	
R	i	task|protected	t1002			0	PPTTpptt	
R	i	(subtype)([]+)	g(t1002,t8000)			2	SSss+	
R	i	(end)([]+)	g(t1005,t8000)	p(end)		2	EEee	
R	i	(pragma)([]+)([]+)	g(t1005,t8000,t6100)			3	PPpp	
R	i	(true|false|null)(?![])	t1001			1	FFNNTTffnntt	
R	i	(Short_Short_Integer|Short_Short_Float|Long_Long_Integer|Long_Long_Float|Wide_Character|Reference_Type|Short_Integer|Long_Integer|Wide_String|Short_Float|Controlled|Long_Float|Character|Generator|File_Type|File_Mode|Positive|Duration|Boolean|Natural|Integer|Address|Cursor|String|Count|Float|Byte)(?![])	t1006			1	ADFGIILLNNPPRSWWadfgiillnnpprsww+	
R	i	(and([]+then)?|in|mod|not|or([]+else)|rem)(?:(?<=[])(?![])|(?<![])(?=[]))	t4001			3	AAIIMORRaaiimorr+	
R	i	generic|private	t1002			0	GGPPggpp	
R	i	package	t1002	p(package)		0	PPpp	
R	i	array(?![])	t1005	p(array_def)		0	AAaa	
R	i	(with|use)([]+)	g(t1003,t8000)	p(import)		2	UUWWuuww	
R	i	([]+)([]*)(:)([]*)(constant)	g(t2003,t8000,t5000,t8000,t1005)			5	09AZ__az+	09AZ__az
R		<<[]+>>	t2008			0	<<	
R	i	([]+)([]*)(:)([]*)(declare|begin|loop|for|while)	g(t2008,t8000,t5000,t8000,t1005)			5	09AZ__az+	09AZ__az
R	i	(?<![])(synchronized|overriding|terminate|interface|exception|protected|separate|constant|abstract|renames|reverse|subtype|aliased|declare|requeue|limited|return|tagged|access|record|select|accept|digits|others|pragma|entry|elsif|delta|delay|array|until|range|raise|while|begin|abort|else|loop|when|type|null|then|body|task|goto|case|exit|end|for|abs|xor|all|new|out|is|of|if|or|do|at)(?![])	t1005			1	AGIILLNPRUWXagiillnpruwx+	
R		"[^"]*"	t3100			0	""	
I	attribute
I	numbers
R		'[^']'	t3105			0	''	
R		([]+)([]*|[\(\,])	g(t2000,s(root))			2	09AZ__az+	09AZ__az
R		(<>|=>|:=|['-\)\,\.\:-\;\|])	t5000			1	'),,..:=||+	
R		[\&\*-\+\-\/\<-\>]	t4000			0	&&*+--//<>+	
R		\n+	t8000			0	\x0A\x0A	\x0A\x0A
S	numbers
R	i	[0-9_]+#[0-9a-f]+#	t3203			0	09__+	09__
R		[0-9_]+\.[0-9_]*	t3202			0	09__+	09__
R		[0-9_]+	t3204			0	09__+	09__
