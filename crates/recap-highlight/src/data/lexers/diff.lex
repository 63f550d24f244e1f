S	root
R		 [^\n]*\n	t98
R		[\p{Nd}]+(,[\p{Nd}]+)?(a|c|d)[\p{Nd}]+(,[\p{Nd}]+)?\n	t95			3
R		---\n	t94
R		< [^\n]*\n	t87
R		> [^\n]*\n	t91
R		\+[^\n]*\n	t91
R		-[^\n]*\n	t87
R		![^\n]*\n	t94
R		@[^\n]*\n	t95
R		([Ii]ndex|diff)[^\n]*\n	t90			1
R		=[^\n]*\n	t90
R		[^\n]*\n	t98
