S	magicfuncs
R	i	(__callStatic|__set_state|__construct|__debugInfo|__toString|__destruct|__invoke|__wakeup|__clone|__sleep|__isset|__unset|__call|__get|__set)(?![])	t46			1
S	magicconstants
R	i	(__NAMESPACE__|__FUNCTION__|__METHOD__|__CLASS__|__TRAIT__|__LINE__|__FILE__|__DIR__)(?![])	t25			1
S	classname
R	i	(?:[\\_a-z]|[^\u0000-\u007F])(?:[\\]|[^\u0000-\u007F])*	t24	o1
S	functionname
I	magicfuncs
R	i	(?:[\\_a-z]|[^\u0000-\u007F])(?:[\\]|[^\u0000-\u007F])*	t45	o1
R				o1
S	string
R		"	t58	o1
R		[^"\$\\\{]+	t58
R	i	\\(["\$\\nrt]|[0-7]{1,3}|x[0-9a-f]{1,2})	t59			1
R	i	\$(?:[_a-z]|[^\u0000-\u007F])(?:[]|[^\u0000-\u007F])*(\[[[^]]+?\]|->(?:[_a-z]|[^\u0000-\u007F])(?:[]|[^\u0000-\u007F])*)?	t61			1
R		(\{\$\{)([\u0000-\u{10FFFF}]*?)(\}\})	g(t61,s(root),t61)			3
R		(\{)(\$[\u0000-\u{10FFFF}]*?)(\})	g(t61,s(root),t61)			3
R		(\$\{)([[^]]+)(\})	g(t61,t39,t61)			3
R		[\$\\\{]	t58
S	variablevariable
R		\}	t39	o1
I	root
S	attribute
R		\]	t78	o1
R		\(	t78	p(attributeparams)
R	i	(?:[\\_a-z]|[^\u0000-\u007F])(?:[\\]|[^\u0000-\u007F])*	t26
I	root
S	attributeparams
R		\)	t78	o1
I	root
S	root
R		\?>	t84	o1
R	i	(<<<)(["']?)((?:[_a-z]|[^\u0000-\u007F])(?:[]|[^\u0000-\u007F])*)((?:\2)\n[\u0000-\u{10FFFF}]*?\n[]*)((?:\3))(;?)(\n)	g(t50,t50,t56,t50,t56,t78,t98)			7
R		[]+	t98
R		#\[	t78	p(attribute)
R		#[\u0000-\u{10FFFF}]*?\n	t82
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		\/\*\*\/	t81
R		\/\*\*[\u0000-\u{10FFFF}]*?\*\/	t57
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
R	i	(->|::)([]*)((?:[_a-z]|[^\u0000-\u007F])(?:[]|[^\u0000-\u007F])*)	g(t75,t98,t23)			3
R		[\!\%-\&\*-\+\--\/\:\<-\>\@\^\|\~]+	t75
R		\?	t75
R		[\(-\)\,\;\[\]\{\}]+	t78
R	i	(new)([]+)(class)(?![])	g(t15,t98,t15)			3
R	i	(class)([]+)	g(t15,t98)	p(classname)		2
R	i	(function)([]*)(?=\()	g(t15,t98)			2
R	i	(function)([]+)(&?)([]*)	g(t15,t98,t75,t98)	p(functionname)		4
R	i	(const)([]+)((?:[\\_a-z]|[^\u0000-\u007F])(?:[\\]|[^\u0000-\u007F])*)	g(t15,t98,t25)			3
R	i	(and|E_PARSE|old_function|E_ERROR|or|as|E_WARNING|parent|eval|PHP_OS|break|exit|case|extends|PHP_VERSION|cfunction|FALSE|print|for|require|continue|foreach|require_once|declare|return|default|static|do|switch|die|stdClass|echo|else|TRUE|elseif|var|empty|if|xor|enddeclare|include|virtual|endfor|include_once|while|endforeach|global|endif|list|endswitch|new|endwhile|not|array|E_ALL|NULL|final|php_user_filter|interface|implements|public|private|protected|abstract|clone|try|catch|throw|this|use|namespace|trait|yield|finally|match)(?![])	t15			1
R	i	(true|false|null)(?![])	t16			1
I	magicconstants
R		\$\{	t39	p(variablevariable)
R	i	\$+(?:[\\_a-z]|[^\u0000-\u007F])(?:[\\]|[^\u0000-\u007F])*	t39
R	i	(?:[\\_a-z]|[^\u0000-\u007F])(?:[\\]|[^\u0000-\u007F])*	t33
R	i	([\p{Nd}]+\.[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)(e[\+\-]?[0-9]+)?	t69			2
R	i	[\p{Nd}]+e[\+\-]?[0-9]+	t69
R	i	0o?[0-7_]+	t73
R	i	0x[0-9_a-f]+	t70
R		[\p{Nd}][_\p{Nd}]*	t71
R	i	0b[0-1_]+	t68
R		'([^'\\]*(?:\\[\u0000-\u{10FFFF}][^'\\]*)*)'	t65			1
R		`([^\\\`]*(?:\\[\u0000-\u{10FFFF}][^\\\`]*)*)`	t53			1
R		"	t58	p(string)
