S	class
R		([A-Z_a-z][\._]*)(?:([]+)(extends)([]+)([A-Z_a-z][\._]*))?	g(t24,t98,t17,t98,t24)			5
R				o1
S	function
R		initialize	t46
R		[A-Z_a-z][\._]*	t45
R				o1
S	module
R		[A-Z_a-z][\._]*	t31
R				o1
S	root
R		[^\n[^]]+	t98
R		\n	t98
R		\/\/(\n|[\u0000-\u{10FFFF}]*?[^\\]\n)	t82			1
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*?[\*](\\\n)?\/	t81			2
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*	t81			1
R		:[A-Z_a-z][\._]*	t66
R		[\(-\)\,\.\:-\;\[\]\{\}]	t78
R		[\!\%-\&\*-\+\-\/\=\?\^\|\~]	t75
R		=>|[\+\-]=|&&|\|\||>>|<<|[\<\>]=?|[\!\=]=	t75
R		(?<![])(and|or|instanceof|has|extends|new)	t76			1
R		(false|null|true|NaN)(?![])	t16			1
R		(using)((?:[]|\\\\s)+)	g(t18,t98)	p(import)		2
R		(class)((?:[]|\\\\s)+)	g(t17,t98)	p(class)		2
R		(function)((?:[]|\\\\s)+)	g(t17,t98)	p(function)		2
R		(module)((?:[]|\\\\s)+)	g(t17,t98)	p(module)		2
R		(?<![])(if|else|for|switch|case|while|break|continue|default|do|try|catch|finally|return|throw|extends|function)(?![])	t15			1
R		(?<![])(const|enum|hidden|public|protected|private|static)(?![])	t21			1
R		(?<![])var(?![])	t17
R		(?<![])(Activity(Monitor|Recording)?|Ant(Plus)?|Application|Attention|Background|Communications|Cryptography|FitContributor|Graphics|Gregorian|Lang|Math|Media|Persisted(Content|Locations)|Position|Properties|Sensor(History|Logging)?|Storage|StringUtil|System|Test|Time(r)?|Toybox|UserProfile|WatchUi|Rez|Drawables|Strings|Fonts|method)(?:(?<=[])(?![])|(?<![])(?=[]))	t37			6
R		(?:(?<=[])(?![])|(?<![])(?=[]))(me|self|\$)(?:(?<=[])(?![])|(?<![])(?=[]))	t38			1
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		'(\\\\|\\'|[^'])*'	t65			1
R		-?(0x[0-9A-Fa-f]+l?)	t70			1
R		-?([0-9]+(\.[0-9]+[df]?|[df]))(?:(?<=[])(?![])|(?<![])(?=[]))	t69			2
R		-?([0-9]+l?)	t71			1
R		[A-Z_a-z][]*	t22
S	import
R		([A-Z_a-z][\._]*)(?:([]+)(as)([]+)([A-Z_a-z][_]*))?	g(t31,t98,t18,t98,t31)			5
R				o1
