S	root
R		[]+	t99
R		\/\/\/([^\n]*?)\n	t57			1
R		\/\/([^\n]*?)\n	t82			1
R		(as|assert|case|opaque|panic|pub|todo)(?![])	t15			1
R		(import|use)(?![])	t18			1
R		(auto|const|delegate|derive|echo|else|if|implement|macro|test)(?![])	t20			1
R		(let)(?![])	t17			1
R		(fn)(?![])	t15			1
R		(type)(?![])	t15			1
R		(True|False)(?![])	t16			1
R		0[Bb][0-1](_?[0-1])*	t68			1
R		0[Oo][0-7](_?[0-7])*	t73			1
R		0[Xx][A-Fa-f\p{Nd}](_?[A-Fa-f\p{Nd}])*	t70			1
R		[\p{Nd}](_?[\p{Nd}])*\.[\p{Nd}](_?[\p{Nd}])*([Ee][\+\-]?[\p{Nd}](_?[\p{Nd}])*)?	t69			4
R		[\p{Nd}](_?[\p{Nd}])*	t71			1
R		"	t50	p(string)
R		@([_a-z][]*[\!\?]?)	t23			1
R		[\(-\)\,\[\]\{\}]|[\#\(]|\.\.|<>|<<|>>	t78
R		:|->	t75
R		[\!\%-\&\*-\+\--\/\<-\>\|]|<-	t75
R		([_a-z][0-9A-Z_a-z]*)(\()	g(t45,t78)			2
R		[A-Z][0-9A-Z_a-z]*	t24
R		([_a-z][]*[\!\?]?)	t22			1
S	string
R		"	t50	o1
R		\\["\\fnrt]|\\u\{[A-Fa-f\p{Nd}]{1,6}\}	t59
R		[^"\\]+	t50
R		\\	t50
