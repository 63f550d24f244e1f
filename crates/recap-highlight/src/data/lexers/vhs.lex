S	root
R		(Output)([]+)([^\n]*)([]+)	g(t1000,t8001,t3100,t8001)			4
R		(?<![])(Set|Type|Left|Right|Up|Down|Backspace|Enter|Tab|Space|Ctrl|Sleep|Hide|Show|Escape)(?![])	t1000			1
R		(?<![])(FontFamily|FontSize|Framerate|Height|Width|Theme|Padding|TypingSpeed|PlaybackSpeed|LineHeight|Framerate|LetterSpacing)(?![])	t2100			1
R		#[^\n]*([[^]]|(?![^\n]))	t6000			1
R		"[\u0000-\u{10FFFF}]*"	t3108			0
R		'[\u0000-\u{10FFFF}]*'	t3115			0
R		(@|\+)	t5000			1
R		[\p{Nd}]+	t3200			0
R		[]+	t8001			0
R		(ms|s)	t8000			1
