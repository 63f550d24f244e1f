S	root
R		[]+	t98
R		[\(-\)\,\;\[\]\{\}]	t78
R	i	require	t18
R	i	(:)(addresses|all|contains|content|create|copy|comparator|count|days|detail|domain|fcc|flags|from|handle|importance|is|localpart|length|lowerfirst|lower|matches|message|mime|options|over|percent|quotewildcard|raw|regex|specialuse|subject|text|under|upperfirst|upper|value)	g(t36,t36)			2
R	i	(address|addflag|allof|anyof|body|discard|elsif|else|envelope|ereject|exists|false|fileinto|if|hasflag|header|keep|notify_method_capability|notify|not|redirect|reject|removeflag|setflag|size|spamtest|stop|string|true|vacation|virustest)	t37			1
R	i	set	t17
R		([\.0-9]+)([GKMgkm])?	g(t67,t67)			2
R		#[^\n]*(?![^\n])	t82
R		\/\*[^\n]*\*\/	t81
R		"[^"]*?"	t50
R		text:	t36	p(text)
S	text
R		[^\.][^\n]*?\n	t50
R		(?<![^\n])\.	t78	o1
