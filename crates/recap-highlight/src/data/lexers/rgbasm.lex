S	symbol
R		[^\{\}]+	t39
R		\{	t78	p(symbol)
R		\}	t78	o1
S	string
R		[^\n"\\\{]+	t50
R		\\[^\n]	t59
R		\{	t78	p(symbol)
R		("|\n)	t50	o1		1
S	stringmultiline
R		"{3}	t50	o1
R		[^\\\{]+?	t50
R		\\[^\n]	t59
R		\{	t78	p(symbol)
S	root
R		;[^\n]*?(?![^\n])	t82
R		\/[\*]([^\n]|\n)*?[\*]\/	t81			1
R		(?<![^\n])(\.)([]+)(:?)	g(t78,t30,t78)			3
R		((?<![^\n])[]+)(?:(\.)([]+))?(::?)	g(t30,t78,t30,t78)			4
R		\{	t78	p(symbol)
R	i	(0x|\$)[0-9A-Fa-f][0-9A-F_a-f]*	t70			1
R	i	[0-9A-Fa-f][0-9A-F_a-f]*h(?![])	t70
R	i	(0o|&)[0-7][0-7_]*	t73			1
R	i	(0b|%)[0-1][0-1_]*	t68			1
R	i	-?[0-9][0-9_]*\.[0-9_]+(q[0-9]+)?	t69			1
R		-?[0-9][0-9_]*	t71
R		`[^]+	t71
R		(#)("{3}(?:[^\n]|\n)*?"{3})	g(t51,t50)			2
R		(#)("[^\n]*?")	g(t51,t50)			2
R		"{3}	t50	p(stringmultiline)
R		"	t50	p(string)
R		\\[\#1-9\@]	t44
R		(\\<)([^\>]+)(>)	g(t44,s(root),t44)			3
R	i	(\[)(hl\+|hl-|hli|hld)(\])	g(t78,t15,t78)			3
R		[\(-\)\,\:\[-\]]	t78
R	i	((?:re)?def)([\t ]+)([\:\{\}]+)([\t ]+)(rb|rw|rl|equs|equ)?	g(t37,t99,s(root),t99,t37)			5
R	i	(?<![])(bank|section)(\()(?:(?<=[])(?![])|(?<![])(?=[]))	g(t45,t78)			2
R	i	(?<![])(opt|pusho)([\t ]+)([^\,]+)(?:(,)([\t ]*)([^\,]+))*	g(t37,t99,t47,t78,t99,t47)			6
R	i	(?<![])(_rs|_narg|__date__|__time__|__iso_8601_local__|__iso_8601_utc__|__utc_year__|__utc_month__|__utc_day__|__utc_hour__|__utc_minute__|__utc_second__|__rgbds_major__|__rgbds_minor__|__rgbds_patch__|__rgbds_rc__|__rgbds_version__)(?![])	t44			1
R	i	(?<![])(align|assert|bank|break|charmap|db|dl|ds|dw|elif|else|endc|endl|endm|endr|endsection|endu|export|fail|fatal|for|fragment|hram|if|incbin|include|load|macro|newcharmap|nextu|oam|popc|popo|pops|println|print|purge|pushc|pusho|pushs|redef|rept|rom0|romx|rsreset|rsset|section|setcharmap|shift|sram|static_assert|union|vram|warn|wram0|wramx)	t37			1
R	i	(?<![])(high|low|bitwidth|tzcount)(?![])	t45			1
R	i	(?<![])(div|mul|fmod|pow|log|round|ceil|floor|sin|cos|tan|asin|acos|atan|atan2)(?![])	t45			1
R	i	(?<![])(strcat|strupr|strlwr|strslice|strrpl|strfmt|strchar|revchar|strlen|strcmp|strfind|strrfind|incharmap|charlen|charcmp|charsize|strsub|strin|strrin|charsub)(?![])	t45			1
R	i	(?<![])(def|isconst|sizeof|startof)	t45			1
R	i	(?<![])(adc|add|and|bit|call|ccf|cp|cpl|daa|dec|di|ei|halt|inc|jp|jr|ld|ldd|ldh|ldi|nop|or|pop|push|res|ret|reti|rlca|rla|rlc|rl|rr|rra|rrc|rrca|rst|sbc|scf|set|sla|sra|srl|stop|sub|swap|xor)(?![])	t15			1
R	i	(?<![])(a|f|b|c|d|e|h|l|af|bc|de|hl|sp|pc|z|nz|nc)(?![])	t15			1
R		[\!\%-\&\*-\+\-\/\<-\>\^\|\~]	t75
R		(\.)?([]+)	g(t78,t22)			2
R		(@|\.|\.\.)	t44			1
R		[]+	t99
