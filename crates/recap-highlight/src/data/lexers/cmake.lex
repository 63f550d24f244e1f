S	root
R		(?<![])([]+)([\t ]*)(\()	g(t2100,t8000,t5000)	p(args)		3
I	keywords
I	ws
S	args
R		\(	t5000	p()		0
R		\)	t5000	o1		0
R		(\$\{)([^\n]+?)(\})	g(t4000,t2200,t4000)			3
R		(\$ENV\{)([^\n]+?)(\})	g(t4000,t2200,t4000)			3
R		(\$<)([^\n]+?)(>)	g(t4000,t2200,t4000)			3
R		"[\u0000-\u{10FFFF}]*?"	t3108			0
R		\\[[^]]+	t3100			0
R		[^\t-\n "-\$\)]+	t3100			0
R		\n	t8000			0
I	keywords
I	ws
S	string
S	keywords
R		(?<![])(WIN32|UNIX|APPLE|CYGWIN|BORLAND|MINGW|MSVC|MSVC_IDE|MSVC60|MSVC70|MSVC71|MSVC80|MSVC90)(?![])	t1000			1
S	ws
R		[\t ]+	t8000			0
R		#[^\n]*\n	t6000			0
