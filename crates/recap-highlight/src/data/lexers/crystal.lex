S	pa-intp-string
R		\\[\(]	t3113			0
R		\(	t3113	p()		0
R		\)	t3113	o1		0
I	string-intp-escaped
R		[\#\(-\)\\]	t3113			0
R		[^\#\(-\)\\]+	t3113			0
S	ab-regex
R		\\[\<\>\\]	t3114			0
R		<	t3114	p()		0
R		>[imsx]*	t3114	o1		0
I	string-intp
R		[\#\<\>\\]	t3114			0
R		[^\#\<\>\\]+	t3114			0
S	cb-regex
R		\\[\\\{\}]	t3114			0
R		\{	t3114	p()		0
R		\}[imsx]*	t3114	o1		0
I	string-intp
R		[\#\\\{\}]	t3114			0
R		[^\#\\\{\}]+	t3114			0
S	simple-backtick
I	string-intp-escaped
R		[^\#\\\`]+	t3103			0
R		[\#\\]	t3103			0
R		`	t3103	o1		0
S	string-intp
R		#\{	t3111	p(in-intp)		0
S	interpolated-regex
I	string-intp
R		[\#\\]	t3114			0
R		[^\#\\]+	t3114			0
S	cb-string
R		\\[\\\{\}]	t3113			0
R		\{	t3113	p()		0
R		\}	t3113	o1		0
R		[\#\\\{\}]	t3113			0
R		[^\#\\\{\}]+	t3113			0
S	in-macro-control
R		\{%	t3111	p()		0
R		%\}	t3111	o1		0
R		for(?![])|in(?![])	t1000			0
I	root
S	interpolated-string
I	string-intp
R		[\#\\]	t3113			0
R		[^\#\\]+	t3113			0
S	in-macro-expr
R		\{\{	t3111	p()		0
R		\}\}	t3111	o1		0
I	root
S	simple-string
I	string-intp-escaped
R		[^"-\#\\]+	t3108			0
R		[\#\\]	t3108			0
R		"	t3108	o1		0
S	cb-intp-string
R		\\[\{]	t3113			0
R		\{	t3113	p()		0
R		\}	t3113	o1		0
I	string-intp-escaped
R		[\#\\\{\}]	t3113			0
R		[^\#\\\{\}]+	t3113			0
S	string-intp-escaped
I	string-intp
I	string-escaped
S	sb-regex
R		\\[\[-\]]	t3114			0
R		\[	t3114	p()		0
R		\][imsx]*	t3114	o1		0
I	string-intp
R		[\#\[-\]]	t3114			0
R		[^\#\[-\]]+	t3114			0
S	classname
R		[A-Z_][]*	t2002			0
R		(\()([]*)([A-Z_][]*)([]*)(\))	g(t5000,t8000,t2002,t8000,t5000)			5
R				o1		0
S	string-escaped
R		\\(["-\#'\\be-fns-tv]|x[0-9A-Fa-f]{1,2}|[0-7]{1,3})	t3109			1
S	sb-intp-string
R		\\[\[]	t3113			0
R		\[	t3113	p()		0
R		\]	t3113	o1		0
I	string-intp-escaped
R		[\#\[-\]]	t3113			0
R		[^\#\[-\]]+	t3113			0
S	pa-regex
R		\\[\(-\)\\]	t3114			0
R		\(	t3114	p()		0
R		\)[imsx]*	t3114	o1		0
I	string-intp
R		[\#\(-\)\\]	t3114			0
R		[^\#\(-\)\\]+	t3114			0
S	in-attr
R		\[	t4000	p()		0
R		\]	t4000	o1		0
I	root
S	ab-intp-string
R		\\[\<]	t3113			0
R		<	t3113	p()		0
R		>	t3113	o1		0
I	string-intp-escaped
R		[\#\<\>\\]	t3113			0
R		[^\#\<\>\\]+	t3113			0
S	in-intp
R		\{	t3111	p()		0
R		\}	t3111	o1		0
I	root
S	end-part
R		[\u0000-\u{10FFFF}]+	t6100	o1		0
S	root
R		#[\u0000-\u{10FFFF}]*?(?![^\n])	t6003			0
R		(instance_sizeof|pointerof|protected|abstract|require|private|include|unless|typeof|sizeof|return|extend|ensure|rescue|ifdef|super|break|begin|until|while|elsif|yield|next|when|else|then|case|with|end|asm|if|do|as|of)(?![])	t1000			1
R		(false|true|nil)(?![])	t1001			1
R		(module|lib)([]+)([A-Z_a-z][]*(?:::[A-Z_a-z][]*)*)	g(t1000,t8000,t2009)			3
R		(def|fun|macro)([]+)((?:[A-Z_a-z][]*::)*)	g(t1000,t8000,t2009)	p(funcname)		3
R		def(?=[\%-\&\*-\/\<-\>\[\^\`\~])	t1000	p(funcname)		0
R		(class|struct|union|type|alias|enum)([]+)((?:[A-Z_a-z][]*::)*)	g(t1000,t8000,t2009)	p(classname)		3
R		(self|out|uninitialized)(?![])|(is_a|responds_to)\?	t1004			2
R		(def_equals_and_hash|assert_responds_to|forward_missing_to|def_equals|property|def_hash|parallel|delegate|debugger|getter|record|setter|spawn|pp)(?![])	t2101			1
R		getter[\!\?]|property[\!\?]|__(DIR|FILE|LINE)__(?![])	t2101			1
R		(?<!\.)(get_stack_top|StaticArray|Concurrent|with_color|Reference|Scheduler|read_line|Exception|at_exit|Pointer|Channel|Float64|sprintf|Float32|Process|Object|Struct|caller|UInt16|UInt32|UInt64|system|future|Number|printf|String|Symbol|Int32|Range|Slice|Regex|Mutex|sleep|Array|Class|raise|Tuple|Deque|delay|Float|Int16|print|abort|Value|UInt8|Int64|puts|Proc|File|Void|exit|fork|Bool|Char|gets|lazy|loop|main|rand|Enum|Int8|Time|Hash|Set|Box|Nil|Dir|Int|p)(?![])	t2100			1
R		(?<![])(<<-?)(["'\`]?)([A-Z_a-z][]*)((?:\2))([\u0000-\u{10FFFF}]*?\n)	t3110			5
R		(<<-?)("|')()((?:\2))([\u0000-\u{10FFFF}]*?\n)	t3110			5
R		__END__	t6100	p(end-part)		0
R		(?:(?<![^\n])|(?<=[\!\:\<-\>\~])|(?<=(?:[]|;)when[])|(?<=(?:[]|;)or[])|(?<=(?:[]|;)and[])|(?<=\.index[])|(?<=\.scan[])|(?<=\.sub[])|(?<=\.sub![])|(?<=\.gsub[])|(?<=\.gsub![])|(?<=\.match[])|(?<=(?:[]|;)if[])|(?<=(?:[]|;)elsif[])|(?<=(?<![^\n])when[])|(?<=(?<![^\n])index[])|(?<=(?<![^\n])scan[])|(?<=(?<![^\n])sub[])|(?<=(?<![^\n])gsub[])|(?<=(?<![^\n])sub![])|(?<=(?<![^\n])gsub![])|(?<=(?<![^\n])match[])|(?<=(?<![^\n])if[])|(?<=(?<![^\n])elsif[]))([]*)(\/)	g(t8000,t3114)	p(multiline-regex)		2
R		(?<=\(|,|\[)\/	t3114	p(multiline-regex)		0
R		([]+)(\/)(?![\=])	g(t8000,t3114)	p(multiline-regex)		2
R		(0o[0-7]+(?:_[0-7]+)*(?:_?[iu][0-9]+)?)(?:(?<=[])(?![])|(?<![])(?=[]))([]*)([\/\?])?	g(t3206,t8000,t4000)			3
R		(0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*(?:_?[iu][0-9]+)?)(?:(?<=[])(?![])|(?<![])(?=[]))([]*)([\/\?])?	g(t3203,t8000,t4000)			3
R		(0b[0-1]+(?:_[0-1]+)*(?:_?[iu][0-9]+)?)(?:(?<=[])(?![])|(?<![])(?=[]))([]*)([\/\?])?	g(t3201,t8000,t4000)			3
R		((?:0(?![0-9])|[1-9][_\p{Nd}]*)(?:\.[\p{Nd}][_\p{Nd}]*)(?:e[\+\-]?[0-9]+)?(?:_?f[0-9]+)?)([]*)([\/\?])?	g(t3202,t8000,t4000)			3
R		((?:0(?![0-9])|[1-9][_\p{Nd}]*)(?:\.[\p{Nd}][_\p{Nd}]*)?(?:e[\+\-]?[0-9]+)(?:_?f[0-9]+)?)([]*)([\/\?])?	g(t3202,t8000,t4000)			3
R		((?:0(?![0-9])|[1-9][_\p{Nd}]*)(?:\.[\p{Nd}][_\p{Nd}]*)?(?:e[\+\-]?[0-9]+)?(?:_?f[0-9]+))([]*)([\/\?])?	g(t3202,t8000,t4000)			3
R		(0(?![])|[1-9][\p{Nd}]*(?:_[\p{Nd}]+)*(?:_?[iu][0-9]+)?)(?:(?<=[])(?![])|(?<![])(?=[]))([]*)([\/\?])?	g(t3204,t8000,t4000)			3
R		@@[A-Z_a-z][]*	t2202			0
R		@[A-Z_a-z][]*	t2204			0
R		\$[]+	t2203			0
R		\$[\!-"\$\&-'\*-\/\:-\@\\\^-\`\~]	t2203			0
R		\$-[0FIadilpv-w]	t2203			0
R		::	t4000			0
I	strings
R		\?(\\[CM]-)*(\\(["-\#'\\be-fnrtv]|x[0-9A-Fa-f]{1,2}|[0-7]{1,3})|[[^]])(?![])	t3105			3
R		[A-Z][A-Z_]+(?![])	t2003			0
R		\{%	t3111	p(in-macro-control)		0
R		\{\{	t3111	p(in-macro-expr)		0
R		(@\[)([]*)([A-Z][]*)	g(t4000,t8000,t2004)	p(in-attr)		3
R		(\.|::)(\[\]\?|<=>|===|\[\]=|>>|&&|\*\*|\[\]|\|\||>=|=~|!~|<<|<=|!=|==|<|\/|=|-|\+|>|\*|&|%|\^|!|\||~)	g(t4000,t2010)			2
R		(\.|::)([A-Z_a-z][]*[\!\?]?|[\%-\&\*-\+\-\/\<-\>\[\^\`\~])	g(t4000,t2000)			2
R		[A-Z_a-z][]*(?:[\!\?](?!=))?	t2000			0
R		(\[|\]\??|\*\*|<=>?|>=|<<?|>>?|=~|===|!~|&&?|\|\||\.{1,3})	t4000			1
R		[\!\%-\&\*-\+\-\/\<-\>\^\|\~]=?	t4000			0
R		[\(-\)\,\/\:-\;\?\\\{\}]	t5000			0
R		[]+	t8000			0
S	multiline-regex
I	string-intp
R		\\\\	t3114			0
R		\\\/	t3114			0
R		[\#\\]	t3114			0
R		[^\#\/\\]+	t3114			0
R		\/[imsx]*	t3114	o1		0
S	ab-string
R		\\[\<\>\\]	t3113			0
R		<	t3113	p()		0
R		>	t3113	o1		0
R		[\#\<\>\\]	t3113			0
R		[^\#\<\>\\]+	t3113			0
S	pa-string
R		\\[\(-\)\\]	t3113			0
R		\(	t3113	p()		0
R		\)	t3113	o1		0
R		[\#\(-\)\\]	t3113			0
R		[^\#\(-\)\\]+	t3113			0
S	strings
R		:@{0,2}[A-Z_a-z][]*[\!\?]?	t3116			0
R		:@{0,2}(\[\]\?|<=>|===|\[\]=|>>|&&|\*\*|\[\]|\|\||>=|=~|!~|<<|<=|!=|==|<|\/|=|-|\+|>|\*|&|%|\^|!|\||~)	t3116			1
R		:'(\\\\|\\'|[^'])*'	t3116			1
R		'(\\\\|\\'|[^']|\\[^'\\]+)'	t3105			1
R		:"	t3116	p(simple-sym)		0
R		([A-Z_a-z][]*)(:)(?!:)	g(t3116,t5000)			2
R		"	t3108	p(simple-string)		0
R		(?<!\.)`	t3103	p(simple-backtick)		0
R		%\{	t3113	p(cb-intp-string)		0
R		%[iw]\{	t3113	p(cb-string)		0
R		%r\{	t3114	p(cb-regex)		0
R		%\[	t3113	p(sb-intp-string)		0
R		%[iw]\[	t3113	p(sb-string)		0
R		%r\[	t3114	p(sb-regex)		0
R		%\(	t3113	p(pa-intp-string)		0
R		%[iw]\(	t3113	p(pa-string)		0
R		%r\(	t3114	p(pa-regex)		0
R		%<	t3113	p(ab-intp-string)		0
R		%[iw]<	t3113	p(ab-string)		0
R		%r<	t3114	p(ab-regex)		0
R		(%r([_[^]]))((?:\\(?:\2)|(?!(?:\2))[\u0000-\u{10FFFF}])*)((?:\2)[imsx]*)	t3100			4
R		(%[iw]([_[^]]))((?:\\(?:\2)|(?!(?:\2))[\u0000-\u{10FFFF}])*)((?:\2))	t3100			4
R		(?<=[\!\%-\&\(\*-\-\/\<-\>\^\|\~])([]*)(%([\t ])(?:(?:\\(?:\3)|(?!(?:\3))[\u0000-\u{10FFFF}])*)(?:\3))	g(t8000,t3113,t-13)			3
R		(?<![^\n])([]*)(%([\t ])(?:(?:\\(?:\3)|(?!(?:\3))[\u0000-\u{10FFFF}])*)(?:\3))	g(t8000,t3113,t-13)			3
R		(%([\(\<\[\{]))((?:\\(?:\2)|(?!(?:\2))[\u0000-\u{10FFFF}])*)((?:\2))	t3100			4
S	sb-string
R		\\[\[-\]]	t3113			0
R		\[	t3113	p()		0
R		\]	t3113	o1		0
R		[\#\[-\]]	t3113			0
R		[^\#\[-\]]+	t3113			0
S	funcname
R		(?:([A-Z_a-z][]*)(\.))?([A-Z_a-z][]*[\!\?]?|\*\*?|[\+\-]@?|[\%-\&\/\^\`\|\~]|\[\]=?|<<|>>|<=?>|>=?|===?)	g(t2002,t4000,t2300)	o1		3
R				o1		0
S	simple-sym
I	string-escaped
R		[^"-\#\\]+	t3116			0
R		[\#\\]	t3116			0
R		"	t3116	o1		0
