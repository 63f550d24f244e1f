S	inner_parenth
R		\)	t3116	o1		0
I	_parenth_helper
S	objects
R		\[	t8000	p(blockvariables)		0
R		\]	t8000	p(afterobject)		0
R		(?<![])(self|super|true|false|nil|thisContext)(?![])	t2101	p(afterobject)		1
R		(?<![])[A-Z][]*(?!:)(?:(?<=[])(?![])|(?<![])(?=[]))	t2002	p(afterobject)		0
R		(?<![])[a-z][]*(?!:)(?:(?<=[])(?![])|(?<![])(?=[]))	t2200	p(afterobject)		0
R		#("(""|[^"])*"|[\!\%-\&\*-\-\/\<-\@\\\|\~]+|[\:]+)	t3116	p(afterobject)		2
I	literals
S	afterobject
R		! !(?![^\n])	t1000	o1		0
I	whitespaces
R		(?<![])(ifTrue:|ifFalse:|whileTrue:|whileFalse:|timesRepeat:)	t2100	o1		1
R		(?<![])(new(?![])(?!:))	t2100			1
R		:=|_	t4000	o1		0
R		(?<![])[A-Za-z]+[]*:	t2300	o1		0
R		(?<![])[A-Za-z]+[]*	t2300			0
R		[]+:?|[\!\%-\&\*-\-\/\<-\@\\\|\~]+	t2300	o1		0
R		\.	t5000	o1		0
R		;	t5000			0
R		[\)\]\}]	t8000			0
R		[\(\[\{]	t8000	o1		0
S	literals
R		'(''|[^'])*'	t3100	p(afterobject)		1
R		\$[^\n]	t3105	p(afterobject)		0
R		#\(	t3116	p(parenth)		0
R		\)	t8000	p(afterobject)		0
R		([\p{Nd}]+r)?-?[\p{Nd}]+(\.[\p{Nd}]+)?(e-?[\p{Nd}]+)?	t3200	p(afterobject)		3
S	root
R		(<)([]+:)([^\n]*?)(>)	g(t8000,t1000,t8000,t8000)			4
I	squeak fileout
I	whitespaces
I	method definition
R		(\|)([]*)(\|)	g(t4000,t2200,t4000)			3
I	objects
R		\^|:=|_	t4000			0
R		[\!\(\.\;\]\{\}]	t8000			0
S	_parenth_helper
I	whitespaces
R		([\p{Nd}]+r)?-?[\p{Nd}]+(\.[\p{Nd}]+)?(e-?[\p{Nd}]+)?	t3200			3
R		[\!\#\%-\&\*-\-\/\:\<-\@\\\|\~]+	t3116			0
R		'(''|[^'])*'	t3100			1
R		\$[^\n]	t3105			0
R		#*\(	t3116	p(inner_parenth)		0
S	parenth
R		\)	t3116	p(root,afterobject)		0
I	_parenth_helper
S	whitespaces
R		[]+	t8000			0
R		"(""|[^"])*"	t6000			1
S	squeak fileout
R		(?<![^\n])"(""|[^"])*"!	t1000			1
R		(?<![^\n])'(''|[^'])*'!	t1000			1
R		(?<![^\n])(!)([]+)( commentStamp: )([^\n]*?)( prior: [^\n]*?!\n)([^\n]*?)(!)	g(t1000,t2002,t1000,t3100,t1000,t8000,t1000)			7
R		(?<![^\n])(!)([]+(?: class)?)( methodsFor: )('(?:''|[^'])*')([^\n]*?!)	g(t1000,t2002,t1000,t3100,t1000)			5
R		(?<![^\n])([]+)( subclass: )(#[]+)([]+instanceVariableNames: )([^\n]*?)([]+classVariableNames: )([^\n]*?)([]+poolDictionaries: )([^\n]*?)([]+category: )([^\n]*?)(!)	g(t2002,t1000,t3116,t1000,t3100,t1000,t3100,t1000,t3100,t1000,t3100,t1000)			12
R		(?<![^\n])([]+(?: class)?)([]+instanceVariableNames: )([^\n]*?)(!)	g(t2002,t1000,t3100,t1000)			4
R		(!\n)(\][^\n]*)(! !)(?![^\n])	g(t1000,t8000,t1000)			3
R		! !(?![^\n])	t1000			0
S	method definition
R		([A-Za-z]+[]*:)([]*)([]+)	g(t2300,t8000,t2200)			3
R		(?<![^\n])((?<![])[A-Za-z]+[]*(?:(?<=[])(?![])|(?<![])(?=[])))([]*)(?![^\n])	g(t2300,t8000)			2
R		(?<![^\n])([\!\%-\&\*-\-\/\<-\@\\\|\~]+)([]*)([]+)([]*)(?![^\n])	g(t2300,t8000,t2200,t8000)			4
S	blockvariables
I	whitespaces
R		(:)([]*)([]+)	g(t4000,t8000,t2200)			3
R		\|	t4000	o1		0
R				o1		0
