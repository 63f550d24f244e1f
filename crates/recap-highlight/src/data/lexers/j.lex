S	singlequote
R		[^']	t50
R		''	t50
R		'	t50	o1
S	root
R		#![^\n]*(?![^\n])	t84
R		NB\.[^\n]*	t82
R		\n+[]*Note	t81	p(comment)
R		[]*Note[^\n]*	t82
R		[]+	t98
R		'	t50	p(singlequote)
R		0[]+:[]*0|noun[]+define[]*(?![^\n])	t27	p(nounDefinition)
R		(([1-4]|13)[]+:[]*0|(adverb|conjunction|dyad|monad|verb)[]+define)(?![])	t45	p(explicitDefinition)		3
R		(label_|goto_|for_)(?![])[A-Za-z][]*\.	t30			1
R		(continue|select|return|assert|catchd|catcht|elseif|whilst|break|catch|fcase|while|throw|else|case|end|try|for|do|if)\.	t30			1
R		(?<![])[A-Za-z][]*	t39
R		(timespacex|fixdotdot|nameclass|namelist|file2url|tmoutput|ucpcount|boxxopen|smoutput|JVERSION|datatype|toupper|tolower|alpha17|alpha27|getargs|evtloop|boxopen|fliprgb|inverse|scriptd|iospath|cutopen|isatty|toCRLF|toHOST|isutf8|getenv|stdout|script|usleep|sminfo|expand|stderr|clear|fetch|every|erase|empty|Debug|EMPTY|split|names|timex|cutLF|stdin|apply|items|table|exit|Note|list|take|leaf|type|bind|drop|rows|each|echo|sign|CRLF|utf8|sort|pick|ARGV|uucp|ucp|DEL|inv|hfd|dfh|def|LF2|EAV|toJ|TAB|nl|FF|LF|bx|nc|CR|on)	t45			1
R		=[\.\:]	t75
R		[\!-\&\*-\/\:-\>\@\[-\^\`\{-\~]	t75
R		[C-EH-IL-MTa-bd-fi-jo-prt]\.	t20
R		[DLSaip-qs-ux]:	t20
R		(_[0-9]):	t16			1
R		\(	t78	p(parentheses)
I	numbers
S	comment
R		[^\)]	t81
R		(?<![^\n])\)	t81	o1
R		[\)]	t81
S	explicitDefinition
R		(?<![])[m-nu-vx-y](?![])	t26
I	root
R		[^\)]	t22
R		(?<![^\n])\)	t30	o1
R		[\)]	t22
S	numbers
R		(?<![])_{1,2}(?![])	t67
R		_?[\p{Nd}]+(\.[\p{Nd}]+)?([]*[ejr][]*)_?[\p{Nd}]+(\.?=[\p{Nd}]+)?	t67			3
R		_?[\p{Nd}]+\.(?=[\p{Nd}]+)	t69
R		_?[\p{Nd}]+x	t72
R		_?[\p{Nd}]+	t71
S	nounDefinition
R		[^\)]	t50
R		(?<![^\n])\)	t30	o1
R		[\)]	t50
S	parentheses
R		\)	t78	o1
I	explicitDefinition
I	root
