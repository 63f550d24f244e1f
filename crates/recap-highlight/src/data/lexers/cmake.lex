S	root
R		(?<![])([]+)([\t ]*)(\()	g(t37,t98,t78)	p(args)		3
I	keywords
I	ws
S	args
R		\(	t78	p()
R		\)	t78	o1
R		(\$\{)([^\n]+?)(\})	g(t75,t39,t75)			3
R		(\$ENV\{)([^\n]+?)(\})	g(t75,t39,t75)			3
R		(\$<)([^\n]+?)(>)	g(t75,t39,t75)			3
R		"[\u0000-\u{10FFFF}]*?"	t58
R		\\[[^]]+	t50
R		[^\t-\n "-\$\)]+	t50
R		\n	t98
I	keywords
I	ws
S	string
S	keywords
R		(?<![])(WIN32|UNIX|APPLE|CYGWIN|BORLAND|MINGW|MSVC|MSVC_IDE|MSVC60|MSVC70|MSVC71|MSVC80|MSVC90)(?![])	t15			1
S	ws
R		[\t ]+	t98
R		#[^\n]*\n	t79
