S	root
R		[]+	t8000			0
R		[\(-\)\,\;\[\]\{\}]	t5000			0
R	i	require	t1003			0
R	i	(:)(addresses|all|contains|content|create|copy|comparator|count|days|detail|domain|fcc|flags|from|handle|importance|is|localpart|length|lowerfirst|lower|matches|message|mime|options|over|percent|quotewildcard|raw|regex|specialuse|subject|text|under|upperfirst|upper|value)	g(t2014,t2014)			2
R	i	(address|addflag|allof|anyof|body|discard|elsif|else|envelope|ereject|exists|false|fileinto|if|hasflag|header|keep|notify_method_capability|notify|not|redirect|reject|removeflag|setflag|size|spamtest|stop|string|true|vacation|virustest)	t2100			1
R	i	set	t1002			0
R		([\.0-9]+)([GKMgkm])?	g(t3200,t3200)			2
R		#[^\n]*(?![^\n])	t6003			0
R		\/\*[^\n]*\*\/	t6002			0
R		"[^"]*?"	t3100			0
R		text:	t2014	p(text)		0
S	text
R		[^\.][^\n]*?\n	t3100			0
R		(?<![^\n])\.	t5000	o1		0
