S	dqs
R	i	\\(["'\\a-ce-flnrtv]|\n|x[0-9a-f]{2}|[0-9]{1,3})	t3109			1	\x5C\x5C	
R		"	t3100	o1		0	""	
I	strings
S	tdqs
R		"""(?!")	t3100	o1		0	""	
I	strings
I	nl
S	funcname
R		((?![_\p{Nd}])[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(((?!_)[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(_(?!_)[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))*	t2300	o1		4	09AZ__az+	
R		`[^\n]+`	t2300	o1		0	``	
S	int-suffix
R	i	'(i|u)(32|64)	t3205			2	''	
R	i	'(u|(i|u)(8|16))	t3204			3	''	
R				o1		0	*	
S	float-suffix
R	i	'(f|d|f(32|64))	t3202			2	''	
R				o1		0	*	
S	strings
R		(?<!\$)\$([\p{Nd}]+|#|[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)+	t3111			1	$$	
R		[^\n"\$'\\]+	t3100			0	\x00\x09\x0B!##%&([]\x7F+	\x00\x09\x0B!##%&([]\x7F
R		["'\\]	t3100			0	""''\x5C\x5C+	
R		\$	t3100			0	$$	
S	nl
R		\n	t3100			0	\x0A\x0A	
S	chars
R	i	\\(["'\\a-ce-flnrtv]|x[0-9a-f]{2}|[0-9]{1,3})	t3109			1	\x5C\x5C	
R		'	t3105	o1		0	''	
R		[^\n]	t3105			0	\x00\x09\x0B\x7F+	
S	rdqs
R		"(?!")	t3100	o1		0	""	
R		""	t3109			0	""	
I	strings
S	float-number
R		\.(?!\.)[0-9_]*	t3202			0	..	
R	i	e[\+\-]?[0-9][0-9_]*	t3202			0	EEee	
R				o1		0	*	
S	root
R		#\[[\u0000-\u{10FFFF}]*?\]#	t6002			0	##	
R		##[^\n]*(?![^\n])	t3107			0	##	
R		#[^\n]*(?![^\n])	t6000			0	##	
R		[\!\$-\&\*-\+\-\/\<-\@\[-\]\|\~]	t4000			0	!!$&*+--//<@[]||~~+	
R		\.\.|\.|,|\[\.|\.\]|\{\.|\.\}|\(\.|\.\)|\{|\}|\(|\)|:|\^|`|;	t5000			0	(),,..:;[[^^``{{}}	
R		(?:[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)"""	t3100	p(tdqs)		0	09AZ__az+	09AZ__az
R		(?:[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)"	t3100	p(rdqs)		0	09AZ__az+	09AZ__az
R		"""	t3100	p(tdqs)		0	""	
R		"	t3100	p(dqs)		0	""	
R		'	t3105	p(chars)		0	''	
R	i	(a_?n_?d_?|o_?r_?|n_?o_?t_?|x_?o_?r_?|s_?h_?l_?|s_?h_?r_?|d_?i_?v_?|m_?o_?d_?|i_?n_?|n_?o_?t_?i_?n_?|i_?s_?|i_?s_?n_?o_?t_?)(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t4001			1	AADDIIMOSSXXaaddiimossxx+	
R	i	(p_?r_?o_?c_?[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000])(?![\(\[\]])	t1000	p(funcname)		1	PPpp	
R	i	(a_?d_?d_?r_?|a_?n_?d_?|a_?s_?|a_?s_?m_?|a_?t_?o_?m_?i_?c_?|b_?i_?n_?d_?|b_?l_?o_?c_?k_?|b_?r_?e_?a_?k_?|c_?a_?s_?e_?|c_?a_?s_?t_?|c_?o_?n_?c_?e_?p_?t_?|c_?o_?n_?s_?t_?|c_?o_?n_?t_?i_?n_?u_?e_?|c_?o_?n_?v_?e_?r_?t_?e_?r_?|d_?e_?f_?e_?r_?|d_?i_?s_?c_?a_?r_?d_?|d_?i_?s_?t_?i_?n_?c_?t_?|d_?i_?v_?|d_?o_?|e_?l_?i_?f_?|e_?l_?s_?e_?|e_?n_?d_?|e_?n_?u_?m_?|e_?x_?c_?e_?p_?t_?|e_?x_?p_?o_?r_?t_?|f_?i_?n_?a_?l_?l_?y_?|f_?o_?r_?|f_?u_?n_?c_?|i_?f_?|i_?n_?|y_?i_?e_?l_?d_?|i_?n_?t_?e_?r_?f_?a_?c_?e_?|i_?s_?|i_?s_?n_?o_?t_?|i_?t_?e_?r_?a_?t_?o_?r_?|l_?e_?t_?|m_?a_?c_?r_?o_?|m_?e_?t_?h_?o_?d_?|m_?i_?x_?i_?n_?|m_?o_?d_?|n_?o_?t_?|n_?o_?t_?i_?n_?|o_?b_?j_?e_?c_?t_?|o_?f_?|o_?r_?|o_?u_?t_?|p_?r_?o_?c_?|p_?t_?r_?|r_?a_?i_?s_?e_?|r_?e_?f_?|r_?e_?t_?u_?r_?n_?|s_?h_?a_?r_?e_?d_?|s_?h_?l_?|s_?h_?r_?|s_?t_?a_?t_?i_?c_?|t_?e_?m_?p_?l_?a_?t_?e_?|t_?r_?y_?|t_?u_?p_?l_?e_?|t_?y_?p_?e_?|w_?h_?e_?n_?|w_?h_?i_?l_?e_?|w_?i_?t_?h_?|w_?i_?t_?h_?o_?u_?t_?|x_?o_?r_?)(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t1000			1	AFIILPRTWYafiilprtwy+	
R	i	(f_?r_?o_?m_?|i_?m_?p_?o_?r_?t_?|i_?n_?c_?l_?u_?d_?e_?)(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t1003			1	FFIIffii+	
R	i	(v_?a_?r)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1002			1	VVvv	
R	i	(i_?n_?t_?|i_?n_?t_?8_?|i_?n_?t_?1_?6_?|i_?n_?t_?3_?2_?|i_?n_?t_?6_?4_?|f_?l_?o_?a_?t_?|f_?l_?o_?a_?t_?3_?2_?|f_?l_?o_?a_?t_?6_?4_?|b_?o_?o_?l_?|c_?h_?a_?r_?|r_?a_?n_?g_?e_?|a_?r_?r_?a_?y_?|s_?e_?q_?|s_?e_?t_?|s_?t_?r_?i_?n_?g_?)(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t1006			1	ACFFIIRSacffiirs+	
R	i	(n_?i_?l_?|t_?r_?u_?e_?|f_?a_?l_?s_?e_?)(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t1004			1	FFNNTTffnntt	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])_(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t2000			0	__	
R		(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))((?![_\p{Nd}])[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(((?!_)[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(_(?!_)[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))*	t2000			4	09AZ__az+	
R	i	[0-9][0-9_]*(?=([\.e]|'(f|d|f(32|64))))	t3202	p(float-suffix,float-number)		3	09+	
R	i	0x[0-9a-f][0-9_a-f]*	t3203	p(int-suffix)		0	00	
R	i	0b[0-1][0-1_]*	t3201	p(int-suffix)		0	00	
R	i	0o[0-7][0-7_]*	t3206	p(int-suffix)		0	00	
R		[0-9][0-9_]*	t3204	p(int-suffix)		0	09+	
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		[^\n]+(?![^\n])	t-11			0	\x00\x09\x0B\x7F+	\x00\x09\x0B\x7F
