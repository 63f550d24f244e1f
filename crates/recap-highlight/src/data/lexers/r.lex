S	numbers
R		0[Xx][0-9A-Fa-f]+([Pp][0-9]+)?[Li]?	t3203			1
R		[\+\-]?([0-9]+(\.[0-9]+)?|\.[0-9]+|\.)([Ee][\+\-]?[0-9]+)?[Li]?	t3200			3
S	operators
R		<<?-|->>?|-|==|<=|>=|<|>|&&?|!=|\|\|?|\?	t4000			0
R		\*|\+|\^|\/|!|%[^\%]*%|=|~|\$|@|:{1,3}	t4000			0
S	root
I	keywords
R		((?:`[^\\\`]*(?:\\[^\n][^\\\`]*)*`)|(?:(?:[A-z]|[\._][^0-9])[\._]*))[]*(?=\()	t2300			1
I	statements
R		\{|\}	t5000			0
R		[^\n]	t8000			0
S	valid_name
R		(?:`[^\\\`]*(?:\\[^\n][^\\\`]*)*`)|(?:(?:[A-z]|[\._][^0-9])[\._]*)	t2000			0
S	keywords
R		(if|else|for|while|repeat|in|next|break|return|switch|function)(?![\.])	t1005			1
S	builtin_symbols
R		(NULL|NA(_(integer|real|complex|character)_)?|letters|LETTERS|Inf|TRUE|FALSE|NaN|pi|\.\.(\.|[0-9]+))(?![\.])	t1001			4
R		(T|F)(?![])	t2101			1
S	string_squote
R		([^'\\]|\\[^\n])*'	t3100	o1		1
S	comments
R		#[^\n]*(?![^\n])	t6003			0
S	punctuation
R		\[{1,2}|\]{1,2}|\(|\)|;|,	t5000			0
S	statements
I	comments
R		[]+	t8000			0
R		'	t3100	p(string_squote)		0
R		"	t3100	p(string_dquote)		0
I	builtin_symbols
I	valid_name
I	numbers
I	punctuation
I	operators
S	string_dquote
R		([^"\\]|\\[^\n])*"	t3100	o1		1
