S	string-double-quoted
R		\\[^\n]	t3109			0
R		[^"\\]+	t3100			0
R		"	t3100	o1		0
S	string-single-quoted
R		\\[^\n]	t3109			0
R		[^'\\]+	t3100			0
R		'	t3100	o1		0
S	string-char-literal
R		\\[^\n]	t3109			0
R		[^\\\`]+	t3100			0
R		`	t3105	o1		0
S	root
R		(\n|[])+	t8000			1
R		(?<![[^]])(fn|argc|argv|swap|dup|over|over2|rot|rot4|drop|w8|w16|w32|w64|r8|r16|r32|r64|syscall0|syscall1|syscall2|syscall3|syscall4|syscall5|syscall6|_breakpoint|assert|const|auto|reserve|pop|include|addr|if|else|elif|while|break|continue|ret)(?![[^]])	t1000			1
R		(?<![[^]])(\+|-|\*|\/|%|%%|\+\+|--|>>|<<)(?![[^]])	t4000			1
R		(?<![[^]])(=|!=|>|<|>=|<=|>s|<s|>=s|<=s)(?![[^]])	t4000			1
R		(?<![[^]])(&|\||\^|~|!|->)(?![[^]])	t4000			1
R		(?<![[^]])-?([\p{Nd}]+)(?![[^]])	t3200			1
R		(?<![[^]]);[^\n]*([[^]]|\n)	t6000			1
R		'	t3100	p(string-single-quoted)		0
R		"	t3100	p(string-double-quoted)		0
R		`	t3105	p(string-char-literal)		0
R		(?<![[^]])[\{\}](?![[^]])	t5000			0
R		(?<![[^]])[^]+(?![[^]])	t2000			0
