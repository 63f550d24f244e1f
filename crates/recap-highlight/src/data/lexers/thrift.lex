S	class
R		[A-Z_a-z][]*	t24	o1
R				o1
S	keywords
R		(async|oneway|extends|throws|required|optional)(?![])	t15			1
R		(true|false)(?![])	t16			1
R		(const|typedef)(?![])	t17			1
R		(smalltalk_category|smalltalk_prefix|delphi_namespace|csharp_namespace|ruby_namespace|xsd_namespace|cpp_namespace|php_namespace|xsd_nillable|xsd_optional|java_package|cocoa_prefix|perl_package|cpp_include|py_module|xsd_attrs|cpp_type|xsd_all|include)(?![])	t18			1
R		(double|binary|string|slist|senum|bool|void|byte|list|i64|map|set|i32|i16)(?![])	t21			1
R		(?<![])(__NAMESPACE__|synchronized|__FUNCTION__|__METHOD__|endforeach|implements|enddeclare|instanceof|transient|endswitch|protected|interface|__CLASS__|continue|__FILE__|abstract|function|endwhile|unsigned|register|volatile|__LINE__|declare|foreach|default|__DIR__|private|finally|dynamic|virtual|lambda|elseif|inline|switch|unless|endfor|delete|import|return|module|ensure|native|rescue|assert|sizeof|static|global|except|public|float|BEGIN|super|endif|yield|elsif|throw|clone|class|catch|until|break|retry|begin|raise|alias|while|print|undef|exec|with|when|case|redo|args|elif|this|then|self|goto|else|pass|next|var|for|xor|END|not|try|del|and|def|new|use|nil|end|if|do|is|or|in|as)(?![])	t20			1
S	numbers
R		[\+\-]?([\p{Nd}]+\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?|\.?[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+)	t69			2
R		[\+\-]?0x[0-9A-Fa-f]+	t70
R		[\+\-]?[0-9]+	t71
S	root
I	whitespace
I	comments
R		"	t58	c(stringescape,dqs)
R		'	t65	c(stringescape,sqs)
R		(namespace)([]+)	g(t18,t99)	p(namespace)		2
R		(enum|union|struct|service|exception)([]+)	g(t17,t99)	p(class)		2
R		((?:(?:[^[^]]|\$)[\$\.\<\>\[\]]*[]+)+?)((?:[^[^]]|\$)[\$]*)([]*)(\()	g(s(root),t45,t98,t75)			4
I	keywords
I	numbers
R		[\&\=]	t75
R		[\(-\)\,\:-\<\>\[\]\{\}]	t78
R		[A-Z_a-z](\.[]|[])*	t22			1
S	dqs
R		"	t58	o1
R		[^\n"\\]+	t58
S	namespace
R		[\*a-z](\.[]|[])*	t31	o1		1
R				o1
S	whitespace
R		\n	t99
R		[]+	t99
S	comments
R		#[^\n]*(?![^\n])	t79
R		\/\/[^\n]*?\n	t79
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
S	stringescape
R		\\(["'\\nrt])	t59			1
S	sqs
R		'	t65	o1
R		[^\n'\\]+	t65
