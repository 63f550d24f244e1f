S	root
R		#!([^\n]*?)(?![^\n])	t6100			1
R				p(base)		0
S	base
R		--[^\n]*(?![^\n])	t6003			0
R	i	([\p{Nd}]*\.[\p{Nd}]+|[\p{Nd}]+\.[\p{Nd}]*)(e[\+\-]?[\p{Nd}]+)?	t3202			2
R	i	[\p{Nd}]+e[\+\-]?[\p{Nd}]+	t3202			0
R	i	0x[0-9a-f]*	t3203			0
R		[\p{Nd}]+	t3204			0
R		\n	t8001			0
R		[^\n[^]]+	t8000			0
R		\[(=*)\[[\u0000-\u{10FFFF}]*?\](?:\1)\]	t3100			1
R		(->|=>)	t2300			1
R		:[A-Z_a-z][]*	t2200			0
R		(==|!=|~=|<=|>=|\.\.\.|\.\.|[\!\#\%\*-\+\--\/\:\<-\>\\\^])	t4000			1
R		[\,\;]	t5000			0
R		[\(-\)\[\]\{\}]	t1006			0
R		[A-Z_a-z][]*:	t2200			0
R		(class|extends|if|then|super|do|with|import|export|while|elseif|return|for|in|from|when|using|else|switch|break)(?![])	t1000			1
R		(true|false|nil)(?![])	t1001			1
R		(and|or|not)(?![])	t4001			1
R		(self)(?![])	t2101			1
R		@@?([A-Z_a-z][]*)?	t2202			1
R		[A-Z][]*	t2002			0
R		(_G|_VERSION|assert|collectgarbage|dofile|error|getmetatable|ipairs|load|loadfile|next|pairs|pcall|print|rawequal|rawget|rawlen|rawset|select|setmetatable|tonumber|tostring|type|warn|xpcall|bit32\.arshift|bit32\.band|bit32\.bnot|bit32\.bor|bit32\.btest|bit32\.bxor|bit32\.extract|bit32\.lrotate|bit32\.lshift|bit32\.replace|bit32\.rrotate|bit32\.rshift|coroutine\.close|coroutine\.create|coroutine\.isyieldable|coroutine\.resume|coroutine\.running|coroutine\.status|coroutine\.wrap|coroutine\.yield|debug\.debug|debug\.gethook|debug\.getinfo|debug\.getlocal|debug\.getmetatable|debug\.getregistry|debug\.getupvalue|debug\.getuservalue|debug\.sethook|debug\.setlocal|debug\.setmetatable|debug\.setupvalue|debug\.setuservalue|debug\.traceback|debug\.upvalueid|debug\.upvaluejoin|io\.close|io\.flush|io\.input|io\.lines|io\.open|io\.output|io\.popen|io\.read|io\.stderr|io\.stdin|io\.stdout|io\.tmpfile|io\.type|io\.write|math\.abs|math\.acos|math\.asin|math\.atan|math\.atan2|math\.ceil|math\.cos|math\.cosh|math\.deg|math\.exp|math\.floor|math\.fmod|math\.frexp|math\.huge|math\.ldexp|math\.log|math\.max|math\.maxinteger|math\.min|math\.mininteger|math\.modf|math\.pi|math\.pow|math\.rad|math\.random|math\.randomseed|math\.sin|math\.sinh|math\.sqrt|math\.tan|math\.tanh|math\.tointeger|math\.type|math\.ult|package\.config|package\.cpath|package\.loaded|package\.loadlib|package\.path|package\.preload|package\.searchers|package\.searchpath|require|os\.clock|os\.date|os\.difftime|os\.execute|os\.exit|os\.getenv|os\.remove|os\.rename|os\.setlocale|os\.time|os\.tmpname|string\.byte|string\.char|string\.dump|string\.find|string\.format|string\.gmatch|string\.gsub|string\.len|string\.lower|string\.match|string\.pack|string\.packsize|string\.rep|string\.reverse|string\.sub|string\.unpack|string\.upper|table\.concat|table\.insert|table\.move|table\.pack|table\.remove|table\.sort|table\.unpack|utf8\.char|utf8\.charpattern|utf8\.codepoint|utf8\.codes|utf8\.len|utf8\.offset)(?![])	t2100			1
R		[A-Z_a-z][]*	t2000			0
R		'	t3115	c(stringescape,sqs)		0
R		"	t3108	c(stringescape,dqs)		0
S	stringescape
R		\\(["'\\a-bfnrtv]|[\p{Nd}]{1,3})	t3109			1
S	sqs
R		'	t3115	o1		0
R		[^'\\]+	t3100			0
S	dqs
R		"	t3108	o1		0
R		[^"\\]+	t3100			0
S	ws
R		(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\]((?:\1))\])	t6002		2,1	2
R		(?:--[^\n]*(?![^\n]))	t6003			0
R		(?:[]+)	t8001			0
S	varname
I	ws
R		\.\.	t4000	o1		0
R		[\.\:]	t5000			0
R		(?:[^[^]][]*)(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\]((?:\1))\])|(?:--[^\n]*(?![^\n]))|(?:[]+))*[\.\:])	t2013		2,1	2
R		(?:[^[^]][]*)(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\]((?:\1))\])|(?:--[^\n]*(?![^\n]))|(?:[]+))*\()	t2300	o1	2,1	2
R		(?:[^[^]][]*)	t2013	o1		0
S	funcname
I	ws
R		[\.\:]	t5000			0
R		(?:[^[^]][]*)(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\]((?:\1))\])|(?:--[^\n]*(?![^\n]))|(?:[]+))*[\.\:])	t2002		2,1	2
R		(?:[^[^]][]*)	t2300	o1		0
R		\(	t5000	o1		0
S	goto
I	ws
R		(?:[^[^]][]*)	t2008	o1		0
S	label
I	ws
R		::	t5000	o1		0
R		(?:[^[^]][]*)	t2008			0
