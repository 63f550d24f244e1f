S	root
R		\n	t98
R		[]+	t98
R		\\\n	t98
R		--[^\n]*?(?![^\n])	t82
R	i	'(U|X|0|1|Z|W|L|H|-)'	t55			1
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t75
R	i	'[_a-z][]*	t23
R		['-\)\,\.\;\[\]]	t78
R		"[^\n"\\]*"	t50
R	i	(library)([]+)([_a-z][]*)	g(t15,t98,t31)			3
R	i	(use)([]+)(entity)	g(t15,t98,t15)			3
R	i	(use)([]+)([_a-z][\.]*\.)(all)	g(t15,t98,t31,t15)			4
R	i	(use)([]+)([_a-z][\.]*)	g(t15,t98,t31)			3
R	i	(std|ieee)(\.[_a-z][]*)	g(t31,t31)			2
R	i	(ieee|work|std)(?![])	t31			1
R	i	(entity|component)([]+)([_a-z][]*)	g(t15,t98,t24)			3
R	i	(architecture|configuration)([]+)([_a-z][]*)([]+)(of)([]+)([_a-z][]*)([]+)(is)	g(t15,t98,t24,t98,t15,t98,t24,t98,t15)			9
R	i	([_a-z][]*)(:)([]+)(process|for)	g(t24,t75,t98,t15)			4
R	i	(end)([]+)	g(t15,t98)	p(endblock)		2
I	types
I	keywords
I	numbers
R	i	[_a-z][]*	t22
S	endblock
I	keywords
R	i	[_a-z][]*	t24
R		([]+)	t98			1
R		;	t78	o1
S	types
R	i	(std_ulogic_vector|file_open_status|std_logic_vector|severity_level|file_open_kind|delay_length|std_ulogic|bit_vector|character|std_logic|positive|unsigned|boolean|natural|integer|signed|string|time|bit)(?![])	t21			1
S	keywords
R	i	(configuration|architecture|disconnect|attribute|transport|postponed|procedure|component|function|variable|severity|constant|generate|register|inertial|package|library|guarded|linkage|generic|subtype|process|literal|record|entity|others|shared|signal|downto|access|assert|return|reject|buffer|impure|select|elsif|inout|until|label|range|group|units|begin|array|alias|after|block|while|null|next|file|when|wait|open|nand|exit|then|case|port|type|loop|else|pure|with|xnor|body|not|rem|bus|rol|ror|xor|abs|end|and|sla|sll|sra|srl|all|out|nor|mod|map|for|new|use|or|on|of|in|if|is|to)(?![])	t15			1
S	numbers
R	i	[\p{Nd}]{1,2}#[0-9_a-f]+#?	t71
R		[\p{Nd}]+	t71
R	i	([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)E[\+\-]?[\p{Nd}]+	t69			1
R	i	X"[0-9_a-f]+"	t70
R	i	O"[0-7_]+"	t73
R	i	B"[0-1_]+"	t68
