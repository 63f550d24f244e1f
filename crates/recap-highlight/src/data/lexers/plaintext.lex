S	root
R		[^\n]+	t8000			0
R		\n	t8000			0
