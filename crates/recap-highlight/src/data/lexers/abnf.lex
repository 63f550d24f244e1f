S	root
R		;[^\n]*(?![^\n])	t6003			0	;;	
R		(%[is])?"[^"]*"	t3000			1	""%%	
R		%b[0-1]+-[0-1]+(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t3000			0	%%	
R		%b[0-1]+(\.[0-1]+)*(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t3000			1	%%	
R		%d[0-9]+-[0-9]+(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t3000			0	%%	
R		%d[0-9]+(\.[0-9]+)*(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t3000			1	%%	
R		%x[0-9A-Fa-f]+-[0-9A-Fa-f]+(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t3000			0	%%	
R		%x[0-9A-Fa-f]+(\.[0-9A-Fa-f]+)*(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t3000			1	%%	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])[0-9]+\*[0-9]+	t4000			0	09	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])[0-9]+\*	t4000			0	09	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])[0-9]+	t4000			0	09	
R		\*	t4000			0	**	
R		(HEXDIG|DQUOTE|DIGIT|VCHAR|OCTET|ALPHA|CHAR|CRLF|HTAB|LWSP|BIT|CTL|WSP|LF|SP|CR)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	ADHHLLOOSSVW	
R		[A-Za-z][\-0-9A-Za-z]+(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t2002			0	AZaz	
R		(=\/|=|\/)	t4000			1	//==	
R		[\(-\)\[\]]	t5000			0	()[[]]	
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		[^\n]	t8000			0	\x00\x09\x0B\x7F+	
