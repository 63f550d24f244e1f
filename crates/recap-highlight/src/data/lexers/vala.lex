S	whitespace
R		(?<![^\n])[]*#if[]+0	t84	p(if0)
R		\n	t99
R		[]+	t99
R		\\\n	t98
R		\/\/(\n|([^\n]|\n)*?[^\\]\n)	t82			2
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t81			3
S	statements
R		[\@L]?"	t50	p(string)
R		L?'(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])'	t55			1
R		"""[\u0000-\u{10FFFF}]*?"""	t50
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[Ll]?	t69			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t69			1
R		0x[0-9A-Fa-f]+[Ll]?	t70
R		0[0-7]+[Ll]?	t73
R		[\p{Nd}]+[Ll]?	t71
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t75
R		(\[)(Compact|Immutable|(?:Boolean|Simple)Type)(\])	g(t78,t26,t78)			3
R		(\[)(CCode|(?:Integer|Floating)Type)	g(t78,t26)			2
R		[\(-\)\,\.\[\]]	t78
R		(as|base|break|case|catch|construct|continue|default|delete|do|else|enum|finally|for|foreach|get|if|in|is|lock|new|out|params|return|set|sizeof|switch|this|throw|try|typeof|while|yield)(?![])	t15			1
R		(abstract|const|delegate|dynamic|ensures|extern|inline|internal|override|owned|private|protected|public|ref|requires|signal|static|throws|unowned|var|virtual|volatile|weak|yields)(?![])	t17			1
R		(namespace|using)([]+)	g(t18,t99)	p(namespace)		2
R		(class|errordomain|interface|struct)([]+)	g(t17,t99)	p(class)		2
R		(\.)([A-Z_a-z][]*)	g(t75,t23)			2
R		(void|bool|char|double|float|int|int8|int16|int32|int64|long|short|size_t|ssize_t|string|time_t|uchar|uint|uint8|uint16|uint32|uint64|ulong|unichar|ushort)(?![])	t21			1
R		(true|false|null)(?![])	t37			1
R		[A-Z_a-z][]*	t22
S	root
I	whitespace
R				p(statement)
S	statement
I	whitespace
I	statements
R		[\{\}]	t78
R		;	t78	o1
S	string
R		"	t50	o1
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|[0-7]{1,3})	t59			1
R		[^\n"\\]+	t50
R		\\\n	t50
R		\\	t50
S	if0
R		(?<![^\n])[]*#if[^\n]*?(?<!\\)\n	t84	p()
R		(?<![^\n])[]*#el(?:se|if)[^\n]*\n	t84	o1
R		(?<![^\n])[]*#endif[^\n]*?(?<!\\)\n	t84	o1
R		[^\n]*?\n	t79
S	class
R		[A-Z_a-z][]*	t24	o1
S	namespace
R		[A-Z_a-z][\.]*	t31	o1
