S	root
R		(?<![^\n])([\t \:]*)(py(?:t(?:h(?:o(?:n)?)?)?)?)([\t ]*)(<<)([\t ]*)([^\n]*)((?:\n|[^\n])*)((?:\6))	g(s(root),t15,t98,t75,t98,t98,u(Python),t98)			8
R		(?<![^\n])([\t \:]*)(py(?:t(?:h(?:o(?:n)?)?)?)?)([\t ])([^\n]*)	g(s(root),t15,t98,u(Python))			4
R		(?<![^\n])[]*"[^\n]*	t79
R		[\t ]+	t98
R		\/(\\\\|\\\/|[^\n\/])*\/	t64			1
R		"(\\\\|\\"|[^\n"])*"	t58			1
R		'(''|[^\n'])*'	t65			1
R		(?<=[])"[^\#\%\*\--\.\:\=][^\n]*	t79
R		-?[\p{Nd}]+	t67
R		#[0-9a-f]{6}	t70
R		(?<![^\n]):	t78
R		[\!\(-\)\+-\-\<-\>\|\~]	t78
R		(?<![])(let|if|else|endif|elseif|fun|function|endfunction|set|map|autocmd|filetype|hi(ghlight)?|execute|syntax|colorscheme)(?:(?<=[])(?![])|(?<![])(?=[]))	t15			2
R		(?<![])(NONE|bold|italic|underline|dark|light)(?![])	t37			1
R		(?<![])[]+(?![])	t33
R		\n	t98
R		[^\n]	t98
