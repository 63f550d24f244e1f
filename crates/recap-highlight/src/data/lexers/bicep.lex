S	interp
R		'	t3100	o1		0	''	
R		\\[^\n]	t3100			0	\x5C\x5C	
R		\$\{	t3111	p(interp-inside)		0	$$	
R		\$	t3100			0	$$	
R		[^\$'\\]+	t3100			0	\x00#%&([]\x7F+	\x00#%&([]\x7F
S	interp-inside
R		\}	t3111	o1		0	}}	
I	root
S	commentsandwhitespace
R		\/\/[^\n\r]+	t6003			0	//	
R		\/\*[^\n]*?\*\/	t6002			0	//	
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
S	root
I	commentsandwhitespace
R		'''[^\n]*?'''	t3100			0	''	
R		'	t3100	p(interp)		0	''	
R		#[\-\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t6100			0	##	
R		[_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+(?=\()	t2300			0	09AZ__az+	09AZ__az
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(metadata|targetScope|resource|module|param|var|output|for|in|if|existing|import|as|type|with|using|func|assert)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1002			1	aaefiimmoprrtw	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(true|false|null)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1001			1	ffnntt	
R		(>=|>|<=|<|==|!=|=~|!~|::|&&|\?\?|!|-|%|\*|\/|\+)	t4000			1	!!%&*+--//::<?	
R		(\(|\)|\[|\]|\.|:|\?|\{|\}|@|,|\||=>|=)	t5000			1	(),,..::==?@[[]]{}	
R		[_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+	t2200			0	09AZ__az+	09AZ__az
R		[0-9]+	t3204			0	09	09
