S	root
R		;[^\n]*?(?![^\n])	t6003			0
R		(?<![^\n])(([]#!)|(#!))[^\n]*?(?![^\n])	t6001			3
R		(false|true|maybe)(?![])	t2003			1
R		(?<![])(this|init)(?![])\??:?	t2101			1
R		`[^\n]`	t3105			0
R		\\[]+(?![])\??:?	t2013			0
R		#[]+	t2003			0
R		(?<![])[0-9]+\.[0-9]+	t3202			0
R		(?<![])[0-9]+	t3204			0
R		[]+(?![])\??:	t2008			0
R		'(?:[]+(?![])\??:?)	t1002			0
R		:[]+	t1006			0
R		\.[]+\??:?	t2001			0
R		(\()([^\n]*?)(\)\?)	g(t5000,s(root),t5000)			3
R		"	t3108	p(inside-simple-string)		0
R		\u00BB	t3115	p(inside-smart-string)		0
R		\u00AB\u00AB\u00AB	t3108	p(inside-safe-string)		0
R		\{\/	t3115	p(inside-regex-string)		0
R		\{:	t3108	p(inside-curly-verb-string)		0
R		(\{)(!)([]+)([]|\n)([\u0000-\u{10FFFF}]*?)((?<![^\n])\})	b(3,5,t3108,t3111,t3111,t8001,t3100,t3108)			6
R		\{	t3115	p(inside-curly-string)		0
R		-{3,}	t3115	p(inside-eof-string)		0
I	builtin-functions
R		[\(-\)\,\[\]]	t5000			0
R		(->|==>|\||::|@|#|\$|&|!|!!|\.\/)	t2004			1
R		(<:|:>|:<|>:|<\\|<>|<|>|\u00F8|\u221E|\+|-|\*|~|=|\^|%|\/|\/\/|==>|<=>|<==>|=>>|<<=>>|<<==>>|-->|<->|<-->|=\||\|=|-:|:-|_|\.|\.\.|\\)	t4000			1
R		(?<![])[]+	t2000			0
R		[]+	t8001			0
R		[^\n]+(?![^\n])	t-11			0
S	inside-interpol
R		\|	t3111	o1		0
R		[^\|]+	s(root)			0
S	inside-template
R		\|\|>	t3111	o1		0
R		[^\|]+	s(root)			0
S	string-escape
R		(\\\\|\\n|\\t|\\")	t3109			1
S	inside-simple-string
I	string-escape
R		\|	t3111	p(inside-interpol)		0
R		<\|\|	t3111	p(inside-template)		0
R		"	t3108	o1		0
R		[^"\|]+	t3100			0
S	inside-smart-string
I	string-escape
R		\|	t3111	p(inside-interpol)		0
R		<\|\|	t3111	p(inside-template)		0
R		\n	t3115	o1		0
R		[^\n\|]+	t3100			0
S	inside-safe-string
I	string-escape
R		\|	t3111	p(inside-interpol)		0
R		<\|\|	t3111	p(inside-template)		0
R		\u00BB\u00BB\u00BB	t3108	o1		0
R		[^\|\u00BB]+	t3100			0
S	inside-regex-string
R		\\[0A-BDIPSWZb-dfnpr-x]+	t3109			0
R		\|	t3111	p(inside-interpol)		0
R		<\|\|	t3111	p(inside-template)		0
R		\/\}	t3115	o1		0
R		[^\/\|]+	t3114			0
S	inside-curly-verb-string
I	string-escape
R		\|	t3111	p(inside-interpol)		0
R		<\|\|	t3111	p(inside-template)		0
R		:\}	t3108	o1		0
R		[^\:\<\|]+	t3100			0
S	inside-curly-string
I	string-escape
R		\|	t3111	p(inside-interpol)		0
R		<\|\|	t3111	p(inside-template)		0
R		\}	t3115	o1		0
R		[^\<\|-\}]+	t3100			0
S	inside-eof-string
I	string-escape
R		\|	t3111	p(inside-interpol)		0
R		<\|\|	t3111	p(inside-template)		0
R		(?=\n?(?![\s\S]))	t3115	o1		0
R		[^\<\|]+	t3100			0
S	builtin-functions
R		(?<![])(all|and|any|ascii|attr|attribute|attributeLabel|binary|blockchar|contains|database|date|dictionary|empty|equal|even|every|exists|false|floatin|function|greater|greaterOrEqual|if|in|inline|integer|is|key|label|leap|less|lessOrEqual|literal|logical|lower|nand|negative|nor|not|notEqual|null|numeric|odd|or|path|pathLabel|positive|prefix|prime|set|some|sorted|standalone|string|subset|suffix|superset|ymbol|true|try|type|unless|upper|when|whitespace|word|xnor|xor|zero)(?![])\?	t2100			1
R		(?<![])(abs|acos|acosh|acsec|acsech|actan|actanh|add|after|alphabet|and|angle|append|arg|args|arity|array|as|asec|asech|asin|asinh|atan|atan2|atanh|attr|attrs|average|before|benchmark|blend|break|builtins1|builtins2|call|capitalize|case|ceil|chop|chunk|clear|close|cluster|color|combine|conj|continue|copy|cos|cosh|couple|csec|csech|ctan|ctanh|cursor|darken|dec|decode|decouple|define|delete|desaturate|deviation|dictionary|difference|digest|digits|div|do|download|drop|dup|e|else|empty|encode|ensure|env|epsilon|escape|execute|exit|exp|extend|extract|factors|false|fdiv|filter|first|flatten|floor|fold|from|function|gamma|gcd|get|goto|hash|help|hypot|if|in|inc|indent|index|infinity|info|input|insert|inspect|intersection|invert|join|keys|kurtosis|last|let|levenshtein|lighten|list|ln|log|loop|lower|mail|map|match|max|maybe|median|min|mod|module|mul|nand|neg|new|nor|normalize|not|now|null|open|or|outdent|pad|panic|path|pause|permissions|permutate|pi|pop|pow|powerset|powmod|prefix|print|prints|process|product|query|random|range|read|relative|remove|rename|render|repeat|replace|request|return|reverse|round|sample|saturate|script|sec|sech|select|serve|set|shl|shr|shuffle|sin|sinh|size|skewness|slice|sort|split|sqrt|squeeze|stack|strip|sub|suffix|sum|switch|symbols|symlink|sys|take|tan|tanh|terminal|to|true|truncate|try|type|union|unique|unless|until|unzip|upper|values|var|variance|volume|webview|while|with|wordwrap|write|xnor|xor|zip)(?![])	t2100			1
