S	root
R		(Output)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)([^\n]*)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)	g(t1000,t8001,t3100,t8001)			4	OO	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(Set|Type|Left|Right|Up|Down|Backspace|Enter|Tab|Space|Ctrl|Sleep|Hide|Show|Escape)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	BEHHLLRU	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(FontFamily|FontSize|Framerate|Height|Width|Theme|Padding|TypingSpeed|PlaybackSpeed|LineHeight|Framerate|LetterSpacing)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t2100			1	FFHHLLPPTTWW	
R		#[^\n]*([[^\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]]|(?![^\n]))	t6000			1	##	
R		"[\u0000-\u{10FFFF}]*"	t3108			0	""	
R		'[\u0000-\u{10FFFF}]*'	t3115			0	''	
R		(@|\+)	t5000			1	++@@	
R		[\p{Nd}]+	t3200			0	09+	09
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		(ms|s)	t8000			1	mmss	
