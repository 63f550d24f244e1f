S	root
R		[^\n[^]]+	t98
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
R		(break|catch|continue|done|else|finally|foreach|forever|fork|if|lock|match|return|throw|transaction|try|while)(?![])	t15			1
R		((?:(?:[^[^]]|\$)[\$\.\<\>\[\]]*[]+)+?)((?:[^[^]]|\$)[\$]*)([]*)(\()	g(s(root),t45,t98,t75)			4
R		@[^[^]][\.]*	t26
R		(annotation|bind|but|endpoint|error|function|object|private|public|returns|service|type|var|with|worker)(?![])	t17			1
R		(boolean|byte|decimal|float|int|json|map|nil|record|string|table|xml)(?![])	t21			1
R		(true|false|null)(?![])	t16			1
R		(import)([]+)	g(t18,t98)	p(import)		2
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'|'\\u[0-9A-Fa-f]{4}'	t55
R		(\.)((?:[^[^]]|\$)[\$]*)	g(t75,t23)			2
R		(?<![^\n])[]*([^[^]]|\$)[\$]*:	t30			1
R		([^[^]]|\$)[\$]*	t22			1
R		([0-9][0-9_]*\.([0-9][0-9_]*)?|\.[0-9][0-9_]*)([Ee][\+\-]?[0-9][0-9_]*)?[DFdf]?|[0-9][Ee][\+\-]?[0-9][0-9_]*[DFdf]?|[0-9]([Ee][\+\-]?[0-9][0-9_]*)?[DFdf]|0[Xx]([0-9A-Fa-f][0-9A-F_a-f]*\.?|([0-9A-Fa-f][0-9A-F_a-f]*)?\.[0-9A-Fa-f][0-9A-F_a-f]*)[Pp][\+\-]?[0-9][0-9_]*[DFdf]?	t69			6
R		0[Xx][0-9A-Fa-f][0-9A-F_a-f]*[Ll]?	t70
R		0[Bb][0-1][0-1_]*[Ll]?	t68
R		0[0-7_]+[Ll]?	t73
R		0|[1-9][0-9_]*[Ll]?	t71
R		[\!\%-\&\(-\/\:-\?\[\]-\^\{-\~]	t75
R		\n	t98
S	import
R		[\.]+	t31	o1
