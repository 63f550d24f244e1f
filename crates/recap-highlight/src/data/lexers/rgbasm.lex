S	symbol
R		[^\{\}]+	t2200			0
R		\{	t5000	p(symbol)		0
R		\}	t5000	o1		0
S	string
R		[^\n"\\\{]+	t3100			0
R		\\[^\n]	t3109			0
R		\{	t5000	p(symbol)		0
R		("|\n)	t3100	o1		1
S	stringmultiline
R		"{3}	t3100	o1		0
R		[^\\\{]+?	t3100			0
R		\\[^\n]	t3109			0
R		\{	t5000	p(symbol)		0
S	root
R		;[^\n]*?(?![^\n])	t6003			0
R		\/[\*]([^\n]|\n)*?[\*]\/	t6002			1
R		(?<![^\n])(\.)([]+)(:?)	g(t5000,t2008,t5000)			3
R		((?<![^\n])[]+)(?:(\.)([]+))?(::?)	g(t2008,t5000,t2008,t5000)			4
R		\{	t5000	p(symbol)		0
R	i	(0x|\$)[0-9A-Fa-f][0-9A-F_a-f]*	t3203			1
R	i	[0-9A-Fa-f][0-9A-F_a-f]*h(?![])	t3203			0
R	i	(0o|&)[0-7][0-7_]*	t3206			1
R	i	(0b|%)[0-1][0-1_]*	t3201			1
R	i	-?[0-9][0-9_]*\.[0-9_]+(q[0-9]+)?	t3202			1
R		-?[0-9][0-9_]*	t3204			0
R		`[^]+	t3204			0
R		(#)("{3}(?:[^\n]|\n)*?"{3})	g(t3101,t3100)			2
R		(#)("[^\n]*?")	g(t3101,t3100)			2
R		"{3}	t3100	p(stringmultiline)		0
R		"	t3100	p(string)		0
R		\\[\#1-9\@]	t2205			0
R		(\\<)([^\>]+)(>)	g(t2205,s(root),t2205)			3
R	i	(\[)(hl\+|hl-|hli|hld)(\])	g(t5000,t1000,t5000)			3
R		[\(-\)\,\:\[-\]]	t5000			0
R	i	((?:re)?def)([\t ]+)([\:\{\}]+)([\t ]+)(rb|rw|rl|equs|equ)?	g(t2100,t8001,s(root),t8001,t2100)			5
R	i	(?<![])(bank|section)(\()(?:(?<=[])(?![])|(?<![])(?=[]))	g(t2300,t5000)			2
R	i	(?<![])(opt|pusho)([\t ]+)([^\,]+)(?:(,)([\t ]*)([^\,]+))*	g(t2100,t8001,t3000,t5000,t8001,t3000)			6
R	i	(?<![])(_rs|_narg|__date__|__time__|__iso_8601_local__|__iso_8601_utc__|__utc_year__|__utc_month__|__utc_day__|__utc_hour__|__utc_minute__|__utc_second__|__rgbds_major__|__rgbds_minor__|__rgbds_patch__|__rgbds_rc__|__rgbds_version__)(?![])	t2205			1
R	i	(?<![])(align|assert|bank|break|charmap|db|dl|ds|dw|elif|else|endc|endl|endm|endr|endsection|endu|export|fail|fatal|for|fragment|hram|if|incbin|include|load|macro|newcharmap|nextu|oam|popc|popo|pops|println|print|purge|pushc|pusho|pushs|redef|rept|rom0|romx|rsreset|rsset|section|setcharmap|shift|sram|static_assert|union|vram|warn|wram0|wramx)	t2100			1
R	i	(?<![])(high|low|bitwidth|tzcount)(?![])	t2300			1
R	i	(?<![])(div|mul|fmod|pow|log|round|ceil|floor|sin|cos|tan|asin|acos|atan|atan2)(?![])	t2300			1
R	i	(?<![])(strcat|strupr|strlwr|strslice|strrpl|strfmt|strchar|revchar|strlen|strcmp|strfind|strrfind|incharmap|charlen|charcmp|charsize|strsub|strin|strrin|charsub)(?![])	t2300			1
R	i	(?<![])(def|isconst|sizeof|startof)	t2300			1
R	i	(?<![])(adc|add|and|bit|call|ccf|cp|cpl|daa|dec|di|ei|halt|inc|jp|jr|ld|ldd|ldh|ldi|nop|or|pop|push|res|ret|reti|rlca|rla|rlc|rl|rr|rra|rrc|rrca|rst|sbc|scf|set|sla|sra|srl|stop|sub|swap|xor)(?![])	t1000			1
R	i	(?<![])(a|f|b|c|d|e|h|l|af|bc|de|hl|sp|pc|z|nz|nc)(?![])	t1000			1
R		[\!\%-\&\*-\+\-\/\<-\>\^\|\~]	t4000			0
R		(\.)?([]+)	g(t5000,t2000)			2
R		(@|\.|\.\.)	t2205			1
R		[]+	t8001			0
