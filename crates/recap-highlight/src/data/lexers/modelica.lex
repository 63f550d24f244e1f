S	root
R		\/\/[^\n\r]*	t6003			0
R		\/[\*][\u0000-\u{10FFFF}]*?[\*]\/	t6002			0
R		[]+	t8000			0
R		\n	t8000			0
R		(?<![])(model|equation|end|extends|function|type|record|connector|parameter|constant|if|then|else|for|in|when|assert|outer|algorithm|flow|discrete|input|output|loop|elseif|return|public|protected|external|real|integer|boolean|string|array|complex|union|tuple|class|der|time|tstart|tstop)(?![])	t1000			1
R		(?<![])(boolean|integer|real|string|array|record|complex|union|tuple)(?![])	t1006			1
R		#[\t ]*(if|else|endif|define|include|error)(?![])	t6100			1
R		\\"[^\n"]*\\"	t3100			0
R		'[^\n']'	t3105			0
R		[\p{Nd}]+(\.[\p{Nd}]+)?([Ee][\+\-]?[\p{Nd}]+)?	t3200			2
R		@[A-Z_a-z][]*	t2000			0
R		[A-Z_a-z][]*	t2000			0
R		[\!\%-\&\(-\/\;-\>\^\{-\}]	t5000			0
R		(\+|-|\*|\/|\^|&|\||<|>|%|=|!=|<=|>=)	t4000			1
S	function
R		[A-Z_a-z][]*	t2300	o1		0
R				o1		0
S	type
R		[A-Z_a-z][]*	t2002	o1		0
R				o1		0
S	record
R		[A-Z_a-z][]*	t2002	o1		0
R				o1		0
