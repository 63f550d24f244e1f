S	class
R		([A-Z_a-z][\._]*)(?:([]+)(extends)([]+)([A-Z_a-z][\._]*))?	g(t2002,t8000,t1002,t8000,t2002)			5
R				o1		0
S	function
R		initialize	t2301			0
R		[A-Z_a-z][\._]*	t2300			0
R				o1		0
S	module
R		[A-Z_a-z][\._]*	t2009			0
R				o1		0
S	root
R		[^\n[^]]+	t8000			0
R		\n	t8000			0
R		\/\/(\n|[\u0000-\u{10FFFF}]*?[^\\]\n)	t6003			1
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*?[\*](\\\n)?\/	t6002			2
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*	t6002			1
R		:[A-Z_a-z][\._]*	t3116			0
R		[\(-\)\,\.\:-\;\[\]\{\}]	t5000			0
R		[\!\%-\&\*-\+\-\/\=\?\^\|\~]	t4000			0
R		=>|[\+\-]=|&&|\|\||>>|<<|[\<\>]=?|[\!\=]=	t4000			0
R		(?<![])(and|or|instanceof|has|extends|new)	t4001			1
R		(false|null|true|NaN)(?![])	t1001			1
R		(using)((?:[]|\\\\s)+)	g(t1003,t8000)	p(import)		2
R		(class)((?:[]|\\\\s)+)	g(t1002,t8000)	p(class)		2
R		(function)((?:[]|\\\\s)+)	g(t1002,t8000)	p(function)		2
R		(module)((?:[]|\\\\s)+)	g(t1002,t8000)	p(module)		2
R		(?<![])(if|else|for|switch|case|while|break|continue|default|do|try|catch|finally|return|throw|extends|function)(?![])	t1000			1
R		(?<![])(const|enum|hidden|public|protected|private|static)(?![])	t1006			1
R		(?<![])var(?![])	t1002			0
R		(?<![])(Activity(Monitor|Recording)?|Ant(Plus)?|Application|Attention|Background|Communications|Cryptography|FitContributor|Graphics|Gregorian|Lang|Math|Media|Persisted(Content|Locations)|Position|Properties|Sensor(History|Logging)?|Storage|StringUtil|System|Test|Time(r)?|Toybox|UserProfile|WatchUi|Rez|Drawables|Strings|Fonts|method)(?:(?<=[])(?![])|(?<![])(?=[]))	t2100			6
R		(?:(?<=[])(?![])|(?<![])(?=[]))(me|self|\$)(?:(?<=[])(?![])|(?<![])(?=[]))	t2101			1
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		'(\\\\|\\'|[^'])*'	t3115			1
R		-?(0x[0-9A-Fa-f]+l?)	t3203			1
R		-?([0-9]+(\.[0-9]+[df]?|[df]))(?:(?<=[])(?![])|(?<![])(?=[]))	t3202			2
R		-?([0-9]+l?)	t3204			1
R		[A-Z_a-z][]*	t2000			0
S	import
R		([A-Z_a-z][\._]*)(?:([]+)(as)([]+)([A-Z_a-z][_]*))?	g(t2009,t8000,t1003,t8000,t2009)			5
R				o1		0
