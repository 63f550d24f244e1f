S	interp
R		'	t50	o1
R		\\[^\n]	t50
R		\$\{	t61	p(interp-inside)
R		\$	t50
R		[^\$'\\]+	t50
S	interp-inside
R		\}	t61	o1
I	root
S	commentsandwhitespace
R		\/\/[^\n\r]+	t82
R		\/\*[^\n]*?\*\/	t81
R		[]+	t99
S	root
I	commentsandwhitespace
R		'''[^\n]*?'''	t50
R		'	t50	p(interp)
R		#[\-]+(?:(?<=[])(?![])|(?<![])(?=[]))	t84
R		[_]+(?=\()	t45
R		(?<![])(metadata|targetScope|resource|module|param|var|output|for|in|if|existing|import|as|type|with|using|func|assert)(?![])	t17			1
R		(?<![])(true|false|null)(?![])	t16			1
R		(>=|>|<=|<|==|!=|=~|!~|::|&&|\?\?|!|-|%|\*|\/|\+)	t75			1
R		(\(|\)|\[|\]|\.|:|\?|\{|\}|@|,|\||=>|=)	t78			1
R		[_]+	t39
R		[0-9]+	t71
