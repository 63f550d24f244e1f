S	simple-sym
I	string-intp-escaped
R		[^"-\#\\]+	t66
R		[\#\\]	t66
R		"	t66	o1
S	interpolated-regex
I	string-intp
R		[\#\\]	t64
R		[^\#\\]+	t64
S	strings
R		:@{0,2}[A-Z_a-z][]*[\!\?]?	t66
R		:@{0,2}(===|\[\]=|<=>|\*\*|==|>=|\+@|<>|>>|<<|-@|\[\]|~|`|\^|\||&|<|%|\/|>|\+|-|\*)	t66			1
R		:'(\\\\|\\'|[^'])*'	t66			1
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t65
R		:"	t66	p(simple-sym)
R		([A-Z_a-z][]*)(:)(?!:)	g(t66,t78)			2
R		"	t58	p(simple-string)
R		(?<!\.)`	t53	p(simple-backtick)
R		%[QWx]?\{	t63	p(cb-intp-string)
R		%[qsw]\{	t63	p(cb-string)
R		%r\{	t64	p(cb-regex)
R		%[QWx]?\[	t63	p(sb-intp-string)
R		%[qsw]\[	t63	p(sb-string)
R		%r\[	t64	p(sb-regex)
R		%[QWx]?\(	t63	p(pa-intp-string)
R		%[qsw]\(	t63	p(pa-string)
R		%r\(	t64	p(pa-regex)
R		%[QWx]?<	t63	p(ab-intp-string)
R		%[qsw]<	t63	p(ab-string)
R		%r<	t64	p(ab-regex)
R		(%r([_[^]]))((?:\\(?:\2)|(?!(?:\2))[\u0000-\u{10FFFF}])*)((?:\2)[eim-osux]*)	t50			4
R		%[qsw]([_[^]])((?:\\(?:\1)|(?!(?:\1))[\u0000-\u{10FFFF}])*)(?:\1)	t63			2
R		(%[QWx]([_[^]]))((?:\\(?:\2)|(?!(?:\2))[\u0000-\u{10FFFF}])*)((?:\2))	t50			4
R		(?<=[\!\%-\&\(\*-\-\/\<-\>\^\|\~])([]*)(%([\t ])(?:(?:\\(?:\3)|(?!(?:\3))[\u0000-\u{10FFFF}])*)(?:\3))	g(t98,t63,t12)			3
R		(?<![^\n])([]*)(%([\t ])(?:(?:\\(?:\3)|(?!(?:\3))[\u0000-\u{10FFFF}])*)(?:\3))	g(t98,t63,t12)			3
R		(%([^0-9A-Za-z]))((?:\\(?:\2)|(?!(?:\2))[\u0000-\u{10FFFF}])*)((?:\2))	t50			4
S	simple-backtick
I	string-intp-escaped
R		[^\#\\\`]+	t53
R		[\#\\]	t53
R		`	t53	o1
S	ab-regex
R		\\[\<\>\\]	t64
R		<	t64	p()
R		>[eim-osux]*	t64	o1
I	string-intp
R		[\#\<\>\\]	t64
R		[^\#\<\>\\]+	t64
S	cb-regex
R		\\[\\\{\}]	t64
R		\{	t64	p()
R		\}[eim-osux]*	t64	o1
I	string-intp
R		[\#\\\{\}]	t64
R		[^\#\\\{\}]+	t64
S	end-part
R		[\u0000-\u{10FFFF}]+	t84	o1
S	string-intp
R		#\{	t61	p(in-intp)
R		#@@?[A-Z_a-z][]*	t61
R		#\$[A-Z_a-z][]*	t61
S	interpolated-string
I	string-intp
R		[\#\\]	t63
R		[^\#\\]+	t63
S	classname
R		\(	t78	p(defexpr)
R		<<	t75	o1
R		[A-Z_][]*	t24	o1
R				o1
S	cb-intp-string
R		\\[\\\{\}]	t63
R		\{	t63	p()
R		\}	t63	o1
I	string-intp-escaped
R		[\#\\\{\}]	t63
R		[^\#\\\{\}]+	t63
S	root
R		(?<![\s\S])#![\u0000-\u{10FFFF}]+?(?![^\n])	t80
R		#[\u0000-\u{10FFFF}]*?(?![^\n])	t82
R		=begin[][\u0000-\u{10FFFF}]*?\n=end[\u0000-\u{10FFFF}]*?(?![^\n])	t81
R		(defined\?|return|ensure|rescue|unless|undef|until|break|begin|elsif|super|alias|while|retry|BEGIN|raise|yield|redo|next|case|when|then|else|end|for|END|do|if|in)(?:(?<=[])(?![])|(?<![])(?=[]))	t15			1
R		(module)([]+)([A-Z_a-z][]*(?:::[A-Z_a-z][]*)*)	g(t15,t98,t31)			3
R		(def)([]+)	g(t15,t98)	p(funcname)		2
R		def(?=[\%-\&\*-\/\<-\>\[\^\`\~])	t15	p(funcname)
R		(class)([]+)	g(t15,t98)	p(classname)		2
R		(module_function|attr_accessor|attr_reader|attr_writer|initialize|protected|include|private|extend|public|raise|false|catch|throw|attr|loop|true|new|nil)(?![])	t19			1
R		(not|and|or)(?![])	t76			1
R		(protected_method_defined|private_method_defined|public_method_defined|method_defined|const_defined|block_given|instance_of|respond_to|iterator|autoload|kind_of|tainted|include|frozen|equal|is_a|nil|eql)\?	t37			1
R		(chomp|chop|exit|gsub|sub)!	t37			1
R		(?<!\.)(protected_instance_methods|private_instance_methods|public_instance_methods|instance_variable_set|instance_variable_get|private_class_method|public_class_method|instance_variables|protected_methods|singleton_methods|included_modules|instance_methods|global_variables|private_methods|local_variables|instance_method|class_variables|public_methods|const_defined\?|set_trace_func|method_missing|const_missing|instance_eval|module_eval|untrace_var|class_eval|trace_var|const_get|readlines|ancestors|constants|const_set|object_id|readline|autoload|__send__|untaint|methods|display|Integer|sprintf|inspect|require|syscall|at_exit|binding|extend|printf|lambda|__id__|String|callcc|method|select|format|system|freeze|caller|raise|Float|print|throw|taint|clone|srand|Array|abort|split|catch|chomp|sleep|open|puts|putc|fork|fail|trap|exit|scan|getc|self|send|eval|gets|exec|gsub|proc|load|loop|chop|warn|hash|test|name|to_a|rand|to_s|sub|dup|id|p)(?:(?<=[])(?![])|(?<![])(?=[]))	t37			1
R		__(FILE|LINE)__(?![])	t38			1
R		(?<![])(<<-?)(["'\`]?)([A-Z_a-z][]*)((?:\2))([\u0000-\u{10FFFF}]*?\n)	t50			5
R		(<<-?)("|')()((?:\2))([\u0000-\u{10FFFF}]*?\n)	t50			5
R		__END__	t84	p(end-part)
R		(?:(?<![^\n])|(?<=[\!\:\<-\>\~])|(?<=(?:[]|;)when[])|(?<=(?:[]|;)or[])|(?<=(?:[]|;)and[])|(?<=\.index[])|(?<=\.scan[])|(?<=\.sub[])|(?<=\.sub![])|(?<=\.gsub[])|(?<=\.gsub![])|(?<=\.match[])|(?<=(?:[]|;)if[])|(?<=(?:[]|;)elsif[])|(?<=(?<![^\n])when[])|(?<=(?<![^\n])index[])|(?<=(?<![^\n])scan[])|(?<=(?<![^\n])sub[])|(?<=(?<![^\n])gsub[])|(?<=(?<![^\n])sub![])|(?<=(?<![^\n])gsub![])|(?<=(?<![^\n])match[])|(?<=(?<![^\n])if[])|(?<=(?<![^\n])elsif[]))([]*)(\/)	g(t98,t64)	p(multiline-regex)		2
R		(?<=\(|,|\[)\/	t64	p(multiline-regex)
R		([]+)(\/)(?![\=])	g(t98,t64)	p(multiline-regex)		2
R		(0_?[0-7]+(?:_[0-7]+)*)([]*)([\/\?])?	g(t73,t98,t75)			3
R		(0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*)([]*)([\/\?])?	g(t70,t98,t75)			3
R		(0b[0-1]+(?:_[0-1]+)*)([]*)([\/\?])?	g(t68,t98,t75)			3
R		([\p{Nd}]+(?:[_e][\p{Nd}]+)*)([]*)([\/\?])?	g(t71,t98,t75)			3
R		@@[A-Z_a-z][]*	t41
R		@[A-Z_a-z][]*	t43
R		\$[]+	t42
R		\$[\!-"\$\&-'\*-\/\:-\@\\\^-\`\~]	t42
R		\$-[0FIadilpv-w]	t42
R		::	t75
I	strings
R		\?(\\[CM]-)*(\\(["-\#'\\a-be-fnr-tv]|x[0-9A-Fa-f]{1,2}|[0-7]{1,3})|[[^]])(?![])	t55			3
R		[A-Z][]+	t25
R		(\.|::)(===|\[\]=|<=>|\*\*|==|>=|\+@|<>|>>|<<|-@|\[\]|~|`|\^|\||&|<|%|\/|>|\+|-|\*)	g(t75,t32)			2
R		(\.|::)([A-Z_a-z][]*[\!\?]?|[\%-\&\*-\+\-\/\<-\>\[\^\`\~])	g(t75,t22)			2
R		[A-Z_a-z][]*[\!\?]?	t22
R		(\[|\]|\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\.{1,3})	t75			1
R		[\!\%-\&\*-\+\-\/\<-\>\^\|\~]=?	t75
R		[\(-\)\,\/\:-\;\?\\\{\}]	t78
R		[]+	t98
S	defexpr
R		(\))(\.|::)?	g(t78,t75)	o1		2
R		\(	t75	p()
I	root
S	in-intp
R		\{	t61	p()
R		\}	t61	o1
I	root
S	multiline-regex
I	string-intp
R		\\\\	t64
R		\\\/	t64
R		[\#\\]	t64
R		[^\#\/\\]+	t64
R		\/[eim-osux]*	t64	o1
S	cb-string
R		\\[\\\{\}]	t63
R		\{	t63	p()
R		\}	t63	o1
R		[\#\\\{\}]	t63
R		[^\#\\\{\}]+	t63
S	funcname
R		\(	t78	p(defexpr)
R		(?:([A-Z_a-z][]*)(\.))?([A-Z_a-z][]*[\!\?]?|\*\*?|[\+\-]@?|[\%-\&\/\^\`\|\~]|\[\]=?|<<|>>|<=?>|>=?|===?)	g(t24,t75,t45)	o1		3
R				o1
S	sb-intp-string
R		\\[\[-\]]	t63
R		\[	t63	p()
R		\]	t63	o1
I	string-intp-escaped
R		[\#\[-\]]	t63
R		[^\#\[-\]]+	t63
S	pa-string
R		\\[\(-\)\\]	t63
R		\(	t63	p()
R		\)	t63	o1
R		[\#\(-\)\\]	t63
R		[^\#\(-\)\\]+	t63
S	string-intp-escaped
I	string-intp
R		\\(["-\#'\\a-be-fnr-tv]|x[0-9A-Fa-f]{1,2}|[0-7]{1,3})	t59			1
S	simple-string
I	string-intp-escaped
R		[^"-\#\\]+	t58
R		[\#\\]	t58
R		"	t58	o1
S	pa-intp-string
R		\\[\(-\)\\]	t63
R		\(	t63	p()
R		\)	t63	o1
I	string-intp-escaped
R		[\#\(-\)\\]	t63
R		[^\#\(-\)\\]+	t63
S	ab-string
R		\\[\<\>\\]	t63
R		<	t63	p()
R		>	t63	o1
R		[\#\<\>\\]	t63
R		[^\#\<\>\\]+	t63
S	sb-regex
R		\\[\[-\]]	t64
R		\[	t64	p()
R		\][eim-osux]*	t64	o1
I	string-intp
R		[\#\[-\]]	t64
R		[^\#\[-\]]+	t64
S	pa-regex
R		\\[\(-\)\\]	t64
R		\(	t64	p()
R		\)[eim-osux]*	t64	o1
I	string-intp
R		[\#\(-\)\\]	t64
R		[^\#\(-\)\\]+	t64
S	sb-string
R		\\[\[-\]]	t63
R		\[	t63	p()
R		\]	t63	o1
R		[\#\[-\]]	t63
R		[^\#\[-\]]+	t63
S	ab-intp-string
R		\\[\<\>\\]	t63
R		<	t63	p()
R		>	t63	o1
I	string-intp-escaped
R		[\#\<\>\\]	t63
R		[^\#\<\>\\]+	t63
