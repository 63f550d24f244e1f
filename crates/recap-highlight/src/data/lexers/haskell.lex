S	escape
R		["\&-'\\a-bfnrtv]	t59	o1
R		\^[\@\[\]-_\p{Lu}]	t59	o1
R		NUL|SOH|[ES]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[IO]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[F-GRU]S|SP|DEL	t59	o1
R		o[0-7]+	t59	o1
R		x[A-Fa-f\p{Nd}]+	t59	o1
R		[\p{Nd}]+	t59	o1
R		[]+\\	t59	o1
S	root
R		[]+	t98
R		--(?![\!\#-\&\*-\+\.-\/\:\<-\@\\\^-_\|\~])[^\n]*?(?![^\n])	t82
R		\{-	t81	p(comment)
R		(?<![])import(?![])	t20	p(import)
R		(?<![])module(?![])	t20	p(module)
R		(?<![])error(?![])	t28
R		(?<![])(case|class|data|default|deriving|do|else|family|if|in|infix[lr]?|instance|let|newtype|of|then|type|where|_)(?!')(?:(?<=[])(?![])|(?<![])(?=[]))	t20			1
R		'[^\\]'	t55
R		(?<![^\n])[_\p{Ll}][']*	t45
R		'?[_\p{Ll}][']*	t22
R		('')?[\p{Lu}][']*	t21			1
R		(')[\p{Lu}][']*	t21			1
R		(')\[[^\]]*\]	t21			1
R		(')\([^\)]*\)	t21			1
R		\\(?![\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]+)	t45
R		(<-|::|->|=>|=|'([\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]+))(?![\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]+)	t76			2
R		:[\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]*	t21
R		[\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]+	t75
R		[\p{Nd}]+_*[Ee][\+\-]?[\p{Nd}]+	t69
R		[\p{Nd}]+(_+[\p{Nd}]+)*\.[\p{Nd}]+(_+[\p{Nd}]+)*([Ee][\+\-]?[\p{Nd}]+)?	t69			3
R		0[Oo](_*[0-7])+	t73			1
R		0[Xx](_*[A-Fa-f\p{Nd}])+	t70			1
R		0[Bb](_*[0-1])+	t68			1
R		[\p{Nd}]+(_*[\p{Nd}])*	t71			1
R		'	t55	p(character)
R		"	t50	p(string)
R		\[\]	t21
R		\(\)	t37
R		[\(-\)\,\;\[\]\`\{\}]	t78
S	import
R		[]+	t98
R		"	t50	p(string)
R		\)	t78	o1
R		qualified(?![])	t15
R		([\p{Lu}][\.]*)([]+)(as)([]+)([\p{Lu}][\.]*)	g(t31,t98,t15,t98,t22)	o1		5
R		([\p{Lu}][\.]*)([]+)(hiding)([]+)(\()	g(t31,t98,t15,t98,t78)	p(funclist)		5
R		([\p{Lu}][\.]*)([]+)(\()	g(t31,t98,t78)	p(funclist)		3
R		[\.]+	t31	o1
S	module
R		[]+	t98
R		([\p{Lu}][\.]*)([]+)(\()	g(t31,t98,t78)	p(funclist)		3
R		[\p{Lu}][\.]*	t31	o1
S	funclist
R		[]+	t98
R		[\p{Lu}][]*	t21
R		(_[']+|[\p{Ll}][']*)	t45			1
R		--(?![\!\#-\&\*-\+\.-\/\:\<-\@\\\^-_\|\~])[^\n]*?(?![^\n])	t82
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
R		[^'\\]'	t55	o1
R		\\	t59	p(escape)
R		'	t55	o1
S	string
R		[^"\\]+	t50
R		\\	t59	p(escape)
R		"	t50	o1
