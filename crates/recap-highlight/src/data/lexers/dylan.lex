S	string
R		"	t50	o1
R	i	\\(["'\\a-bfnrtv]|x[0-9a-f]{2,4}|[0-7]{1,3})	t59			1
R		[^\n"\\]+	t50
R		\\\n	t50
R		\\	t50
S	root
R		[]+	t99
R		\/\/[^\n]*?\n	t82
R	i	([\-0-9a-z]+:)([\t ]*)([^\n]*(?:\n[\t ][^\n]+)*)	g(t23,t99,t50)			3
R				p(code)
S	code
R		[]+	t99
R		\/\/[^\n]*?\n	t82
R		\/\*	t81	p(comment)
R		"	t50	p(string)
R	i	'(\\[^\n]|\\[0-7]{1,3}|\\x[0-9a-f]{1,2}|[^\n'\\])'	t55			1
R	i	#b[0-1]+	t68
R	i	#o[0-7]+	t73
R	i	[\+\-]?([\p{Nd}]*\.[\p{Nd}]+([d-e][\+\-]?[\p{Nd}]+)?|[\p{Nd}]+(\.[\p{Nd}]*)?e[\+\-]?[\p{Nd}]+)	t69			3
R		[\+\-]?[\p{Nd}]+	t71
R	i	#x[0-9a-f]+	t70
R	i	(\?\\?)([\!\$-\&\*-\+\-\/\<-\@\^\|\~]+)(:)(token|name|variable|expression|body|case-body|\*)	g(t75,t39,t75,t37)			4
R	i	(\?)(:)(token|name|variable|expression|body|case-body|\*)	g(t75,t75,t39)			3
R		(\?\\?)([\!\$-\&\*-\+\-\/\<-\@\^\|\~]+)	g(t75,t39)			2
R		(=>|::|#\(|#\[|##|\?\?|\?=|\?|[\(-\)\,\.\;\[\]\{\}])	t78			1
R		:=	t75
R	i	#[ft]	t47
R		#"	t66	p(symbol)
R	i	#[\-0-9a-z]+	t15
R	i	#(all-keys|include|key|next|rest)	t15			1
R		[\!\$-\&\*-\+\-\/\<-\@\^\|\~]+:	t16
R		<[\!\$-\&\*-\+\-\/\<-\@\^\|\~]+>	t24
R		\*[\!\$-\&\*-\+\-\/\<-\@\^\|\~]+\*	t42
R		\$[\!\$-\&\*-\+\-\/\<-\@\^\|\~]+	t25
R	i	(let|method|function)([\t ]+)([\!\$-\&\*-\+\-\/\<-\@\^\|\~]+)	g(t37,t99,t39)			3
R	i	(error|signal|return|break)	t28			1
R		(\\?)([\!\$-\&\*-\+\-\/\<-\@\^\|\~]+)	g(t75,t22)			2
S	comment
R		[^\*\/]	t81
R		\/\*	t81	p()
R		\*\/	t81	o1
R		[\*\/]	t81
S	symbol
R		"	t66	o1
R		[^"\\]+	t66
