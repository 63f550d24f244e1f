S	root
I	basic
I	data
S	basic
R		(?<![])(alias|all|ansi|ansi gradient|ansi link|ansi strip|any|append|ast|attr category|attr deprecated|attr example|attr search-terms|banner|bits|bits and|bits not|bits or|bits rol|bits ror|bits shl|bits shr|bits xor|break|bytes|bytes add|bytes at|bytes build|bytes collect|bytes ends-with|bytes index-of|bytes length|bytes remove|bytes replace|bytes reverse|bytes split|bytes starts-with|cal|cd|char|chunk-by|chunks|clear|collect|columns|commandline|commandline edit|commandline get-cursor|commandline set-cursor|compact|complete|config|config env|config flatten|config nu|config reset|config use-colors|const|continue|cp|date|date format|date from-human|date humanize|date list-timezone|date now|date to-timezone|debug|debug env|debug info|debug profile|decode|decode base32|decode base32hex|decode base64|decode hex|def|default|describe|detect columns|do|drop|drop column|drop nth|du|each|each while|echo|encode|encode base32|encode base32hex|encode base64|encode hex|enumerate|error make|every|exec|exit|explain|explore|export|export alias|export const|export def|export extern|export module|export use|export-env|extern|fill|filter|find|first|flatten|for|format|format bits|format date|format duration|format filesize|format number|format pattern|from|from csv|from json|from msgpack|from msgpackz|from nuon|from ods|from ssv|from toml|from tsv|from url|from xlsx|from xml|from yaml|from yml|generate|get|glob|grid|group-by|hash|hash md5|hash sha256|headers|help|help aliases|help commands|help escapes|help externs|help modules|help operators|help pipe-and-redirect|hide|hide-env|histogram|history|history import|history session|http|http delete|http get|http head|http options|http patch|http post|http put|if|ignore|input|input list|input listen|insert|inspect|interleave|into|into binary|into bool|into cell-path|into datetime|into duration|into filesize|into float|into glob|into int|into record|into sqlite|into string|into value|is-admin|is-empty|is-not-empty|is-terminal|items|job|job flush|job id|job kill|job list|job recv|job send|job spawn|job tag|job unfreeze|join|keybindings|keybindings default|keybindings list|keybindings listen|kill|last|length|let|let-env|lines|load-env|loop|ls|match|math|math abs|math arccos|math arccosh|math arcsin|math arcsinh|math arctan|math arctanh|math avg|math ceil|math cos|math cosh|math exp|math floor|math ln|math log|math max|math median|math min|math mode|math product|math round|math sin|math sinh|math sqrt|math stddev|math sum|math tan|math tanh|math variance|merge|merge deep|metadata|metadata access|metadata set|mkdir|mktemp|module|move|mut|mv|nu-check|nu-highlight|open|overlay|overlay hide|overlay list|overlay new|overlay use|panic|par-each|parse|path|path basename|path dirname|path exists|path expand|path join|path parse|path relative-to|path self|path split|path type|plugin|plugin add|plugin list|plugin rm|plugin stop|plugin use|port|prepend|print|ps|pwd|query db|random|random binary|random bool|random chars|random dice|random float|random int|random uuid|reduce|reject|rename|return|reverse|rm|roll|roll down|roll left|roll right|roll up|rotate|run-external|save|schema|scope|scope aliases|scope commands|scope engine-stats|scope externs|scope modules|scope variables|select|seq|seq char|seq date|shuffle|skip|skip until|skip while|sleep|slice|sort|sort-by|source|source-env|split|split cell-path|split chars|split column|split list|split row|split words|start|stor|stor create|stor delete|stor export|stor import|stor insert|stor open|stor reset|stor update|str|str camel-case|str capitalize|str contains|str distance|str downcase|str ends-with|str expand|str index-of|str join|str kebab-case|str length|str pascal-case|str replace|str reverse|str screaming-snake-case|str snake-case|str starts-with|str stats|str substring|str title-case|str trim|str upcase|sys|sys cpu|sys disks|sys host|sys mem|sys net|sys temp|sys users|table|take|take until|take while|tee|term|term query|term size|timeit|to|to csv|to html|to json|to md|to msgpack|to msgpackz|to nuon|to text|to toml|to tsv|to xml|to yaml|to yml|touch|transpose|try|tutor|ulimit|uname|uniq|uniq-by|update|update cells|upsert|url|url build-query|url decode|url encode|url join|url parse|url split-query|use|values|version|version check|view|view blocks|view files|view ir|view source|view span|watch|where|which|while|whoami|window|with-env|wrap|zip)([]*)(?:(?<=[])(?![])|(?<![])(?=[]))	g(t15,t99)			2
R		(?<![\s\S])#![^\n]+\n	t80
R		#[^\n]*\n	t82
R		\\[\u0000-\u{10FFFF}]	t59
R		((?<![])[]+)([]*)(\+?=)	g(t39,t99,t75)			3
R		[\(-\)\=\[\]\{\}]	t75
R		<<<	t75
R		<<-?[]*('?)\\?([]+)[\u0000-\u{10FFFF}]+?(?:\2)	t50			2
R		&&|\|\|	t75
R		\$[A-Z_a-z][]*	t39
S	data
R		\$"	t58	p(interpolated_string)
R		"(\\[\u0000-\u{10FFFF}]|[^"\\])*"	t58			1
R		"	t58	p(string)
R		\$'(?=((?:\\[\u0000-\u{10FFFF}]|[^'\\])*))\1'	t65
R		'[\u0000-\u{10FFFF}]*?'	t65
R		;	t78
R		&	t78
R		\|	t78
R		[]+	t99
R		[\p{Nd}]+(?![])	t67
R		[^"\$\&-\)\;-\=\[-\]\`\{-\}]+	t98
R		<	t98
S	string
R		"	t58	o1
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\$\\])+	t58			1
S	interpolated_string
R		"	t58	o1
R		\(	t61	p(interpolation)
R		(\\\\|\\[0-7]+|\\[\u0000-\u{10FFFF}]|[^"\(\\])+	t58			1
S	interpolation
R		\)	t61	o1
I	root
S	curly
R		\}	t61	o1
R		:-	t15
R		[]+	t39
R		[^"\$'\:\\\`\}]+	t78
R		:	t78
I	root
S	paren
R		\)	t15	o1
I	root
S	math
R		\)\)	t15	o1
R		\*\*|\|\||<<|>>|[\%-\&\*-\+\-\/\<\>\^\|]	t75
R		[\p{Nd}]+#[A-Za-z\p{Nd}]+	t67
R		[\p{Nd}]+#(?! )	t67
R		0[Xx][A-Fa-f\p{Nd}]+	t67
R		[\p{Nd}]+	t67
R		[A-Z_a-z][]*	t39
I	root
S	backticks
R		`	t53	o1
I	root
