S	root
R		\n	t98
R		[]+	t98
R		\\\n	t98
R		\/[\*]([^\n]|\n)*?[\*]\/	t81			1
R		\/\/[^\n]*?\n	t82
R		(function|import|from|method|property|type|with|variant)(?![])	t17			1
R		(assert|assume|all|break|case|continue|debug|default|do|else|ensures|export|fail|final|for|if|in|is|native|no|new|private|protected|public|return|requires|skip|some|switch|unsafe|where|while)(?![])	t15			1
R		(true|false|null)(?![])	t16			1
R		(bool|byte|int|void)(?![])	t21			1
R		0b(?:_?[0-1])+	t68
R		0[Xx][0-9A-Fa-f]+	t70
R		(0|[1-9][0-9]*)	t71			1
R		[A-Z_a-z][]*	t22
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t75
R		[\(-\)\,\.\;\[\]\{-\}]	t78
