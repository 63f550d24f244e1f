S	root
R		\/\/[^\n\r]*	t82
R		\/[\*][\u0000-\u{10FFFF}]*?[\*]\/	t81
R		[]+	t98
R		\n	t98
R		(?<![])(model|equation|end|extends|function|type|record|connector|parameter|constant|if|then|else|for|in|when|assert|outer|algorithm|flow|discrete|input|output|loop|elseif|return|public|protected|external|real|integer|boolean|string|array|complex|union|tuple|class|der|time|tstart|tstop)(?![])	t15			1
R		(?<![])(boolean|integer|real|string|array|record|complex|union|tuple)(?![])	t21			1
R		#[\t ]*(if|else|endif|define|include|error)(?![])	t84			1
R		\\"[^\n"]*\\"	t50
R		'[^\n']'	t55
R		[\p{Nd}]+(\.[\p{Nd}]+)?([Ee][\+\-]?[\p{Nd}]+)?	t67			2
R		@[A-Z_a-z][]*	t22
R		[A-Z_a-z][]*	t22
R		[\!\%-\&\(-\/\;-\>\^\{-\}]	t78
R		(\+|-|\*|\/|\^|&|\||<|>|%|=|!=|<=|>=)	t75			1
S	function
R		[A-Z_a-z][]*	t45	o1
R				o1
S	type
R		[A-Z_a-z][]*	t24	o1
R				o1
S	record
R		[A-Z_a-z][]*	t24	o1
R				o1
