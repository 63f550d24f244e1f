S	string
R		[^"\\]+	t50
R		\\[^\n]	t59
R		"	t50	o1
S	root
R		;[^\n]*?(?![^\n])	t82
R		(?<![^\n])[\.]+:	t30
R	i	((0x)|\$)[0-9A-Fa-f]+	t70			2
R	i	[0-9][0-9A-Fa-f]+h	t70
R	i	((0b)|%)[0-1]+	t68			2
R		-?[0-9]+	t71
R		"	t50	p(string)
R		'\\?[^\n]'	t55
R		[\(-\)\,\=\\]	t78
R		(?<![^\n])[]*#[]+	t84
R	i	\.(db|dw|end|org|byte|word|fill|block|addinstr|echo|error|list|nolist|equ|show|option|seek)	t37			1
R	i	(ex|exx|ld|ldd|lddr|ldi|ldir|pop|push|adc|add|cp|cpd|cpdr|cpi|cpir|cpl|daa|dec|inc|neg|sbc|sub|and|bit|ccf|or|res|scf|set|xor|rl|rla|rlc|rlca|rld|rr|rra|rrc|rrca|rrd|sla|sra|srl|call|djnz|jp|jr|ret|rst|nop|reti|retn|di|ei|halt|im|in|ind|indr|ini|inir|out|outd|otdr|outi|otir)	t15			1
R	i	(z|nz|c|nc|po|pe|p|m)	t15			1
R		[\&\*-\/\^\|\~]	t75
R		[]+	t98
R		[]+	t98
