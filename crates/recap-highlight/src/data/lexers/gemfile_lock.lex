S	root
R		(?<![^\n])(GIT|PATH|GEM|PLUGIN SOURCE|PLATFORMS|DEPENDENCIES|BUNDLED WITH|RUBY VERSION|CHECKSUMS)(?![^\n])	t1000			1
R		(?<![^\n])([\t ]+)(remote|revision|ref|branch|tag|submodules|specs|glob)(:)	g(t8000,t2001,t5000)			3
R		\(	t5000	p(version)		0
R		!	t4000			0
R		https?:\/\/[[^]]+	t3116			0
R		git@[[^]]+	t3116			0
R		sha[\p{Nd}]+=[0-9A-Fa-f]+	t3203			0
R		(?<![])[0-9a-f]{7,40}(?![])	t3203			0
R		(?<![])[\p{Nd}][\.]*	t3200			0
R		[A-Z_a-z][\--\.0-9A-Z_a-z]*	t2000			0
R		\n	t8000			0
R		[\t ]+	t8000			0
R		[^\n]	t8000			0
S	version
R		\)	t5000	o1		0
R		(~>|>=|<=|!=|=|<|>)	t4000			1
R		[0-9][\.]*	t3200			0
R		[A-Za-z][\--\.]*	t2000			0
R		,	t5000			0
R		[]+	t8000			0
R		[^\n]	t8000			0
