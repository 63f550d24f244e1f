S	validvar
R	i	[_a-z][]{0,31}\.?	t39	o1
S	cards-datalines
R	i	(?<![^\n])[]*(datalines|cards)[]*;[]*(?![^\n])	t15	p(data)		1
S	proc-data
R	i	((?<![^\n])|;)[]*(proc []+|data|run|quit)[\;]	t20			2
S	string_dquote
R		"	t50	o1
R		\\\\|\\"|\\\n	t59
R		&	t39	p(validvar)
R		[^"\$\&\\]+	t50
R		["\$\\]	t50
S	general
I	keywords
I	vars-strings
I	special
I	numbers
S	vars-strings
R	i	&[_a-z][]{0,31}\.?	t39
R	i	%[_a-z][]{0,31}	t45
R		'	t50	p(string_squote)
R		"	t50	p(string_dquote)
S	root
I	comments
I	proc-data
I	cards-datalines
I	logs
I	general
R		[^\n]	t98
R		\\\n	t98
R		\n	t98
S	data
R		([^\n]|\n)*(?<![^\n])[]*;[]*(?![^\n])	t11	o1		1
S	logs
R	i	\n?(?<![^\n])[]*%?put 	t15	p(log-messages)
S	keywords
R	i	(?<![])(datalines4|datalines|delimiter|startsas|redirect|lostcard|continue|informat|filename|footnote|catname|options|libname|systask|display|waitsas|missing|replace|delete|window|endsas|update|format|attrib|length|infile|select|return|retain|rename|remove|output|cards4|modify|leave|title|merge|delim|input|cards|abort|where|label|array|error|call|page|stop|keep|file|drop|link|skip|list|goto|put|out|set|by|dm|in|x)(?![])	t15			1
R	i	(?<![])(references|distinct|describe|validate|restrict|cascade|msgtype|message|primary|foreign|delete|update|create|unique|having|modify|insert|select|group|check|table|alter|order|reset|index|where|into|from|view|null|like|drop|add|not|key|and|set|on|in|or|as)(?![])	t15			1
R	i	(?<![])(while|until|then|else|end|if|do)(?![])	t15			1
R	i	%(sysevalf|nrbquote|qsysfunc|qlowcase|compstor|nrquote|display|qupcase|datatyp|qcmpres|unquote|syscall|sysfunc|sysrput|sysprod|syslput|sysexec|lowcase|qsubstr|sysget|length|keydef|global|superq|substr|verify|bquote|cmpres|upcase|window|label|qleft|while|qtrim|quote|nrstr|until|sysrc|input|macro|local|qscan|index|else|scan|mend|eval|trim|then|goto|left|put|let|end|str|do|to|if)(?![])	t37			1
R	i	(?<![])(vinformatnx|vinformatwx|vinformatdx|vinformatw|vinformatd|vinformatx|vinformatn|vinformat|translate|vinarrayx|vformatwx|vformatnx|vformatdx|getoption|fileexist|fetchobs|vlengthx|filename|fipstate|kurtosis|vinarray|vformatx|pathname|foptname|compound|compress|vformatw|hosthelp|vformatn|zipnamel|vformatd|probbeta|daccdbsl|zipstate|trigamma|probbnml|probhypr|probnegb|probnorm|datepart|datetime|varlabel|varinfmt|dropnote|skewness|doptname|timepart|fipnamel|dequote|tranwrd|sysprod|digamma|stnamel|soundex|depdbsl|reverse|daccsyd|doptnum|resolve|uniform|datejul|varname|varrayx|probgam|probchi|fappend|dacctab|vformat|poisson|collate|brshift|ordinal|fdelete|blshift|betainv|fileref|lowcase|libname|fipname|vlabelx|vlength|weekday|juldate|jbessel|ibessel|zipfips|foptnum|zipname|getvarn|getvarc|frewind|vartype|depsyd|stderr|stfips|fwrite|gaminv|second|substr|vtypex|symget|hbound|vnamex|fpoint|saving|fnonct|rewind|indexc|indexw|repeat|inputc|inputn|ranuni|stname|rantbl|ranpoi|rannor|sysget|rangam|ranexp|vlabel|lbound|cexist|length|lgamma|rancau|libref|cnonct|ranbin|compbl|logpdf|logpmf|logsdf|sysmsg|curobs|daccdb|verify|daccsl|minute|system|tnonct|dsname|varray|varnum|probit|spedis|normal|varlen|dclose|varfmt|fexist|deptab|upcase|rantri|fclose|nmiss|point|trimn|depsl|trunc|peekc|depdb|probf|exist|fetch|netpv|today|mopen|probt|month|dairy|sysrc|finfo|quote|log10|close|floor|dinfo|range|fnote|attrn|intrr|intnx|intck|attrc|input|dread|dopen|index|right|round|vname|vtype|fread|gamma|arsin|arcos|fopen|frlen|fget|sinh|sqrt|addr|airy|sign|fsep|year|fuzz|dnum|scan|rank|fput|fpos|putn|putc|hour|tanh|atan|dhms|tinv|band|bnot|erfc|fcol|poke|trim|byte|ceil|peek|left|cinv|finv|open|log2|mean|note|date|cosh|mort|time|bxor|bor|mdy|std|max|css|sin|cos|npv|log|var|uss|pdf|pmf|cdf|abs|hms|day|erf|put|lag|irr|int|sum|tan|min|dif|qtr|sdf|dim|yyq|exp|mod|cv|n)\(	t37			1
S	numbers
R	i	(?:(?<=[])(?![])|(?<![])(?=[]))[\+\-]?([0-9]+(\.[0-9]+)?|\.[0-9]+|\.)(E[\+\-]?[0-9]+)?i?(?:(?<=[])(?![])|(?<![])(?=[]))	t67			3
S	special
R	i	(null|missing|_all_|_automatic_|_character_|_n_|_infile_|_name_|_null_|_numeric_|_user_|_webout_)	t16			1
S	log-messages
R	i	NOTE(:|-)[^\n]*	t86	o1		1
R	i	WARNING(:|-)[^\n]*	t88	o1		1
R	i	ERROR(:|-)[^\n]*	t89	o1		1
I	general
S	comments
R		(?<![^\n])[]*\*[^\n]*?;	t79
R		\/\*[^\n]*?\*\/	t79
R		(?<![^\n])[]*\*([^\n]|\n)*?;	t81			1
R		\/[\*]([^\n]|\n)*?[\*]\/	t81			1
S	string_squote
R		'	t50	o1
R		\\\\|\\"|\\\n	t59
R		[^\$'\\]+	t50
R		[\$'\\]	t50
