S	root
R		(?<![^\n])%![^\n]+\n	t6100			0
R		%%[^\n]*\n	t6004			0
R		((?<![^\n])%[^\n]*\n){2,}	t6002			1
R		%[^\n]*\n	t6003			0
R		\(	t3100	p(stringliteral)		0
R		[\<\>\[\]\{\}]	t5000			0
R		<[0-9A-Fa-f]+>(?=[\%\(-\)\/\<\>\[\]\{\}])	t3203			0
R		[0-9]+#(-|\+)?([0-9]+\.?|[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)((e|E)[0-9]+)?(?=[\%\(-\)\/\<\>\[\]\{\}])	t3206			4
R		(-|\+)?([0-9]+\.?|[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)((e|E)[0-9]+)?(?=[\%\(-\)\/\<\>\[\]\{\}])	t3202			4
R		(-|\+)?[0-9]+(?=[\%\(-\)\/\<\>\[\]\{\}])	t3204			1
R		\/[^\%\(-\)\/\<\>\[\]\{\}]+(?=[\%\(-\)\/\<\>\[\]\{\}])	t2200			0
R		[^\%\(-\)\/\<\>\[\]\{\}]+(?=[\%\(-\)\/\<\>\[\]\{\}])	t2300			0
R		(false|true)(?=[\%\(-\)\/\<\>\[\]\{\}])	t1001			1
R		(eq|ne|g[et]|l[et]|and|or|not|if(?:else)?|for(?:all)?)(?=[\%\(-\)\/\<\>\[\]\{\}])	t1005			1
R		(dictstackoverflow|undefinedfilename|currentlinewidth|undefinedresult|currentmatrix|defaultmatrix|invertmatrix|concatmatrix|currentpoint|setlinewidth|syntaxerror|idtransform|identmatrix|setrgbcolor|stringwidth|setlinejoin|getinterval|itransform|strokepath|pathforall|rangecheck|setlinecap|dtransform|transform|translate|setmatrix|typecheck|undefined|scalefont|closepath|findfont|showpage|rcurveto|grestore|truncate|pathbbox|charpath|rlineto|rmoveto|ceiling|newpath|setdash|setfont|restore|curveto|setgray|stroke|pstack|matrix|length|lineto|repeat|rotate|moveto|shfill|concat|gsave|aload|scale|array|round|stack|index|begin|print|floor|exch|quit|clip|copy|bind|loop|idiv|fill|show|roll|exit|load|dict|save|arcn|sqrt|exec|rand|atan|end|div|abs|run|def|cvs|exp|cvi|sin|cos|get|dup|mod|put|sub|pop|add|neg|mul|arc|log|ln|gt)(?=[\%\(-\)\/\<\>\[\]\{\}])	t2100			1
R		[]+	t8000			0
S	stringliteral
R		[^\(-\)\\]+	t3100			0
R		\\	t3109	p(escape)		0
R		\(	t3100	p()		0
R		\)	t3100	o1		0
S	escape
R		[0-8]{3}|n|r|t|b|f|\\|\(|\)	t3109	o1		0
R				o1		0
