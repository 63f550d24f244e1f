S	escape
R		["\&-'\\a-bfnrtv]	t59	o1
R		\^[\@-\[\]-_]	t59	o1
R		NUL|SOH|[ES]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[IO]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[F-GRU]S|SP|DEL	t59	o1
R		o[0-7]+	t59	o1
R		x[A-Fa-f\p{Nd}]+	t59	o1
R		[\p{Nd}]+	t59	o1
R		[]+\\	t59	o1
S	root
R		(?<![^\n])([]*)(%lib|link|flag|include|hide|freeze|access|default|logging|dynamic|name|error_handlers|language)	g(t98,t20)			2
R		([]*)(--(?![\!\#-\&\*-\+\.-\/\:\<-\@\\\^-_\|\~])[^\n]*?)(?![^\n])	g(t98,t82)			2
R		([]*)(\|{3}[^\n]*?)(?![^\n])	g(t98,t82)			2
R		([]*)(\{-)	g(t98,t81)	p(comment)		2
R		(?<![^\n])([]*)([^\(-\)\{\}]+)([]*)(:)([]*)	g(t98,t45,t98,t76,t98)			5
R		(?<![])(case|class|data|default|using|do|else|if|in|infix[lr]?|instance|rewrite|auto|namespace|codata|mutual|private|public|abstract|total|partial|let|proof|of|then|static|where|_|with|pattern|term|syntax|prefix|postulate|parameters|record|dsl|impossible|implicit|tactics|intros|intro|compute|refine|exact|trivial)(?!')(?:(?<=[])(?![])|(?<![])(?=[]))	t20			1
R		(import|module)([]+)	g(t20,t98)	p(module)		2
R		('')?[A-Z][']*	t21			1
R		[a-z][']*	t98
R		(<-|::|->|=>|=)	t76			1
R		([\!\#-\&\(-\+\--\/\:\<-\@\[-\^\{-\~]+)	t76			1
R		[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+	t69
R		[\p{Nd}]+\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t69			1
R		0[Xx][A-Fa-f\p{Nd}]+	t70
R		[\p{Nd}]+	t71
R		'	t55	p(character)
R		"	t50	p(string)
R		[^\(-\)\{\}]+	t98
R		[]+?	t98
S	module
R		[]+	t98
R		([A-Z][\.]*)([]+)(\()	g(t31,t98,t78)	p(funclist)		3
R		[A-Z][\.]*	t31	o1
S	funclist
R		[]+	t98
R		[A-Z][]*	t21
R		(_[']+|[a-z][']*)	t45			1
R		--[^\n]*(?![^\n])	t82
R		\{-	t81	p(comment)
R		,	t78
R		[\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]+	t75
R		\(	t78	p(funclist,funclist)
R		\)	t78	o2
S	comment
R		[^\-\{\}]+	t81
R		\{-	t81	p()
R		-\}	t81	o1
R		[\-\{\}]	t81
S	character
R		[^'\\]	t55
R		\\	t59	p(escape)
R		'	t55	o1
S	string
R		[^"\\]+	t50
R		\\	t59	p(escape)
R		"	t50	o1
