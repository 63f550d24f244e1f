S	root
R		(?<![^\n])(GIT|PATH|GEM|PLUGIN SOURCE|PLATFORMS|DEPENDENCIES|BUNDLED WITH|RUBY VERSION|CHECKSUMS)(?![^\n])	t15			1
R		(?<![^\n])([\t ]+)(remote|revision|ref|branch|tag|submodules|specs|glob)(:)	g(t98,t23,t78)			3
R		\(	t78	p(version)
R		!	t75
R		https?:\/\/[[^]]+	t66
R		git@[[^]]+	t66
R		sha[\p{Nd}]+=[0-9A-Fa-f]+	t70
R		(?<![])[0-9a-f]{7,40}(?![])	t70
R		(?<![])[\p{Nd}][\.]*	t67
R		[A-Z_a-z][\--\.0-9A-Z_a-z]*	t22
R		\n	t98
R		[\t ]+	t98
R		[^\n]	t98
S	version
R		\)	t78	o1
R		(~>|>=|<=|!=|=|<|>)	t75			1
R		[0-9][\.]*	t67
R		[A-Za-z][\--\.]*	t22
R		,	t78
R		[]+	t98
R		[^\n]	t98
