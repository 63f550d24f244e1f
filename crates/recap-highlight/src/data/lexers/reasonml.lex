S	escape-sequence
R		\\["'\\bnrt]	t59
R		\\[0-9]{3}	t59
R		\\x[0-9A-Fa-f]{2}	t59
S	root
R		[]+	t98
R		false|true|\(\)|\[\]	t38
R		(?<![])([A-Z][']*)(?=[]*\.)	t31	p(dotted)		1
R		(?<![])([A-Z][']*)	t24			1
R		\/\/[^\n]*?\n	t82
R		\/\*(?![\/])	t81	p(comment)
R		(?<![])(as|assert|begin|class|constraint|do|done|downto|else|end|exception|external|false|for|fun|esfun|function|functor|if|in|include|inherit|initializer|lazy|let|switch|module|pub|mutable|new|nonrec|object|of|open|pri|rec|sig|struct|then|to|true|try|type|val|virtual|when|while|with)(?![])	t15			1
R		(~|\}|\|\]|\||\|\||\{<|\{|`|_|\]|\[\||\[>|\[<|\[|\?\?|\?|>\}|>\]|>|=|<-|<|;;|;|:>|:=|::|:|\.\.\.|\.\.|\.|=>|-\.|-|,|\+|\*|\)|\(|&&|&|#|!=)	t76			1
R		([\$-\&\*-\+\-\/\<-\>\@\^\|]|[\!\?\~])?[\!\$-\&\*-\+\--\/\:\<-\@\^\|\~]	t75			1
R		(?<![])(and|asr|land|lor|lsl|lsr|lxor|mod|or)(?![])	t76			1
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
R		[^\*\/]+	t81
R		\/\*	t81	p()
R		\*\/	t81	o1
R		[\*]	t81
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
