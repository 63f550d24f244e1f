S	root
R		\n	t8000			0
R		[]+	t8000			0
R		\\\n	t8000			0
R		\/[\*]([^\n]|\n)*?[\*]\/	t6002			1
R		\/\/[^\n]*?\n	t6003			0
R		(function|import|from|method|property|type|with|variant)(?![])	t1002			1
R		(assert|assume|all|break|case|continue|debug|default|do|else|ensures|export|fail|final|for|if|in|is|native|no|new|private|protected|public|return|requires|skip|some|switch|unsafe|where|while)(?![])	t1000			1
R		(true|false|null)(?![])	t1001			1
R		(bool|byte|int|void)(?![])	t1006			1
R		0b(?:_?[0-1])+	t3201			0
R		0[Xx][0-9A-Fa-f]+	t3203			0
R		(0|[1-9][0-9]*)	t3204			1
R		[A-Z_a-z][]*	t2000			0
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t4000			0
R		[\(-\)\,\.\;\[\]\{-\}]	t5000			0
