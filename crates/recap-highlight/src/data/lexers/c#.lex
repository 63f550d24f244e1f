S	root
R		(?<![^\n])[]*\[[\u0000-\u{10FFFF}]*?\]	t23
R		[^\n[^]]+	t98
R		\\\n	t98
R		\/\/\/[^\n\r]*	t83
R		\/\/[^\n\r]*	t82
R		\/[\*][\u0000-\u{10FFFF}]*?[\*]\/	t81
R		\n	t98
R		[\!\%-\&\(-\/\:-\?\[\]-\^\|\~]	t78
R		[\{\}]	t78
R		@"(""|[^"])*"	t50			1
R		\$@?"(""|[^"])*"	t50			1
R		"(\\\\|\\"|[^\n"])*[\n"]	t50			1
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'	t55
R		0[Xx][0-9A-Fa-f]+[Ll]?|[\p{Nd}][_\p{Nd}]*(\.[\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}]+)?[DFLdfl]?	t67			2
R		#[\t ]*(if|endif|else|elif|define|undef|line|error|warning|region|endregion|pragma|nullable)(?![])	t84			1
R		(?<![])(extern)([]+)(alias)(?![])	g(t15,t98,t15)			3
R		(as|await|base|break|by|case|catch|checked|continue|default|delegate|do|else|event|finally|fixed|for|foreach|goto|if|in|init|is|let|lock|new|on|out|params|readonly|ref|return|sizeof|stackalloc|switch|this|throw|try|typeof|unchecked|virtual|void|while|get|set|new|yield|add|remove|value|alias|ascending|descending|from|group|into|orderby|select|thenby|where|join|equals)(?![])	t15			1
R		(global)(::)	g(t15,t78)			2
R		(abstract|async|const|enum|explicit|extern|implicit|internal|operator|override|partial|private|protected|public|static|sealed|unsafe|volatile)(?![])	t17			1
R		(bool|byte|char|decimal|double|dynamic|float|int|long|object|sbyte|short|string|uint|ulong|ushort|var)(?![])\??	t21			1
R		(true|false|null)(?![])	t16			1
R		(class|struct|record|interface)([]+)	g(t15,t98)	p(class)		2
R		(namespace|using)([]+)	g(t15,t98)	p(namespace)		2
R		@?[A-Z_a-z][]*	t22
S	class
R		@?[A-Z_a-z][]*	t24	o1
R				o1
S	namespace
R		(?=\()	t98	o1
R		(@?[A-Z_a-z][]*|\.)+	t31	o1		1
