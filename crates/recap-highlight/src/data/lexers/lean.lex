S	expression
R		[]+	t8001			0
R		\/--	t3107	p(docstring)		0
R		\/-	t6000	p(comment)		0
R		--[^\n]*(?![^\n])	t6003			0
R		(?<![])(Type|Prop|Sort)(?![])	t1006			1
R		(?<![])(sorry|admit)(?![])	t7003			1
R		(!=|#|&|&&|\*|\+|-|\/|@|!|-\.|->|\.|\.\.|\.\.\.|::|:>|;|;;|<|<-|=|==|>|_|\||\|\||~|=>|<=|>=|\/\\|\\\/|\u2200|\u03A0|\u03BB|\u2194|\u2227|\u2228|\u2260|\u2264|\u2265|\u00AC|\u207B\u00B9|\u2B1D|\u25B8|\u2192|\u2203|\u2248|\u00D7|\u231E|\u231F|\u2261|\u27E8|\u27E9|\u21A6)	t2101			1
R		(\(|\)|:|\{|\}|\[|\]|\u2983|\u2984|:=|,)	t4000			1
R		(?![\u03A0\u03A3\u03BB])[A-Z_a-z\u0391-\u03A9\u03B1-\u03FB\u1F00-\u1FFE\u2100-\u214F\u{1D49C}-\u{1D59F}](?:(?![\u03A0\u03A3\u03BB])[\!'0-9\?A-Z_a-z\u0391-\u03A9\u03B1-\u03FB\u1D62-\u1D6A\u1F00-\u1FFE\u207F-\u2089\u2090-\u209C\u2100-\u214F\u{1D49C}-\u{1D59F}])*	t2000			0
R		``?(?![\u03A0\u03A3\u03BB])[A-Z_a-z\u0391-\u03A9\u03B1-\u03FB\u1F00-\u1FFE\u2100-\u214F\u{1D49C}-\u{1D59F}](?:(?![\u03A0\u03A3\u03BB])[\!'0-9\?A-Z_a-z\u0391-\u03A9\u03B1-\u03FB\u1D62-\u1D6A\u1F00-\u1FFE\u207F-\u2089\u2090-\u209C\u2100-\u214F\u{1D49C}-\u{1D59F}])*(\.(?![\u03A0\u03A3\u03BB])[A-Z_a-z\u0391-\u03A9\u03B1-\u03FB\u1F00-\u1FFE\u2100-\u214F\u{1D49C}-\u{1D59F}](?:(?![\u03A0\u03A3\u03BB])[\!'0-9\?A-Z_a-z\u0391-\u03A9\u03B1-\u03FB\u1D62-\u1D6A\u1F00-\u1FFE\u207F-\u2089\u2090-\u209C\u2100-\u214F\u{1D49C}-\u{1D59F}])*)*	t3116			1
R		(?<=\.)[\p{Nd}]+	t3200			0
R		([\p{Nd}]+\.[\p{Nd}]*)([Ee][\+\-]?[0-9]+)?	t3202			2
R		[\p{Nd}]+	t3204			0
R		"	t3108	p(string)		0
R		[\?\~][a-z][']*:	t2200			0
R		[[^]]	t2101			0
S	root
R		(?:(?<=[])(?![])|(?<![])(?=[]))(import|unif_hint|renaming|inline|hiding|lemma|variable|theorem|axiom|inductive|structure|universe|alias|#help|precedence|postfix|prefix|infix|infixl|infixr|notation|#eval|#check|#reduce|#exit|end|private|using|namespace|instance|section|protected|export|set_option|extends|open|example|#print|opaque|def|macro|elab|syntax|macro_rules|#reduce|where|abbrev|noncomputable|class|attribute|#synth|mutual|scoped|local)(?![])	t1003			1
R		(?<![])(forall|fun|obtain|from|have|show|assume|let|if|else|then|by|in|with|calc|match|nomatch|do|at)(?![])	t1000			1
R		@\[	t1002	p(attribute)		0
I	expression
S	attribute
R		\]	t1002	o1		0
I	expression
S	comment
R		[^\-\/]+	t6002			0
R		\/-	t6002	p()		0
R		-\/	t6002	o1		0
R		[\-\/]	t6002			0
S	docstring
R		[^\-\/]+	t3107			0
R		-\/	t3107	o1		0
R		[\-\/]	t3107			0
S	string
R		[^"\\]+	t3108			0
R		\\[\n"\\n]	t3109			0
R		"	t3108	o1		0
