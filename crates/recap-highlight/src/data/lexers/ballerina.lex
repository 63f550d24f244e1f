S	root
R		[^\n[^]]+	t8000			0
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
R		(break|catch|continue|done|else|finally|foreach|forever|fork|if|lock|match|return|throw|transaction|try|while)(?![])	t1000			1
R		((?:(?:[^[^]]|\$)[\$\.\<\>\[\]]*[]+)+?)((?:[^[^]]|\$)[\$]*)([]*)(\()	g(s(root),t2300,t8000,t4000)			4
R		@[^[^]][\.]*	t2004			0
R		(annotation|bind|but|endpoint|error|function|object|private|public|returns|service|type|var|with|worker)(?![])	t1002			1
R		(boolean|byte|decimal|float|int|json|map|nil|record|string|table|xml)(?![])	t1006			1
R		(true|false|null)(?![])	t1001			1
R		(import)([]+)	g(t1003,t8000)	p(import)		2
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'|'\\u[0-9A-Fa-f]{4}'	t3105			0
R		(\.)((?:[^[^]]|\$)[\$]*)	g(t4000,t2001)			2
R		(?<![^\n])[]*([^[^]]|\$)[\$]*:	t2008			1
R		([^[^]]|\$)[\$]*	t2000			1
R		([0-9][0-9_]*\.([0-9][0-9_]*)?|\.[0-9][0-9_]*)([Ee][\+\-]?[0-9][0-9_]*)?[DFdf]?|[0-9][Ee][\+\-]?[0-9][0-9_]*[DFdf]?|[0-9]([Ee][\+\-]?[0-9][0-9_]*)?[DFdf]|0[Xx]([0-9A-Fa-f][0-9A-F_a-f]*\.?|([0-9A-Fa-f][0-9A-F_a-f]*)?\.[0-9A-Fa-f][0-9A-F_a-f]*)[Pp][\+\-]?[0-9][0-9_]*[DFdf]?	t3202			6
R		0[Xx][0-9A-Fa-f][0-9A-F_a-f]*[Ll]?	t3203			0
R		0[Bb][0-1][0-1_]*[Ll]?	t3201			0
R		0[0-7_]+[Ll]?	t3206			0
R		0|[1-9][0-9_]*[Ll]?	t3204			0
R		[\!\%-\&\(-\/\:-\?\[\]-\^\{-\~]	t4000			0
R		\n	t8000			0
S	import
R		[\.]+	t2009	o1		0
