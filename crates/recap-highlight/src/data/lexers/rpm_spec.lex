S	root
R		#[^\n]*(?![^\n])	t79
I	basic
S	description
R		(?<![^\n])(%(?:package|prep|build|install|clean|check|pre[a-z]*|post[a-z]*|trigger[a-z]*|files))([^\n]*)(?![^\n])	g(t26,t98)	o1		2
R		[]+	t99
R		[^\n]	t98
S	changelog
R		\*[^\n]*(?![^\n])	t95
R		(?<![^\n])(%(?:package|prep|build|install|clean|check|pre[a-z]*|post[a-z]*|trigger[a-z]*|files))([^\n]*)(?![^\n])	g(t26,t98)	o1		2
R		[]+	t99
R		[^\n]	t98
S	string
R		"	t58	o1
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|[0-7]{1,3})	t59			1
I	interpol
R		[^\n]	t58
S	basic
I	macro
R	i	(?<![^\n])(Name|Version|Release|Epoch|Summary|Group|License|Packager|Vendor|Icon|URL|Distribution|Prefix|Patch[0-9]*|Source[0-9]*|Requires\(?[a-z]*\)?|[a-z]+Req|Obsoletes|Suggests|Provides|Conflicts|Build[a-z]+|[a-z]+Arch|Auto[a-z]+)(:)([^\n]*)(?![^\n])	g(t90,t78,s(root))			3
R		(?<![^\n])%description	t26	p(description)
R		(?<![^\n])%changelog	t26	p(changelog)
R		(?<![^\n])(%(?:package|prep|build|install|clean|check|pre[a-z]*|post[a-z]*|trigger[a-z]*|files))([^\n]*)(?![^\n])	g(t26,t98)			2
R		%(attr|defattr|dir|doc(?:dir)?|setup|config(?:ure)?|make(?:install)|ghost|patch[0-9]+|find_lang|exclude|verify)	t15			1
I	interpol
R		'[^\n]*?'	t65
R		"	t58	p(string)
R		[]+	t99
R		[^\n]	t98
S	macro
R		%define[^\n]*(?![^\n])	t84
R		%\{!\?[^\n]*%define[^\n]*\}	t84
R		(%(?:if(?:n?arch)?|else(?:if)?|endif))([^\n]*)(?![^\n])	g(t84,t98)			2
S	interpol
R		%\{?__[_a-z]+\}?	t45
R		%\{?_([_a-z]+dir|[_a-z]+path|prefix)\}?	t19			1
R		%\{\?[]+\}	t39
R		\$\{?RPM_[0-9A-Z_]+\}?	t42
R		%\{[A-Za-z][]+\}	t16
