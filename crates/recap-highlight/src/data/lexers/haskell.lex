S	escape
R		["\&-'\\a-bfnrtv]	t3109	o1		0	""&'\x5C\x5Cabffnnrrttvv	
R		\^[\@\[\]-_\p{Lu}]	t3109	o1		0	^^	
R		NUL|SOH|[ES]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[IO]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[F-GRU]S|SP|DEL	t3109	o1		0	AHLLNNRSUV	
R		o[0-7]+	t3109	o1		0	oo	
R		x[A-Fa-f\p{Nd}]+	t3109	o1		0	xx	
R		[\p{Nd}]+	t3109	o1		0	09+	09
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+\\	t3109	o1		0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
S	root
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		--(?![\!\#-\&\*-\+\.-\/\:\<-\@\\\^-_\|\~])[^\n]*?(?![^\n])	t6003			0	--	
R		\{-	t6002	p(comment)		0	{{	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])import(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1005	p(import)		0	ii	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])module(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1005	p(module)		0	mm	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])error(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t2006			0	ee	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(case|class|data|default|deriving|do|else|family|if|in|infix[lr]?|instance|let|newtype|of|then|type|where|_)(?!')(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t1005			1	__cfiillnottww	
R		'[^\\]'	t3105			0	''	
R		(?<![^\n])[_\p{Ll}]['\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2300			0	__az+	
R		'?[_\p{Ll}]['\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2000			0	''__az+	
R		('')?[\p{Lu}]['\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t1006			1	''AZ+	
R		(')[\p{Lu}]['\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t1006			1	''	
R		(')\[[^\]]*\]	t1006			1	''	
R		(')\([^\)]*\)	t1006			1	''	
R		\\(?![\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]+)	t2300			0	\x5C\x5C	
R		(<-|::|->|=>|=|'([\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]+))(?![\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]+)	t4001			2	''--::<=	
R		:[\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]*	t1006			0	::	
R		[\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]+	t4000			0	!!#&*+-/::<@\x5C\x5C^^||~~	!!#&*+-/::<@\x5C\x5C^^||~~
R		[\p{Nd}]+_*[Ee][\+\-]?[\p{Nd}]+	t3202			0	09+	09
R		[\p{Nd}]+(_+[\p{Nd}]+)*\.[\p{Nd}]+(_+[\p{Nd}]+)*([Ee][\+\-]?[\p{Nd}]+)?	t3202			3	09+	09
R		0[Oo](_*[0-7])+	t3206			1	00	
R		0[Xx](_*[A-Fa-f\p{Nd}])+	t3203			1	00	
R		0[Bb](_*[0-1])+	t3201			1	00	
R		[\p{Nd}]+(_*[\p{Nd}])*	t3204			1	09+	09
R		'	t3105	p(character)		0	''	
R		"	t3100	p(string)		0	""	
R		\[\]	t1006			0	[[	
R		\(\)	t2100			0	((	
R		[\(-\)\,\;\[\]\`\{\}]	t5000			0	(),,;;[[]]``{{}}	
S	import
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		"	t3100	p(string)		0	""	
R		\)	t5000	o1		0	))	
R		qualified(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			0	qq	
R		([\p{Lu}][\.\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)(as)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)([\p{Lu}][\.\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*)	g(t2009,t8000,t1000,t8000,t2000)	o1		5	AZ+	
R		([\p{Lu}][\.\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)(hiding)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)(\()	g(t2009,t8000,t1000,t8000,t5000)	p(funclist)		5	AZ+	
R		([\p{Lu}][\.\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)(\()	g(t2009,t8000,t5000)	p(funclist)		3	AZ+	
R		[\.\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+	t2009	o1		0	..09AZ__az+	..09AZ__az
S	module
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		([\p{Lu}][\.\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)(\()	g(t2009,t8000,t5000)	p(funclist)		3	AZ+	
R		[\p{Lu}][\.\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2009	o1		0	AZ+	
S	funclist
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		[\p{Lu}][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t1006			0	AZ+	
R		(_['\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+|[\p{Ll}]['\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*)	t2300			1	__az+	
R		--(?![\!\#-\&\*-\+\.-\/\:\<-\@\\\^-_\|\~])[^\n]*?(?![^\n])	t6003			0	--	
R		\{-	t6002	p(comment)		0	{{	
R		,	t5000			0	,,	
R		[\!\#-\&\*-\+\--\/\:\<-\@\\\^\|\~]+	t4000			0	!!#&*+-/::<@\x5C\x5C^^||~~	!!#&*+-/::<@\x5C\x5C^^||~~
R		\(	t5000	p(funclist,funclist)		0	((	
R		\)	t5000	o2		0	))	
S	comment
R		[^\-\{\}]+	t6002			0	\x00,.z||~\x7F+	\x00,.z||~\x7F
R		\{-	t6002	p()		0	{{	
R		-\}	t6002	o1		0	--	
R		[\-\{\}]	t6002			0	--{{}}	
S	character
R		[^'\\]'	t3105	o1		0	\x00&([]\x7F+	
R		\\	t3109	p(escape)		0	\x5C\x5C	
R		'	t3105	o1		0	''	
S	string
R		[^"\\]+	t3100			0	\x00!#[]\x7F+	\x00!#[]\x7F
R		\\	t3109	p(escape)		0	\x5C\x5C	
R		"	t3100	o1		0	""	
