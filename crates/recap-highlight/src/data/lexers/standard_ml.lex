S	delimiters
R		\(|\[|\{	t78	p(main)
R		\)|\]|\}	t78	o1
R		(?<![])(let|if|local)(?![])(?!')	t20	p(main,main)		1
R		(?<![])(struct|sig|while)(?![])(?!')	t20	p(main)		1
R		(?<![])(do|else|end|in|then)(?![])(?!')	t20	o1		1
S	root
R				p(main)
S	breakout
R		(?=(?<![])(where|do|handle|if|sig|op|while|case|as|else|signature|andalso|struct|infixr|functor|in|structure|then|local|rec|end|fun|of|orelse|val|include|fn|with|exception|let|and|infix|sharing|datatype|type|abstype|withtype|eqtype|nonfix|raise|open)(?![])(?!'))	t98	o1		1
S	tyvarseq
R		[]	t98
R		\(\*	t81	p(comment)
R		'[']*	t26
R		[A-Za-z][']*	t22
R		,	t78
R		\)	t78	o1
R		[\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+	t22
S	char
R		[^"\\]	t55
R		\\["\\a-bfnrtv]	t59
R		\\\^[\@-\^]	t59
R		\\[0-9]{3}	t59
R		\\u[0-9A-Fa-f]{4}	t59
R		\\[]+\\	t61
R		"	t55	o1
S	datbind
I	whitespace
R		(?<![])(and)(?![])(?!')	t20	p(#pop,dname)		1
R		(?<![])(withtype)(?![])(?!')	t20	p(#pop,tname)		1
R		(?<![])(of)(?![])(?!')	t20			1
R		(\|)([]*)([A-Za-z][']*)	g(t78,t98,t24)			3
R		(\|)([]+)([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	g(t78,t98,t24)			3
I	breakout
I	core
R		[[^]]+	t10
S	string
R		[^"\\]	t58
R		\\["\\a-bfnrtv]	t59
R		\\\^[\@-\^]	t59
R		\\[0-9]{3}	t59
R		\\u[0-9A-Fa-f]{4}	t59
R		\\[]+\\	t61
R		"	t58	o1
S	tname
I	whitespace
I	breakout
R		'[']*	t26
R		\(	t78	p(tyvarseq)
R		=(?![\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t78	p(#pop,typbind)
R		([A-Za-z][']*)	t21			1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t21			1
R		[[^]]+	t10	o1
S	dname
I	whitespace
I	breakout
R		'[']*	t26
R		\(	t78	p(tyvarseq)
R		(=)([]*)(datatype)	g(t78,t98,t20)	o1		3
R		=(?![\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t78	p(#pop,datbind,datcon)
R		([A-Za-z][']*)	t21			1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t21			1
R		[[^]]+	t10	o1
S	typbind
I	whitespace
R		(?<![])(and)(?![])(?!')	t20	p(#pop,tname)		1
I	breakout
I	core
R		[[^]]+	t10	o1
S	ename
I	whitespace
R		(exception|and)(?![])([]+)([A-Za-z][']*)	g(t20,t98,t24)			3
R		(exception|and)(?![])([]*)([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	g(t20,t98,t24)			3
R		(?<![])(of)(?![])(?!')	t20			1
I	breakout
I	core
R		[[^]]+	t10
S	vname
I	whitespace
R		'[']*	t26
R		\(	t78	p(tyvarseq)
R		([A-Za-z][']*)([]*)(=(?![\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+))	g(t39,t98,t78)	o1		3
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)([]*)(=(?![\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+))	g(t39,t98,t78)	o1		3
R		([A-Za-z][']*)	t39	o1		1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t39	o1		1
R				o1
S	sname
I	whitespace
I	breakout
R		([A-Za-z][']*)	t31			1
R				o1
S	main-fun
I	whitespace
R		[]	t98
R		\(\*	t81	p(comment)
R		(?<![])(fun|and)(?![])(?!')	t20	p(fname)		1
R		(?<![])(val)(?![])(?!')	t20	p(#pop,main,vname)		1
R		\|	t78	p(fname)
R		(?<![])(case|handle)(?![])(?!')	t20	p(#pop,main)		1
I	delimiters
I	core
R		[[^]]+	t10
S	datcon
I	whitespace
R		([A-Za-z][']*)	t24	o1		1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t24	o1		1
R		[[^]]+	t10	o1
S	dotted
R		([A-Za-z][']*)(\.)	t31			2
R		([A-Za-z][']*)	t22	o1		1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t22	o1		1
R		[]+	t10
R		[[^]]+	t10
S	main
I	whitespace
R		(?<![])(val|and)(?![])(?!')	t20	p(vname)		1
R		(?<![])(fun)(?![])(?!')	t20	p(#pop,main-fun,fname)		1
I	delimiters
I	core
R		[[^]]+	t10
S	comment
R		[^\(-\*]	t81
R		\(\*	t81	p()
R		\*\)	t81	o1
R		[\(-\*]	t81
S	whitespace
R		[]+	t98
R		\(\*	t81	p(comment)
S	core
R		(_|\}|\{|\)|;|,|\[|\(|\]|\.\.\.)	t78			1
R		#"	t55	p(char)
R		"	t58	p(string)
R		~?0x[0-9A-Fa-f]+	t70
R		0wx[0-9A-Fa-f]+	t70
R		0w[\p{Nd}]+	t71
R		~?[\p{Nd}]+\.[\p{Nd}]+[Ee]~?[\p{Nd}]+	t69
R		~?[\p{Nd}]+\.[\p{Nd}]+	t69
R		~?[\p{Nd}]+[Ee]~?[\p{Nd}]+	t69
R		~?[\p{Nd}]+	t71
R		#[]*[1-9][0-9]*	t30
R		#[]*([A-Za-z][']*)	t30			1
R		#[]+([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t30			1
R		(?<![])(datatype|abstype)(?![])(?!')	t20	p(dname)		1
R		(?=(?<![])(exception)(?![])(?!'))	t98	p(ename)		1
R		(?<![])(functor|include|open|signature|structure)(?![])(?!')	t20	p(sname)		1
R		(?<![])(type|eqtype)(?![])(?!')	t20	p(tname)		1
R		'[']*	t26
R		([A-Za-z][']*)(\.)	t31	p(dotted)		2
R		(?<![])(abstype|and|andalso|as|case|datatype|do|else|end|exception|fn|fun|handle|if|in|infix|infixr|let|local|nonfix|of|op|open|orelse|raise|rec|then|type|val|with|withtype|while|eqtype|functor|include|sharing|sig|signature|struct|structure|where)(?![])	t20			1
R		([A-Za-z][']*)	t22			1
R		(?:(?<=[])(?![])|(?<![])(?=[]))(:|\|,=|=>|->|#|:>)(?:(?<=[])(?![])|(?<![])(?=[]))	t20			1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t22			1
S	fname
I	whitespace
R		'[']*	t26
R		\(	t78	p(tyvarseq)
R		([A-Za-z][']*)	t45	o1		1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t45	o1		1
R				o1
