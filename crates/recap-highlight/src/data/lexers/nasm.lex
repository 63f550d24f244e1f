S	punctuation
R		[\(-\)\,\:\[\]]+	t5000			0
R		[\%-\&\*-\+\-\/\<\>\^\|\~]+	t4000			0
R		[\$]+	t1001			0
R	i	seg|wrt|strict	t4001			0
R	i	byte|[dq]?word	t1006			0
S	root
R		(?<![^\n])[]*%	t6100	p(preproc)		0
I	whitespace
R	i	[\$\.\?_a-z][\#-\$\.\?-\@\~]*:	t2008			0
R	i	([\$\.\?_a-z][\#-\$\.\?-\@\~]*)([]+)(equ)	g(t2003,t1002,t1002)	p(instruction-args)		3
R	i	BITS|USE16|USE32|SECTION|SEGMENT|ABSOLUTE|EXTERN|GLOBAL|ORG|ALIGN|STRUC|ENDSTRUC|COMMON|CPU|GROUP|UPPERCASE|IMPORT|EXPORT|LIBRARY|MODULE	t1000	p(instruction-args)		0
R	i	(?:res|d)[bdqtw]|times	t1002	p(instruction-args)		0
R	i	[\$\.\?_a-z][\#-\$\.\?-\@\~]*	t2300	p(instruction-args)		0
R		[\n\r]+	t8000			0
S	instruction-args
R		"(\\"|[^\n"])*"|'(\\'|[^\n'])*'|`(\\`|[^\n\`])*`	t3100			3
R	i	(?:0x[0-9a-f]+|(?![^\n])0[0-9a-f]*|[0-9]+[0-9a-f]*h)	t3203			0
R	i	[0-7]+q	t3206			0
R	i	[0-1]+b	t3201			0
R	i	[0-9]+\.e?[0-9]+	t3202			0
R		[0-9]+	t3204			0
I	punctuation
R	i	r[0-9][0-5]?[bdw]|[a-d][hl]|[er]?[a-d]x|[er]?[bs]p|[er]?[ds]i|[c-gs]s|st[0-7]|mm[0-7]|cr[0-4]|dr[0-36-7]|tr[3-7]	t2100			0
R	i	[\$\.\?_a-z][\#-\$\.\?-\@\~]*	t2200			0
R		[\n\r]+	t8000	o1		0
I	whitespace
S	preproc
R		[^\n\;]+	t6100			0
R		;[^\n]*?\n	t6003	o1		0
R		\n	t6100	o1		0
S	whitespace
R		\n	t8000			0
R		[\t ]+	t8000			0
R		;[^\n]*	t6003			0
