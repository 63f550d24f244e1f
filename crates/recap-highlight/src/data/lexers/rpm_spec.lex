S	root
R		#[^\n]*(?![^\n])	t6000			0
I	basic
S	description
R		(?<![^\n])(%(?:package|prep|build|install|clean|check|pre[a-z]*|post[a-z]*|trigger[a-z]*|files))([^\n]*)(?![^\n])	g(t2004,t8000)	o1		2
R		[]+	t8001			0
R		[^\n]	t8000			0
S	changelog
R		\*[^\n]*(?![^\n])	t7009			0
R		(?<![^\n])(%(?:package|prep|build|install|clean|check|pre[a-z]*|post[a-z]*|trigger[a-z]*|files))([^\n]*)(?![^\n])	g(t2004,t8000)	o1		2
R		[]+	t8001			0
R		[^\n]	t8000			0
S	string
R		"	t3108	o1		0
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|[0-7]{1,3})	t3109			1
I	interpol
R		[^\n]	t3108			0
S	basic
I	macro
R	i	(?<![^\n])(Name|Version|Release|Epoch|Summary|Group|License|Packager|Vendor|Icon|URL|Distribution|Prefix|Patch[0-9]*|Source[0-9]*|Requires\(?[a-z]*\)?|[a-z]+Req|Obsoletes|Suggests|Provides|Conflicts|Build[a-z]+|[a-z]+Arch|Auto[a-z]+)(:)([^\n]*)(?![^\n])	g(t7004,t5000,s(root))			3
R		(?<![^\n])%description	t2004	p(description)		0
R		(?<![^\n])%changelog	t2004	p(changelog)		0
R		(?<![^\n])(%(?:package|prep|build|install|clean|check|pre[a-z]*|post[a-z]*|trigger[a-z]*|files))([^\n]*)(?![^\n])	g(t2004,t8000)			2
R		%(attr|defattr|dir|doc(?:dir)?|setup|config(?:ure)?|make(?:install)|ghost|patch[0-9]+|find_lang|exclude|verify)	t1000			1
I	interpol
R		'[^\n]*?'	t3115			0
R		"	t3108	p(string)		0
R		[]+	t8001			0
R		[^\n]	t8000			0
S	macro
R		%define[^\n]*(?![^\n])	t6100			0
R		%\{!\?[^\n]*%define[^\n]*\}	t6100			0
R		(%(?:if(?:n?arch)?|else(?:if)?|endif))([^\n]*)(?![^\n])	g(t6100,t8000)			2
S	interpol
R		%\{?__[_a-z]+\}?	t2300			0
R		%\{?_([_a-z]+dir|[_a-z]+path|prefix)\}?	t1004			1
R		%\{\?[]+\}	t2200			0
R		\$\{?RPM_[0-9A-Z_]+\}?	t2203			0
R		%\{[A-Za-z][]+\}	t1001			0
