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
R		(?<![^\n])([\t ]*)(\.(?:class|super|implements|field|subannotation|annotation|enum|method|registers|locals|array-data|packed-switch|sparse-switch|catchall|catch|line|parameter|local|prologue|epilogue|source))	g(t99,t15)			2
R		(?<![^\n])([\t ]*)(\.end)( )(field|subannotation|annotation|method|array-data|packed-switch|sparse-switch|parameter|local)	g(t99,t15,t99,t15)			4
R		(?<![^\n])([\t ]*)(\.restart)( )(local)	g(t99,t15,t99,t15)			4
S	access-modifier
R		(public|private|protected|static|final|synchronized|bridge|varargs|native|abstract|strictfp|synthetic|constructor|declared-synchronized|interface|enum|annotation|volatile|transient)	t15			1
S	whitespace
R		\n	t99
R		[]+	t99
S	instruction
R		(?<![])[pv][\p{Nd}]+(?![])	t37
R		((?<![])[a-z][\-\/-9A-Za-z]+)([]+)	g(t98,t99)			2
S	literal
R		"[^\n]*"	t50
R		0x[0-9A-Fa-f]+t?	t70
R		[0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t69			1
R		[0-9]+L?	t71
S	field
R		(\$?(?:(?<=[])(?![])|(?<![])(?=[])))([\$]*)(:)	g(t78,t39,t78)			3
S	method
R		<(?:cl)?init>	t45
R		(\$?(?:(?<=[])(?![])|(?<![])(?=[])))([\$]*)(\()	g(t78,t45,t78)			3
S	label
R		:[]+	t30
S	class
R		(L)((?:[\$]+\/)*)([\$]+)(;)	g(t21,t98,t24,t98)			4
S	punctuation
R		->	t78
R		[\(-\)\,-\.\:\=\{\}]	t78
S	type
R		[B-DFI-JSVZ-\[]+	t21
S	comment
R		#[^\n]*?\n	t79
