S	root
R		(?<![^\n])%![^\n]+\n	t84
R		%%[^\n]*\n	t83
R		((?<![^\n])%[^\n]*\n){2,}	t81			1
R		%[^\n]*\n	t82
R		\(	t50	p(stringliteral)
R		[\<\>\[\]\{\}]	t78
R		<[0-9A-Fa-f]+>(?=[\%\(-\)\/\<\>\[\]\{\}])	t70
R		[0-9]+#(-|\+)?([0-9]+\.?|[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)((e|E)[0-9]+)?(?=[\%\(-\)\/\<\>\[\]\{\}])	t73			4
R		(-|\+)?([0-9]+\.?|[0-9]*\.[0-9]+|[0-9]+\.[0-9]*)((e|E)[0-9]+)?(?=[\%\(-\)\/\<\>\[\]\{\}])	t69			4
R		(-|\+)?[0-9]+(?=[\%\(-\)\/\<\>\[\]\{\}])	t71			1
R		\/[^\%\(-\)\/\<\>\[\]\{\}]+(?=[\%\(-\)\/\<\>\[\]\{\}])	t39
R		[^\%\(-\)\/\<\>\[\]\{\}]+(?=[\%\(-\)\/\<\>\[\]\{\}])	t45
R		(false|true)(?=[\%\(-\)\/\<\>\[\]\{\}])	t16			1
R		(eq|ne|g[et]|l[et]|and|or|not|if(?:else)?|for(?:all)?)(?=[\%\(-\)\/\<\>\[\]\{\}])	t20			1
R		(dictstackoverflow|undefinedfilename|currentlinewidth|undefinedresult|currentmatrix|defaultmatrix|invertmatrix|concatmatrix|currentpoint|setlinewidth|syntaxerror|idtransform|identmatrix|setrgbcolor|stringwidth|setlinejoin|getinterval|itransform|strokepath|pathforall|rangecheck|setlinecap|dtransform|transform|translate|setmatrix|typecheck|undefined|scalefont|closepath|findfont|showpage|rcurveto|grestore|truncate|pathbbox|charpath|rlineto|rmoveto|ceiling|newpath|setdash|setfont|restore|curveto|setgray|stroke|pstack|matrix|length|lineto|repeat|rotate|moveto|shfill|concat|gsave|aload|scale|array|round|stack|index|begin|print|floor|exch|quit|clip|copy|bind|loop|idiv|fill|show|roll|exit|load|dict|save|arcn|sqrt|exec|rand|atan|end|div|abs|run|def|cvs|exp|cvi|sin|cos|get|dup|mod|put|sub|pop|add|neg|mul|arc|log|ln|gt)(?=[\%\(-\)\/\<\>\[\]\{\}])	t37			1
R		[]+	t98
S	stringliteral
R		[^\(-\)\\]+	t50
R		\\	t59	p(escape)
R		\(	t50	p()
R		\)	t50	o1
S	escape
R		[0-8]{3}|n|r|t|b|f|\\|\(|\)	t59	o1
R				o1
