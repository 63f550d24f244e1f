S	cb-intp
R		[^\#\\\}]+	t3113			0
I	escapes
R		\\[^\n]	t3113			0
R		\}[A-Za-z]*	t3113	o1		0
I	interpol
S	triquot-end
R		[A-Za-z]+	t3113	o1		0
R				o1		0
S	apos-no-intp
R		[^'\\]+	t3113			0
R		\\[^\n]	t3113			0
R		'[A-Za-z]*	t3113	o1		0
S	slas-no-intp
R		[^\/\\]+	t3113			0
R		\\[^\n]	t3113			0
R		\/[A-Za-z]*	t3113	o1		0
S	pipe-no-intp
R		[^\\\|]+	t3113			0
R		\\[^\n]	t3113			0
R		\|[A-Za-z]*	t3113	o1		0
S	apos-intp
R		[^\#'\\]+	t3113			0
I	escapes
R		\\[^\n]	t3113			0
R		'[A-Za-z]*	t3113	o1		0
I	interpol
S	cb-no-intp
R		[^\\\}]+	t3113			0
R		\\[^\n]	t3113			0
R		\}[A-Za-z]*	t3113	o1		0
S	heredoc_double
R		(?<![^\n])[]*"""	t3110	o1		0
I	heredoc_interpol
S	triapos-end
R		[A-Za-z]+	t3113	o1		0
R				o1		0
S	interpol_string
R		\}	t3111	o1		0
I	root
S	triquot-intp
R		(?<![^\n])[]*"""	t3110	o1		0
I	heredoc_interpol
S	interpol
R		#\{	t3111	p(interpol_string)		0
S	pa-no-intp
R		[^\)\\]+	t3113			0
R		\\[^\n]	t3113			0
R		\)[A-Za-z]*	t3113	o1		0
S	map_key
I	root
R		:	t5000	p(map_val)		0
R		=>	t5000	p(map_val)		0
R		\}	t5000	o1		0
S	pa-intp
R		[^\#\)\\]+	t3113			0
I	escapes
R		\\[^\n]	t3113			0
R		\)[A-Za-z]*	t3113	o1		0
I	interpol
S	tuple
I	root
R		\}	t5000	o1		0
S	root
R		[]+	t8000			0
R		#[^\n]*(?![^\n])	t6003			0
R		(\?)(\\x\{)([A-Fa-f\p{Nd}]+)(\})	g(t3105,t3109,t3203,t3109)			4
R		(\?)(\\x[A-Fa-f\p{Nd}]{1,2})	g(t3105,t3109)			2
R		(\?)(\\[a-bd-fnr-tv])	g(t3105,t3109)			2
R		\?\\?[^\n]	t3105			0
R		:::	t3116			0
R		::	t4000			0
R		:(?:\.\.\.|<<>>|%\{\}|%|\{\})	t3116			0
R		:(?:(?:\.\.\.|[_a-z][]*[\!\?]?)|[A-Z][]*(?:\.[A-Z][]*)*|(?:<<<|>>>|\|\|\||&&&|\^\^\^|~~~|===|!==|~>>|<~>|\|~>|<\|>|==|!=|<=|>=|&&|\|\||<>|\+\+|--|\|>|=~|->|<-|\||\.|=|~>|<~|<|>|\+|-|\*|\/|!|\^|&))	t3116			0
R		:"	t3116	p(string_double_atom)		0
R		:'	t3116	p(string_single_atom)		0
R		((?:\.\.\.|<<>>|%\{\}|%|\{\})|(?:(?:\.\.\.|[_a-z][]*[\!\?]?)|[A-Z][]*(?:\.[A-Z][]*)*|(?:<<<|>>>|\|\|\||&&&|\^\^\^|~~~|===|!==|~>>|<~>|\|~>|<\|>|==|!=|<=|>=|&&|\|\||<>|\+\+|--|\|>|=~|->|<-|\||\.|=|~>|<~|<|>|\+|-|\*|\/|!|\^|&)))(:)(?=[]|\n)	g(t3116,t5000)			2
R		(fn|do|end|after|else|rescue|catch)(?![])	t1000			1
R		(not|and|or|when|in)(?![])	t4001			1
R		(case|cond|for|if|unless|try|receive|raise|quote|unquote|unquote_splicing|throw|super|while)(?![])	t1000			1
R		(def|defp|defmodule|defprotocol|defmacro|defmacrop|defdelegate|defexception|defstruct|defimpl|defcallback)(?![])	t1002			1
R		(import|require|use|alias)(?![])	t1003			1
R		(nil|true|false)(?![])	t2003			1
R		(_|__MODULE__|__DIR__|__ENV__|__CALLER__)(?![])	t2012			1
R		@(?:\.\.\.|[_a-z][]*[\!\?]?)	t2001			0
R		(?:\.\.\.|[_a-z][]*[\!\?]?)	t2000			0
R		(%?)([A-Z][]*(?:\.[A-Z][]*)*)	g(t5000,t2002)			2
R		<<<|>>>|\|\|\||&&&|\^\^\^|~~~|===|!==|~>>|<~>|\|~>|<\|>	t4000			0
R		==|!=|<=|>=|&&|\|\||<>|\+\+|--|\|>|=~|->|<-|\||\.|=|~>|<~	t4000			0
R		\\\\|<<|>>|=>|\(|\)|:|;|,|\[|\]	t5000			0
R		&[\p{Nd}]	t2005			0
R		<|>|\+|-|\*|\/|!|\^|&	t4000			0
R		0b[0-1](_?[0-1])*	t3201			1
R		0o[0-7](_?[0-7])*	t3206			1
R		0x[A-Fa-f\p{Nd}](_?[A-Fa-f\p{Nd}])*	t3203			1
R		[\p{Nd}](_?[\p{Nd}])*\.[\p{Nd}](_?[\p{Nd}])*([Ee][\+\-]?[\p{Nd}](_?[\p{Nd}])*)?	t3202			4
R		[\p{Nd}](_?[\p{Nd}])*	t3204			1
R		"""[]*	t3110	p(heredoc_double)		0
R		'''[]*(?![^\n])	t3110	p(heredoc_single)		0
R		"	t3108	p(string_double)		0
R		'	t3115	p(string_single)		0
I	sigils
R		%\{	t5000	p(map_key)		0
R		\{	t5000	p(tuple)		0
S	sigils
R		(~[a-z])(""")	g(t3113,t3110)	p(triquot-end,triquot-intp)		2
R		(~[A-Z])(""")	g(t3113,t3110)	p(triquot-end,triquot-no-intp)		2
R		(~[a-z])(''')	g(t3113,t3110)	p(triapos-end,triapos-intp)		2
R		(~[A-Z])(''')	g(t3113,t3110)	p(triapos-end,triapos-no-intp)		2
R		~[a-z]\{	t3113	p(cb-intp)		0
R		~[A-Z]\{	t3113	p(cb-no-intp)		0
R		~[a-z]\[	t3113	p(sb-intp)		0
R		~[A-Z]\[	t3113	p(sb-no-intp)		0
R		~[a-z]\(	t3113	p(pa-intp)		0
R		~[A-Z]\(	t3113	p(pa-no-intp)		0
R		~[a-z]<	t3113	p(ab-intp)		0
R		~[A-Z]<	t3113	p(ab-no-intp)		0
R		~[a-z]\/	t3113	p(slas-intp)		0
R		~[A-Z]\/	t3113	p(slas-no-intp)		0
R		~[a-z]\|	t3113	p(pipe-intp)		0
R		~[A-Z]\|	t3113	p(pipe-no-intp)		0
R		~[a-z]"	t3113	p(quot-intp)		0
R		~[A-Z]"	t3113	p(quot-no-intp)		0
R		~[a-z]'	t3113	p(apos-intp)		0
R		~[A-Z]'	t3113	p(apos-no-intp)		0
S	triapos-intp
R		(?<![^\n])[]*'''	t3110	o1		0
I	heredoc_interpol
S	string_single_atom
R		[^\#'\\]+	t3116			0
I	escapes
R		\\[^\n]	t3116			0
R		(')	g(t3116)	o1		1
I	interpol
S	quot-intp
R		[^"-\#\\]+	t3113			0
I	escapes
R		\\[^\n]	t3113			0
R		"[A-Za-z]*	t3113	o1		0
I	interpol
S	sb-no-intp
R		[^\\-\]]+	t3113			0
R		\\[^\n]	t3113			0
R		\][A-Za-z]*	t3113	o1		0
S	slas-intp
R		[^\#\/\\]+	t3113			0
I	escapes
R		\\[^\n]	t3113			0
R		\/[A-Za-z]*	t3113	o1		0
I	interpol
S	sb-intp
R		[^\#\\-\]]+	t3113			0
I	escapes
R		\\[^\n]	t3113			0
R		\][A-Za-z]*	t3113	o1		0
I	interpol
S	heredoc_no_interpol
R		[^\n\\]+	t3110			0
R		\\[^\n]	t3110			0
R		\n+	t3110			0
S	pipe-intp
R		[^\#\\\|]+	t3113			0
I	escapes
R		\\[^\n]	t3113			0
R		\|[A-Za-z]*	t3113	o1		0
I	interpol
S	map_val
I	root
R		,	t5000	o1		0
R		(?=\})	t5000	o1		0
S	heredoc_single
R		(?<![^\n])[]*'''	t3110	o1		0
I	heredoc_interpol
S	heredoc_interpol
R		[^\n\#\\]+	t3110			0
I	escapes
R		\\[^\n]	t3110			0
R		\n+	t3110			0
I	interpol
S	string_single
R		[^\#'\\]+	t3115			0
I	escapes
R		\\[^\n]	t3115			0
R		(')	g(t3115)	o1		1
I	interpol
S	string_double_atom
R		[^"-\#\\]+	t3116			0
I	escapes
R		\\[^\n]	t3116			0
R		(")	g(t3116)	o1		1
I	interpol
S	ab-no-intp
R		[^\>\\]+	t3113			0
R		\\[^\n]	t3113			0
R		>[A-Za-z]*	t3113	o1		0
S	ab-intp
R		[^\#\>\\]+	t3113			0
I	escapes
R		\\[^\n]	t3113			0
R		>[A-Za-z]*	t3113	o1		0
I	interpol
S	quot-no-intp
R		[^"\\]+	t3113			0
R		\\[^\n]	t3113			0
R		"[A-Za-z]*	t3113	o1		0
S	triapos-no-intp
R		(?<![^\n])[]*'''	t3110	o1		0
I	heredoc_no_interpol
S	string_double
R		[^"-\#\\]+	t3108			0
I	escapes
R		\\[^\n]	t3108			0
R		(")	g(t3108)	o1		1
I	interpol
S	escapes
R		(\\x\{)([A-Fa-f\p{Nd}]+)(\})	g(t3109,t3203,t3109)			3
R		(\\x[A-Fa-f\p{Nd}]{1,2})	t3109			1
R		(\\[a-bd-fnr-tv])	t3109			1
S	triquot-no-intp
R		(?<![^\n])[]*"""	t3110	o1		0
I	heredoc_no_interpol
