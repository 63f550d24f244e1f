S	root
R		\n	t8000			0	\x0A\x0A	
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		\\\n	t8000			0	\x5C\x5C	
R		%([^\n]*?)\n	t6003			1	%%	
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3	//	
R		(var|fcn|function|proc|procedure|process|class|end|record|type|begin|case|loop|for|const|union|monitor|module|handler)(?![])	t1002			1	bcefhhlmpprrtv	
R		(all|asm|assert|bind|bits|body|break|by|cheat|checked|close|condition|decreasing|def|deferred|else|elsif|exit|export|external|flexible|fork|forward|free|get|if|implement|import|include|inherit|init|invariant|label|new|objectclass|of|opaque|open|packed|pause|pervasive|post|pre|priority|put|quit|read|register|result|seek|self|set|signal|skip|tag|tell|then|timeout|to|unchecked|unqualified|wait|when|write)(?![])	t1000			1	agiillnuww	
R		(true|false)(?![])	t1001			1	fftt	
R		(addressint|boolean|pointer|string|array|real4|real8|nat1|int8|int4|int2|nat2|nat4|nat8|int1|real|char|enum|nat|int)(?![])	t1006			1	aceeiinnpprs	
R		[\p{Nd}]+i	t3200			0	09+	09
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t3200			1	09+	09
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t3200			1	..	
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t3200			0	09+	09
R		[\p{Nd}]+(\.[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+|\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t3202			1	09+	09
R		\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t3202			1	..	
R		0[0-7]+	t3206			0	00	
R		0[Xx][0-9A-Fa-f]+	t3203			0	00	
R		(0|[1-9][0-9]*)	t3204			1	09	
R		(div|mod|rem|\*\*|=|<|>|>=|<=|not=|not|and|or|xor|=>|in|shl|shr|->|~|~=|~in|&|:=|\.\.|[\#\&\*-\+\-\/\^])	t4000			1	##&&*+-/::<>^^aaddiimorsxx~~	
R		'(\\["'\\a-bfnrtv]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|[^\\])'	t3105			1	''	
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0	""	
R		[\(-\)\,\.\:\[\]\{\}]	t5000			0	(),,..::[[]]{{}}	
R		[^[^]][]*	t2011			0	09AZ__az+	
