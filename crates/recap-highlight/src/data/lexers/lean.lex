S	expression
R		[]+	t99
R		\/--	t57	p(docstring)
R		\/-	t79	p(comment)
R		--[^\n]*(?![^\n])	t82
R		(?<![])(Type|Prop|Sort)(?![])	t21			1
R		(?<![])(sorry|admit)(?![])	t89			1
R		(!=|#|&|&&|\*|\+|-|\/|@|!|-\.|->|\.|\.\.|\.\.\.|::|:>|;|;;|<|<-|=|==|>|_|\||\|\||~|=>|<=|>=|\/\\|\\\/|\u2200|\u03A0|\u03BB|\u2194|\u2227|\u2228|\u2260|\u2264|\u2265|\u00AC|\u207B\u00B9|\u2B1D|\u25B8|\u2192|\u2203|\u2248|\u00D7|\u231E|\u231F|\u2261|\u27E8|\u27E9|\u21A6)	t38			1
R		(\(|\)|:|\{|\}|\[|\]|\u2983|\u2984|:=|,)	t75			1
R		(?![\u03A0\u03A3\u03BB])[A-Z_a-z\u0391-\u03A9\u03B1-\u03FB\u1F00-\u1FFE\u2100-\u214F\u{1D49C}-\u{1D59F}](?:(?![\u03A0\u03A3\u03BB])[\!'0-9\?A-Z_a-z\u0391-\u03A9\u03B1-\u03FB\u1D62-\u1D6A\u1F00-\u1FFE\u207F-\u2089\u2090-\u209C\u2100-\u214F\u{1D49C}-\u{1D59F}])*	t22
R		``?(?![\u03A0\u03A3\u03BB])[A-Z_a-z\u0391-\u03A9\u03B1-\u03FB\u1F00-\u1FFE\u2100-\u214F\u{1D49C}-\u{1D59F}](?:(?![\u03A0\u03A3\u03BB])[\!'0-9\?A-Z_a-z\u0391-\u03A9\u03B1-\u03FB\u1D62-\u1D6A\u1F00-\u1FFE\u207F-\u2089\u2090-\u209C\u2100-\u214F\u{1D49C}-\u{1D59F}])*(\.(?![\u03A0\u03A3\u03BB])[A-Z_a-z\u0391-\u03A9\u03B1-\u03FB\u1F00-\u1FFE\u2100-\u214F\u{1D49C}-\u{1D59F}](?:(?![\u03A0\u03A3\u03BB])[\!'0-9\?A-Z_a-z\u0391-\u03A9\u03B1-\u03FB\u1D62-\u1D6A\u1F00-\u1FFE\u207F-\u2089\u2090-\u209C\u2100-\u214F\u{1D49C}-\u{1D59F}])*)*	t66			1
R		(?<=\.)[\p{Nd}]+	t67
R		([\p{Nd}]+\.[\p{Nd}]*)([Ee][\+\-]?[0-9]+)?	t69			2
R		[\p{Nd}]+	t71
R		"	t58	p(string)
R		[\?\~][a-z][']*:	t39
R		[[^]]	t38
S	root
R		(?:(?<=[])(?![])|(?<![])(?=[]))(import|unif_hint|renaming|inline|hiding|lemma|variable|theorem|axiom|inductive|structure|universe|alias|#help|precedence|postfix|prefix|infix|infixl|infixr|notation|#eval|#check|#reduce|#exit|end|private|using|namespace|instance|section|protected|export|set_option|extends|open|example|#print|opaque|def|macro|elab|syntax|macro_rules|#reduce|where|abbrev|noncomputable|class|attribute|#synth|mutual|scoped|local)(?![])	t18			1
R		(?<![])(forall|fun|obtain|from|have|show|assume|let|if|else|then|by|in|with|calc|match|nomatch|do|at)(?![])	t15			1
R		@\[	t17	p(attribute)
I	expression
S	attribute
R		\]	t17	o1
I	expression
S	comment
R		[^\-\/]+	t81
R		\/-	t81	p()
R		-\/	t81	o1
R		[\-\/]	t81
S	docstring
R		[^\-\/]+	t57
R		-\/	t57	o1
R		[\-\/]	t57
S	string
R		[^"\\]+	t58
R		\\[\n"\\n]	t59
R		"	t58	o1
