S	root
R		(package|import|as|not|with|default|else|some|in|if|contains)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1002			1	aaceiinnppssww	
R		(import)( future[^\n]keywords[^\n])([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)	g(t1002,t8000,t1002)			3	ii	
R		#[^\n\r]*	t6000			0	##	
R		(FIXME|TODO|XXX)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])( [^\n]*)(?![^\n])	g(t-11,t6004)			2	FFTTXX	
R		(true|false|null)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1001			1	ffnntt	
R		[\p{Nd}]+i	t3200			0	09+	09
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t3200			1	09+	09
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t3200			1	..	
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t3200			0	09+	09
R		[\p{Nd}]+(\.[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+|\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t3202			1	09+	09
R		\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t3202			1	..	
R		(0|[1-9][0-9]*)	t3204			1	09	
R		"""[^\n]*?"""	t3108			0	""	
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0	""	
R		\$\/((?!\/\$)[^\n])*\/\$	t3100			1	$$	
R		\/(\\\\|\\"|[^\/])*\/	t3100			1	//	
R		(?<![^\n])([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)	t2000			1	09AZ__az+	^09AZ__az
R		[\-_a-z][\-\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*(?=\()	t2300			0	--__az	
R		[\n\r\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		(package|import)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1002,t8000)			2	iipp	
R		[\!\&\*-\/\<-\>\|]	t4000			0	!!&&*/<>||	
R		:=	t4000			0	::	
R		[\(-\)\:-\;\[\]\{\}]+	t5000			0	():;[[]]{{}}	():;[[]]{{}}
R		[\$A-Z_a-z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2011			0	$$AZ__az	
