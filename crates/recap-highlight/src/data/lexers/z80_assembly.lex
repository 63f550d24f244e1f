S	string
R		[^"\\]+	t3100			0
R		\\[^\n]	t3109			0
R		"	t3100	o1		0
S	root
R		;[^\n]*?(?![^\n])	t6003			0
R		(?<![^\n])[\.]+:	t2008			0
R	i	((0x)|\$)[0-9A-Fa-f]+	t3203			2
R	i	[0-9][0-9A-Fa-f]+h	t3203			0
R	i	((0b)|%)[0-1]+	t3201			2
R		-?[0-9]+	t3204			0
R		"	t3100	p(string)		0
R		'\\?[^\n]'	t3105			0
R		[\(-\)\,\=\\]	t5000			0
R		(?<![^\n])[]*#[]+	t6100			0
R	i	\.(db|dw|end|org|byte|word|fill|block|addinstr|echo|error|list|nolist|equ|show|option|seek)	t2100			1
R	i	(ex|exx|ld|ldd|lddr|ldi|ldir|pop|push|adc|add|cp|cpd|cpdr|cpi|cpir|cpl|daa|dec|inc|neg|sbc|sub|and|bit|ccf|or|res|scf|set|xor|rl|rla|rlc|rlca|rld|rr|rra|rrc|rrca|rrd|sla|sra|srl|call|djnz|jp|jr|ret|rst|nop|reti|retn|di|ei|halt|im|in|ind|indr|ini|inir|out|outd|otdr|outi|otir)	t1000			1
R	i	(z|nz|c|nc|po|pe|p|m)	t1000			1
R		[\&\*-\/\^\|\~]	t4000			0
R		[]+	t8000			0
R		[]+	t8000			0
