S	root
R		(?<![^\n])(GIT|PATH|GEM|PLUGIN SOURCE|PLATFORMS|DEPENDENCIES|BUNDLED WITH|RUBY VERSION|CHECKSUMS)(?![^\n])	t1000			1	BDGGPPRR	
R		(?<![^\n])([\t ]+)(remote|revision|ref|branch|tag|submodules|specs|glob)(:)	g(t8000,t2001,t5000)			3	\x09\x09\x20\x20	^\x09\x09\x20\x20
R		\(	t5000	p(version)		0	((	
R		!	t4000			0	!!	
R		https?:\/\/[[^]]+	t3116			0	hh	
R		git@[[^]]+	t3116			0	gg	
R		sha[\p{Nd}]+=[0-9A-Fa-f]+	t3203			0	ss	
R		(?<![])[0-9a-f]{7,40}(?![])	t3203			0	09af	
R		(?<![])[\p{Nd}][\.]*	t3200			0	09+	
R		[A-Z_a-z][\--\.0-9A-Z_a-z]*	t2000			0	AZ__az	
R		\n	t8000			0	\x0A\x0A	
R		[\t ]+	t8000			0	\x09\x09\x20\x20	\x09\x09\x20\x20
R		[^\n]	t8000			0	\x00\x09\x0B\x7F+	
S	version
R		\)	t5000	o1		0	))	
R		(~>|>=|<=|!=|=|<|>)	t4000			1	!!<>~~	
R		[0-9][\.]*	t3200			0	09	
R		[A-Za-z][\--\.]*	t2000			0	AZaz	
R		,	t5000			0	,,	
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		[^\n]	t8000			0	\x00\x09\x0B\x7F+	
