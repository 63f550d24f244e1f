S	procname
R		([A-Z_a-z][\$\.]*|~[A-Z_a-z][\$\.]*|[\!\%-\&\*-\+\-\/\:\<-\>\^\|\~]{1,2})	t2300	o1		1	!!%&*+--//::<>AZ^_az||~~	
R		\(	t5000	p(receivertype)		0	((	
R		\)+\.	t5000			0	))	))
S	receivertype
R		(unmanaged|borrowed|atomic|single|shared|owned|sync)(?![])	t1000			1	aboossuu	
R		(complex|nothing|opaque|string|locale|bytes|range|imag|real|bool|uint|void|int)(?![])	t1006			1	bciillnorsuv	
R		[^\(-\)]*	t2011	o1		0	*	\x00'*\x7F
S	root
R		\n	t8001			0	\x0A\x0A	
R		[]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		\\\n	t8000			0	\x5C\x5C	
R		\/\/([^\n]*?)\n	t6003			1	//	
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3	//	
R		(config|const|inout|param|type|out|ref|var|in)(?![])	t1002			1	cciioprrttvv	
R		(false|none|true|nil)(?![])	t1001			1	ffnntt	
R		(complex|nothing|opaque|string|locale|bytes|range|imag|real|bool|uint|void|int)(?![])	t1006			1	bciillnorsuv	
R		(implements|forwarding|prototype|otherwise|subdomain|primitive|unmanaged|override|borrowed|lifetime|coforall|continue|private|require|dmapped|cobegin|foreach|lambda|sparse|shared|domain|pragma|reduce|except|export|extern|throws|forall|delete|return|noinit|single|import|select|public|inline|serial|atomic|defer|break|local|index|throw|catch|label|begin|where|while|align|yield|owned|only|this|sync|with|scan|else|enum|init|when|then|let|for|try|use|new|zip|if|by|as|on|do)(?![])	t1000			1	afiillnpruwwyz	
R		(iter)([]+)	g(t1000,t8001)	p(procname)		2	ii	
R		(proc)([]+)	g(t1000,t8001)	p(procname)		2	pp	
R		(operator)([]+)	g(t1000,t8001)	p(procname)		2	oo	
R		(class|interface|module|record|union)([]+)	g(t1000,t8001)	p(classname)		2	cciimmrruu	
R		[\p{Nd}]+i	t3200			0	09+	09
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t3200			1	09+	09
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t3200			1	..	
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t3200			0	09+	09
R		([\p{Nd}]*\.[\p{Nd}]+)([Ee][\+\-]?[0-9]+)?i?	t3202			2	..09+	09
R		[\p{Nd}]+[Ee][\+\-]?[0-9]+i?	t3202			0	09+	09
R		0[Bb][0-1]+	t3201			0	00	
R		0[Xx][0-9A-Fa-f]+	t3203			0	00	
R		0[Oo][0-7]+	t3206			0	00	
R		[0-9]+	t3204			0	09	09
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0	""	
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3100			0	''	
R		(=|\+=|-=|\*=|\/=|\*\*=|%=|&=|\|=|\^=|&&=|\|\|=|<<=|>>=|<=>|<~>|\.\.|by|#|\.\.\.|&&|\|\||!|&|\||\^|~|<<|>>|==|!=|<=|>=|<|>|[\%\*-\+\-\/]|\*\*)	t4000			1	!!##%&*+-/<>^^bb||~~	
R		[\(-\)\,\.\:-\;\?\[\]\{\}]	t5000			0	(),,..:;??[[]]{{}}	
R		[A-Z_a-z][\$]*	t2011			0	AZ__az	
S	classname
R		[A-Z_a-z][\$]*	t2002	o1		0	AZ__az	
