S	commentsandwhitespace
R		[]+	t8000			0
R		###[^\#][\u0000-\u{10FFFF}]*?###	t6002			0
R		#(?!##[^\#])[\u0000-\u{10FFFF}]*?\n	t6003			0
S	multilineregex
R		[^\#\/]+	t3114			0
R		\/\/\/([gim]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t3114	o1		1
R		#\{	t3111	p(interpoling_string)		0
R		[\#\/]	t3114			0
S	slashstartsregex
I	commentsandwhitespace
R		\/\/\/	t3114	p(#pop,multilineregex)		0
R		\/(?! )(\\[\u0000-\u{10FFFF}]|[^\n\/\[-\\]|\[(\\[\u0000-\u{10FFFF}]|[^\n\\-\]])*\])+\/([gim]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t3114	o1		3
R		\/	t4000			0
R				o1		0
S	tsqs
R		'''	t3100	o1		0
R		#|\\[\u0000-\u{10FFFF}]|'|"	t3100			0
I	strings
S	dqs
R		"	t3100	o1		0
R		\\[\u0000-\u{10FFFF}]|'	t3100			0
R		#\{	t3111	p(interpoling_string)		0
R		#	t3100			0
I	strings
S	sqs
R		'	t3100	o1		0
R		#|\\[\u0000-\u{10FFFF}]|"	t3100			0
I	strings
S	tdqs
R		"""	t3100	o1		0
R		\\[\u0000-\u{10FFFF}]|'|"	t3100			0
R		#\{	t3111	p(interpoling_string)		0
R		#	t3100			0
I	strings
S	root
I	commentsandwhitespace
R		(?<![\s\S])(?=[]|\/)	t8000	p(slashstartsregex)		0
R		\+\+|~|&&|(?<![])and(?![])|(?<![])or(?![])|(?<![])is(?![])|(?<![])isnt(?![])|(?<![])not(?![])|\?|:|\|\||\\(?=\n)|(<<|>>>?|==?(?!>)|!=?|=(?!>)|-(?!>)|[\%-\&\*-\+\/\<\>\^\`\|])=?	t4000	p(slashstartsregex)		1
R		(?:\([^\(-\)]*\))?[]*[\-\=]>	t2300	p(slashstartsregex)		0
R		[\(\,\;\[\{]	t5000	p(slashstartsregex)		0
R		[\)\.\]\}]	t5000			0
R		(?<![\$\.])(for|own|in|of|while|until|loop|break|return|continue|switch|when|then|if|unless|else|throw|try|catch|finally|new|delete|typeof|instanceof|super|extends|this|class|by)(?![])	t1000	p(slashstartsregex)		1
R		(?<![\$\.])(true|false|yes|no|on|off|null|NaN|Infinity|undefined)(?![])	t1001			1
R		(Array|Boolean|Date|Error|Function|Math|netscape|Number|Object|Packages|RegExp|String|sun|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|eval|isFinite|isNaN|parseFloat|parseInt|document|window)(?![])	t2100			1
R		[\$A-Z_a-z][\$\.\:]*[]*[\:\=][]	t2200	p(slashstartsregex)		0
R		@[\$A-Z_a-z][\$\.\:]*[]*[\:\=][]	t2204	p(slashstartsregex)		0
R		@	t2011	p(slashstartsregex)		0
R		@?[\$A-Z_a-z][\$]*	t2011			0
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t3202			1
R		0x[0-9A-Fa-f]+	t3203			0
R		[0-9]+	t3204			0
R		"""	t3100	p(tdqs)		0
R		'''	t3100	p(tsqs)		0
R		"	t3100	p(dqs)		0
R		'	t3100	p(sqs)		0
S	interpoling_string
R		\}	t3111	o1		0
I	root
S	strings
R		[^"-\#'\\]+	t3100			0
