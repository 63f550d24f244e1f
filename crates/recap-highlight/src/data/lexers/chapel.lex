S	procname
R		([A-Z_a-z][\$\.]*|~[A-Z_a-z][\$\.]*|[\!\%-\&\*-\+\-\/\:\<-\>\^\|\~]{1,2})	t2300	o1		1
R		\(	t5000	p(receivertype)		0
R		\)+\.	t5000			0
S	receivertype
R		(unmanaged|borrowed|atomic|single|shared|owned|sync)(?![])	t1000			1
R		(complex|nothing|opaque|string|locale|bytes|range|imag|real|bool|uint|void|int)(?![])	t1006			1
R		[^\(-\)]*	t2011	o1		0
S	root
R		\n	t8001			0
R		[]+	t8001			0
R		\\\n	t8000			0
R		\/\/([^\n]*?)\n	t6003			1
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3
R		(config|const|inout|param|type|out|ref|var|in)(?![])	t1002			1
R		(false|none|true|nil)(?![])	t1001			1
R		(complex|nothing|opaque|string|locale|bytes|range|imag|real|bool|uint|void|int)(?![])	t1006			1
R		(implements|forwarding|prototype|otherwise|subdomain|primitive|unmanaged|override|borrowed|lifetime|coforall|continue|private|require|dmapped|cobegin|foreach|lambda|sparse|shared|domain|pragma|reduce|except|export|extern|throws|forall|delete|return|noinit|single|import|select|public|inline|serial|atomic|defer|break|local|index|throw|catch|label|begin|where|while|align|yield|owned|only|this|sync|with|scan|else|enum|init|when|then|let|for|try|use|new|zip|if|by|as|on|do)(?![])	t1000			1
R		(iter)([]+)	g(t1000,t8001)	p(procname)		2
R		(proc)([]+)	g(t1000,t8001)	p(procname)		2
R		(operator)([]+)	g(t1000,t8001)	p(procname)		2
R		(class|interface|module|record|union)([]+)	g(t1000,t8001)	p(classname)		2
R		[\p{Nd}]+i	t3200			0
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t3200			1
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t3200			1
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t3200			0
R		([\p{Nd}]*\.[\p{Nd}]+)([Ee][\+\-]?[0-9]+)?i?	t3202			2
R		[\p{Nd}]+[Ee][\+\-]?[0-9]+i?	t3202			0
R		0[Bb][0-1]+	t3201			0
R		0[Xx][0-9A-Fa-f]+	t3203			0
R		0[Oo][0-7]+	t3206			0
R		[0-9]+	t3204			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3100			0
R		(=|\+=|-=|\*=|\/=|\*\*=|%=|&=|\|=|\^=|&&=|\|\|=|<<=|>>=|<=>|<~>|\.\.|by|#|\.\.\.|&&|\|\||!|&|\||\^|~|<<|>>|==|!=|<=|>=|<|>|[\%\*-\+\-\/]|\*\*)	t4000			1
R		[\(-\)\,\.\:-\;\?\[\]\{\}]	t5000			0
R		[A-Z_a-z][\$]*	t2011			0
S	classname
R		[A-Z_a-z][\$]*	t2002	o1		0
