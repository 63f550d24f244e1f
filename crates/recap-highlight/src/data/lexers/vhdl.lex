S	root
R		\n	t8000			0
R		[]+	t8000			0
R		\\\n	t8000			0
R		--[^\n]*?(?![^\n])	t6003			0
R	i	'(U|X|0|1|Z|W|L|H|-)'	t3105			1
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t4000			0
R	i	'[_a-z][]*	t2001			0
R		['-\)\,\.\;\[\]]	t5000			0
R		"[^\n"\\]*"	t3100			0
R	i	(library)([]+)([_a-z][]*)	g(t1000,t8000,t2009)			3
R	i	(use)([]+)(entity)	g(t1000,t8000,t1000)			3
R	i	(use)([]+)([_a-z][\.]*\.)(all)	g(t1000,t8000,t2009,t1000)			4
R	i	(use)([]+)([_a-z][\.]*)	g(t1000,t8000,t2009)			3
R	i	(std|ieee)(\.[_a-z][]*)	g(t2009,t2009)			2
R	i	(ieee|work|std)(?![])	t2009			1
R	i	(entity|component)([]+)([_a-z][]*)	g(t1000,t8000,t2002)			3
R	i	(architecture|configuration)([]+)([_a-z][]*)([]+)(of)([]+)([_a-z][]*)([]+)(is)	g(t1000,t8000,t2002,t8000,t1000,t8000,t2002,t8000,t1000)			9
R	i	([_a-z][]*)(:)([]+)(process|for)	g(t2002,t4000,t8000,t1000)			4
R	i	(end)([]+)	g(t1000,t8000)	p(endblock)		2
I	types
I	keywords
I	numbers
R	i	[_a-z][]*	t2000			0
S	endblock
I	keywords
R	i	[_a-z][]*	t2002			0
R		([]+)	t8000			1
R		;	t5000	o1		0
S	types
R	i	(std_ulogic_vector|file_open_status|std_logic_vector|severity_level|file_open_kind|delay_length|std_ulogic|bit_vector|character|std_logic|positive|unsigned|boolean|natural|integer|signed|string|time|bit)(?![])	t1006			1
S	keywords
R	i	(configuration|architecture|disconnect|attribute|transport|postponed|procedure|component|function|variable|severity|constant|generate|register|inertial|package|library|guarded|linkage|generic|subtype|process|literal|record|entity|others|shared|signal|downto|access|assert|return|reject|buffer|impure|select|elsif|inout|until|label|range|group|units|begin|array|alias|after|block|while|null|next|file|when|wait|open|nand|exit|then|case|port|type|loop|else|pure|with|xnor|body|not|rem|bus|rol|ror|xor|abs|end|and|sla|sll|sra|srl|all|out|nor|mod|map|for|new|use|or|on|of|in|if|is|to)(?![])	t1000			1
S	numbers
R	i	[\p{Nd}]{1,2}#[0-9_a-f]+#?	t3204			0
R		[\p{Nd}]+	t3204			0
R	i	([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)E[\+\-]?[\p{Nd}]+	t3202			1
R	i	X"[0-9_a-f]+"	t3203			0
R	i	O"[0-7_]+"	t3206			0
R	i	B"[0-1_]+"	t3201			0
