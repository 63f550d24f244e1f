S	procname
R		([A-Z_a-z][\$\.]*|~[A-Z_a-z][\$\.]*|[\!\%-\&\*-\+\-\/\:\<-\>\^\|\~]{1,2})	t45	o1		1
R		\(	t78	p(receivertype)
R		\)+\.	t78
S	receivertype
R		(unmanaged|borrowed|atomic|single|shared|owned|sync)(?![])	t15			1
R		(complex|nothing|opaque|string|locale|bytes|range|imag|real|bool|uint|void|int)(?![])	t21			1
R		[^\(-\)]*	t33	o1
S	root
R		\n	t99
R		[]+	t99
R		\\\n	t98
R		\/\/([^\n]*?)\n	t82			1
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t81			3
R		(config|const|inout|param|type|out|ref|var|in)(?![])	t17			1
R		(false|none|true|nil)(?![])	t16			1
R		(complex|nothing|opaque|string|locale|bytes|range|imag|real|bool|uint|void|int)(?![])	t21			1
R		(implements|forwarding|prototype|otherwise|subdomain|primitive|unmanaged|override|borrowed|lifetime|coforall|continue|private|require|dmapped|cobegin|foreach|lambda|sparse|shared|domain|pragma|reduce|except|export|extern|throws|forall|delete|return|noinit|single|import|select|public|inline|serial|atomic|defer|break|local|index|throw|catch|label|begin|where|while|align|yield|owned|only|this|sync|with|scan|else|enum|init|when|then|let|for|try|use|new|zip|if|by|as|on|do)(?![])	t15			1
R		(iter)([]+)	g(t15,t99)	p(procname)		2
R		(proc)([]+)	g(t15,t99)	p(procname)		2
R		(operator)([]+)	g(t15,t99)	p(procname)		2
R		(class|interface|module|record|union)([]+)	g(t15,t99)	p(classname)		2
R		[\p{Nd}]+i	t67
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t67
R		([\p{Nd}]*\.[\p{Nd}]+)([Ee][\+\-]?[0-9]+)?i?	t69			2
R		[\p{Nd}]+[Ee][\+\-]?[0-9]+i?	t69
R		0[Bb][0-1]+	t68
R		0[Xx][0-9A-Fa-f]+	t70
R		0[Oo][0-7]+	t73
R		[0-9]+	t71
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t50
R		(=|\+=|-=|\*=|\/=|\*\*=|%=|&=|\|=|\^=|&&=|\|\|=|<<=|>>=|<=>|<~>|\.\.|by|#|\.\.\.|&&|\|\||!|&|\||\^|~|<<|>>|==|!=|<=|>=|<|>|[\%\*-\+\-\/]|\*\*)	t75			1
R		[\(-\)\,\.\:-\;\?\[\]\{\}]	t78
R		[A-Z_a-z][\$]*	t33
S	classname
R		[A-Z_a-z][\$]*	t24	o1
