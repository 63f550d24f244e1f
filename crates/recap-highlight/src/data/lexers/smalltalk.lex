S	inner_parenth
R		\)	t66	o1
I	_parenth_helper
S	objects
R		\[	t98	p(blockvariables)
R		\]	t98	p(afterobject)
R		(?<![])(self|super|true|false|nil|thisContext)(?![])	t38	p(afterobject)		1
R		(?<![])[A-Z][]*(?!:)(?:(?<=[])(?![])|(?<![])(?=[]))	t24	p(afterobject)
R		(?<![])[a-z][]*(?!:)(?:(?<=[])(?![])|(?<![])(?=[]))	t39	p(afterobject)
R		#("(""|[^"])*"|[\!\%-\&\*-\-\/\<-\@\\\|\~]+|[\:]+)	t66	p(afterobject)		2
I	literals
S	afterobject
R		! !(?![^\n])	t15	o1
I	whitespaces
R		(?<![])(ifTrue:|ifFalse:|whileTrue:|whileFalse:|timesRepeat:)	t37	o1		1
R		(?<![])(new(?![])(?!:))	t37			1
R		:=|_	t75	o1
R		(?<![])[A-Za-z]+[]*:	t45	o1
R		(?<![])[A-Za-z]+[]*	t45
R		[]+:?|[\!\%-\&\*-\-\/\<-\@\\\|\~]+	t45	o1
R		\.	t78	o1
R		;	t78
R		[\)\]\}]	t98
R		[\(\[\{]	t98	o1
S	literals
R		'(''|[^'])*'	t50	p(afterobject)		1
R		\$[^\n]	t55	p(afterobject)
R		#\(	t66	p(parenth)
R		\)	t98	p(afterobject)
R		([\p{Nd}]+r)?-?[\p{Nd}]+(\.[\p{Nd}]+)?(e-?[\p{Nd}]+)?	t67	p(afterobject)		3
S	root
R		(<)([]+:)([^\n]*?)(>)	g(t98,t15,t98,t98)			4
I	squeak fileout
I	whitespaces
I	method definition
R		(\|)([]*)(\|)	g(t75,t39,t75)			3
I	objects
R		\^|:=|_	t75
R		[\!\(\.\;\]\{\}]	t98
S	_parenth_helper
I	whitespaces
R		([\p{Nd}]+r)?-?[\p{Nd}]+(\.[\p{Nd}]+)?(e-?[\p{Nd}]+)?	t67			3
R		[\!\#\%-\&\*-\-\/\:\<-\@\\\|\~]+	t66
R		'(''|[^'])*'	t50			1
R		\$[^\n]	t55
R		#*\(	t66	p(inner_parenth)
S	parenth
R		\)	t66	p(root,afterobject)
I	_parenth_helper
S	whitespaces
R		[]+	t98
R		"(""|[^"])*"	t79			1
S	squeak fileout
R		(?<![^\n])"(""|[^"])*"!	t15			1
R		(?<![^\n])'(''|[^'])*'!	t15			1
R		(?<![^\n])(!)([]+)( commentStamp: )([^\n]*?)( prior: [^\n]*?!\n)([^\n]*?)(!)	g(t15,t24,t15,t50,t15,t98,t15)			7
R		(?<![^\n])(!)([]+(?: class)?)( methodsFor: )('(?:''|[^'])*')([^\n]*?!)	g(t15,t24,t15,t50,t15)			5
R		(?<![^\n])([]+)( subclass: )(#[]+)([]+instanceVariableNames: )([^\n]*?)([]+classVariableNames: )([^\n]*?)([]+poolDictionaries: )([^\n]*?)([]+category: )([^\n]*?)(!)	g(t24,t15,t66,t15,t50,t15,t50,t15,t50,t15,t50,t15)			12
R		(?<![^\n])([]+(?: class)?)([]+instanceVariableNames: )([^\n]*?)(!)	g(t24,t15,t50,t15)			4
R		(!\n)(\][^\n]*)(! !)(?![^\n])	g(t15,t98,t15)			3
R		! !(?![^\n])	t15
S	method definition
R		([A-Za-z]+[]*:)([]*)([]+)	g(t45,t98,t39)			3
R		(?<![^\n])((?<![])[A-Za-z]+[]*(?:(?<=[])(?![])|(?<![])(?=[])))([]*)(?![^\n])	g(t45,t98)			2
R		(?<![^\n])([\!\%-\&\*-\-\/\<-\@\\\|\~]+)([]*)([]+)([]*)(?![^\n])	g(t45,t98,t39,t98)			4
S	blockvariables
I	whitespaces
R		(:)([]*)([]+)	g(t75,t98,t39)			3
R		\|	t75	o1
R				o1
