S	root
R		#!([^\n]*?)(?![^\n])	t84			1
R				p(base)
S	base
R		--[^\n]*(?![^\n])	t82
R	i	([\p{Nd}]*\.[\p{Nd}]+|[\p{Nd}]+\.[\p{Nd}]*)(e[\+\-]?[\p{Nd}]+)?	t69			2
R	i	[\p{Nd}]+e[\+\-]?[\p{Nd}]+	t69
R	i	0x[0-9a-f]*	t70
R		[\p{Nd}]+	t71
R		\n	t99
R		[^\n[^]]+	t98
R		\[(=*)\[[\u0000-\u{10FFFF}]*?\](?:\1)\]	t50			1
R		(->|=>)	t45			1
R		:[A-Z_a-z][]*	t39
R		(==|!=|~=|<=|>=|\.\.\.|\.\.|[\!\#\%\*-\+\--\/\:\<-\>\\\^])	t75			1
R		[\,\;]	t78
R		[\(-\)\[\]\{\}]	t21
R		[A-Z_a-z][]*:	t39
R		(class|extends|if|then|super|do|with|import|export|while|elseif|return|for|in|from|when|using|else|switch|break)(?![])	t15			1
R		(true|false|nil)(?![])	t16			1
R		(and|or|not)(?![])	t76			1
R		(self)(?![])	t38			1
R		@@?([A-Z_a-z][]*)?	t41			1
R		[A-Z][]*	t24
R		(_G|_VERSION|assert|collectgarbage|dofile|error|getmetatable|ipairs|load|loadfile|next|pairs|pcall|print|rawequal|rawget|rawlen|rawset|select|setmetatable|tonumber|tostring|type|warn|xpcall|bit32\.arshift|bit32\.band|bit32\.bnot|bit32\.bor|bit32\.btest|bit32\.bxor|bit32\.extract|bit32\.lrotate|bit32\.lshift|bit32\.replace|bit32\.rrotate|bit32\.rshift|coroutine\.close|coroutine\.create|coroutine\.isyieldable|coroutine\.resume|coroutine\.running|coroutine\.status|coroutine\.wrap|coroutine\.yield|debug\.debug|debug\.gethook|debug\.getinfo|debug\.getlocal|debug\.getmetatable|debug\.getregistry|debug\.getupvalue|debug\.getuservalue|debug\.sethook|debug\.setlocal|debug\.setmetatable|debug\.setupvalue|debug\.setuservalue|debug\.traceback|debug\.upvalueid|debug\.upvaluejoin|io\.close|io\.flush|io\.input|io\.lines|io\.open|io\.output|io\.popen|io\.read|io\.stderr|io\.stdin|io\.stdout|io\.tmpfile|io\.type|io\.write|math\.abs|math\.acos|math\.asin|math\.atan|math\.atan2|math\.ceil|math\.cos|math\.cosh|math\.deg|math\.exp|math\.floor|math\.fmod|math\.frexp|math\.huge|math\.ldexp|math\.log|math\.max|math\.maxinteger|math\.min|math\.mininteger|math\.modf|math\.pi|math\.pow|math\.rad|math\.random|math\.randomseed|math\.sin|math\.sinh|math\.sqrt|math\.tan|math\.tanh|math\.tointeger|math\.type|math\.ult|package\.config|package\.cpath|package\.loaded|package\.loadlib|package\.path|package\.preload|package\.searchers|package\.searchpath|require|os\.clock|os\.date|os\.difftime|os\.execute|os\.exit|os\.getenv|os\.remove|os\.rename|os\.setlocale|os\.time|os\.tmpname|string\.byte|string\.char|string\.dump|string\.find|string\.format|string\.gmatch|string\.gsub|string\.len|string\.lower|string\.match|string\.pack|string\.packsize|string\.rep|string\.reverse|string\.sub|string\.unpack|string\.upper|table\.concat|table\.insert|table\.move|table\.pack|table\.remove|table\.sort|table\.unpack|utf8\.char|utf8\.charpattern|utf8\.codepoint|utf8\.codes|utf8\.len|utf8\.offset)(?![])	t37			1
R		[A-Z_a-z][]*	t22
R		'	t65	c(stringescape,sqs)
R		"	t58	c(stringescape,dqs)
S	stringescape
R		\\(["'\\a-bfnrtv]|[\p{Nd}]{1,3})	t59			1
S	sqs
R		'	t65	o1
R		[^'\\]+	t50
S	dqs
R		"	t58	o1
R		[^"\\]+	t50
S	ws
R		(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\]((?:\1))\])	t81		2,1	2
R		(?:--[^\n]*(?![^\n]))	t82
R		(?:[]+)	t99
S	varname
I	ws
R		\.\.	t75	o1
R		[\.\:]	t78
R		(?:[^[^]][]*)(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\]((?:\1))\])|(?:--[^\n]*(?![^\n]))|(?:[]+))*[\.\:])	t35		2,1	2
R		(?:[^[^]][]*)(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\]((?:\1))\])|(?:--[^\n]*(?![^\n]))|(?:[]+))*\()	t45	o1	2,1	2
R		(?:[^[^]][]*)	t35	o1
S	funcname
I	ws
R		[\.\:]	t78
R		(?:[^[^]][]*)(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\]((?:\1))\])|(?:--[^\n]*(?![^\n]))|(?:[]+))*[\.\:])	t24		2,1	2
R		(?:[^[^]][]*)	t45	o1
R		\(	t78	o1
S	goto
I	ws
R		(?:[^[^]][]*)	t30	o1
S	label
I	ws
R		::	t78	o1
R		(?:[^[^]][]*)	t30
