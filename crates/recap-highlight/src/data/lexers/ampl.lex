S	root
R		[]+	t8000			0
R		#[^\n]*	t6000			0
R		\/\*	t6000	p(comment)		0
R		"(\\[\u0000-\u{10FFFF}]|[^"\\])*"	t3100			1
R		'(\\[\u0000-\u{10FFFF}]|[^'\\])*'	t3100			1
R		(?<![])[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-]?[\p{Nd}]+)?(?:(?<=[])(?![])|(?<![])(?=[]))	t3202			1
R		(?<![])[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+(?![])	t3202			0
R		(?<![])[\p{Nd}]+(?![])	t3204			0
R		(?<![])(call|cd|close|commands|data|delete|display|drop|end|environ|exit|expand|include|load|model|objective|option|problem|purge|quit|redeclare|reload|remove|reset|restore|shell|show|solexpand|solution|solve|update|unload|xref|coeff|coef|cover|obj|interval|default|from|to|to_come|net_in|net_out|dimen|dimension|check|complements|write|function|pipe|format|if|then|else|in|while|repeat|for)(?![])	t1005			1
R		(?<![])(integer|binary|symbolic|ordered|circular|reversed|INOUT|IN|OUT|LOCAL)(?![])	t1006			1
R		(?<![])(set|param|var|arc|minimize|maximize|subject to|s\.t\.|subj to|node|table|suffix|read table|write table)(?:(?<=[])(?![])|(?<![])(?=[]))	t1002			1
R		(?<![])(abs|acos|acosh|alias|asin|asinh|atan|atan2|atanh|ceil|ctime|cos|exp|floor|log|log10|max|min|precision|round|sin|sinh|sqrt|tan|tanh|time|trunc|Beta|Cauchy|Exponential|Gamma|Irand224|Normal|Normal01|Poisson|Uniform|Uniform01|num|num0|ichar|char|length|substr|sprintf|match|sub|gsub|print|printf|next|nextw|prev|prevw|first|last|ord|ord0|card|arity|indexarity)(?![])	t2100			1
R		(?<![])(or|exists|forall|and|in|not|within|union|diff|difference|symdiff|inter|intersect|intersection|cross|setof|by|less|sum|prod|product|div|mod)(?![])	t4001			1
R		[A-Z_a-z][0-9A-Z_a-z]*(?:\.[0-9A-Z_a-z]+)*	t2000			0
R		\+|-|\*|\/|\*\*|=|<=|>=|==|\||\^|<|>|!|\.\.|:=|&|!=|<<|>>	t4000			0
R		[\(-\)\,\.\:-\;\[\]\{\}]	t5000			0
S	comment
R		[^\*]+	t6000			0
R		\*\/	t6000	o1		0
R		\*	t6000			0
