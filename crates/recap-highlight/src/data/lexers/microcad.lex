S	root
R		\n	t8001			0
R		[]+	t8001			0
R		\/\/\/[^\n]*	t3107			0
R		\/\/[^\n]*	t6003			0
R		\/\*[^\n]*	t6002	p(comment)		0
R		(?<![])(pub|sketch|part|op|mod|use|fn|const|prop|init|return|if|else|mat|__builtin|or|and|not|as)(?![])	t1000			1
R		(?<![])(Integer|Scalar|String|Color|Length|Area|Volume|Angle|Weight|Density|Bool|Matrix[0-9])(?![])	t1006			1
R		(?<![])([_a-z][0-9A-Z_a-z]*)[]*(?=\()	t2300			1
R		[\!\%-\&\*-\+\-\/\<-\>\@\^\|]	t4000			0
R		(?<![])(([0-9]+(\.[0-9]+)?)(%|m\u00B2|cm\u00B2|mm\u00B2|\u00B5m\u00B2|in\u00B2|ft\u00B2|yd\u00B2|m\u00B3|cm\u00B3|mm\u00B3|\u00B5m\u00B3|in\u00B3|ft\u00B3|yd\u00B3|ml|cl|l|\u00B5l|cm|mm|m|\u00B5m|in|ft|yd|deg|\u00B0|grad|turn|rad|g|kg|lb|oz)?)|true|false(?![])	t3200			4
R		([_a-z][0-9_a-z]*)(::)	g(t2009,t4000)			2
R		(?<![])([A-Z_][0-9A-Z_]*)(?:(?<=[])(?![])|(?<![])(?=[]))	t2003			1
R		(?<![])([A-Z_][0-9A-Z_a-z]*)(?:(?<=[])(?![])|(?<![])(?=[]))	t2002			1
R		(?<![])([_a-z][0-9A-Z_a-z]*)(?:(?<=[])(?![])|(?<![])(?=[]))	t2000			1
R		"[^"]*"	t3100			0
R		[\(-\)\,\.\:-\;\[\]\{\}]	t5000			0
R		\{	t5000	p(brace)		0
R		[\)\}]	t5000			0
S	paren
R		\)	t5000	o0		0
I	root
S	brace
R		\}	t5000	o0		0
I	root
S	comment
R		\*\/	t6002	o0		0
