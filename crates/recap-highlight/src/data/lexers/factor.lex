S	base
R		[]+	t98
R		((?:MACRO|MEMO|TYPED)?:[\:]?)([]+)([[^]]+)	g(t15,t98,t45)			3
R		(M:[\:]?)([]+)([[^]]+)([]+)([[^]]+)	g(t15,t98,t24,t98,t45)			5
R		(C:)([]+)([[^]]+)([]+)([[^]]+)	g(t15,t98,t45,t98,t24)			5
R		(GENERIC:)([]+)([[^]]+)	g(t15,t98,t45)			3
R		(HOOK:|GENERIC#)([]+)([[^]]+)([]+)([[^]]+)	g(t15,t98,t45,t98,t45)			5
R		\([]	t45	p(stackeffect)
R		;[]	t15
R		(USING:)([]+)	g(t18,t98)	p(vocabs)		2
R		(USE:|UNUSE:|IN:|QUALIFIED:)([]+)([[^]]+)	g(t18,t98,t31)			3
R		(QUALIFIED-WITH:)([]+)([[^]]+)([]+)([[^]]+)	g(t18,t98,t31,t98,t31)			5
R		(FROM:|EXCLUDE:)([]+)([[^]]+)([]+=>[])	g(t18,t98,t31,t98)	p(words)		4
R		(RENAME:)([]+)([[^]]+)([]+)([[^]]+)([]+=>[]+)([[^]]+)	g(t18,t98,t45,t98,t31,t98,t45)			7
R		(ALIAS:|TYPEDEF:)([]+)([[^]]+)([]+)([[^]]+)	g(t18,t98,t45,t98,t45)			5
R		(DEFER:|FORGET:|POSTPONE:)([]+)([[^]]+)	g(t18,t98,t45)			3
R		(TUPLE:|ERROR:)([]+)([[^]]+)([]+<[]+)([[^]]+)	g(t15,t98,t24,t98,t24)	p(slots)		5
R		(TUPLE:|ERROR:|BUILTIN:)([]+)([[^]]+)	g(t15,t98,t24)	p(slots)		3
R		(MIXIN:|UNION:|INTERSECTION:)([]+)([[^]]+)	g(t15,t98,t24)			3
R		(PREDICATE:)([]+)([[^]]+)([]+<[]+)([[^]]+)	g(t15,t98,t24,t98,t24)			5
R		(C:)([]+)([[^]]+)([]+)([[^]]+)	g(t15,t98,t45,t98,t24)			5
R		(INSTANCE:)([]+)([[^]]+)([]+)([[^]]+)	g(t15,t98,t24,t98,t24)			5
R		(SLOT:)([]+)([[^]]+)	g(t15,t98,t45)			3
R		(SINGLETON:)([]+)([[^]]+)	g(t15,t98,t24)			3
R		SINGLETONS:	t15	p(classes)
R		(CONSTANT:|SYMBOL:|MAIN:|HELP:)([]+)([[^]]+)	g(t15,t98,t45)			3
R		SYMBOLS:[]	t15	p(words)
R		SYNTAX:[]	t15
R		ALIEN:[]	t15
R		(STRUCT:)([]+)([[^]]+)	g(t15,t98,t24)			3
R		(FUNCTION:)([]+[[^]]+[]+)([[^]]+)([]+\([]+[^\)]+\)[])	g(t18,t98,t45,t98)			4
R		(FUNCTION-ALIAS:)([]+)([[^]]+)([]+[[^]]+[]+)([[^]]+)([]+\([]+[^\)]+\)[])	g(t18,t98,t45,t98,t45,t98)			6
R		(?:<PRIVATE|PRIVATE>)[]	t18
R		"""[]+(?:[^\n]|\n)*?[]+"""	t50
R		"(?:\\\\|\\"|[^"])*"	t50
R		[[^]]+"[]+(?:\\\\|\\"|[^"])*"	t50
R		CHAR:[]+(?:\\[\\a-bfnr-tv]|[^\\][[^]]*)[]	t55
R		![]+[^\n]*(?![^\n])	t79
R		#![]+[^\n]*(?![^\n])	t79
R		\/\*[]+(?:[^\n]|\n)*?[]\*\/[]	t79
R		[ft][]	t25
R		[\$\\][]+[[^]]+	t25
R		M\\[]+[[^]]+[]+[[^]]+	t25
R		[\+\-]?(?:[\,\p{Nd}]*[\p{Nd}])?\.(?:[\p{Nd}]([\,\p{Nd}]*[\p{Nd}])?)?(?:[Ee][\+\-]?[\p{Nd}]+)?[]	t67			1
R		[\+\-]?[\p{Nd}](?:[\,\p{Nd}]*[\p{Nd}])?(?:[Ee][\+\-]?[\p{Nd}]+)?[]	t67
R		0x[A-Fa-f\p{Nd}](?:[\,A-Fa-f\p{Nd}]*[A-Fa-f\p{Nd}])?(?:p[\p{Nd}]([\,\p{Nd}]*[\p{Nd}])?)?[]	t67			1
R		NAN:[]+[A-Fa-f\p{Nd}](?:[\,A-Fa-f\p{Nd}]*[A-Fa-f\p{Nd}])?(?:p[\p{Nd}]([\,\p{Nd}]*[\p{Nd}])?)?[]	t67			1
R		0b[0-1]+[]	t68
R		0o[0-7]+[]	t73
R		(?:[\p{Nd}]([\,\p{Nd}]*[\p{Nd}])?)?\+[\p{Nd}](?:[\,\p{Nd}]*[\p{Nd}])?\/[\p{Nd}](?:[\,\p{Nd}]*[\p{Nd}])?[]	t67			1
R		(?:-[\p{Nd}]([\,\p{Nd}]*[\p{Nd}])?)?-[\p{Nd}](?:[\,\p{Nd}]*[\p{Nd}])?\/[\p{Nd}](?:[\,\p{Nd}]*[\p{Nd}])?[]	t67			1
R		(?:deprecated|final|foldable|flushable|inline|recursive)[]	t15
R		(identity-hashcode|callstack>array|identity-tuple\?|identity-tuple|retainstack|callstack\?|tri-curry\*|tri-curry@|tri-curry|<wrapper>|datastack|bi-curry@|bi-curry\*|hashcode\*|callstack|\?execute|hashcode|boolean\?|compose\?|>boolean|wrapper\?|bi-curry|unless\*|boolean|assert\?|\(clone\)|either\?|prepose|assert=|execute|wrapper|compose|3curry|assert|2curry|curry\?|object|equal\?|tuple\?|unless|build|3drop|same\?|2tri\*|2tri@|both\?|3keep|4drop|throw|2over|swapd|clear|2keep|2drop|until|curry|4keep|clone|while|tuple|when\*|-rot|tri@|dupd|drop|tri\*|call|when|with|4dup|4dip|3tri|3dup|3dip|2tri|keep|loop|most|2nip|swap|2dup|null|2dip|2bi\*|2bi@|pick|over|and|rot|not|nip|new|if\*|tri|2bi|boa|eq\?|dup|3bi|dip|die|bi\*|bi@|\?if|xor|bi|do|if|or|\?|=)[]	t37			1
R		(assoc-clone-like|assoc-filter-as|assoc-partition|assoc-intersect|assoc-hashcode|assoc-combine|assoc-filter!|assoc-subset\?|assoc-union!|maybe-set-at|extract-keys|assoc-map-as|assoc-differ|assoc-refine|assoc-empty\?|assoc-filter|assoc-diff!|sift-values|assoc-union|assoc-stack|clear-assoc|assoc-all\?|delete-at\*|assoc-find|substitute|assoc-each|assoc-size|assoc-diff|assoc-any\?|assoc-like|rename-at|sift-keys|new-assoc|map>assoc|value-at\*|assoc-map|delete-at|change-at|assoc>map|value-at|push-at|assoc=|values|set-at|<enum>|inc-at|2cache|value\?|assoc\?|>alist|cache|enum\?|assoc|unzip|key\?|enum|keys|\?at|\?of|zip|at\+|at\*|at|of)[]	t37			1
R		(shallow-spread>quot|recursive-hashcode|linear-case-quot|deep-spread>quot|to-fixed-point|execute-effect|wrong-values\?|4cleave>quot|2cleave>quot|wrong-values|3cleave>quot|cleave>quot|call-effect|alist>quot|case>quot|case-find|cond>quot|no-case\?|no-cond\?|no-case|no-cond|4cleave|3cleave|2cleave|cleave|spread|cond|case)[]	t37			1
R		(log2-expects-positive\?|integer>fixnum-strict|log2-expects-positive|out-of-fixnum-range\?|out-of-fixnum-range|find-last-integer|next-power-of-2|\(all-integers\?\)|integer>fixnum|\(find-integer\)|\(each-integer\)|imaginary-part|fp-nan-payload|all-integers\?|find-integer|each-integer|fp-infinity\?|fp-special\?|fp-bitwise=|bits>double|double>bits|power-of-2\?|unless-zero|denominator|next-float|bits>float|float>bits|prev-float|unordered\?|real-part|when-zero|numerator|rational\?|>integer|rational|complex\?|<fp-nan>|fp-qnan\?|fp-snan\?|integer\?|number=|bignum\?|integer|>fixnum|fp-sign|fp-nan\?|fixnum\?|number\?|complex|if-zero|>bignum|bignum|number|fixnum|float\?|bitxor|ratio\?|bitnot|bitand|>float|real\?|bitor|zero\?|even\?|times|shift|float|recip|align|ratio|neg\?|real|log2|bit\?|odd\?|\/mod|\?1\+|mod|rem|neg|sgn|u<=|u>=|abs|u>|2\/|2\^|\/i|\/f|sq|<=|u<|>=|-|\+|<|\*|\/|>)[]	t37			1
R		(non-negative-integer-expected\?|non-negative-integer-expected|immutable-sequence\?|immutable-sequence|virtual-sequence\?|sequence-hashcode|cartesian-product|check-slice-error|unclip-last-slice|assert-sequence=|assert-sequence\?|virtual-exemplar|virtual-sequence|assert-sequence|trim-head-slice|last-index-from|find-index-from|trim-tail-slice|find-last-from|cartesian-each|collapse-slice|but-last-slice|map-find-last|cartesian-map|collector-for|bounds-error\?|accumulate-as|replace-slice|bounds-check\?|binary-reduce|new-resizable|unless-empty|delete-slice|replicate-as|map-integers|selector-for|bounds-check|reduce-index|bounds-error|unclip-slice|new-sequence|<repetition>|slice-error\?|slice-error|unclip-last|drop-prefix|supremum-by|push-either|2map-reduce|accumulate!|tail-slice\*|repetition\?|check-slice|iota-tuple\?|remove-nth!|sum-lengths|head-slice\*|find-index|clone-like|delete-all|change-nth|prepend-as|member-eq\?|max-length|each-index|map-reduce|iota-tuple|produce-as|snip-slice|accumulate|remove-eq!|last-index|min-length|remove-nth|<reversed>|repetition|tail-slice|3append-as|when-empty|interleave|insert-nth|infimum-by|index-from|set-second|immutable\?|rest-slice|set-fourth|head-slice|trim-slice|set-length|set-third|concat-as|immutable|trim-tail|cut-slice|collector|set-first|sequence\?|sequence=|midpoint@|trim-head|each-from|reversed\?|map-index|partition|find-last|2selector|2sequence|replicate|find-from|filter-as|3sequence|append-as|4sequence|remove-eq|1sequence|virtual@|push-all|lengthen|shorter\?|map-find|reverse!|reversed|exchange|pad-tail|pad-head|surround|selector|shortest|sequence|set-last|mismatch|supremum|new-like|if-empty|but-last|\?set-nth|filter!|harvest|member\?|map-sum|indices|padding|set-nth|2map-as|shorter|shorten|prepend|infimum|2reduce|append!|product|subseq\?|longest|longer\?|push-if|suffix!|reverse|join-as|remove!|3append|\?second|3map-as|<slice>|produce|length|\?first|start\*|longer|remove|subseq|unclip|first2|first3|reduce|second|follow|filter|slice\?|map-as|empty\?|fourth|suffix|halves|concat|first4|prefix|append|index|short|2all\?|count|2each|third|tail\*|slice|first|tail\?|head\*|3each|head\?|start|\?last|join|iota|last|like|snip|map!|head|glue|move|tail|2map|find|sift|flip|nths|trim|each|cut\*|3map|pop\*|copy|any\?|all\?|\?nth|push|rest|sum|nth|pop|map|cut)[]	t37			1
R		(init-namespaces|with-variables|with-variable|set-namestack|change-global|with-global|initialize|get-global|set-global|with-scope|make-assoc|is-global|namespace|namestack|counter|change|toggle|global|set|get|dec|off|inc|on|\+@)[]	t37			1
R		(resize-array|<array>|1array|2array|3array|4array|>array|array\?|array|pair\?|pair)[]	t37			1
R		(\(stream-contents-by-length-or-block\)|with-input-output\+error-streams\*|with-input-output\+error-streams|\(stream-contents-by-element\)|\(stream-contents-by-length\)|stream-read-partial-unsafe|\(stream-contents-by-block\)|with-output\+error-stream\*|\(each-stream-block-slice\)|stream-read-partial-into|with-output\+error-stream|each-stream-block-slice|invalid-read-buffer\?|stream-read-partial|stream-element-type|\(each-stream-block\)|with-output-stream\*|invalid-read-buffer|with-output-stream|with-input-stream\*|stream-read-unsafe|with-error-stream\*|with-error-stream|stream-read-until|each-stream-block|with-output>error|with-input-stream|with-error>output|read-partial-into|stream-contents\*|each-stream-line|stream-seekable\?|stream-read-into|each-block-slice|each-block-size|stream-contents|bad-seek-type\?|seek-absolute\?|output-stream\?|seek-relative\?|stream-write1|with-streams\*|output-stream|stream-length|bad-seek-type|seek-absolute|input-stream\?|stream-readln|seek-relative|with-streams|read-partial|stream-copy\*|stream-flush|stream-read1|stream-lines|stream-write|stream-print|error-stream|input-stream|stream-tell|\+character\+|stream-copy|each-morsel|seek-output|stream-read|tell-output|stream-seek|read-until|seek-input|each-block|tell-input|each-line|seek-end\?|read-into|stream-nl|stream-bl|contents|seek-end|write1|\+byte\+|readln|write|read1|print|flush|lines|read|nl|bl)[]	t37			1
R		(resize-string|<string>|1string|>string|string\?|string)[]	t37			1
R		(<vector>|1vector|>vector|vector\?|vector|\?push)[]	t37			1
R		(current-continuation|return-continuation|callback-error-hook|error-continuation|attempt-all-error\?|thread-error-hook|attempt-all-error|rethrow-restarts|continue-restart|compute-restarts|error-in-thread|throw-continue|throw-restarts|with-datastack|<continuation>|original-error|ignore-errors|continue-with|continuation\?|in-callback\?|continuation|error-thread|attempt-all|<condition>|with-return|condition\?|<restart>|condition|continue|restart\?|restarts|rethrow|callcc0|recover|restart|cleanup|callcc1|return|error|ifcc)[]	t37			1
R		[[^]]+	t98
S	stackeffect
R		[]+	t98
R		\([]+	t45	p(stackeffect)
R		\)[]	t45	o1
R		--[]	t45
R		[[^]]+	t39
S	slots
R		[]+	t98
R		;[]	t15	o1
R		(\{[]+)([[^]]+)([]+[^\}]+[]+\}[])	g(t98,t39,t98)			3
R		[[^]]+	t39
S	vocabs
R		[]+	t98
R		;[]	t15	o1
R		[[^]]+	t31
S	classes
R		[]+	t98
R		;[]	t15	o1
R		[[^]]+	t24
S	words
R		[]+	t98
R		;[]	t15	o1
R		[[^]]+	t45
S	root
R		#![^\n]*(?![^\n])	t84
R				p(base)
