S	pa-intp-string
R		\\[\(]	t63
R		\(	t63	p()
R		\)	t63	o1
I	string-intp-escaped
R		[\#\(-\)\\]	t63
R		[^\#\(-\)\\]+	t63
S	ab-regex
R		\\[\<\>\\]	t64
R		<	t64	p()
R		>[imsx]*	t64	o1
I	string-intp
R		[\#\<\>\\]	t64
R		[^\#\<\>\\]+	t64
S	cb-regex
R		\\[\\\{\}]	t64
R		\{	t64	p()
R		\}[imsx]*	t64	o1
I	string-intp
R		[\#\\\{\}]	t64
R		[^\#\\\{\}]+	t64
S	simple-backtick
I	string-intp-escaped
R		[^\#\\\`]+	t53
R		[\#\\]	t53
R		`	t53	o1
S	string-intp
R		#\{	t61	p(in-intp)
S	interpolated-regex
I	string-intp
R		[\#\\]	t64
R		[^\#\\]+	t64
S	cb-string
R		\\[\\\{\}]	t63
R		\{	t63	p()
R		\}	t63	o1
R		[\#\\\{\}]	t63
R		[^\#\\\{\}]+	t63
S	in-macro-control
R		\{%	t61	p()
R		%\}	t61	o1
R		for(?![])|in(?![])	t15
I	root
S	interpolated-string
I	string-intp
R		[\#\\]	t63
R		[^\#\\]+	t63
S	in-macro-expr
R		\{\{	t61	p()
R		\}\}	t61	o1
I	root
S	simple-string
I	string-intp-escaped
R		[^"-\#\\]+	t58
R		[\#\\]	t58
R		"	t58	o1
S	cb-intp-string
R		\\[\{]	t63
R		\{	t63	p()
R		\}	t63	o1
I	string-intp-escaped
R		[\#\\\{\}]	t63
R		[^\#\\\{\}]+	t63
S	string-intp-escaped
I	string-intp
I	string-escaped
S	sb-regex
R		\\[\[-\]]	t64
R		\[	t64	p()
R		\][imsx]*	t64	o1
I	string-intp
R		[\#\[-\]]	t64
R		[^\#\[-\]]+	t64
S	classname
R		[A-Z_][]*	t24
R		(\()([]*)([A-Z_][]*)([]*)(\))	g(t78,t98,t24,t98,t78)			5
R				o1
S	string-escaped
R		\\(["-\#'\\be-fns-tv]|x[0-9A-Fa-f]{1,2}|[0-7]{1,3})	t59			1
S	sb-intp-string
R		\\[\[]	t63
R		\[	t63	p()
R		\]	t63	o1
I	string-intp-escaped
R		[\#\[-\]]	t63
R		[^\#\[-\]]+	t63
S	pa-regex
R		\\[\(-\)\\]	t64
R		\(	t64	p()
R		\)[imsx]*	t64	o1
I	string-intp
R		[\#\(-\)\\]	t64
R		[^\#\(-\)\\]+	t64
S	in-attr
R		\[	t75	p()
R		\]	t75	o1
I	root
S	ab-intp-string
R		\\[\<]	t63
R		<	t63	p()
R		>	t63	o1
I	string-intp-escaped
R		[\#\<\>\\]	t63
R		[^\#\<\>\\]+	t63
S	in-intp
R		\{	t61	p()
R		\}	t61	o1
I	root
S	end-part
R		[\u0000-\u{10FFFF}]+	t84	o1
S	root
R		#[\u0000-\u{10FFFF}]*?(?![^\n])	t82
R		(instance_sizeof|pointerof|protected|abstract|require|private|include|unless|typeof|sizeof|return|extend|ensure|rescue|ifdef|super|break|begin|until|while|elsif|yield|next|when|else|then|case|with|end|asm|if|do|as|of)(?![])	t15			1
R		(false|true|nil)(?![])	t16			1
R		(module|lib)([]+)([A-Z_a-z][]*(?:::[A-Z_a-z][]*)*)	g(t15,t98,t31)			3
R		(def|fun|macro)([]+)((?:[A-Z_a-z][]*::)*)	g(t15,t98,t31)	p(funcname)		3
R		def(?=[\%-\&\*-\/\<-\>\[\^\`\~])	t15	p(funcname)
R		(class|struct|union|type|alias|enum)([]+)((?:[A-Z_a-z][]*::)*)	g(t15,t98,t31)	p(classname)		3
R		(self|out|uninitialized)(?![])|(is_a|responds_to)\?	t19			2
R		(def_equals_and_hash|assert_responds_to|forward_missing_to|def_equals|property|def_hash|parallel|delegate|debugger|getter|record|setter|spawn|pp)(?![])	t38			1
R		getter[\!\?]|property[\!\?]|__(DIR|FILE|LINE)__(?![])	t38			1
R		(?<!\.)(get_stack_top|StaticArray|Concurrent|with_color|Reference|Scheduler|read_line|Exception|at_exit|Pointer|Channel|Float64|sprintf|Float32|Process|Object|Struct|caller|UInt16|UInt32|UInt64|system|future|Number|printf|String|Symbol|Int32|Range|Slice|Regex|Mutex|sleep|Array|Class|raise|Tuple|Deque|delay|Float|Int16|print|abort|Value|UInt8|Int64|puts|Proc|File|Void|exit|fork|Bool|Char|gets|lazy|loop|main|rand|Enum|Int8|Time|Hash|Set|Box|Nil|Dir|Int|p)(?![])	t37			1
R		(?<![])(<<-?)(["'\`]?)([A-Z_a-z][]*)((?:\2))([\u0000-\u{10FFFF}]*?\n)	t60			5
R		(<<-?)("|')()((?:\2))([\u0000-\u{10FFFF}]*?\n)	t60			5
R		__END__	t84	p(end-part)
R		(?:(?<![^\n])|(?<=[\!\:\<-\>\~])|(?<=(?:[]|;)when[])|(?<=(?:[]|;)or[])|(?<=(?:[]|;)and[])|(?<=\.index[])|(?<=\.scan[])|(?<=\.sub[])|(?<=\.sub![])|(?<=\.gsub[])|(?<=\.gsub![])|(?<=\.match[])|(?<=(?:[]|;)if[])|(?<=(?:[]|;)elsif[])|(?<=(?<![^\n])when[])|(?<=(?<![^\n])index[])|(?<=(?<![^\n])scan[])|(?<=(?<![^\n])sub[])|(?<=(?<![^\n])gsub[])|(?<=(?<![^\n])sub![])|(?<=(?<![^\n])gsub![])|(?<=(?<![^\n])match[])|(?<=(?<![^\n])if[])|(?<=(?<![^\n])elsif[]))([]*)(\/)	g(t98,t64)	p(multiline-regex)		2
R		(?<=\(|,|\[)\/	t64	p(multiline-regex)
R		([]+)(\/)(?![\=])	g(t98,t64)	p(multiline-regex)		2
R		(0o[0-7]+(?:_[0-7]+)*(?:_?[iu][0-9]+)?)(?:(?<=[])(?![])|(?<![])(?=[]))([]*)([\/\?])?	g(t73,t98,t75)			3
R		(0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*(?:_?[iu][0-9]+)?)(?:(?<=[])(?![])|(?<![])(?=[]))([]*)([\/\?])?	g(t70,t98,t75)			3
R		(0b[0-1]+(?:_[0-1]+)*(?:_?[iu][0-9]+)?)(?:(?<=[])(?![])|(?<![])(?=[]))([]*)([\/\?])?	g(t68,t98,t75)			3
R		((?:0(?![0-9])|[1-9][_\p{Nd}]*)(?:\.[\p{Nd}][_\p{Nd}]*)(?:e[\+\-]?[0-9]+)?(?:_?f[0-9]+)?)([]*)([\/\?])?	g(t69,t98,t75)			3
R		((?:0(?![0-9])|[1-9][_\p{Nd}]*)(?:\.[\p{Nd}][_\p{Nd}]*)?(?:e[\+\-]?[0-9]+)(?:_?f[0-9]+)?)([]*)([\/\?])?	g(t69,t98,t75)			3
R		((?:0(?![0-9])|[1-9][_\p{Nd}]*)(?:\.[\p{Nd}][_\p{Nd}]*)?(?:e[\+\-]?[0-9]+)?(?:_?f[0-9]+))([]*)([\/\?])?	g(t69,t98,t75)			3
R		(0(?![])|[1-9][\p{Nd}]*(?:_[\p{Nd}]+)*(?:_?[iu][0-9]+)?)(?:(?<=[])(?![])|(?<![])(?=[]))([]*)([\/\?])?	g(t71,t98,t75)			3
R		@@[A-Z_a-z][]*	t41
R		@[A-Z_a-z][]*	t43
R		\$[]+	t42
R		\$[\!-"\$\&-'\*-\/\:-\@\\\^-\`\~]	t42
R		\$-[0FIadilpv-w]	t42
R		::	t75
I	strings
R		\?(\\[CM]-)*(\\(["-\#'\\be-fnrtv]|x[0-9A-Fa-f]{1,2}|[0-7]{1,3})|[[^]])(?![])	t55			3
R		[A-Z][A-Z_]+(?![])	t25
R		\{%	t61	p(in-macro-control)
R		\{\{	t61	p(in-macro-expr)
R		(@\[)([]*)([A-Z][]*)	g(t75,t98,t26)	p(in-attr)		3
R		(\.|::)(\[\]\?|<=>|===|\[\]=|>>|&&|\*\*|\[\]|\|\||>=|=~|!~|<<|<=|!=|==|<|\/|=|-|\+|>|\*|&|%|\^|!|\||~)	g(t75,t32)			2
R		(\.|::)([A-Z_a-z][]*[\!\?]?|[\%-\&\*-\+\-\/\<-\>\[\^\`\~])	g(t75,t22)			2
R		[A-Z_a-z][]*(?:[\!\?](?!=))?	t22
R		(\[|\]\??|\*\*|<=>?|>=|<<?|>>?|=~|===|!~|&&?|\|\||\.{1,3})	t75			1
R		[\!\%-\&\*-\+\-\/\<-\>\^\|\~]=?	t75
R		[\(-\)\,\/\:-\;\?\\\{\}]	t78
R		[]+	t98
S	multiline-regex
I	string-intp
R		\\\\	t64
R		\\\/	t64
R		[\#\\]	t64
R		[^\#\/\\]+	t64
R		\/[imsx]*	t64	o1
S	ab-string
R		\\[\<\>\\]	t63
R		<	t63	p()
R		>	t63	o1
R		[\#\<\>\\]	t63
R		[^\#\<\>\\]+	t63
S	pa-string
R		\\[\(-\)\\]	t63
R		\(	t63	p()
R		\)	t63	o1
R		[\#\(-\)\\]	t63
R		[^\#\(-\)\\]+	t63
S	strings
R		:@{0,2}[A-Z_a-z][]*[\!\?]?	t66
R		:@{0,2}(\[\]\?|<=>|===|\[\]=|>>|&&|\*\*|\[\]|\|\||>=|=~|!~|<<|<=|!=|==|<|\/|=|-|\+|>|\*|&|%|\^|!|\||~)	t66			1
R		:'(\\\\|\\'|[^'])*'	t66			1
R		'(\\\\|\\'|[^']|\\[^'\\]+)'	t55			1
R		:"	t66	p(simple-sym)
R		([A-Z_a-z][]*)(:)(?!:)	g(t66,t78)			2
R		"	t58	p(simple-string)
R		(?<!\.)`	t53	p(simple-backtick)
R		%\{	t63	p(cb-intp-string)
R		%[iw]\{	t63	p(cb-string)
R		%r\{	t64	p(cb-regex)
R		%\[	t63	p(sb-intp-string)
R		%[iw]\[	t63	p(sb-string)
R		%r\[	t64	p(sb-regex)
R		%\(	t63	p(pa-intp-string)
R		%[iw]\(	t63	p(pa-string)
R		%r\(	t64	p(pa-regex)
R		%<	t63	p(ab-intp-string)
R		%[iw]<	t63	p(ab-string)
R		%r<	t64	p(ab-regex)
R		(%r([_[^]]))((?:\\(?:\2)|(?!(?:\2))[\u0000-\u{10FFFF}])*)((?:\2)[imsx]*)	t50			4
R		(%[iw]([_[^]]))((?:\\(?:\2)|(?!(?:\2))[\u0000-\u{10FFFF}])*)((?:\2))	t50			4
R		(?<=[\!\%-\&\(\*-\-\/\<-\>\^\|\~])([]*)(%([\t ])(?:(?:\\(?:\3)|(?!(?:\3))[\u0000-\u{10FFFF}])*)(?:\3))	g(t98,t63,t12)			3
R		(?<![^\n])([]*)(%([\t ])(?:(?:\\(?:\3)|(?!(?:\3))[\u0000-\u{10FFFF}])*)(?:\3))	g(t98,t63,t12)			3
R		(%([\(\<\[\{]))((?:\\(?:\2)|(?!(?:\2))[\u0000-\u{10FFFF}])*)((?:\2))	t50			4
S	sb-string
R		\\[\[-\]]	t63
R		\[	t63	p()
R		\]	t63	o1
R		[\#\[-\]]	t63
R		[^\#\[-\]]+	t63
S	funcname
R		(?:([A-Z_a-z][]*)(\.))?([A-Z_a-z][]*[\!\?]?|\*\*?|[\+\-]@?|[\%-\&\/\^\`\|\~]|\[\]=?|<<|>>|<=?>|>=?|===?)	g(t24,t75,t45)	o1		3
R				o1
S	simple-sym
I	string-escaped
R		[^"-\#\\]+	t66
R		[\#\\]	t66
R		"	t66	o1
