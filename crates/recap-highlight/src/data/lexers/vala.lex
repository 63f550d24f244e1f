S	whitespace
R		(?<![^\n])[]*#if[]+0	t6100	p(if0)		0
R		\n	t8001			0
R		[]+	t8001			0
R		\\\n	t8000			0
R		\/\/(\n|([^\n]|\n)*?[^\\]\n)	t6003			2
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3
S	statements
R		[\@L]?"	t3100	p(string)		0
R		L?'(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])'	t3105			1
R		"""[\u0000-\u{10FFFF}]*?"""	t3100			0
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[Ll]?	t3202			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t3202			1
R		0x[0-9A-Fa-f]+[Ll]?	t3203			0
R		0[0-7]+[Ll]?	t3206			0
R		[\p{Nd}]+[Ll]?	t3204			0
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t4000			0
R		(\[)(Compact|Immutable|(?:Boolean|Simple)Type)(\])	g(t5000,t2004,t5000)			3
R		(\[)(CCode|(?:Integer|Floating)Type)	g(t5000,t2004)			2
R		[\(-\)\,\.\[\]]	t5000			0
R		(as|base|break|case|catch|construct|continue|default|delete|do|else|enum|finally|for|foreach|get|if|in|is|lock|new|out|params|return|set|sizeof|switch|this|throw|try|typeof|while|yield)(?![])	t1000			1
R		(abstract|const|delegate|dynamic|ensures|extern|inline|internal|override|owned|private|protected|public|ref|requires|signal|static|throws|unowned|var|virtual|volatile|weak|yields)(?![])	t1002			1
R		(namespace|using)([]+)	g(t1003,t8001)	p(namespace)		2
R		(class|errordomain|interface|struct)([]+)	g(t1002,t8001)	p(class)		2
R		(\.)([A-Z_a-z][]*)	g(t4000,t2001)			2
R		(void|bool|char|double|float|int|int8|int16|int32|int64|long|short|size_t|ssize_t|string|time_t|uchar|uint|uint8|uint16|uint32|uint64|ulong|unichar|ushort)(?![])	t1006			1
R		(true|false|null)(?![])	t2100			1
R		[A-Z_a-z][]*	t2000			0
S	root
I	whitespace
R				p(statement)		0
S	statement
I	whitespace
I	statements
R		[\{\}]	t5000			0
R		;	t5000	o1		0
S	string
R		"	t3100	o1		0
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|[0-7]{1,3})	t3109			1
R		[^\n"\\]+	t3100			0
R		\\\n	t3100			0
R		\\	t3100			0
S	if0
R		(?<![^\n])[]*#if[^\n]*?(?<!\\)\n	t6100	p()		0
R		(?<![^\n])[]*#el(?:se|if)[^\n]*\n	t6100	o1		0
R		(?<![^\n])[]*#endif[^\n]*?(?<!\\)\n	t6100	o1		0
R		[^\n]*?\n	t6000			0
S	class
R		[A-Z_a-z][]*	t2002	o1		0
S	namespace
R		[A-Z_a-z][\.]*	t2009	o1		0
