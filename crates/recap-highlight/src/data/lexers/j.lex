S	singlequote
R		[^']	t3100			0
R		''	t3100			0
R		'	t3100	o1		0
S	root
R		#![^\n]*(?![^\n])	t6100			0
R		NB\.[^\n]*	t6003			0
R		\n+[]*Note	t6002	p(comment)		0
R		[]*Note[^\n]*	t6003			0
R		[]+	t8000			0
R		'	t3100	p(singlequote)		0
R		0[]+:[]*0|noun[]+define[]*(?![^\n])	t2005	p(nounDefinition)		0
R		(([1-4]|13)[]+:[]*0|(adverb|conjunction|dyad|monad|verb)[]+define)(?![])	t2300	p(explicitDefinition)		3
R		(label_|goto_|for_)(?![])[A-Za-z][]*\.	t2008			1
R		(continue|select|return|assert|catchd|catcht|elseif|whilst|break|catch|fcase|while|throw|else|case|end|try|for|do|if)\.	t2008			1
R		(?<![])[A-Za-z][]*	t2200			0
R		(timespacex|fixdotdot|nameclass|namelist|file2url|tmoutput|ucpcount|boxxopen|smoutput|JVERSION|datatype|toupper|tolower|alpha17|alpha27|getargs|evtloop|boxopen|fliprgb|inverse|scriptd|iospath|cutopen|isatty|toCRLF|toHOST|isutf8|getenv|stdout|script|usleep|sminfo|expand|stderr|clear|fetch|every|erase|empty|Debug|EMPTY|split|names|timex|cutLF|stdin|apply|items|table|exit|Note|list|take|leaf|type|bind|drop|rows|each|echo|sign|CRLF|utf8|sort|pick|ARGV|uucp|ucp|DEL|inv|hfd|dfh|def|LF2|EAV|toJ|TAB|nl|FF|LF|bx|nc|CR|on)	t2300			1
R		=[\.\:]	t4000			0
R		[\!-\&\*-\/\:-\>\@\[-\^\`\{-\~]	t4000			0
R		[C-EH-IL-MTa-bd-fi-jo-prt]\.	t1005			0
R		[DLSaip-qs-ux]:	t1005			0
R		(_[0-9]):	t1001			1
R		\(	t5000	p(parentheses)		0
I	numbers
S	comment
R		[^\)]	t6002			0
R		(?<![^\n])\)	t6002	o1		0
R		[\)]	t6002			0
S	explicitDefinition
R		(?<![])[m-nu-vx-y](?![])	t2004			0
I	root
R		[^\)]	t2000			0
R		(?<![^\n])\)	t2008	o1		0
R		[\)]	t2000			0
S	numbers
R		(?<![])_{1,2}(?![])	t3200			0
R		_?[\p{Nd}]+(\.[\p{Nd}]+)?([]*[ejr][]*)_?[\p{Nd}]+(\.?=[\p{Nd}]+)?	t3200			3
R		_?[\p{Nd}]+\.(?=[\p{Nd}]+)	t3202			0
R		_?[\p{Nd}]+x	t3205			0
R		_?[\p{Nd}]+	t3204			0
S	nounDefinition
R		[^\)]	t3100			0
R		(?<![^\n])\)	t2008	o1		0
R		[\)]	t3100			0
S	parentheses
R		\)	t5000	o1		0
I	explicitDefinition
I	root
