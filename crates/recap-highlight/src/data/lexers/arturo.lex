S	root
R		;[^\n]*?(?![^\n])	t82
R		(?<![^\n])(([]#!)|(#!))[^\n]*?(?![^\n])	t80			3
R		(false|true|maybe)(?![])	t25			1
R		(?<![])(this|init)(?![])\??:?	t38			1
R		`[^\n]`	t55
R		\\[]+(?![])\??:?	t35
R		#[]+	t25
R		(?<![])[0-9]+\.[0-9]+	t69
R		(?<![])[0-9]+	t71
R		[]+(?![])\??:	t30
R		'(?:[]+(?![])\??:?)	t17
R		:[]+	t21
R		\.[]+\??:?	t23
R		(\()([^\n]*?)(\)\?)	g(t78,s(root),t78)			3
R		"	t58	p(inside-simple-string)
R		\u00BB	t65	p(inside-smart-string)
R		\u00AB\u00AB\u00AB	t58	p(inside-safe-string)
R		\{\/	t65	p(inside-regex-string)
R		\{:	t58	p(inside-curly-verb-string)
R		(\{)(!)([]+)([]|\n)([\u0000-\u{10FFFF}]*?)((?<![^\n])\})	b(3,5,t58,t61,t61,t99,t50,t58)			6
R		\{	t65	p(inside-curly-string)
R		-{3,}	t65	p(inside-eof-string)
I	builtin-functions
R		[\(-\)\,\[\]]	t78
R		(->|==>|\||::|@|#|\$|&|!|!!|\.\/)	t26			1
R		(<:|:>|:<|>:|<\\|<>|<|>|\u00F8|\u221E|\+|-|\*|~|=|\^|%|\/|\/\/|==>|<=>|<==>|=>>|<<=>>|<<==>>|-->|<->|<-->|=\||\|=|-:|:-|_|\.|\.\.|\\)	t75			1
R		(?<![])[]+	t22
R		[]+	t99
R		[^\n]+(?![^\n])	t10
S	inside-interpol
R		\|	t61	o1
R		[^\|]+	s(root)
S	inside-template
R		\|\|>	t61	o1
R		[^\|]+	s(root)
S	string-escape
R		(\\\\|\\n|\\t|\\")	t59			1
S	inside-simple-string
I	string-escape
R		\|	t61	p(inside-interpol)
R		<\|\|	t61	p(inside-template)
R		"	t58	o1
R		[^"\|]+	t50
S	inside-smart-string
I	string-escape
R		\|	t61	p(inside-interpol)
R		<\|\|	t61	p(inside-template)
R		\n	t65	o1
R		[^\n\|]+	t50
S	inside-safe-string
I	string-escape
R		\|	t61	p(inside-interpol)
R		<\|\|	t61	p(inside-template)
R		\u00BB\u00BB\u00BB	t58	o1
R		[^\|\u00BB]+	t50
S	inside-regex-string
R		\\[0A-BDIPSWZb-dfnpr-x]+	t59
R		\|	t61	p(inside-interpol)
R		<\|\|	t61	p(inside-template)
R		\/\}	t65	o1
R		[^\/\|]+	t64
S	inside-curly-verb-string
I	string-escape
R		\|	t61	p(inside-interpol)
R		<\|\|	t61	p(inside-template)
R		:\}	t58	o1
R		[^\:\<\|]+	t50
S	inside-curly-string
I	string-escape
R		\|	t61	p(inside-interpol)
R		<\|\|	t61	p(inside-template)
R		\}	t65	o1
R		[^\<\|-\}]+	t50
S	inside-eof-string
I	string-escape
R		\|	t61	p(inside-interpol)
R		<\|\|	t61	p(inside-template)
R		(?=\n?(?![\s\S]))	t65	o1
R		[^\<\|]+	t50
S	builtin-functions
R		(?<![])(all|and|any|ascii|attr|attribute|attributeLabel|binary|blockchar|contains|database|date|dictionary|empty|equal|even|every|exists|false|floatin|function|greater|greaterOrEqual|if|in|inline|integer|is|key|label|leap|less|lessOrEqual|literal|logical|lower|nand|negative|nor|not|notEqual|null|numeric|odd|or|path|pathLabel|positive|prefix|prime|set|some|sorted|standalone|string|subset|suffix|superset|ymbol|true|try|type|unless|upper|when|whitespace|word|xnor|xor|zero)(?![])\?	t37			1
R		(?<![])(abs|acos|acosh|acsec|acsech|actan|actanh|add|after|alphabet|and|angle|append|arg|args|arity|array|as|asec|asech|asin|asinh|atan|atan2|atanh|attr|attrs|average|before|benchmark|blend|break|builtins1|builtins2|call|capitalize|case|ceil|chop|chunk|clear|close|cluster|color|combine|conj|continue|copy|cos|cosh|couple|csec|csech|ctan|ctanh|cursor|darken|dec|decode|decouple|define|delete|desaturate|deviation|dictionary|difference|digest|digits|div|do|download|drop|dup|e|else|empty|encode|ensure|env|epsilon|escape|execute|exit|exp|extend|extract|factors|false|fdiv|filter|first|flatten|floor|fold|from|function|gamma|gcd|get|goto|hash|help|hypot|if|in|inc|indent|index|infinity|info|input|insert|inspect|intersection|invert|join|keys|kurtosis|last|let|levenshtein|lighten|list|ln|log|loop|lower|mail|map|match|max|maybe|median|min|mod|module|mul|nand|neg|new|nor|normalize|not|now|null|open|or|outdent|pad|panic|path|pause|permissions|permutate|pi|pop|pow|powerset|powmod|prefix|print|prints|process|product|query|random|range|read|relative|remove|rename|render|repeat|replace|request|return|reverse|round|sample|saturate|script|sec|sech|select|serve|set|shl|shr|shuffle|sin|sinh|size|skewness|slice|sort|split|sqrt|squeeze|stack|strip|sub|suffix|sum|switch|symbols|symlink|sys|take|tan|tanh|terminal|to|true|truncate|try|type|union|unique|unless|until|unzip|upper|values|var|variance|volume|webview|while|with|wordwrap|write|xnor|xor|zip)(?![])	t37			1
