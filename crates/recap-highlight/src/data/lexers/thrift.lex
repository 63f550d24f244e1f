S	class
R		[A-Z_a-z][]*	t2002	o1		0
R				o1		0
S	keywords
R		(async|oneway|extends|throws|required|optional)(?![])	t1000			1
R		(true|false)(?![])	t1001			1
R		(const|typedef)(?![])	t1002			1
R		(smalltalk_category|smalltalk_prefix|delphi_namespace|csharp_namespace|ruby_namespace|xsd_namespace|cpp_namespace|php_namespace|xsd_nillable|xsd_optional|java_package|cocoa_prefix|perl_package|cpp_include|py_module|xsd_attrs|cpp_type|xsd_all|include)(?![])	t1003			1
R		(double|binary|string|slist|senum|bool|void|byte|list|i64|map|set|i32|i16)(?![])	t1006			1
R		(?<![])(__NAMESPACE__|synchronized|__FUNCTION__|__METHOD__|endforeach|implements|enddeclare|instanceof|transient|endswitch|protected|interface|__CLASS__|continue|__FILE__|abstract|function|endwhile|unsigned|register|volatile|__LINE__|declare|foreach|default|__DIR__|private|finally|dynamic|virtual|lambda|elseif|inline|switch|unless|endfor|delete|import|return|module|ensure|native|rescue|assert|sizeof|static|global|except|public|float|BEGIN|super|endif|yield|elsif|throw|clone|class|catch|until|break|retry|begin|raise|alias|while|print|undef|exec|with|when|case|redo|args|elif|this|then|self|goto|else|pass|next|var|for|xor|END|not|try|del|and|def|new|use|nil|end|if|do|is|or|in|as)(?![])	t1005			1
S	numbers
R		[\+\-]?([\p{Nd}]+\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?|\.?[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+)	t3202			2
R		[\+\-]?0x[0-9A-Fa-f]+	t3203			0
R		[\+\-]?[0-9]+	t3204			0
S	root
I	whitespace
I	comments
R		"	t3108	c(stringescape,dqs)		0
R		'	t3115	c(stringescape,sqs)		0
R		(namespace)([]+)	g(t1003,t8001)	p(namespace)		2
R		(enum|union|struct|service|exception)([]+)	g(t1002,t8001)	p(class)		2
R		((?:(?:[^[^]]|\$)[\$\.\<\>\[\]]*[]+)+?)((?:[^[^]]|\$)[\$]*)([]*)(\()	g(s(root),t2300,t8000,t4000)			4
I	keywords
I	numbers
R		[\&\=]	t4000			0
R		[\(-\)\,\:-\<\>\[\]\{\}]	t5000			0
R		[A-Z_a-z](\.[]|[])*	t2000			1
S	dqs
R		"	t3108	o1		0
R		[^\n"\\]+	t3108			0
S	namespace
R		[\*a-z](\.[]|[])*	t2009	o1		1
R				o1		0
S	whitespace
R		\n	t8001			0
R		[]+	t8001			0
S	comments
R		#[^\n]*(?![^\n])	t6000			0
R		\/\/[^\n]*?\n	t6000			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
S	stringescape
R		\\(["'\\nrt])	t3109			1
S	sqs
R		'	t3115	o1		0
R		[^\n'\\]+	t3115			0
