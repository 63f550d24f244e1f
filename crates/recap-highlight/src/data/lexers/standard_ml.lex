S	delimiters
R		\(|\[|\{	t5000	p(main)		0
R		\)|\]|\}	t5000	o1		0
R		(?<![])(let|if|local)(?![])(?!')	t1005	p(main,main)		1
R		(?<![])(struct|sig|while)(?![])(?!')	t1005	p(main)		1
R		(?<![])(do|else|end|in|then)(?![])(?!')	t1005	o1		1
S	root
R				p(main)		0
S	breakout
R		(?=(?<![])(where|do|handle|if|sig|op|while|case|as|else|signature|andalso|struct|infixr|functor|in|structure|then|local|rec|end|fun|of|orelse|val|include|fn|with|exception|let|and|infix|sharing|datatype|type|abstype|withtype|eqtype|nonfix|raise|open)(?![])(?!'))	t8000	o1		1
S	tyvarseq
R		[]	t8000			0
R		\(\*	t6002	p(comment)		0
R		'[']*	t2004			0
R		[A-Za-z][']*	t2000			0
R		,	t5000			0
R		\)	t5000	o1		0
R		[\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+	t2000			0
S	char
R		[^"\\]	t3105			0
R		\\["\\a-bfnrtv]	t3109			0
R		\\\^[\@-\^]	t3109			0
R		\\[0-9]{3}	t3109			0
R		\\u[0-9A-Fa-f]{4}	t3109			0
R		\\[]+\\	t3111			0
R		"	t3105	o1		0
S	datbind
I	whitespace
R		(?<![])(and)(?![])(?!')	t1005	p(#pop,dname)		1
R		(?<![])(withtype)(?![])(?!')	t1005	p(#pop,tname)		1
R		(?<![])(of)(?![])(?!')	t1005			1
R		(\|)([]*)([A-Za-z][']*)	g(t5000,t8000,t2002)			3
R		(\|)([]+)([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	g(t5000,t8000,t2002)			3
I	breakout
I	core
R		[[^]]+	t-11			0
S	string
R		[^"\\]	t3108			0
R		\\["\\a-bfnrtv]	t3109			0
R		\\\^[\@-\^]	t3109			0
R		\\[0-9]{3}	t3109			0
R		\\u[0-9A-Fa-f]{4}	t3109			0
R		\\[]+\\	t3111			0
R		"	t3108	o1		0
S	tname
I	whitespace
I	breakout
R		'[']*	t2004			0
R		\(	t5000	p(tyvarseq)		0
R		=(?![\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t5000	p(#pop,typbind)		0
R		([A-Za-z][']*)	t1006			1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t1006			1
R		[[^]]+	t-11	o1		0
S	dname
I	whitespace
I	breakout
R		'[']*	t2004			0
R		\(	t5000	p(tyvarseq)		0
R		(=)([]*)(datatype)	g(t5000,t8000,t1005)	o1		3
R		=(?![\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t5000	p(#pop,datbind,datcon)		0
R		([A-Za-z][']*)	t1006			1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t1006			1
R		[[^]]+	t-11	o1		0
S	typbind
I	whitespace
R		(?<![])(and)(?![])(?!')	t1005	p(#pop,tname)		1
I	breakout
I	core
R		[[^]]+	t-11	o1		0
S	ename
I	whitespace
R		(exception|and)(?![])([]+)([A-Za-z][']*)	g(t1005,t8000,t2002)			3
R		(exception|and)(?![])([]*)([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	g(t1005,t8000,t2002)			3
R		(?<![])(of)(?![])(?!')	t1005			1
I	breakout
I	core
R		[[^]]+	t-11			0
S	vname
I	whitespace
R		'[']*	t2004			0
R		\(	t5000	p(tyvarseq)		0
R		([A-Za-z][']*)([]*)(=(?![\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+))	g(t2200,t8000,t5000)	o1		3
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)([]*)(=(?![\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+))	g(t2200,t8000,t5000)	o1		3
R		([A-Za-z][']*)	t2200	o1		1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t2200	o1		1
R				o1		0
S	sname
I	whitespace
I	breakout
R		([A-Za-z][']*)	t2009			1
R				o1		0
S	main-fun
I	whitespace
R		[]	t8000			0
R		\(\*	t6002	p(comment)		0
R		(?<![])(fun|and)(?![])(?!')	t1005	p(fname)		1
R		(?<![])(val)(?![])(?!')	t1005	p(#pop,main,vname)		1
R		\|	t5000	p(fname)		0
R		(?<![])(case|handle)(?![])(?!')	t1005	p(#pop,main)		1
I	delimiters
I	core
R		[[^]]+	t-11			0
S	datcon
I	whitespace
R		([A-Za-z][']*)	t2002	o1		1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t2002	o1		1
R		[[^]]+	t-11	o1		0
S	dotted
R		([A-Za-z][']*)(\.)	t2009			2
R		([A-Za-z][']*)	t2000	o1		1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t2000	o1		1
R		[]+	t-11			0
R		[[^]]+	t-11			0
S	main
I	whitespace
R		(?<![])(val|and)(?![])(?!')	t1005	p(vname)		1
R		(?<![])(fun)(?![])(?!')	t1005	p(#pop,main-fun,fname)		1
I	delimiters
I	core
R		[[^]]+	t-11			0
S	comment
R		[^\(-\*]	t6002			0
R		\(\*	t6002	p()		0
R		\*\)	t6002	o1		0
R		[\(-\*]	t6002			0
S	whitespace
R		[]+	t8000			0
R		\(\*	t6002	p(comment)		0
S	core
R		(_|\}|\{|\)|;|,|\[|\(|\]|\.\.\.)	t5000			1
R		#"	t3105	p(char)		0
R		"	t3108	p(string)		0
R		~?0x[0-9A-Fa-f]+	t3203			0
R		0wx[0-9A-Fa-f]+	t3203			0
R		0w[\p{Nd}]+	t3204			0
R		~?[\p{Nd}]+\.[\p{Nd}]+[Ee]~?[\p{Nd}]+	t3202			0
R		~?[\p{Nd}]+\.[\p{Nd}]+	t3202			0
R		~?[\p{Nd}]+[Ee]~?[\p{Nd}]+	t3202			0
R		~?[\p{Nd}]+	t3204			0
R		#[]*[1-9][0-9]*	t2008			0
R		#[]*([A-Za-z][']*)	t2008			1
R		#[]+([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t2008			1
R		(?<![])(datatype|abstype)(?![])(?!')	t1005	p(dname)		1
R		(?=(?<![])(exception)(?![])(?!'))	t8000	p(ename)		1
R		(?<![])(functor|include|open|signature|structure)(?![])(?!')	t1005	p(sname)		1
R		(?<![])(type|eqtype)(?![])(?!')	t1005	p(tname)		1
R		'[']*	t2004			0
R		([A-Za-z][']*)(\.)	t2009	p(dotted)		2
R		(?<![])(abstype|and|andalso|as|case|datatype|do|else|end|exception|fn|fun|handle|if|in|infix|infixr|let|local|nonfix|of|op|open|orelse|raise|rec|then|type|val|with|withtype|while|eqtype|functor|include|sharing|sig|signature|struct|structure|where)(?![])	t1005			1
R		([A-Za-z][']*)	t2000			1
R		(?:(?<=[])(?![])|(?<![])(?=[]))(:|\|,=|=>|->|#|:>)(?:(?<=[])(?![])|(?<![])(?=[]))	t1005			1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t2000			1
S	fname
I	whitespace
R		'[']*	t2004			0
R		\(	t5000	p(tyvarseq)		0
R		([A-Za-z][']*)	t2300	o1		1
R		([\!\#-\&\*-\+\-\/\:\<-\@\\\^\`\|\~]+)	t2300	o1		1
R				o1		0
