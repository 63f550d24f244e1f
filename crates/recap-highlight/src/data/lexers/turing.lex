S	root
R		\n	t98
R		[]+	t98
R		\\\n	t98
R		%([^\n]*?)\n	t82			1
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t81			3
R		(var|fcn|function|proc|procedure|process|class|end|record|type|begin|case|loop|for|const|union|monitor|module|handler)(?![])	t17			1
R		(all|asm|assert|bind|bits|body|break|by|cheat|checked|close|condition|decreasing|def|deferred|else|elsif|exit|export|external|flexible|fork|forward|free|get|if|implement|import|include|inherit|init|invariant|label|new|objectclass|of|opaque|open|packed|pause|pervasive|post|pre|priority|put|quit|read|register|result|seek|self|set|signal|skip|tag|tell|then|timeout|to|unchecked|unqualified|wait|when|write)(?![])	t15			1
R		(true|false)(?![])	t16			1
R		(addressint|boolean|pointer|string|array|real4|real8|nat1|int8|int4|int2|nat2|nat4|nat8|int1|real|char|enum|nat|int)(?![])	t21			1
R		[\p{Nd}]+i	t67
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t67
R		[\p{Nd}]+(\.[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+|\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t69			1
R		\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t69			1
R		0[0-7]+	t73
R		0[Xx][0-9A-Fa-f]+	t70
R		(0|[1-9][0-9]*)	t71			1
R		(div|mod|rem|\*\*|=|<|>|>=|<=|not=|not|and|or|xor|=>|in|shl|shr|->|~|~=|~in|&|:=|\.\.|[\#\&\*-\+\-\/\^])	t75			1
R		'(\\["'\\a-bfnrtv]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|[^\\])'	t55			1
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		[\(-\)\,\.\:\[\]\{\}]	t78
R		[^[^]][]*	t33
