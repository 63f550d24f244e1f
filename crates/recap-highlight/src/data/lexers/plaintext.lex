S	root
R		[^\n]+	t98
R		\n	t98
