S	root
R		 [^\n]*\n	t8000			0
R		[\p{Nd}]+(,[\p{Nd}]+)?(a|c|d)[\p{Nd}]+(,[\p{Nd}]+)?\n	t7009			3
R		---\n	t7008			0
R		< [^\n]*\n	t7001			0
R		> [^\n]*\n	t7005			0
R		\+[^\n]*\n	t7005			0
R		-[^\n]*\n	t7001			0
R		![^\n]*\n	t7008			0
R		@[^\n]*\n	t7009			0
R		([Ii]ndex|diff)[^\n]*\n	t7004			1
R		=[^\n]*\n	t7004			0
R		[^\n]*\n	t8000			0
