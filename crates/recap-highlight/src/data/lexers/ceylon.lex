S	class
R		[A-Z_a-z][]*	t24	o1
S	import
R		[a-z][\.]*	t31	o1
S	comment
R		[^\*\/]	t81
R		\/\*	t81	p()
R		\*\/	t81	o1
R		[\*\/]	t81
S	root
R		(?<![^\n])([]*(?:[A-Z_a-z][\.\[\]]*[]+)+?)([A-Z_a-z][]*)([]*)(\()	g(s(root),t45,t98,t75)			4
R		[^\n[^]]+	t98
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		\/\*	t81	p(comment)
R		(shared|abstract|formal|default|actual|variable|deprecated|small|late|literal|doc|by|see|throws|optional|license|tagged|final|native|annotation|sealed)(?![])	t26			1
R		(break|case|catch|continue|else|finally|for|in|if|return|switch|this|throw|try|while|is|exists|dynamic|nonempty|then|outer|assert|let)(?![])	t15			1
R		(abstracts|extends|satisfies|super|given|of|out|assign)(?![])	t17			1
R		(function|value|void|new)(?![])	t21			1
R		(assembly|module|package)([]+)	g(t18,t98)			2
R		(true|false|null)(?![])	t16			1
R		(class|interface|object|alias)([]+)	g(t17,t98)	p(class)		2
R		(import)([]+)	g(t18,t98)	p(import)		2
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		'\\[\u0000-\u{10FFFF}]'|'[^\\]'|'\\\{#[0-9A-Fa-f]{4}\}'	t55
R		"[\u0000-\u{10FFFF}]*``[\u0000-\u{10FFFF}]*``[\u0000-\u{10FFFF}]*"	t61
R		(\.)([_a-z][]*)	g(t75,t23)			2
R		[A-Z_a-z][]*:	t30
R		[A-Z_a-z][]*	t22
R		[\!\%-\&\(-\/\:-\?\[\]-\^\{-\~]	t75
R		[\p{Nd}]{1,3}(_[\p{Nd}]{3})+\.[\p{Nd}]{1,3}(_[\p{Nd}]{3})+[GMPTfkm-npu]?	t69			2
R		[\p{Nd}]{1,3}(_[\p{Nd}]{3})+\.[0-9]+([Ee][\+\-]?[0-9]+)?[GMPTfkm-npu]?	t69			2
R		[0-9][0-9]*\.[\p{Nd}]{1,3}(_[\p{Nd}]{3})+[GMPTfkm-npu]?	t69			1
R		[0-9][0-9]*\.[0-9]+([Ee][\+\-]?[0-9]+)?[GMPTfkm-npu]?	t69			1
R		#([0-9A-Fa-f]{4})(_[0-9A-Fa-f]{4})+	t70			2
R		#[0-9A-Fa-f]+	t70
R		\$([0-1]{4})(_[0-1]{4})+	t68			2
R		\$[0-1]+	t68
R		[\p{Nd}]{1,3}(_[\p{Nd}]{3})+[GMPTk]?	t71			1
R		[0-9]+[GMPTk]?	t71
R		\n	t98
