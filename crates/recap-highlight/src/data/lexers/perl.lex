S	root
R		(?<![\s\S])#![\u0000-\u{10FFFF}]+?(?![^\n])	t80
R		#[\u0000-\u{10FFFF}]*?(?![^\n])	t82
R		(?<![^\n])=[0-9A-Za-z]+[]+[\u0000-\u{10FFFF}]*?\n=cut	t81
R		(continue|foreach|unless|return|elsif|CHECK|while|BEGIN|reset|print|until|next|else|INIT|then|last|redo|case|our|new|for|END|if|do|my)(?![])	t15			1
R		(format)([]+)([]+)([]*)(=)([]*\n)	g(t15,t98,t22,t98,t78,t98)	p(format)		6
R		(eq|lt|gt|le|ge|ne|not|and|or|cmp)(?![])	t76			1
R		s\/(\\\\|\\[^\\]|[^\/\\])*\/(\\\\|\\[^\\]|[^\/\\])*\/[egimosx]*	t64			2
R		s!(\\\\|\\!|[^\!])*!(\\\\|\\!|[^\!])*![egimosx]*	t64			2
R		s\\(\\\\|[^\\])*\\(\\\\|[^\\])*\\[egimosx]*	t64			2
R		s@(\\\\|\\[^\\]|[^\@\\])*@(\\\\|\\[^\\]|[^\@\\])*@[egimosx]*	t64			2
R		s%(\\\\|\\[^\\]|[^\%\\])*%(\\\\|\\[^\\]|[^\%\\])*%[egimosx]*	t64			2
R		s\{(\\\\|\\[^\\]|[^\\\}])*\}[]*	t64	p(balanced-regex)		1
R		s<(\\\\|\\[^\\]|[^\>\\])*>[]*	t64	p(balanced-regex)		1
R		s\[(\\\\|\\[^\\]|[^\\-\]])*\][]*	t64	p(balanced-regex)		1
R		s\((\\\\|\\[^\\]|[^\)\\])*\)[]*	t64	p(balanced-regex)		1
R		m?\/(\\\\|\\[^\\]|[^\n\/\\])*\/[cgimosx]*	t64			1
R		m(?=[\!\$-\%\(\/\<\@\[-\\\{])	t64	p(balanced-regex)
R		((?<==~)|(?<=\())[]*\/(\\\\|\\[^\\]|[^\/\\])*\/[cgimosx]*	t64			2
R		[]+	t98
R		(getprotobynumber|getprotobyname|getservbyport|getservbyname|gethostbyname|gethostbyaddr|getnetbyaddr|getnetbyname|setprotoent|setpriority|getsockname|getprotoent|getpriority|getpeername|endprotoent|setsockopt|endhostent|setservent|socketpair|getsockopt|endservent|sethostent|getservent|gethostent|getnetent|wantarray|localtime|quotemeta|setnetent|prototype|endnetent|rewinddir|endpwent|endgrent|getpwent|getpwnam|getgrgid|dbmclose|continue|closedir|shutdown|setpwent|shmwrite|syswrite|truncate|formline|setgrent|getgrent|readpipe|getgrnam|readlink|readline|getpwuid|getlogin|telldir|opendir|shmread|readdir|getpgrp|getppid|waitpid|binmode|reverse|sprintf|unshift|symlink|seekdir|sysopen|defined|dbmopen|sysread|sysseek|connect|lcfirst|ucfirst|setpgrp|syscall|import|chroot|system|gmtime|unlink|unpack|semget|semctl|select|msgrcv|length|printf|listen|scalar|caller|rindex|substr|splice|rename|msgctl|msgget|delete|msgsnd|exists|values|socket|fileno|format|accept|shmget|shmctl|ioctl|alarm|atan2|utime|untie|bless|chdir|chmod|undef|umask|chomp|times|close|crypt|srand|split|mkdir|sleep|lstat|study|rmdir|local|fcntl|flock|write|shift|index|semop|chown|tell|join|send|warn|kill|wait|grep|glob|bind|last|pack|getc|fork|link|seek|push|rand|read|exit|sort|exec|open|eval|sqrt|redo|stat|chop|next|each|dump|time|recv|tied|goto|keys|pipe|map|tie|cos|die|eof|pop|sin|pos|oct|ref|exp|int|ord|log|our|hex|abs|vec|chr|uc|tr|my|lc)(?![])	t37			1
R		((__(DATA|DIE|WARN)__)|(STD(IN|OUT|ERR)))(?![])	t38			5
R		(<<)(["']?)([A-Z_a-z][]*)((?:\2);?\n[\u0000-\u{10FFFF}]*?\n)((?:\3))(\n)	g(t50,t50,t56,t50,t56,t98)			6
R		__END__	t84	p(end-part)
R		\$\^[AD-FH-IL-MO-PS-TW-X]	t42
R		\$[\!-"\$-\(\*-\/\;-\@\[-\^\`\|\~](?![])	t42
R		[\#-\%\@]+	t39	p(varname)
R		0_?[0-7]+(_[0-7]+)*	t73			1
R		0x[0-9A-Fa-f]+(_[0-9A-Fa-f]+)*	t70			1
R		0b[0-1]+(_[0-1]+)*	t68			1
R	i	([\p{Nd}]*(_[\p{Nd}]*)*\.[\p{Nd}]+(_[\p{Nd}]*)*|[\p{Nd}]+(_[\p{Nd}]*)*\.[\p{Nd}]+(_[\p{Nd}]*)*)(e[\+\-]?[\p{Nd}]+)?	t69			6
R	i	[\p{Nd}]+(_[\p{Nd}]*)*e[\+\-]?[\p{Nd}]+(_[\p{Nd}]*)*	t69			2
R		[\p{Nd}]+(_[\p{Nd}]+)*	t71			1
R		'(\\\\|\\[^\\]|[^'\\])*'	t50			1
R		"(\\\\|\\[^\\]|[^"\\])*"	t50			1
R		`(\\\\|\\[^\\]|[^\\\`])*`	t53			1
R		<([^\>]+)>	t64			1
R		(q|qq|qw|qr|qx)\{	t63	p(cb-string)		1
R		(q|qq|qw|qr|qx)\(	t63	p(rb-string)		1
R		(q|qq|qw|qr|qx)\[	t63	p(sb-string)		1
R		(q|qq|qw|qr|qx)<	t63	p(lt-string)		1
R		(q|qq|qw|qr|qx)([_[^]])([\u0000-\u{10FFFF}]|\n)*?(?:\2)	t63			3
R		(package)([]+)([A-Z_a-z][]*(?:::[A-Z_a-z][]*)*)	g(t15,t98,t31)			3
R		(use|require|no)([]+)([A-Z_a-z][]*(?:::[A-Z_a-z][]*)*)	g(t15,t98,t31)			3
R		(sub)([]+)	g(t15,t98)	p(funcname)		2
R		(package|require|use|no)(?![])	t15			1
R		(\[\]|\*\*|::|<<|>>|>=|<=>|<=|={3}|!=|=~|!~|&&?|\|\||\.{1,3})	t75			1
R		[\!\%-\&\*-\+\-\/\<-\>\\\^\|\~]=?	t75
R		[\(-\)\,\/\:-\<\>-\?\[\]\{\}]	t78
R		(?=[])	t22	p(name)
S	cb-string
R		\\[\\\{\}]	t63
R		\\	t63
R		\{	t63	p(cb-string)
R		\}	t63	o1
R		[^\\\{\}]+	t63
S	balanced-regex
R		\/(\\\\|\\[^\\]|[^\/\\])*\/[egimosx]*	t64	o1		1
R		!(\\\\|\\[^\\]|[^\!\\])*![egimosx]*	t64	o1		1
R		\\(\\\\|[^\\])*\\[egimosx]*	t64	o1		1
R		\{(\\\\|\\[^\\]|[^\\\}])*\}[egimosx]*	t64	o1		1
R		<(\\\\|\\[^\\]|[^\>\\])*>[egimosx]*	t64	o1		1
R		\[(\\\\|\\[^\\]|[^\\-\]])*\][egimosx]*	t64	o1		1
R		\((\\\\|\\[^\\]|[^\)\\])*\)[egimosx]*	t64	o1		1
R		@(\\\\|\\[^\\]|[^\@\\])*@[egimosx]*	t64	o1		1
R		%(\\\\|\\[^\\]|[^\%\\])*%[egimosx]*	t64	o1		1
R		\$(\\\\|\\[^\\]|[^\$\\])*\$[egimosx]*	t64	o1		1
S	lt-string
R		\\[\<\>\\]	t63
R		\\	t63
R		<	t63	p(lt-string)
R		>	t63	o1
R		[^\<\>]+	t63
S	format
R		\.\n	t61	o1
R		[^\n]*\n	t61
S	funcname
R		[A-Z_a-z][]*[\!\?]?	t45
R		[]+	t98
R		(\([\$-\%\@]*\))([]*)	g(t78,t98)			2
R		;	t78	o1
R		[\u0000-\u{10FFFF}]*?\{	t78	o1
S	end-part
R		[\u0000-\u{10FFFF}]+	t84	o1
S	varname
R		[]+	t98
R		\{	t78	o1
R		\)|,	t78	o1
R		[]+::	t31
R		[\:]+	t39	o1
S	name
R		[A-Z_a-z][]*(::[A-Z_a-z][]*)*(::)?(?=[]*->)	t31	o1		2
R		[A-Z_a-z][]*(::[A-Z_a-z][]*)*::	t31	o1		1
R		[\:]+	t22	o1
R		[A-Z_]+(?=[[^]])	t25	o1
R		(?=[[^]])	t98	o1
S	rb-string
R		\\[\(-\)\\]	t63
R		\\	t63
R		\(	t63	p(rb-string)
R		\)	t63	o1
R		[^\(-\)]+	t63
S	sb-string
R		\\[\[-\]]	t63
R		\\	t63
R		\[	t63	p(sb-string)
R		\]	t63	o1
R		[^\[\]]+	t63
