S	numbers
R		0[Xx][0-9A-Fa-f]+([Pp][0-9]+)?[Li]?	t70			1
R		[\+\-]?([0-9]+(\.[0-9]+)?|\.[0-9]+|\.)([Ee][\+\-]?[0-9]+)?[Li]?	t67			3
S	operators
R		<<?-|->>?|-|==|<=|>=|<|>|&&?|!=|\|\|?|\?	t75
R		\*|\+|\^|\/|!|%[^\%]*%|=|~|\$|@|:{1,3}	t75
S	root
I	keywords
R		((?:`[^\\\`]*(?:\\[^\n][^\\\`]*)*`)|(?:(?:[A-z]|[\._][^0-9])[\._]*))[]*(?=\()	t45			1
I	statements
R		\{|\}	t78
R		[^\n]	t98
S	valid_name
R		(?:`[^\\\`]*(?:\\[^\n][^\\\`]*)*`)|(?:(?:[A-z]|[\._][^0-9])[\._]*)	t22
S	keywords
R		(if|else|for|while|repeat|in|next|break|return|switch|function)(?![\.])	t20			1
S	builtin_symbols
R		(NULL|NA(_(integer|real|complex|character)_)?|letters|LETTERS|Inf|TRUE|FALSE|NaN|pi|\.\.(\.|[0-9]+))(?![\.])	t16			4
R		(T|F)(?![])	t38			1
S	string_squote
R		([^'\\]|\\[^\n])*'	t50	o1		1
S	comments
R		#[^\n]*(?![^\n])	t82
S	punctuation
R		\[{1,2}|\]{1,2}|\(|\)|;|,	t78
S	statements
I	comments
R		[]+	t98
R		'	t50	p(string_squote)
R		"	t50	p(string_dquote)
I	builtin_symbols
I	valid_name
I	numbers
I	punctuation
I	operators
S	string_dquote
R		([^"\\]|\\[^\n])*"	t50	o1		1
