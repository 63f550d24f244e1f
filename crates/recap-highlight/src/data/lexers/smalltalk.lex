S	inner_parenth
R		\)	t3116	o1		0	))	
I	_parenth_helper
S	objects
R		\[	t8000	p(blockvariables)		0	[[	
R		\]	t8000	p(afterobject)		0	]]	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(self|super|true|false|nil|thisContext)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t2101	p(afterobject)		1	ffnnst	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])[A-Z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*(?!:)(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t2002	p(afterobject)		0	AZ	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])[a-z][\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*(?!:)(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]))	t2200	p(afterobject)		0	az	
R		#("(""|[^"])*"|[\!\%-\&\*-\-\/\<-\@\\\|\~]+|[\:\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)	t3116	p(afterobject)		2	##	
I	literals
S	afterobject
R		! !(?![^\n])	t1000	o1		0	!!	
I	whitespaces
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(ifTrue:|ifFalse:|whileTrue:|whileFalse:|timesRepeat:)	t2100	o1		1	iittww	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(new(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?!:))	t2100			1	nn	
R		:=|_	t4000	o1		0	::__	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])[A-Za-z]+[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*:	t2300	o1		0	AZaz	
R		(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])[A-Za-z]+[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2300			0	AZaz	
R		[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+:?|[\!\%-\&\*-\-\/\<-\@\\\|\~]+	t2300	o1		0	!!%&*-/9<Z\x5C\x5C__az||~~+	
R		\.	t5000	o1		0	..	
R		;	t5000			0	;;	
R		[\)\]\}]	t8000			0	))]]}}	
R		[\(\[\{]	t8000	o1		0	(([[{{	
S	literals
R		'(''|[^'])*'	t3100	p(afterobject)		1	''	
R		\$[^\n]	t3105	p(afterobject)		0	$$	
R		#\(	t3116	p(parenth)		0	##	
R		\)	t8000	p(afterobject)		0	))	
R		([\p{Nd}]+r)?-?[\p{Nd}]+(\.[\p{Nd}]+)?(e-?[\p{Nd}]+)?	t3200	p(afterobject)		3	--09+	
S	root
R		(<)([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+:)([^\n]*?)(>)	g(t8000,t1000,t8000,t8000)			4	<<	
I	squeak fileout
I	whitespaces
I	method definition
R		(\|)([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)(\|)	g(t4000,t2200,t4000)			3	||	
I	objects
R		\^|:=|_	t4000			0	::^_	
R		[\!\(\.\;\]\{\}]	t8000			0	!!((..;;]]{{}}	
S	_parenth_helper
I	whitespaces
R		([\p{Nd}]+r)?-?[\p{Nd}]+(\.[\p{Nd}]+)?(e-?[\p{Nd}]+)?	t3200			3	--09+	
R		[\!\#\%-\&\*-\-\/\:\<-\@\\\|\~\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+	t3116			0	!!##%&*-/:<Z\x5C\x5C__az||~~+	!!##%&*-/:<Z\x5C\x5C__az||~~
R		'(''|[^'])*'	t3100			1	''	
R		\$[^\n]	t3105			0	$$	
R		#*\(	t3116	p(inner_parenth)		0	##((	##
S	parenth
R		\)	t3116	p(root,afterobject)		0	))	
I	_parenth_helper
S	whitespaces
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		"(""|[^"])*"	t6000			1	""	
S	squeak fileout
R		(?<![^\n])"(""|[^"])*"!	t1000			1	""	
R		(?<![^\n])'(''|[^'])*'!	t1000			1	''	
R		(?<![^\n])(!)([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)( commentStamp: )([^\n]*?)( prior: [^\n]*?!\n)([^\n]*?)(!)	g(t1000,t2002,t1000,t3100,t1000,t8000,t1000)			7	!!	
R		(?<![^\n])(!)([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+(?: class)?)( methodsFor: )('(?:''|[^'])*')([^\n]*?!)	g(t1000,t2002,t1000,t3100,t1000)			5	!!	
R		(?<![^\n])([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)( subclass: )(#[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+instanceVariableNames: )([^\n]*?)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+classVariableNames: )([^\n]*?)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+poolDictionaries: )([^\n]*?)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+category: )([^\n]*?)(!)	g(t2002,t1000,t3116,t1000,t3100,t1000,t3100,t1000,t3100,t1000,t3100,t1000)			12	09AZ__az+	^09AZ__az
R		(?<![^\n])([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+(?: class)?)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+instanceVariableNames: )([^\n]*?)(!)	g(t2002,t1000,t3100,t1000)			4	09AZ__az+	^09AZ__az
R		(!\n)(\][^\n]*)(! !)(?![^\n])	g(t1000,t8000,t1000)			3	!!	
R		! !(?![^\n])	t1000			0	!!	
S	method definition
R		([A-Za-z]+[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*:)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)	g(t2300,t8000,t2200)			3	AZaz	AZaz
R		(?<![^\n])((?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])[A-Za-z]+[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*(?:(?<=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])|(?<![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(?=[\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])))([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)(?![^\n])	g(t2300,t8000)			2	AZaz	
R		(?<![^\n])([\!\%-\&\*-\-\/\<-\@\\\|\~]+)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)(?![^\n])	g(t2300,t8000,t2200,t8000)			4	!!%&*-//<@\x5C\x5C||~~	^!!%&*-//<@\x5C\x5C||~~
S	blockvariables
I	whitespaces
R		(:)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)([\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)	g(t4000,t8000,t2200)			3	::	
R		\|	t4000	o1		0	||	
R				o1		0	*	
