S	root
R		[]+	t98
R		\/\/[^\n]*?\n	t82
R		#[^\n]*?\n	t82
R		\/\*	t81	p(comment)
R	i	(?<![^\n])[]*(changeringkeyword|changeringoperator|disablehashcomments|enablehashcomments|loadsyntax)(?![])	t84			1
R	i	:[\$\@-Z_a-z][\$\@]*	t66
R		"	t58	p(string-double)
R		'	t65	p(string-single)
R		`	t53	p(string-backtick)
R	i	((?<![])class)([]+)([]+)	g(t17,t98,t24)			3
R	i	((?<![])from)([]+)([]+)	g(t17,t98,t24)			3
R	i	((?<![])func|def|function)([]+)([]+)	g(t17,t98,t45)			3
R	i	((?<![])package|import)([]+)([\$\@-Z_a-z][\$\.\@]*)	g(t18,t98,t31)			3
R	i	((?<![])new)([]+)([]+)	g(t19,t98,t24)			3
R	i	(?<![])(if|but|elseif|else|other|ok|endif|end|switch|on|case|off|endswitch|for|in|to|step|next|endfor|foreach|while|endwhile|do|again|return|bye|exit|break|loop|continue|call)(?![])	t15			1
R	i	(?<![])(try|catch|done|endtry)(?![])	t15			1
R	i	(?<![])(class|endclass|from|func|def|function|endfunc|endfunction|package|endpackage|private)(?![])	t17			1
R	i	(?<![])(load|import)(?![])	t18			1
R	i	(?<![])(new|self|this|super)(?![])	t19			1
R	i	(?<![])(see|put|give|get)(?![])	t15			1
R	i	(?<![])(true|false|nl|null|tab|cr|sysargv|ccatcherror|ringoptionalfunctions)(?![])	t38			1
R	i	(?<![])(and|or|not)(?![])	t76			1
R	i	(?<![])(acos|add|addattribute|adddays|addmethod|ascii|asin|assert|atan|atan2|attributes|binarysearch|bytes2double|bytes2float|bytes2int|callgarbagecollector|callgc|ceil|cfunctions|char|chdir|checkoverflow|classes|classname|clearerr|clock|clockspersecond|closelib|copy|cos|cosh|currentdir|date|dec|decimals|del|diffdays|dir|direxists|double2bytes|eval|exefilename|exefolder|exp|fabs|fclose|feof|ferror|fexists|fflush|fgetc|fgetpos|fgets|filename|find|float2bytes|floor|fopen|fputc|fputs|fread|freopen|fseek|fsetpos|ftell|functions|fwrite|getarch|getattribute|getchar|getfilesize|getnumber|getpathtype|getpointer|getptr|getstring|globals|hex|hex2str|importpackage|input|insert|int2bytes|intvalue|isalnum|isalpha|isandroid|isattribute|iscfunction|isclass|iscntrl|isdigit|isfreebsd|isfunction|isglobal|isgraph|islinux|islist|islocal|islower|ismacosx|ismethod|ismsdos|isnull|isnumber|isobject|ispackage|ispackageclass|ispointer|isprint|isprivateattribute|isprivatemethod|ispunct|isspace|isstring|isunix|isupper|iswindows|iswindows64|isxdigit|left|len|lines|list|list2str|loadlib|locals|log|log10|lower|max|memcpy|memorycopy|mergemethods|methods|min|murmur3hash|newlist|nofprocessors|nothing|nullpointer|nullptr|number|obj2ptr|object2pointer|objectid|optionalfunc|packageclasses|packagename|packages|parentclassname|perror|pointer2object|pointer2string|pointercompare|pow|prevfilename|print|print2str|ptr2obj|ptr2str|ptrcmp|puts|raise|random|randomize|read|ref|reference|refcount|remove|rename|reverse|rewind|right|ring_give|ring_see|ring_state_delete|ring_state_filetokens|ring_state_findvar|ring_state_init|ring_state_main|ring_state_mainfile|ring_state_new|ring_state_newvar|ring_state_resume|ring_state_runcode|ring_state_runcodeatins|ring_state_runfile|ring_state_runobjectfile|ring_state_scannererror|ring_state_setvar|ring_state_stringtokens|ringvm_callfunc|ringvm_calllist|ringvm_cfunctionslist|ringvm_classeslist|ringvm_codelist|ringvm_evalinscope|ringvm_fileslist|ringvm_functionslist|ringvm_genarray|ringvm_give|ringvm_hideerrormsg|ringvm_info|ringvm_ismempool|ringvm_memorylist|ringvm_packageslist|ringvm_passerror|ringvm_runcode|ringvm_scopescount|ringvm_see|ringvm_settrace|ringvm_tracedata|ringvm_traceevent|ringvm_tracefunc|setattribute|setpointer|setptr|shutdown|sin|sinh|sort|space|sqrt|srandom|str2hex|str2hexcstyle|str2list|strcmp|string|substr|swap|sysget|sysset|syssleep|system|sysunset|tan|tanh|tempfile|tempname|time|timelist|trim|type|ungetc|unsigned|upper|uptime|variablepointer|varptr|version|windowsnl|write)(?![])(?=[]*\()	t37			1
R	i	0x[0-9_a-f]+	t70
R	i	0b[0-1_]+	t68
R	i	0o[0-7_]+	t73
R	i	[0-9]+(?:_[0-9]+)*\.[0-9]*(?:_[0-9]+)*([Ee][\+\-]?[0-9]+)?	t69			1
R		[0-9]+(?:_[0-9]+)*	t71
R		(\+\+|--|\*\*|\^\^|!=|<=|>=|<<|>>|&&|\|\|)	t75			1
R		(\+=|-=|\*=|\/=|%=|<<=|>>=|&=|\|=|\^=)	t75			1
R		[\!\%-\&\*-\+\--\/\:\<-\?\^\|\~]	t75
R		[\(-\)\,\;\[\]\{\}]	t78
R	i	[\$\@-Z_a-z][\$\@]*	t22
S	comment
R		[^\*\/]+	t81
R		\/\*	t81	p()
R		\*\/	t81	o1
R		[\*\/]	t81
S	string-double
R		[^"-\#]+	t58
R		#\{	t61	p(interpolation)
R		"	t58	o1
S	string-single
R		[^\#']+	t65
R		#\{	t61	p(interpolation)
R		'	t65	o1
S	string-backtick
R		[^\#\`]+	t53
R		#\{	t61	p(interpolation)
R		`	t53	o1
S	interpolation
R		\}	t61	o1
I	root
