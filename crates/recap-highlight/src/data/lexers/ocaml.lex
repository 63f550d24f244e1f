S	escape-sequence
R		\\["'\\bnrt]	t3109			0
R		\\[0-9]{3}	t3109			0
R		\\x[0-9A-Fa-f]{2}	t3109			0
S	root
R		[]+	t8000			0
R		false|true|\(\)|\[\]	t2101			0
R		(?<![])([A-Z][']*)(?=[]*\.)	t2009	p(dotted)		1
R		(?<![])([A-Z][']*)	t2002			1
R		\(\*(?![\)])	t6000	p(comment)		0
R		(?<![])(as|assert|begin|class|constraint|do|done|downto|else|end|exception|external|false|for|fun|function|functor|if|in|include|inherit|initializer|lazy|let|match|method|module|mutable|new|object|of|open|private|raise|rec|sig|struct|then|to|true|try|type|value|val|virtual|when|while|with)(?![])	t1000			1
R		(\{([_a-z]*)\|)([\u0000-\u{10FFFF}]+?)(?=\|(?:\2)\})(\|(?:\2)\})	g(t3101,t-14,t3100,t3101)			4
R		(~|\}|\|\]|\||\{<|\{|`|_|\]|\[\||\[>|\[<|\[|\?\?|\?|>\}|>\]|>|=|<-|<|;;|;|:>|:=|::|:|\.\.|\.|->|-\.|-|,|\+|\*|\)|\(|&&|&|#|!=)	t4000			1
R		([\$-\&\*-\+\-\/\<-\>\@\^\|]|[\!\?\~])?[\!\$-\&\*-\+\--\/\:\<-\@\^\|\~]	t4000			1
R		(?<![])(and|asr|land|lor|lsl|lxor|mod|or)(?![])	t4001			1
R		(?<![])(unit|int|float|bool|string|char|list|array)(?![])	t1006			1
R		[^[^]][']*	t2000			0
R		-?[\p{Nd}][_\p{Nd}]*([^\n][_\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}][_\p{Nd}]*)	t3202			2
R		0[Xx][A-Fa-f\p{Nd}][A-F_a-f\p{Nd}]*	t3203			0
R		0[Oo][0-7][0-7_]*	t3206			0
R		0[Bb][0-1][0-1_]*	t3201			0
R		[\p{Nd}][_\p{Nd}]*	t3204			0
R		'(?:(\\[ "'\\bnrt])|(\\[0-9]{3})|(\\x[0-9A-Fa-f]{2}))'	t3105			3
R		'[^\n]'	t3105			0
R		'	t1000			0
R		"	t3108	p(string)		0
R		[\?\~][a-z][']*:	t2200			0
S	comment
R		[^\(-\*]+	t6000			0
R		\(\*	t6000	p()		0
R		\*\)	t6000	o1		0
R		[\(-\*]	t6000			0
S	string
R		[^"\\]+	t3108			0
I	escape-sequence
R		\\\n	t3108			0
R		"	t3108	o1		0
S	dotted
R		[]+	t8000			0
R		\.	t5000			0
R		[A-Z][']*(?=[]*\.)	t2009			0
R		[A-Z][']*	t2002	o1		0
R		[_a-z][']*	t2000	o1		0
R				o1		0
