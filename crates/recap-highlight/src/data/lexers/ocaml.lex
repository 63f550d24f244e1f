S	escape-sequence
R		\\["'\\bnrt]	t59
R		\\[0-9]{3}	t59
R		\\x[0-9A-Fa-f]{2}	t59
S	root
R		[]+	t98
R		false|true|\(\)|\[\]	t38
R		(?<![])([A-Z][']*)(?=[]*\.)	t31	p(dotted)		1
R		(?<![])([A-Z][']*)	t24			1
R		\(\*(?![\)])	t79	p(comment)
R		(?<![])(as|assert|begin|class|constraint|do|done|downto|else|end|exception|external|false|for|fun|function|functor|if|in|include|inherit|initializer|lazy|let|match|method|module|mutable|new|object|of|open|private|raise|rec|sig|struct|then|to|true|try|type|value|val|virtual|when|while|with)(?![])	t15			1
R		(\{([_a-z]*)\|)([\u0000-\u{10FFFF}]+?)(?=\|(?:\2)\})(\|(?:\2)\})	g(t51,t13,t50,t51)			4
R		(~|\}|\|\]|\||\{<|\{|`|_|\]|\[\||\[>|\[<|\[|\?\?|\?|>\}|>\]|>|=|<-|<|;;|;|:>|:=|::|:|\.\.|\.|->|-\.|-|,|\+|\*|\)|\(|&&|&|#|!=)	t75			1
R		([\$-\&\*-\+\-\/\<-\>\@\^\|]|[\!\?\~])?[\!\$-\&\*-\+\--\/\:\<-\@\^\|\~]	t75			1
R		(?<![])(and|asr|land|lor|lsl|lxor|mod|or)(?![])	t76			1
R		(?<![])(unit|int|float|bool|string|char|list|array)(?![])	t21			1
R		[^[^]][']*	t22
R		-?[\p{Nd}][_\p{Nd}]*([^\n][_\p{Nd}]*)?([Ee][\+\-]?[\p{Nd}][_\p{Nd}]*)	t69			2
R		0[Xx][A-Fa-f\p{Nd}][A-F_a-f\p{Nd}]*	t70
R		0[Oo][0-7][0-7_]*	t73
R		0[Bb][0-1][0-1_]*	t68
R		[\p{Nd}][_\p{Nd}]*	t71
R		'(?:(\\[ "'\\bnrt])|(\\[0-9]{3})|(\\x[0-9A-Fa-f]{2}))'	t55			3
R		'[^\n]'	t55
R		'	t15
R		"	t58	p(string)
R		[\?\~][a-z][']*:	t39
S	comment
R		[^\(-\*]+	t79
R		\(\*	t79	p()
R		\*\)	t79	o1
R		[\(-\*]	t79
S	string
R		[^"\\]+	t58
I	escape-sequence
R		\\\n	t58
R		"	t58	o1
S	dotted
R		[]+	t98
R		\.	t78
R		[A-Z][']*(?=[]*\.)	t31
R		[A-Z][']*	t24	o1
R		[_a-z][']*	t22	o1
R				o1
