S	dialecttags
R		\(\*!m2pim\*\)	t6004			0
R		\(\*!m2iso\*\)	t6004			0
R		\(\*!m2r10\*\)	t6004			0
R		\(\*!objm2\*\)	t6004			0
R		\(\*!m2iso\+aglet\*\)	t6004			0
R		\(\*!m2pim\+gm2\*\)	t6004			0
R		\(\*!m2iso\+p1\*\)	t6004			0
R		\(\*!m2iso\+xds\*\)	t6004			0
S	unigraph_operators
R		[\+\-]	t4000			0
R		[\*\/]	t4000			0
R		\\	t4000			0
R		[\#\<-\>]	t4000			0
R		\^	t4000			0
R		@	t4000			0
R		&	t4000			0
R		~	t4000			0
R		`	t4000			0
S	string_literals
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3100			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
S	identifiers
R		([\$A-Z_a-z][\$]*)	t2000			1
S	pragmas
R		<\*[\u0000-\u{10FFFF}]*?\*>	t6100			0
R		\(\*\$[\u0000-\u{10FFFF}]*?\*\)	t6100			0
S	comments
R		(?<![^\n])\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\(\*([^\$][\u0000-\u{10FFFF}]*?)\*\)	t6002			1
R		\/\*([\u0000-\u{10FFFF}]*?)\*\/	t6002			1
S	whitespace
R		\n+	t8000			0
R		[]+	t8000			0
S	suffixed_number_literals
R		[0-7]+B	t3206			0
R		[0-7]+C	t3206			0
R		[0-9A-F]+H	t3203			0
S	plain_number_literals
R		[0-9]+('[0-9]+)*\.[0-9]+('[0-9]+)*[Ee][\+\-]?[0-9]+('[0-9]+)*	t3202			3
R		[0-9]+('[0-9]+)*\.[0-9]+('[0-9]+)*	t3202			2
R		[0-9]+('[0-9]+)*	t3204			1
S	digraph_punctuation
R		\.\.	t5000			0
R		<<	t5000			0
R		>>	t5000			0
R		->	t5000			0
R		\|#	t5000			0
R		##	t5000			0
R		\|\*	t5000			0
S	unigraph_punctuation
R		[\(-\)\,\.\:-\;\[\]\{-\}]	t5000			0
R		!	t5000			0
R		\?	t5000			0
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
R		0b[0-1]+('[0-1]+)*	t3201			1
R		0[ux][0-9A-F]+('[0-9A-F]+)*	t3203			1
S	digraph_operators
R		\*\.	t4000			0
R		\+>	t4000			0
R		<>	t4000			0
R		<=	t4000			0
R		>=	t4000			0
R		==	t4000			0
R		::	t4000			0
R		:=	t4000			0
R		\+\+	t4000			0
R		--	t4000			0
