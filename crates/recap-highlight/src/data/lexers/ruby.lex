S	simple-sym
I	string-intp-escaped
R		[^"-\#\\]+	t3116			0
R		[\#\\]	t3116			0
R		"	t3116	o1		0
S	interpolated-regex
I	string-intp
R		[\#\\]	t3114			0
R		[^\#\\]+	t3114			0
S	strings
R		:@{0,2}[A-Z_a-z][]*[\!\?]?	t3116			0
R		:@{0,2}(===|\[\]=|<=>|\*\*|==|>=|\+@|<>|>>|<<|-@|\[\]|~|`|\^|\||&|<|%|\/|>|\+|-|\*)	t3116			1
R		:'(\\\\|\\'|[^'])*'	t3116			1
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3115			0
R		:"	t3116	p(simple-sym)		0
R		([A-Z_a-z][]*)(:)(?!:)	g(t3116,t5000)			2
R		"	t3108	p(simple-string)		0
R		(?<!\.)`	t3103	p(simple-backtick)		0
R		%[QWx]?\{	t3113	p(cb-intp-string)		0
R		%[qsw]\{	t3113	p(cb-string)		0
R		%r\{	t3114	p(cb-regex)		0
R		%[QWx]?\[	t3113	p(sb-intp-string)		0
R		%[qsw]\[	t3113	p(sb-string)		0
R		%r\[	t3114	p(sb-regex)		0
R		%[QWx]?\(	t3113	p(pa-intp-string)		0
R		%[qsw]\(	t3113	p(pa-string)		0
R		%r\(	t3114	p(pa-regex)		0
R		%[QWx]?<	t3113	p(ab-intp-string)		0
R		%[qsw]<	t3113	p(ab-string)		0
R		%r<	t3114	p(ab-regex)		0
R		(%r([_[^]]))((?:\\(?:\2)|(?!(?:\2))[\u0000-\u{10FFFF}])*)((?:\2)[eim-osux]*)	t3100			4
R		%[qsw]([_[^]])((?:\\(?:\1)|(?!(?:\1))[\u0000-\u{10FFFF}])*)(?:\1)	t3113			2
R		(%[QWx]([_[^]]))((?:\\(?:\2)|(?!(?:\2))[\u0000-\u{10FFFF}])*)((?:\2))	t3100			4
R		(?<=[\!\%-\&\(\*-\-\/\<-\>\^\|\~])([]*)(%([\t ])(?:(?:\\(?:\3)|(?!(?:\3))[\u0000-\u{10FFFF}])*)(?:\3))	g(t8000,t3113,t-13)			3
R		(?<![^\n])([]*)(%([\t ])(?:(?:\\(?:\3)|(?!(?:\3))[\u0000-\u{10FFFF}])*)(?:\3))	g(t8000,t3113,t-13)			3
R		(%([^0-9A-Za-z]))((?:\\(?:\2)|(?!(?:\2))[\u0000-\u{10FFFF}])*)((?:\2))	t3100			4
S	simple-backtick
I	string-intp-escaped
R		[^\#\\\`]+	t3103			0
R		[\#\\]	t3103			0
R		`	t3103	o1		0
S	ab-regex
R		\\[\<\>\\]	t3114			0
R		<	t3114	p()		0
R		>[eim-osux]*	t3114	o1		0
I	string-intp
R		[\#\<\>\\]	t3114			0
R		[^\#\<\>\\]+	t3114			0
S	cb-regex
R		\\[\\\{\}]	t3114			0
R		\{	t3114	p()		0
R		\}[eim-osux]*	t3114	o1		0
I	string-intp
R		[\#\\\{\}]	t3114			0
R		[^\#\\\{\}]+	t3114			0
S	end-part
R		[\u0000-\u{10FFFF}]+	t6100	o1		0
S	string-intp
R		#\{	t3111	p(in-intp)		0
R		#@@?[A-Z_a-z][]*	t3111			0
R		#\$[A-Z_a-z][]*	t3111			0
S	interpolated-string
I	string-intp
R		[\#\\]	t3113			0
R		[^\#\\]+	t3113			0
S	classname
R		\(	t5000	p(defexpr)		0
R		<<	t4000	o1		0
R		[A-Z_][]*	t2002	o1		0
R				o1		0
S	cb-intp-string
R		\\[\\\{\}]	t3113			0
R		\{	t3113	p()		0
R		\}	t3113	o1		0
I	string-intp-escaped
R		[\#\\\{\}]	t3113			0
R		[^\#\\\{\}]+	t3113			0
S	root
R		(?<![\s\S])#![\u0000-\u{10FFFF}]+?(?![^\n])	t6001			0
R		#[\u0000-\u{10FFFF}]*?(?![^\n])	t6003			0
R		=begin[][\u0000-\u{10FFFF}]*?\n=end[\u0000-\u{10FFFF}]*?(?![^\n])	t6002			0
R		(defined\?|return|ensure|rescue|unless|undef|until|break|begin|elsif|super|alias|while|retry|BEGIN|raise|yield|redo|next|case|when|then|else|end|for|END|do|if|in)(?:(?<=[])(?![])|(?<![])(?=[]))	t1000			1
R		(module)([]+)([A-Z_a-z][]*(?:::[A-Z_a-z][]*)*)	g(t1000,t8000,t2009)			3
R		(def)([]+)	g(t1000,t8000)	p(funcname)		2
R		def(?=[\%-\&\*-\/\<-\>\[\^\`\~])	t1000	p(funcname)		0
R		(class)([]+)	g(t1000,t8000)	p(classname)		2
R		(module_function|attr_accessor|attr_reader|attr_writer|initialize|protected|include|private|extend|public|raise|false|catch|throw|attr|loop|true|new|nil)(?![])	t1004			1
R		(not|and|or)(?![])	t4001			1
R		(protected_method_defined|private_method_defined|public_method_defined|method_defined|const_defined|block_given|instance_of|respond_to|iterator|autoload|kind_of|tainted|include|frozen|equal|is_a|nil|eql)\?	t2100			1
R		(chomp|chop|exit|gsub|sub)!	t2100			1
R		(?<!\.)(protected_instance_methods|private_instance_methods|public_instance_methods|instance_variable_set|instance_variable_get|private_class_method|public_class_method|instance_variables|protected_methods|singleton_methods|included_modules|instance_methods|global_variables|private_methods|local_variables|instance_method|class_variables|public_methods|const_defined\?|set_trace_func|method_missing|const_missing|instance_eval|module_eval|untrace_var|class_eval|trace_var|const_get|readlines|ancestors|constants|const_set|object_id|readline|autoload|__send__|untaint|methods|display|Integer|sprintf|inspect|require|syscall|at_exit|binding|extend|printf|lambda|__id__|String|callcc|method|select|format|system|freeze|caller|raise|Float|print|throw|taint|clone|srand|Array|abort|split|catch|chomp|sleep|open|puts|putc|fork|fail|trap|exit|scan|getc|self|send|eval|gets|exec|gsub|proc|load|loop|chop|warn|hash|test|name|to_a|rand|to_s|sub|dup|id|p)(?:(?<=[])(?![])|(?<![])(?=[]))	t2100			1
R		__(FILE|LINE)__(?![])	t2101			1
R		(?<![])(<<-?)(["'\`]?)([A-Z_a-z][]*)((?:\2))([\u0000-\u{10FFFF}]*?\n)	t3100			5
R		(<<-?)("|')()((?:\2))([\u0000-\u{10FFFF}]*?\n)	t3100			5
R		__END__	t6100	p(end-part)		0
R		(?:(?<![^\n])|(?<=[\!\:\<-\>\~])|(?<=(?:[]|;)when[])|(?<=(?:[]|;)or[])|(?<=(?:[]|;)and[])|(?<=\.index[])|(?<=\.scan[])|(?<=\.sub[])|(?<=\.sub![])|(?<=\.gsub[])|(?<=\.gsub![])|(?<=\.match[])|(?<=(?:[]|;)if[])|(?<=(?:[]|;)elsif[])|(?<=(?<![^\n])when[])|(?<=(?<![^\n])index[])|(?<=(?<![^\n])scan[])|(?<=(?<![^\n])sub[])|(?<=(?<![^\n])gsub[])|(?<=(?<![^\n])sub![])|(?<=(?<![^\n])gsub![])|(?<=(?<![^\n])match[])|(?<=(?<![^\n])if[])|(?<=(?<![^\n])elsif[]))([]*)(\/)	g(t8000,t3114)	p(multiline-regex)		2
R		(?<=\(|,|\[)\/	t3114	p(multiline-regex)		0
R		([]+)(\/)(?![\=])	g(t8000,t3114)	p(multiline-regex)		2
R		(0_?[0-7]+(?:_[0-7]+)*)([]*)([\/\?])?	g(t3206,t8000,t4000)			3
R		(0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*)([]*)([\/\?])?	g(t3203,t8000,t4000)			3
R		(0b[0-1]+(?:_[0-1]+)*)([]*)([\/\?])?	g(t3201,t8000,t4000)			3
R		([\p{Nd}]+(?:[_e][\p{Nd}]+)*)([]*)([\/\?])?	g(t3204,t8000,t4000)			3
R		@@[A-Z_a-z][]*	t2202			0
R		@[A-Z_a-z][]*	t2204			0
R		\$[]+	t2203			0
R		\$[\!-"\$\&-'\*-\/\:-\@\\\^-\`\~]	t2203			0
R		\$-[0FIadilpv-w]	t2203			0
R		::	t4000			0
I	strings
R		\?(\\[CM]-)*(\\(["-\#'\\a-be-fnr-tv]|x[0-9A-Fa-f]{1,2}|[0-7]{1,3})|[[^]])(?![])	t3105			3
R		[A-Z][]+	t2003			0
R		(\.|::)(===|\[\]=|<=>|\*\*|==|>=|\+@|<>|>>|<<|-@|\[\]|~|`|\^|\||&|<|%|\/|>|\+|-|\*)	g(t4000,t2010)			2
R		(\.|::)([A-Z_a-z][]*[\!\?]?|[\%-\&\*-\+\-\/\<-\>\[\^\`\~])	g(t4000,t2000)			2
R		[A-Z_a-z][]*[\!\?]?	t2000			0
R		(\[|\]|\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.{1,3})	t4000			1
R		[\!\%-\&\*-\+\-\/\<-\>\^\|\~]=?	t4000			0
R		[\(-\)\,\/\:-\;\?\\\{\}]	t5000			0
R		[]+	t8000			0
S	defexpr
R		(\))(\.|::)?	g(t5000,t4000)	o1		2
R		\(	t4000	p()		0
I	root
S	in-intp
R		\{	t3111	p()		0
R		\}	t3111	o1		0
I	root
S	multiline-regex
I	string-intp
R		\\\\	t3114			0
R		\\\/	t3114			0
R		[\#\\]	t3114			0
R		[^\#\/\\]+	t3114			0
R		\/[eim-osux]*	t3114	o1		0
S	cb-string
R		\\[\\\{\}]	t3113			0
R		\{	t3113	p()		0
R		\}	t3113	o1		0
R		[\#\\\{\}]	t3113			0
R		[^\#\\\{\}]+	t3113			0
S	funcname
R		\(	t5000	p(defexpr)		0
R		(?:([A-Z_a-z][]*)(\.))?([A-Z_a-z][]*[\!\?]?|\*\*?|[\+\-]@?|[\%-\&\/\^\`\|\~]|\[\]=?|<<|>>|<=?>|>=?|===?)	g(t2002,t4000,t2300)	o1		3
R				o1		0
S	sb-intp-string
R		\\[\[-\]]	t3113			0
R		\[	t3113	p()		0
R		\]	t3113	o1		0
I	string-intp-escaped
R		[\#\[-\]]	t3113			0
R		[^\#\[-\]]+	t3113			0
S	pa-string
R		\\[\(-\)\\]	t3113			0
R		\(	t3113	p()		0
R		\)	t3113	o1		0
R		[\#\(-\)\\]	t3113			0
R		[^\#\(-\)\\]+	t3113			0
S	string-intp-escaped
I	string-intp
R		\\(["-\#'\\a-be-fnr-tv]|x[0-9A-Fa-f]{1,2}|[0-7]{1,3})	t3109			1
S	simple-string
I	string-intp-escaped
R		[^"-\#\\]+	t3108			0
R		[\#\\]	t3108			0
R		"	t3108	o1		0
S	pa-intp-string
R		\\[\(-\)\\]	t3113			0
R		\(	t3113	p()		0
R		\)	t3113	o1		0
I	string-intp-escaped
R		[\#\(-\)\\]	t3113			0
R		[^\#\(-\)\\]+	t3113			0
S	ab-string
R		\\[\<\>\\]	t3113			0
R		<	t3113	p()		0
R		>	t3113	o1		0
R		[\#\<\>\\]	t3113			0
R		[^\#\<\>\\]+	t3113			0
S	sb-regex
R		\\[\[-\]]	t3114			0
R		\[	t3114	p()		0
R		\][eim-osux]*	t3114	o1		0
I	string-intp
R		[\#\[-\]]	t3114			0
R		[^\#\[-\]]+	t3114			0
S	pa-regex
R		\\[\(-\)\\]	t3114			0
R		\(	t3114	p()		0
R		\)[eim-osux]*	t3114	o1		0
I	string-intp
R		[\#\(-\)\\]	t3114			0
R		[^\#\(-\)\\]+	t3114			0
S	sb-string
R		\\[\[-\]]	t3113			0
R		\[	t3113	p()		0
R		\]	t3113	o1		0
R		[\#\[-\]]	t3113			0
R		[^\#\[-\]]+	t3113			0
S	ab-intp-string
R		\\[\<\>\\]	t3113			0
R		<	t3113	p()		0
R		>	t3113	o1		0
I	string-intp-escaped
R		[\#\<\>\\]	t3113			0
R		[^\#\<\>\\]+	t3113			0
