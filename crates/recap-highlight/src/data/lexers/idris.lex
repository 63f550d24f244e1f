S	escape
R		["\&-'\\a-bfnrtv]	t3109	o1		0
R		\^[\@-\[\]-_]	t3109	o1		0
R		NUL|SOH|[ES]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[IO]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[F-GRU]S|SP|DEL	t3109	o1		0
R		o[0-7]+	t3109	o1		0
R		x[A-Fa-f\p{Nd}]+	t3109	o1		0
R		[\p{Nd}]+	t3109	o1		0
R		[]+\\	t3109	o1		0
S	root
R		(?<![^\n])([]*)(%lib|link|flag|include|hide|freeze|access|default|logging|dynamic|name|error_handlers|language)	g(t8000,t1005)			2
R		([]*)(--(?![\!\#-\&\*-\+\.-\/\:\<-\@\\\^-_\|\~])[^\n]*?)(?![^\n])	g(t8000,t6003)			2
R		([]*)(\|{3}[^\n]*?)(?![^\n])	g(t8000,t6003)			2
R		([]*)(\{-)	g(t8000,t6002)	p(comment)		2
R		(?<![^\n])([]*)([^\(-\)\{\}]+)([]*)(:)([]*)	g(t8000,t2300,t8000,t4001,t8000)			5
R		(?<![])(case|class|data|default|using|do|else|if|in|infix[lr]?|instance|rewrite|auto|namespace|codata|mutual|private|public|abstract|total|partial|let|proof|of|then|static|where|_|with|pattern|term|syntax|prefix|postulate|parameters|record|dsl|impossible|implicit|tactics|intros|intro|compute|refine|exact|trivial)(?!')(?:(?<=[])(?![])|(?<![])(?=[]))	t1005			1
R		(import|module)([]+)	g(t1005,t8000)	p(module)		2
R		('')?[A-Z][']*	t1006			1
R		[a-z][']*	t8000			0
R		(<-|::|->|=>|=)	t4001			1
R		([\!\#-\&\(-\+\--\/\:\<-\@\[-\^\{-\~]+)	t4001			1
R		[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+	t3202			0
R		[\p{Nd}]+\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t3202			1
R		0[Xx][A-Fa-f\p{Nd}]+	t3203			0
R		[\p{Nd}]+	t3204			0
R		'	t3105	p(character)		0
R		"	t3100	p(string)		0
R		[^\(-\)\{\}]+	t8000			0
R		[]+?	t8000			0
S	module
R		[]+	t8000			0
R		([A-Z][\.]*)([]+)(\()	g(t2009,t8000,t5000)	p(funclist)		3
R		[A-Z][\.]*	t2009	o1		0
S	funclist
R		[]+	t8000			0
R		[A-Z][]*	t1006			0
R		(_[']+|[a-z][']*)	t2300			1
R		--[^\n]*(?![^\n])	t6003			0
R		\{-	t6002	p(comment)		0
R		,	t5000			0
R		[\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]+	t4000			0
R		\(	t5000	p(funclist,funclist)		0
R		\)	t5000	o2		0
S	comment
R		[^\-\{\}]+	t6002			0
R		\{-	t6002	p()		0
R		-\}	t6002	o1		0
R		[\-\{\}]	t6002			0
S	character
R		[^'\\]	t3105			0
R		\\	t3109	p(escape)		0
R		'	t3105	o1		0
S	string
R		[^"\\]+	t3100			0
R		\\	t3109	p(escape)		0
R		"	t3100	o1		0
