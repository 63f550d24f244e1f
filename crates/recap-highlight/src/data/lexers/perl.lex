S	root
R		(?<![\s\S])#![\u0000-\u{10FFFF}]+?(?![^\n])	t6001			0
R		#[\u0000-\u{10FFFF}]*?(?![^\n])	t6003			0
R		(?<![^\n])=[0-9A-Za-z]+[]+[\u0000-\u{10FFFF}]*?\n=cut	t6002			0
R		(continue|foreach|unless|return|elsif|CHECK|while|BEGIN|reset|print|until|next|else|INIT|then|last|redo|case|our|new|for|END|if|do|my)(?![])	t1000			1
R		(format)([]+)([]+)([]*)(=)([]*\n)	g(t1000,t8000,t2000,t8000,t5000,t8000)	p(format)		6
R		(eq|lt|gt|le|ge|ne|not|and|or|cmp)(?![])	t4001			1
R		s\/(\\\\|\\[^\\]|[^\/\\])*\/(\\\\|\\[^\\]|[^\/\\])*\/[egimosx]*	t3114			2
R		s!(\\\\|\\!|[^\!])*!(\\\\|\\!|[^\!])*![egimosx]*	t3114			2
R		s\\(\\\\|[^\\])*\\(\\\\|[^\\])*\\[egimosx]*	t3114			2
R		s@(\\\\|\\[^\\]|[^\@\\])*@(\\\\|\\[^\\]|[^\@\\])*@[egimosx]*	t3114			2
R		s%(\\\\|\\[^\\]|[^\%\\])*%(\\\\|\\[^\\]|[^\%\\])*%[egimosx]*	t3114			2
R		s\{(\\\\|\\[^\\]|[^\\\}])*\}[]*	t3114	p(balanced-regex)		1
R		s<(\\\\|\\[^\\]|[^\>\\])*>[]*	t3114	p(balanced-regex)		1
R		s\[(\\\\|\\[^\\]|[^\\-\]])*\][]*	t3114	p(balanced-regex)		1
R		s\((\\\\|\\[^\\]|[^\)\\])*\)[]*	t3114	p(balanced-regex)		1
R		m?\/(\\\\|\\[^\\]|[^\n\/\\])*\/[cgimosx]*	t3114			1
R		m(?=[\!\$-\%\(\/\<\@\[-\\\{])	t3114	p(balanced-regex)		0
R		((?<==~)|(?<=\())[]*\/(\\\\|\\[^\\]|[^\/\\])*\/[cgimosx]*	t3114			2
R		[]+	t8000			0
R		(getprotobynumber|getprotobyname|getservbyport|getservbyname|gethostbyname|gethostbyaddr|getnetbyaddr|getnetbyname|setprotoent|setpriority|getsockname|getprotoent|getpriority|getpeername|endprotoent|setsockopt|endhostent|setservent|socketpair|getsockopt|endservent|sethostent|getservent|gethostent|getnetent|wantarray|localtime|quotemeta|setnetent|prototype|endnetent|rewinddir|endpwent|endgrent|getpwent|getpwnam|getgrgid|dbmclose|continue|closedir|shutdown|setpwent|shmwrite|syswrite|truncate|formline|setgrent|getgrent|readpipe|getgrnam|readlink|readline|getpwuid|getlogin|telldir|opendir|shmread|readdir|getpgrp|getppid|waitpid|binmode|reverse|sprintf|unshift|symlink|seekdir|sysopen|defined|dbmopen|sysread|sysseek|connect|lcfirst|ucfirst|setpgrp|syscall|import|chroot|system|gmtime|unlink|unpack|semget|semctl|select|msgrcv|length|printf|listen|scalar|caller|rindex|substr|splice|rename|msgctl|msgget|delete|msgsnd|exists|values|socket|fileno|format|accept|shmget|shmctl|ioctl|alarm|atan2|utime|untie|bless|chdir|chmod|undef|umask|chomp|times|close|crypt|srand|split|mkdir|sleep|lstat|study|rmdir|local|fcntl|flock|write|shift|index|semop|chown|tell|join|send|warn|kill|wait|grep|glob|bind|last|pack|getc|fork|link|seek|push|rand|read|exit|sort|exec|open|eval|sqrt|redo|stat|chop|next|each|dump|time|recv|tied|goto|keys|pipe|map|tie|cos|die|eof|pop|sin|pos|oct|ref|exp|int|ord|log|our|hex|abs|vec|chr|uc|tr|my|lc)(?![])	t2100			1
R		((__(DATA|DIE|WARN)__)|(STD(IN|OUT|ERR)))(?![])	t2101			5
R		(<<)(["']?)([A-Z_a-z][]*)((?:\2);?\n[\u0000-\u{10FFFF}]*?\n)((?:\3))(\n)	g(t3100,t3100,t3106,t3100,t3106,t8000)			6
R		__END__	t6100	p(end-part)		0
R		\$\^[AD-FH-IL-MO-PS-TW-X]	t2203			0
R		\$[\!-"\$-\(\*-\/\;-\@\[-\^\`\|\~](?![])	t2203			0
R		[\#-\%\@]+	t2200	p(varname)		0
R		0_?[0-7]+(_[0-7]+)*	t3206			1
R		0x[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*	t3203			1
R		0b[0-1]+(_[0-1]+)*	t3201			1
R	i	([\p{Nd}]*(_[\p{Nd}]*)*\.[\p{Nd}]+(_[\p{Nd}]*)*|[\p{Nd}]+(_[\p{Nd}]*)*\.[\p{Nd}]+(_[\p{Nd}]*)*)(e[\+\-]?[\p{Nd}]+)?	t3202			6
R	i	[\p{Nd}]+(_[\p{Nd}]*)*e[\+\-]?[\p{Nd}]+(_[\p{Nd}]*)*	t3202			2
R		[\p{Nd}]+(_[\p{Nd}]+)*	t3204			1
R		'(\\\\|\\[^\\]|[^'\\])*'	t3100			1
R		"(\\\\|\\[^\\]|[^"\\])*"	t3100			1
R		`(\\\\|\\[^\\]|[^\\\`])*`	t3103			1
R		<([^\>]+)>	t3114			1
R		(q|qq|qw|qr|qx)\{	t3113	p(cb-string)		1
R		(q|qq|qw|qr|qx)\(	t3113	p(rb-string)		1
R		(q|qq|qw|qr|qx)\[	t3113	p(sb-string)		1
R		(q|qq|qw|qr|qx)<	t3113	p(lt-string)		1
R		(q|qq|qw|qr|qx)([_[^]])([\u0000-\u{10FFFF}]|\n)*?(?:\2)	t3113			3
R		(package)([]+)([A-Z_a-z][]*(?:::[A-Z_a-z][]*)*)	g(t1000,t8000,t2009)			3
R		(use|require|no)([]+)([A-Z_a-z][]*(?:::[A-Z_a-z][]*)*)	g(t1000,t8000,t2009)			3
R		(sub)([]+)	g(t1000,t8000)	p(funcname)		2
R		(package|require|use|no)(?![])	t1000			1
R		(\[\]|\*\*|::|<<|>>|>=|<=>|<=|={3}|!=|=~|!~|&&?|\|\||\.{1,3})	t4000			1
R		[\!\%-\&\*-\+\-\/\<-\>\\\^\|\~]=?	t4000			0
R		[\(-\)\,\/\:-\<\>-\?\[\]\{\}]	t5000			0
R		(?=[])	t2000	p(name)		0
S	cb-string
R		\\[\\\{\}]	t3113			0
R		\\	t3113			0
R		\{	t3113	p(cb-string)		0
R		\}	t3113	o1		0
R		[^\\\{\}]+	t3113			0
S	balanced-regex
R		\/(\\\\|\\[^\\]|[^\/\\])*\/[egimosx]*	t3114	o1		1
R		!(\\\\|\\[^\\]|[^\!\\])*![egimosx]*	t3114	o1		1
R		\\(\\\\|[^\\])*\\[egimosx]*	t3114	o1		1
R		\{(\\\\|\\[^\\]|[^\\\}])*\}[egimosx]*	t3114	o1		1
R		<(\\\\|\\[^\\]|[^\>\\])*>[egimosx]*	t3114	o1		1
R		\[(\\\\|\\[^\\]|[^\\-\]])*\][egimosx]*	t3114	o1		1
R		\((\\\\|\\[^\\]|[^\)\\])*\)[egimosx]*	t3114	o1		1
R		@(\\\\|\\[^\\]|[^\@\\])*@[egimosx]*	t3114	o1		1
R		%(\\\\|\\[^\\]|[^\%\\])*%[egimosx]*	t3114	o1		1
R		\$(\\\\|\\[^\\]|[^\$\\])*\$[egimosx]*	t3114	o1		1
S	lt-string
R		\\[\<\>\\]	t3113			0
R		\\	t3113			0
R		<	t3113	p(lt-string)		0
R		>	t3113	o1		0
R		[^\<\>]+	t3113			0
S	format
R		\.\n	t3111	o1		0
R		[^\n]*\n	t3111			0
S	funcname
R		[A-Z_a-z][]*[\!\?]?	t2300			0
R		[]+	t8000			0
R		(\([\$-\%\@]*\))([]*)	g(t5000,t8000)			2
R		;	t5000	o1		0
R		[\u0000-\u{10FFFF}]*?\{	t5000	o1		0
S	end-part
R		[\u0000-\u{10FFFF}]+	t6100	o1		0
S	varname
R		[]+	t8000			0
R		\{	t5000	o1		0
R		\)|,	t5000	o1		0
R		[]+::	t2009			0
R		[\:]+	t2200	o1		0
S	name
R		[A-Z_a-z][]*(::[A-Z_a-z][]*)*(::)?(?=[]*->)	t2009	o1		2
R		[A-Z_a-z][]*(::[A-Z_a-z][]*)*::	t2009	o1		1
R		[\:]+	t2000	o1		0
R		[A-Z_]+(?=[[^]])	t2003	o1		0
R		(?=[[^]])	t8000	o1		0
S	rb-string
R		\\[\(-\)\\]	t3113			0
R		\\	t3113			0
R		\(	t3113	p(rb-string)		0
R		\)	t3113	o1		0
R		[^\(-\)]+	t3113			0
S	sb-string
R		\\[\[-\]]	t3113			0
R		\\	t3113			0
R		\[	t3113	p(sb-string)		0
R		\]	t3113	o1		0
R		[^\[\]]+	t3113			0
