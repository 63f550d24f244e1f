S	class
R		[A-Z_a-z][]*	t2002	o1		0
S	import
R		[a-z][\.]*	t2009	o1		0
S	comment
R		[^\*\/]	t6002			0
R		\/\*	t6002	p()		0
R		\*\/	t6002	o1		0
R		[\*\/]	t6002			0
S	root
R		(?<![^\n])([]*(?:[A-Z_a-z][\.\[\]]*[]+)+?)([A-Z_a-z][]*)([]*)(\()	g(s(root),t2300,t8000,t4000)			4
R		[^\n[^]]+	t8000			0
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\/\*	t6002	p(comment)		0
R		(shared|abstract|formal|default|actual|variable|deprecated|small|late|literal|doc|by|see|throws|optional|license|tagged|final|native|annotation|sealed)(?![])	t2004			1
R		(break|case|catch|continue|else|finally|for|in|if|return|switch|this|throw|try|while|is|exists|dynamic|nonempty|then|outer|assert|let)(?![])	t1000			1
R		(abstracts|extends|satisfies|super|given|of|out|assign)(?![])	t1002			1
R		(function|value|void|new)(?![])	t1006			1
R		(assembly|module|package)([]+)	g(t1003,t8000)			2
R		(true|false|null)(?![])	t1001			1
R		(class|interface|object|alias)([]+)	g(t1002,t8000)	p(class)		2
R		(import)([]+)	g(t1003,t8000)	p(import)		2
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'|'\\\{#[0-9A-Fa-f]{4}\}'	t3105			0
R		"[\u0000-\u{10FFFF}]*``[\u0000-\u{10FFFF}]*``[\u0000-\u{10FFFF}]*"	t3111			0
R		(\.)([_a-z][]*)	g(t4000,t2001)			2
R		[A-Z_a-z][]*:	t2008			0
R		[A-Z_a-z][]*	t2000			0
R		[\!\%-\&\(-\/\:-\?\[\]-\^\{-\~]	t4000			0
R		[\p{Nd}]{1,3}(_[\p{Nd}]{3})+\.[\p{Nd}]{1,3}(_[\p{Nd}]{3})+[GMPTfkm-npu]?	t3202			2
R		[\p{Nd}]{1,3}(_[\p{Nd}]{3})+\.[0-9]+([Ee][\+\-]?[0-9]+)?[GMPTfkm-npu]?	t3202			2
R		[0-9][0-9]*\.[\p{Nd}]{1,3}(_[\p{Nd}]{3})+[GMPTfkm-npu]?	t3202			1
R		[0-9][0-9]*\.[0-9]+([Ee][\+\-]?[0-9]+)?[GMPTfkm-npu]?	t3202			1
R		#([0-9A-Fa-f]{4})(_[0-9A-Fa-f]{4})+	t3203			2
R		#[0-9A-Fa-f]+	t3203			0
R		\$([0-1]{4})(_[0-1]{4})+	t3201			2
R		\$[0-1]+	t3201			0
R		[\p{Nd}]{1,3}(_[\p{Nd}]{3})+[GMPTk]?	t3204			1
R		[0-9]+[GMPTk]?	t3204			0
R		\n	t8000			0
