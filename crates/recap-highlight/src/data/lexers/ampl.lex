S	root
R		[]+	t98
R		#[^\n]*	t79
R		\/\*	t79	p(comment)
R		"(\\[\u0000-\u{10FFFF}]|[^"\\])*"	t50			1
R		'(\\[\u0000-\u{10FFFF}]|[^'\\])*'	t50			1
R		(?<![])[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-]?[\p{Nd}]+)?(?:(?<=[])(?![])|(?<![])(?=[]))	t69			1
R		(?<![])[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+(?![])	t69
R		(?<![])[\p{Nd}]+(?![])	t71
R		(?<![])(call|cd|close|commands|data|delete|display|drop|end|environ|exit|expand|include|load|model|objective|option|problem|purge|quit|redeclare|reload|remove|reset|restore|shell|show|solexpand|solution|solve|update|unload|xref|coeff|coef|cover|obj|interval|default|from|to|to_come|net_in|net_out|dimen|dimension|check|complements|write|function|pipe|format|if|then|else|in|while|repeat|for)(?![])	t20			1
R		(?<![])(integer|binary|symbolic|ordered|circular|reversed|INOUT|IN|OUT|LOCAL)(?![])	t21			1
R		(?<![])(set|param|var|arc|minimize|maximize|subject to|s\.t\.|subj to|node|table|suffix|read table|write table)(?:(?<=[])(?![])|(?<![])(?=[]))	t17			1
R		(?<![])(abs|acos|acosh|alias|asin|asinh|atan|atan2|atanh|ceil|ctime|cos|exp|floor|log|log10|max|min|precision|round|sin|sinh|sqrt|tan|tanh|time|trunc|Beta|Cauchy|Exponential|Gamma|Irand224|Normal|Normal01|Poisson|Uniform|Uniform01|num|num0|ichar|char|length|substr|sprintf|match|sub|gsub|print|printf|next|nextw|prev|prevw|first|last|ord|ord0|card|arity|indexarity)(?![])	t37			1
R		(?<![])(or|exists|forall|and|in|not|within|union|diff|difference|symdiff|inter|intersect|intersection|cross|setof|by|less|sum|prod|product|div|mod)(?![])	t76			1
R		[A-Z_a-z][0-9A-Z_a-z]*(?:\.[0-9A-Z_a-z]+)*	t22
R		\+|-|\*|\/|\*\*|=|<=|>=|==|\||\^|<|>|!|\.\.|:=|&|!=|<<|>>	t75
R		[\(-\)\,\.\:-\;\[\]\{\}]	t78
S	comment
R		[^\*]+	t79
R		\*\/	t79	o1
R		\*	t79
