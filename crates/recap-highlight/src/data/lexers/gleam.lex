S	root
R		[]+	t8001			0
R		\/\/\/([^\n]*?)\n	t3107			1
R		\/\/([^\n]*?)\n	t6003			1
R		(as|assert|case|opaque|panic|pub|todo)(?![])	t1000			1
R		(import|use)(?![])	t1003			1
R		(auto|const|delegate|derive|echo|else|if|implement|macro|test)(?![])	t1005			1
R		(let)(?![])	t1002			1
R		(fn)(?![])	t1000			1
R		(type)(?![])	t1000			1
R		(True|False)(?![])	t1001			1
R		0[Bb][0-1](_?[0-1])*	t3201			1
R		0[Oo][0-7](_?[0-7])*	t3206			1
R		0[Xx][A-Fa-f\p{Nd}](_?[A-Fa-f\p{Nd}])*	t3203			1
R		[\p{Nd}](_?[\p{Nd}])*\.[\p{Nd}](_?[\p{Nd}])*([Ee][\+\-]?[\p{Nd}](_?[\p{Nd}])*)?	t3202			4
R		[\p{Nd}](_?[\p{Nd}])*	t3204			1
R		"	t3100	p(string)		0
R		@([_a-z][]*[\!\?]?)	t2001			1
R		[\(-\)\,\[\]\{\}]|[\#\(]|\.\.|<>|<<|>>	t5000			0
R		:|->	t4000			0
R		[\!\%-\&\*-\+\--\/\<-\>\|]|<-	t4000			0
R		([_a-z][0-9A-Z_a-z]*)(\()	g(t2300,t5000)			2
R		[A-Z][0-9A-Z_a-z]*	t2002			0
R		([_a-z][]*[\!\?]?)	t2000			1
S	string
R		"	t3100	o1		0
R		\\["\\fnrt]|\\u\{[A-Fa-f\p{Nd}]{1,6}\}	t3109			0
R		[^"\\]+	t3100			0
R		\\	t3100			0
