S	interp
R		'	t3100	o1		0
R		\\[^\n]	t3100			0
R		\$\{	t3111	p(interp-inside)		0
R		\$	t3100			0
R		[^\$'\\]+	t3100			0
S	interp-inside
R		\}	t3111	o1		0
I	root
S	commentsandwhitespace
R		\/\/[^\n\r]+	t6003			0
R		\/\*[^\n]*?\*\/	t6002			0
R		[]+	t8001			0
S	root
I	commentsandwhitespace
R		'''[^\n]*?'''	t3100			0
R		'	t3100	p(interp)		0
R		#[\-]+(?:(?<=[])(?![])|(?<![])(?=[]))	t6100			0
R		[_]+(?=\()	t2300			0
R		(?<![])(metadata|targetScope|resource|module|param|var|output|for|in|if|existing|import|as|type|with|using|func|assert)(?![])	t1002			1
R		(?<![])(true|false|null)(?![])	t1001			1
R		(>=|>|<=|<|==|!=|=~|!~|::|&&|\?\?|!|-|%|\*|\/|\+)	t4000			1
R		(\(|\)|\[|\]|\.|:|\?|\{|\}|@|,|\||=>|=)	t5000			1
R		[_]+	t2200			0
R		[0-9]+	t3204			0
