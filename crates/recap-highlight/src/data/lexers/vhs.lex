S	root
R		(Output)([]+)([^\n]*)([]+)	g(t15,t99,t50,t99)			4
R		(?<![])(Set|Type|Left|Right|Up|Down|Backspace|Enter|Tab|Space|Ctrl|Sleep|Hide|Show|Escape)(?![])	t15			1
R		(?<![])(FontFamily|FontSize|Framerate|Height|Width|Theme|Padding|TypingSpeed|PlaybackSpeed|LineHeight|Framerate|LetterSpacing)(?![])	t37			1
R		#[^\n]*([[^]]|(?![^\n]))	t79			1
R		"[\u0000-\u{10FFFF}]*"	t58
R		'[\u0000-\u{10FFFF}]*'	t65
R		(@|\+)	t78			1
R		[\p{Nd}]+	t67
R		[]+	t99
R		(ms|s)	t98			1
