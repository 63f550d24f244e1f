S	commentsandwhitespace
R		[]+	t98
R		###[^\#][\u0000-\u{10FFFF}]*?###	t81
R		#(?!##[^\#])[\u0000-\u{10FFFF}]*?\n	t82
S	multilineregex
R		[^\#\/]+	t64
R		\/\/\/([gim]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t64	o1		1
R		#\{	t61	p(interpoling_string)
R		[\#\/]	t64
S	slashstartsregex
I	commentsandwhitespace
R		\/\/\/	t64	p(#pop,multilineregex)
R		\/(?! )(\\[\u0000-\u{10FFFF}]|[^\n\/\[-\\]|\[(\\[\u0000-\u{10FFFF}]|[^\n\\-\]])*\])+\/([gim]+(?![])|(?:(?<=[])(?=[])|(?<![])(?![])))	t64	o1		3
R		\/	t75
R				o1
S	tsqs
R		'''	t50	o1
R		#|\\[\u0000-\u{10FFFF}]|'|"	t50
I	strings
S	dqs
R		"	t50	o1
R		\\[\u0000-\u{10FFFF}]|'	t50
R		#\{	t61	p(interpoling_string)
R		#	t50
I	strings
S	sqs
R		'	t50	o1
R		#|\\[\u0000-\u{10FFFF}]|"	t50
I	strings
S	tdqs
R		"""	t50	o1
R		\\[\u0000-\u{10FFFF}]|'|"	t50
R		#\{	t61	p(interpoling_string)
R		#	t50
I	strings
S	root
I	commentsandwhitespace
R		(?<![\s\S])(?=[]|\/)	t98	p(slashstartsregex)
R		\+\+|~|&&|(?<![])and(?![])|(?<![])or(?![])|(?<![])is(?![])|(?<![])isnt(?![])|(?<![])not(?![])|\?|:|\|\||\\(?=\n)|(<<|>>>?|==?(?!>)|!=?|=(?!>)|-(?!>)|[\%-\&\*-\+\/\<\>\^\`\|])=?	t75	p(slashstartsregex)		1
R		(?:\([^\(-\)]*\))?[]*[\-\=]>	t45	p(slashstartsregex)
R		[\(\,\;\[\{]	t78	p(slashstartsregex)
R		[\)\.\]\}]	t78
R		(?<![\$\.])(for|own|in|of|while|until|loop|break|return|continue|switch|when|then|if|unless|else|throw|try|catch|finally|new|delete|typeof|instanceof|super|extends|this|class|by)(?![])	t15	p(slashstartsregex)		1
R		(?<![\$\.])(true|false|yes|no|on|off|null|NaN|Infinity|undefined)(?![])	t16			1
R		(Array|Boolean|Date|Error|Function|Math|netscape|Number|Object|Packages|RegExp|String|sun|decodeURI|decodeURIComponent|encodeURI|encodeURIComponent|eval|isFinite|isNaN|parseFloat|parseInt|document|window)(?![])	t37			1
R		[\$A-Z_a-z][\$\.\:]*[]*[\:\=][]	t39	p(slashstartsregex)
R		@[\$A-Z_a-z][\$\.\:]*[]*[\:\=][]	t43	p(slashstartsregex)
R		@	t33	p(slashstartsregex)
R		@?[\$A-Z_a-z][\$]*	t33
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t69			1
R		0x[0-9A-Fa-f]+	t70
R		[0-9]+	t71
R		"""	t50	p(tdqs)
R		'''	t50	p(tsqs)
R		"	t50	p(dqs)
R		'	t50	p(sqs)
S	interpoling_string
R		\}	t61	o1
I	root
S	strings
R		[^"-\#'\\]+	t50
