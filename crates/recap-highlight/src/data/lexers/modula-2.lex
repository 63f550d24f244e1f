S	dialecttags
R		\(\*!m2pim\*\)	t83
R		\(\*!m2iso\*\)	t83
R		\(\*!m2r10\*\)	t83
R		\(\*!objm2\*\)	t83
R		\(\*!m2iso\+aglet\*\)	t83
R		\(\*!m2pim\+gm2\*\)	t83
R		\(\*!m2iso\+p1\*\)	t83
R		\(\*!m2iso\+xds\*\)	t83
S	unigraph_operators
R		[\+\-]	t75
R		[\*\/]	t75
R		\\	t75
R		[\#\<-\>]	t75
R		\^	t75
R		@	t75
R		&	t75
R		~	t75
R		`	t75
S	string_literals
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t50
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
S	identifiers
R		([\$A-Z_a-z][\$]*)	t22			1
S	pragmas
R		<\*[\u0000-\u{10FFFF}]*?\*>	t84
R		\(\*\$[\u0000-\u{10FFFF}]*?\*\)	t84
S	comments
R		(?<![^\n])\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		\(\*([^\$][\u0000-\u{10FFFF}]*?)\*\)	t81			1
R		\/\*([\u0000-\u{10FFFF}]*?)\*\/	t81			1
S	whitespace
R		\n+	t98
R		[]+	t98
S	suffixed_number_literals
R		[0-7]+B	t73
R		[0-7]+C	t73
R		[0-9A-F]+H	t70
S	plain_number_literals
R		[0-9]+('[0-9]+)*\.[0-9]+('[0-9]+)*[Ee][\+\-]?[0-9]+('[0-9]+)*	t69			3
R		[0-9]+('[0-9]+)*\.[0-9]+('[0-9]+)*	t69			2
R		[0-9]+('[0-9]+)*	t71			1
S	digraph_punctuation
R		\.\.	t78
R		<<	t78
R		>>	t78
R		->	t78
R		\|#	t78
R		##	t78
R		\|\*	t78
S	unigraph_punctuation
R		[\(-\)\,\.\:-\;\[\]\{-\}]	t78
R		!	t78
R		\?	t78
S	root
I	whitespace
I	dialecttags
I	pragmas
I	comments
I	identifiers
I	suffixed_number_literals
I	prefixed_number_literals
I	plain_number_literals
I	string_literals
I	digraph_punctuation
I	digraph_operators
I	unigraph_punctuation
I	unigraph_operators
S	prefixed_number_literals
R		0b[0-1]+('[0-1]+)*	t68			1
R		0[ux][0-9A-F]+('[0-9A-F]+)*	t70			1
S	digraph_operators
R		\*\.	t75
R		\+>	t75
R		<>	t75
R		<=	t75
R		>=	t75
R		==	t75
R		::	t75
R		:=	t75
R		\+\+	t75
R		--	t75
