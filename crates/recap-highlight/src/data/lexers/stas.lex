S	string-double-quoted
R		\\[^\n]	t59
R		[^"\\]+	t50
R		"	t50	o1
S	string-single-quoted
R		\\[^\n]	t59
R		[^'\\]+	t50
R		'	t50	o1
S	string-char-literal
R		\\[^\n]	t59
R		[^\\\`]+	t50
R		`	t55	o1
S	root
R		(\n|[])+	t98			1
R		(?<![[^]])(fn|argc|argv|swap|dup|over|over2|rot|rot4|drop|w8|w16|w32|w64|r8|r16|r32|r64|syscall0|syscall1|syscall2|syscall3|syscall4|syscall5|syscall6|_breakpoint|assert|const|auto|reserve|pop|include|addr|if|else|elif|while|break|continue|ret)(?![[^]])	t15			1
R		(?<![[^]])(\+|-|\*|\/|%|%%|\+\+|--|>>|<<)(?![[^]])	t75			1
R		(?<![[^]])(=|!=|>|<|>=|<=|>s|<s|>=s|<=s)(?![[^]])	t75			1
R		(?<![[^]])(&|\||\^|~|!|->)(?![[^]])	t75			1
R		(?<![[^]])-?([\p{Nd}]+)(?![[^]])	t67			1
R		(?<![[^]]);[^\n]*([[^]]|\n)	t79			1
R		'	t50	p(string-single-quoted)
R		"	t50	p(string-double-quoted)
R		`	t55	p(string-char-literal)
R		(?<![[^]])[\{\}](?![[^]])	t78
R		(?<![[^]])[^]+(?![[^]])	t22
