S	magicfuncs
R	i	(__callStatic|__set_state|__construct|__debugInfo|__toString|__destruct|__invoke|__wakeup|__clone|__sleep|__isset|__unset|__call|__get|__set)(?![])	t2301			1
S	magicconstants
R	i	(__NAMESPACE__|__FUNCTION__|__METHOD__|__CLASS__|__TRAIT__|__LINE__|__FILE__|__DIR__)(?![])	t2003			1
S	classname
R	i	(?:[\\_a-z]|[^\u0000-\u007F])(?:[\\]|[^\u0000-\u007F])*	t2002	o1		0
S	functionname
I	magicfuncs
R	i	(?:[\\_a-z]|[^\u0000-\u007F])(?:[\\]|[^\u0000-\u007F])*	t2300	o1		0
R				o1		0
S	string
R		"	t3108	o1		0
R		[^"\$\\\{]+	t3108			0
R	i	\\(["\$\\nrt]|[0-7]{1,3}|x[0-9a-f]{1,2})	t3109			1
R	i	\$(?:[_a-z]|[^\u0000-\u007F])(?:[]|[^\u0000-\u007F])*(\[[[^]]+?\]|->(?:[_a-z]|[^\u0000-\u007F])(?:[]|[^\u0000-\u007F])*)?	t3111			1
R		(\{\$\{)([\u0000-\u{10FFFF}]*?)(\}\})	g(t3111,s(root),t3111)			3
R		(\{)(\$[\u0000-\u{10FFFF}]*?)(\})	g(t3111,s(root),t3111)			3
R		(\$\{)([[^]]+)(\})	g(t3111,t2200,t3111)			3
R		[\$\\\{]	t3108			0
S	variablevariable
R		\}	t2200	o1		0
I	root
S	attribute
R		\]	t5000	o1		0
R		\(	t5000	p(attributeparams)		0
R	i	(?:[\\_a-z]|[^\u0000-\u007F])(?:[\\]|[^\u0000-\u007F])*	t2004			0
I	root
S	attributeparams
R		\)	t5000	o1		0
I	root
S	root
R		\?>	t6100	o1		0
R	i	(<<<)(["']?)((?:[_a-z]|[^\u0000-\u007F])(?:[]|[^\u0000-\u007F])*)((?:\2)\n[\u0000-\u{10FFFF}]*?\n[]*)((?:\3))(;?)(\n)	g(t3100,t3100,t3106,t3100,t3106,t5000,t8000)			7
R		[]+	t8000			0
R		#\[	t5000	p(attribute)		0
R		#[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\/\*\*\/	t6002			0
R		\/\*\*[\u0000-\u{10FFFF}]*?\*\/	t3107			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
R	i	(->|::)([]*)((?:[_a-z]|[^\u0000-\u007F])(?:[]|[^\u0000-\u007F])*)	g(t4000,t8000,t2001)			3
R		[\!\%-\&\*-\+\--\/\:\<-\>\@\^\|\~]+	t4000			0
R		\?	t4000			0
R		[\(-\)\,\;\[\]\{\}]+	t5000			0
R	i	(new)([]+)(class)(?![])	g(t1000,t8000,t1000)			3
R	i	(class)([]+)	g(t1000,t8000)	p(classname)		2
R	i	(function)([]*)(?=\()	g(t1000,t8000)			2
R	i	(function)([]+)(&?)([]*)	g(t1000,t8000,t4000,t8000)	p(functionname)		4
R	i	(const)([]+)((?:[\\_a-z]|[^\u0000-\u007F])(?:[\\]|[^\u0000-\u007F])*)	g(t1000,t8000,t2003)			3
R	i	(and|E_PARSE|old_function|E_ERROR|or|as|E_WARNING|parent|eval|PHP_OS|break|exit|case|extends|PHP_VERSION|cfunction|FALSE|print|for|require|continue|foreach|require_once|declare|return|default|static|do|switch|die|stdClass|echo|else|TRUE|elseif|var|empty|if|xor|enddeclare|include|virtual|endfor|include_once|while|endforeach|global|endif|list|endswitch|new|endwhile|not|array|E_ALL|NULL|final|php_user_filter|interface|implements|public|private|protected|abstract|clone|try|catch|throw|this|use|namespace|trait|yield|finally|match)(?![])	t1000			1
R	i	(true|false|null)(?![])	t1001			1
I	magicconstants
R		\$\{	t2200	p(variablevariable)		0
R	i	\$+(?:[\\_a-z]|[^\u0000-\u007F])(?:[\\]|[^\u0000-\u007F])*	t2200			0
R	i	(?:[\\_a-z]|[^\u0000-\u007F])(?:[\\]|[^\u0000-\u007F])*	t2011			0
R	i	([\p{Nd}]+\.[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)(e[\+\-]?[0-9]+)?	t3202			2
R	i	[\p{Nd}]+e[\+\-]?[0-9]+	t3202			0
R	i	0o?[0-7_]+	t3206			0
R	i	0x[0-9_a-f]+	t3203			0
R		[\p{Nd}][_\p{Nd}]*	t3204			0
R	i	0b[0-1_]+	t3201			0
R		'([^'\\]*(?:\\[\u0000-\u{10FFFF}][^'\\]*)*)'	t3115			1
R		`([^\\\`]*(?:\\[\u0000-\u{10FFFF}][^\\\`]*)*)`	t3103			1
R		"	t3108	p(string)		0
