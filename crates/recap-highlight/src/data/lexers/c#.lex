S	root
R		(?<![^\n])[]*\[[\u0000-\u{10FFFF}]*?\]	t2001			0
R		[^\n[^]]+	t8000			0
R		\\\n	t8000			0
R		\/\/\/[^\n\r]*	t6004			0
R		\/\/[^\n\r]*	t6003			0
R		\/[\*][\u0000-\u{10FFFF}]*?[\*]\/	t6002			0
R		\n	t8000			0
R		[\!\%-\&\(-\/\:-\?\[\]-\^\|\~]	t5000			0
R		[\{\}]	t5000			0
R		@"(""|[^"])*"	t3100			1
R		\$@?"(""|[^"])*"	t3100			1
R		"(\\\\|\\"|[^\n"])*[\n"]	t3100			1
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'	t3105			0
R		0[Xx][0-9A-Fa-f]+[Ll]?|[\p{Nd}][_\p{Nd}]*(\.[\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}]+)?[DFLdfl]?	t3200			2
R		#[\t ]*(if|endif|else|elif|define|undef|line|error|warning|region|endregion|pragma|nullable)(?![])	t6100			1
R		(?<![])(extern)([]+)(alias)(?![])	g(t1000,t8000,t1000)			3
R		(as|await|base|break|by|case|catch|checked|continue|default|delegate|do|else|event|finally|fixed|for|foreach|goto|if|in|init|is|let|lock|new|on|out|params|readonly|ref|return|sizeof|stackalloc|switch|this|throw|try|typeof|unchecked|virtual|void|while|get|set|new|yield|add|remove|value|alias|ascending|descending|from|group|into|orderby|select|thenby|where|join|equals)(?![])	t1000			1
R		(global)(::)	g(t1000,t5000)			2
R		(abstract|async|const|enum|explicit|extern|implicit|internal|operator|override|partial|private|protected|public|static|sealed|unsafe|volatile)(?![])	t1002			1
R		(bool|byte|char|decimal|double|dynamic|float|int|long|object|sbyte|short|string|uint|ulong|ushort|var)(?![])\??	t1006			1
R		(true|false|null)(?![])	t1001			1
R		(class|struct|record|interface)([]+)	g(t1000,t8000)	p(class)		2
R		(namespace|using)([]+)	g(t1000,t8000)	p(namespace)		2
R		@?[A-Z_a-z][]*	t2000			0
S	class
R		@?[A-Z_a-z][]*	t2002	o1		0
R				o1		0
S	namespace
R		(?=\()	t8000	o1		0
R		(@?[A-Z_a-z][]*|\.)+	t2009	o1		1
