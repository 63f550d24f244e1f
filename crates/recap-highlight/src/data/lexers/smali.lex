S	root
I	comment
I	label
I	field
I	method
I	class
I	directive
I	access-modifier
I	instruction
I	literal
I	punctuation
I	type
I	whitespace
S	directive
R		(?<![^\n])([\t ]*)(\.(?:class|super|implements|field|subannotation|annotation|enum|method|registers|locals|array-data|packed-switch|sparse-switch|catchall|catch|line|parameter|local|prologue|epilogue|source))	g(t8001,t1000)			2
R		(?<![^\n])([\t ]*)(\.end)( )(field|subannotation|annotation|method|array-data|packed-switch|sparse-switch|parameter|local)	g(t8001,t1000,t8001,t1000)			4
R		(?<![^\n])([\t ]*)(\.restart)( )(local)	g(t8001,t1000,t8001,t1000)			4
S	access-modifier
R		(public|private|protected|static|final|synchronized|bridge|varargs|native|abstract|strictfp|synthetic|constructor|declared-synchronized|interface|enum|annotation|volatile|transient)	t1000			1
S	whitespace
R		\n	t8001			0
R		[]+	t8001			0
S	instruction
R		(?<![])[pv][\p{Nd}]+(?![])	t2100			0
R		((?<![])[a-z][\-\/-9A-Za-z]+)([]+)	g(t8000,t8001)			2
S	literal
R		"[^\n]*"	t3100			0
R		0x[0-9A-Fa-f]+t?	t3203			0
R		[0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t3202			1
R		[0-9]+L?	t3204			0
S	field
R		(\$?(?:(?<=[])(?![])|(?<![])(?=[])))([\$]*)(:)	g(t5000,t2200,t5000)			3
S	method
R		<(?:cl)?init>	t2300			0
R		(\$?(?:(?<=[])(?![])|(?<![])(?=[])))([\$]*)(\()	g(t5000,t2300,t5000)			3
S	label
R		:[]+	t2008			0
S	class
R		(L)((?:[\$]+\/)*)([\$]+)(;)	g(t1006,t8000,t2002,t8000)			4
S	punctuation
R		->	t5000			0
R		[\(-\)\,-\.\:\=\{\}]	t5000			0
S	type
R		[B-DFI-JSVZ-\[]+	t1006			0
S	comment
R		#[^\n]*?\n	t6000			0
