S	root
R		(?<![^\n])([\t \:]*)(py(?:t(?:h(?:o(?:n)?)?)?)?)([\t ]*)(<<)([\t ]*)([^\n]*)((?:\n|[^\n])*)((?:\6))	g(s(root),t1000,t8000,t4000,t8000,t8000,u(Python),t8000)			8
R		(?<![^\n])([\t \:]*)(py(?:t(?:h(?:o(?:n)?)?)?)?)([\t ])([^\n]*)	g(s(root),t1000,t8000,u(Python))			4
R		(?<![^\n])[]*"[^\n]*	t6000			0
R		[\t ]+	t8000			0
R		\/(\\\\|\\\/|[^\n\/])*\/	t3114			1
R		"(\\\\|\\"|[^\n"])*"	t3108			1
R		'(''|[^\n'])*'	t3115			1
R		(?<=[])"[^\#\%\*\--\.\:\=][^\n]*	t6000			0
R		-?[\p{Nd}]+	t3200			0
R		#[0-9a-f]{6}	t3203			0
R		(?<![^\n]):	t5000			0
R		[\!\(-\)\+-\-\<-\>\|\~]	t5000			0
R		(?<![])(let|if|else|endif|elseif|fun|function|endfunction|set|map|autocmd|filetype|hi(ghlight)?|execute|syntax|colorscheme)(?:(?<=[])(?![])|(?<![])(?=[]))	t1000			2
R		(?<![])(NONE|bold|italic|underline|dark|light)(?![])	t2100			1
R		(?<![])[]+(?![])	t2011			0
R		\n	t8000			0
R		[^\n]	t8000			0
