S	root
R		\n	t99
R		[]+	t99
R		\/\/\/[^\n]*	t57
R		\/\/[^\n]*	t82
R		\/\*[^\n]*	t81	p(comment)
R		(?<![])(pub|sketch|part|op|mod|use|fn|const|prop|init|return|if|else|mat|__builtin|or|and|not|as)(?![])	t15			1
R		(?<![])(Integer|Scalar|String|Color|Length|Area|Volume|Angle|Weight|Density|Bool|Matrix[0-9])(?![])	t21			1
R		(?<![])([_a-z][0-9A-Z_a-z]*)[]*(?=\()	t45			1
R		[\!\%-\&\*-\+\-\/\<-\>\@\^\|]	t75
R		(?<![])(([0-9]+(\.[0-9]+)?)(%|m\u00B2|cm\u00B2|mm\u00B2|\u00B5m\u00B2|in\u00B2|ft\u00B2|yd\u00B2|m\u00B3|cm\u00B3|mm\u00B3|\u00B5m\u00B3|in\u00B3|ft\u00B3|yd\u00B3|ml|cl|l|\u00B5l|cm|mm|m|\u00B5m|in|ft|yd|deg|\u00B0|grad|turn|rad|g|kg|lb|oz)?)|true|false(?![])	t67			4
R		([_a-z][0-9_a-z]*)(::)	g(t31,t75)			2
R		(?<![])([A-Z_][0-9A-Z_]*)(?:(?<=[])(?![])|(?<![])(?=[]))	t25			1
R		(?<![])([A-Z_][0-9A-Z_a-z]*)(?:(?<=[])(?![])|(?<![])(?=[]))	t24			1
R		(?<![])([_a-z][0-9A-Z_a-z]*)(?:(?<=[])(?![])|(?<![])(?=[]))	t22			1
R		"[^"]*"	t50
R		[\(-\)\,\.\:-\;\[\]\{\}]	t78
R		\{	t78	p(brace)
R		[\)\}]	t78
S	paren
R		\)	t78	o0
I	root
S	brace
R		\}	t78	o0
I	root
S	comment
R		\*\/	t81	o0
