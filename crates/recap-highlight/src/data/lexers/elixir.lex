S	cb-intp
R		[^\#\\\}]+	t63
I	escapes
R		\\[^\n]	t63
R		\}[A-Za-z]*	t63	o1
I	interpol
S	triquot-end
R		[A-Za-z]+	t63	o1
R				o1
S	apos-no-intp
R		[^'\\]+	t63
R		\\[^\n]	t63
R		'[A-Za-z]*	t63	o1
S	slas-no-intp
R		[^\/\\]+	t63
R		\\[^\n]	t63
R		\/[A-Za-z]*	t63	o1
S	pipe-no-intp
R		[^\\\|]+	t63
R		\\[^\n]	t63
R		\|[A-Za-z]*	t63	o1
S	apos-intp
R		[^\#'\\]+	t63
I	escapes
R		\\[^\n]	t63
R		'[A-Za-z]*	t63	o1
I	interpol
S	cb-no-intp
R		[^\\\}]+	t63
R		\\[^\n]	t63
R		\}[A-Za-z]*	t63	o1
S	heredoc_double
R		(?<![^\n])[]*"""	t60	o1
I	heredoc_interpol
S	triapos-end
R		[A-Za-z]+	t63	o1
R				o1
S	interpol_string
R		\}	t61	o1
I	root
S	triquot-intp
R		(?<![^\n])[]*"""	t60	o1
I	heredoc_interpol
S	interpol
R		#\{	t61	p(interpol_string)
S	pa-no-intp
R		[^\)\\]+	t63
R		\\[^\n]	t63
R		\)[A-Za-z]*	t63	o1
S	map_key
I	root
R		:	t78	p(map_val)
R		=>	t78	p(map_val)
R		\}	t78	o1
S	pa-intp
R		[^\#\)\\]+	t63
I	escapes
R		\\[^\n]	t63
R		\)[A-Za-z]*	t63	o1
I	interpol
S	tuple
I	root
R		\}	t78	o1
S	root
R		[]+	t98
R		#[^\n]*(?![^\n])	t82
R		(\?)(\\x\{)([A-Fa-f\p{Nd}]+)(\})	g(t55,t59,t70,t59)			4
R		(\?)(\\x[A-Fa-f\p{Nd}]{1,2})	g(t55,t59)			2
R		(\?)(\\[a-bd-fnr-tv])	g(t55,t59)			2
R		\?\\?[^\n]	t55
R		:::	t66
R		::	t75
R		:(?:\.\.\.|<<>>|%\{\}|%|\{\})	t66
R		:(?:(?:\.\.\.|[_a-z][]*[\!\?]?)|[A-Z][]*(?:\.[A-Z][]*)*|(?:<<<|>>>|\|\|\||&&&|\^\^\^|~~~|===|!==|~>>|<~>|\|~>|<\|>|==|!=|<=|>=|&&|\|\||<>|\+\+|--|\|>|=~|->|<-|\||\.|=|~>|<~|<|>|\+|-|\*|\/|!|\^|&))	t66
R		:"	t66	p(string_double_atom)
R		:'	t66	p(string_single_atom)
R		((?:\.\.\.|<<>>|%\{\}|%|\{\})|(?:(?:\.\.\.|[_a-z][]*[\!\?]?)|[A-Z][]*(?:\.[A-Z][]*)*|(?:<<<|>>>|\|\|\||&&&|\^\^\^|~~~|===|!==|~>>|<~>|\|~>|<\|>|==|!=|<=|>=|&&|\|\||<>|\+\+|--|\|>|=~|->|<-|\||\.|=|~>|<~|<|>|\+|-|\*|\/|!|\^|&)))(:)(?=[]|\n)	g(t66,t78)			2
R		(fn|do|end|after|else|rescue|catch)(?![])	t15			1
R		(not|and|or|when|in)(?![])	t76			1
R		(case|cond|for|if|unless|try|receive|raise|quote|unquote|unquote_splicing|throw|super|while)(?![])	t15			1
R		(def|defp|defmodule|defprotocol|defmacro|defmacrop|defdelegate|defexception|defstruct|defimpl|defcallback)(?![])	t17			1
R		(import|require|use|alias)(?![])	t18			1
R		(nil|true|false)(?![])	t25			1
R		(_|__MODULE__|__DIR__|__ENV__|__CALLER__)(?![])	t34			1
R		@(?:\.\.\.|[_a-z][]*[\!\?]?)	t23
R		(?:\.\.\.|[_a-z][]*[\!\?]?)	t22
R		(%?)([A-Z][]*(?:\.[A-Z][]*)*)	g(t78,t24)			2
R		<<<|>>>|\|\|\||&&&|\^\^\^|~~~|===|!==|~>>|<~>|\|~>|<\|>	t75
R		==|!=|<=|>=|&&|\|\||<>|\+\+|--|\|>|=~|->|<-|\||\.|=|~>|<~	t75
R		\\\\|<<|>>|=>|\(|\)|:|;|,|\[|\]	t78
R		&[\p{Nd}]	t27
R		<|>|\+|-|\*|\/|!|\^|&	t75
R		0b[0-1](_?[0-1])*	t68			1
R		0o[0-7](_?[0-7])*	t73			1
R		0x[A-Fa-f\p{Nd}](_?[A-Fa-f\p{Nd}])*	t70			1
R		[\p{Nd}](_?[\p{Nd}])*\.[\p{Nd}](_?[\p{Nd}])*([Ee][\+\-]?[\p{Nd}](_?[\p{Nd}])*)?	t69			4
R		[\p{Nd}](_?[\p{Nd}])*	t71			1
R		"""[]*	t60	p(heredoc_double)
R		'''[]*(?![^\n])	t60	p(heredoc_single)
R		"	t58	p(string_double)
R		'	t65	p(string_single)
I	sigils
R		%\{	t78	p(map_key)
R		\{	t78	p(tuple)
S	sigils
R		(~[a-z])(""")	g(t63,t60)	p(triquot-end,triquot-intp)		2
R		(~[A-Z])(""")	g(t63,t60)	p(triquot-end,triquot-no-intp)		2
R		(~[a-z])(''')	g(t63,t60)	p(triapos-end,triapos-intp)		2
R		(~[A-Z])(''')	g(t63,t60)	p(triapos-end,triapos-no-intp)		2
R		~[a-z]\{	t63	p(cb-intp)
R		~[A-Z]\{	t63	p(cb-no-intp)
R		~[a-z]\[	t63	p(sb-intp)
R		~[A-Z]\[	t63	p(sb-no-intp)
R		~[a-z]\(	t63	p(pa-intp)
R		~[A-Z]\(	t63	p(pa-no-intp)
R		~[a-z]<	t63	p(ab-intp)
R		~[A-Z]<	t63	p(ab-no-intp)
R		~[a-z]\/	t63	p(slas-intp)
R		~[A-Z]\/	t63	p(slas-no-intp)
R		~[a-z]\|	t63	p(pipe-intp)
R		~[A-Z]\|	t63	p(pipe-no-intp)
R		~[a-z]"	t63	p(quot-intp)
R		~[A-Z]"	t63	p(quot-no-intp)
R		~[a-z]'	t63	p(apos-intp)
R		~[A-Z]'	t63	p(apos-no-intp)
S	triapos-intp
R		(?<![^\n])[]*'''	t60	o1
I	heredoc_interpol
S	string_single_atom
R		[^\#'\\]+	t66
I	escapes
R		\\[^\n]	t66
R		(')	g(t66)	o1		1
I	interpol
S	quot-intp
R		[^"-\#\\]+	t63
I	escapes
R		\\[^\n]	t63
R		"[A-Za-z]*	t63	o1
I	interpol
S	sb-no-intp
R		[^\\-\]]+	t63
R		\\[^\n]	t63
R		\][A-Za-z]*	t63	o1
S	slas-intp
R		[^\#\/\\]+	t63
I	escapes
R		\\[^\n]	t63
R		\/[A-Za-z]*	t63	o1
I	interpol
S	sb-intp
R		[^\#\\-\]]+	t63
I	escapes
R		\\[^\n]	t63
R		\][A-Za-z]*	t63	o1
I	interpol
S	heredoc_no_interpol
R		[^\n\\]+	t60
R		\\[^\n]	t60
R		\n+	t60
S	pipe-intp
R		[^\#\\\|]+	t63
I	escapes
R		\\[^\n]	t63
R		\|[A-Za-z]*	t63	o1
I	interpol
S	map_val
I	root
R		,	t78	o1
R		(?=\})	t78	o1
S	heredoc_single
R		(?<![^\n])[]*'''	t60	o1
I	heredoc_interpol
S	heredoc_interpol
R		[^\n\#\\]+	t60
I	escapes
R		\\[^\n]	t60
R		\n+	t60
I	interpol
S	string_single
R		[^\#'\\]+	t65
I	escapes
R		\\[^\n]	t65
R		(')	g(t65)	o1		1
I	interpol
S	string_double_atom
R		[^"-\#\\]+	t66
I	escapes
R		\\[^\n]	t66
R		(")	g(t66)	o1		1
I	interpol
S	ab-no-intp
R		[^\>\\]+	t63
R		\\[^\n]	t63
R		>[A-Za-z]*	t63	o1
S	ab-intp
R		[^\#\>\\]+	t63
I	escapes
R		\\[^\n]	t63
R		>[A-Za-z]*	t63	o1
I	interpol
S	quot-no-intp
R		[^"\\]+	t63
R		\\[^\n]	t63
R		"[A-Za-z]*	t63	o1
S	triapos-no-intp
R		(?<![^\n])[]*'''	t60	o1
I	heredoc_no_interpol
S	string_double
R		[^"-\#\\]+	t58
I	escapes
R		\\[^\n]	t58
R		(")	g(t58)	o1		1
I	interpol
S	escapes
R		(\\x\{)([A-Fa-f\p{Nd}]+)(\})	g(t59,t70,t59)			3
R		(\\x[A-Fa-f\p{Nd}]{1,2})	t59			1
R		(\\[a-bd-fnr-tv])	t59			1
S	triquot-no-intp
R		(?<![^\n])[]*"""	t60	o1
I	heredoc_no_interpol
