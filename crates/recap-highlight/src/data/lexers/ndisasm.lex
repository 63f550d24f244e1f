S	root
R	i	(?<![^\n])[0-9A-Za-z]+	t83	p(offset)
S	offset
R	i	[0-9A-Za-z]+	t83	p(assembly)
I	whitespace
S	punctuation
R		[\(-\)\,\:\[\]]+	t78
R		[\%-\&\*-\+\-\/\<\>\^\|\~]+	t75
R		[\$]+	t16
R	i	seg|wrt|strict	t76
R	i	byte|[dq]?word	t21
S	assembly
I	whitespace
R	i	[\$\.\?_a-z][\#-\$\.\?-\@\~]*:	t30
R	i	([\$\.\?_a-z][\#-\$\.\?-\@\~]*)([]+)(equ)	g(t25,t17,t17)	p(instruction-args)		3
R	i	BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|ENDSTRUC|COMMON|CPU|GROUP|UPPERCASE|IMPORT|EXPORT|LIBRARY|MODULE	t15	p(instruction-args)
R	i	(?:res|d)[bdqtw]|times	t17	p(instruction-args)
R	i	[\$\.\?_a-z][\#-\$\.\?-\@\~]*	t45	p(instruction-args)
R		[\n\r]+	t98	o2
S	instruction-args
R		"(\\"|[^\n"])*"|'(\\'|[^\n'])*'|`(\\`|[^\n\`])*`	t50			3
R	i	(?:0x[0-9a-f]+|(?![^\n])0[0-9a-f]*|[0-9]+[0-9a-f]*h)	t70
R	i	[0-7]+q	t73
R	i	[0-1]+b	t68
R	i	[0-9]+\.e?[0-9]+	t69
R		[0-9]+	t71
I	punctuation
R	i	r[0-9][0-5]?[bdw]|[a-d][hl]|[er]?[a-d]x|[er]?[bs]p|[er]?[ds]i|[c-gs]s|st[0-7]|mm[0-7]|cr[0-4]|dr[0-36-7]|tr[3-7]	t37
R	i	[\$\.\?_a-z][\#-\$\.\?-\@\~]*	t39
R		[\n\r]+	t98	o3
I	whitespace
S	whitespace
R		\n	t98	o2
R		[\t ]+	t98
R		;[^\n]*	t82
