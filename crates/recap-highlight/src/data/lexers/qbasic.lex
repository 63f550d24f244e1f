S	root
R		\n+	t98
R		[]+	t99
R		(?<![^\n])([]*)([\p{Nd}]*)([]*)(REM [^\n]*)(?![^\n])	g(t99,t30,t99,t82)			4
R		(?<![^\n])([]*)([\p{Nd}]+)([]*)	g(t99,t30,t99)			3
R		(?=[]*)([]+)(?=[]*=)	t42			1
R		(?=[^"]*)'[^\n]*(?![^\n])	t82
R		"[^\n"]*"	t58
R		(END)([]+)(FUNCTION|IF|SELECT|SUB)	g(t20,t99,t20)			3
R		(DECLARE)([]+)([A-Z]+)([]+)([[^]]+)	g(t17,t99,t39,t99,t22)			5
R		(DIM)([]+)(SHARED)([]+)([^\(]+)	g(t17,t99,t39,t99,t42)			5
R		(DIM)([]+)([^\(]+)	g(t17,t99,t42)			3
R		(?<![^\n])([]*)([A-Z_a-z]+)([]*)(=)	g(t99,t42,t99,t75)			4
R		(GOTO|GOSUB)([]+)([]+:?)	g(t20,t99,t30)			3
R		(SUB)([]+)([]+:?)	g(t20,t99,t30)			3
I	declarations
I	functions
I	metacommands
I	operators
I	statements
I	keywords
R		[A-Z_a-z][]*[\!\#-\$\&\@]	t42
R		[A-Z_a-z][]*:	t30
R		-?[\p{Nd}]*\.[\p{Nd}]+[\#\@\|]?	t69
R		-?[\p{Nd}]+[\#\@\|]	t69
R		-?[\p{Nd}]+#?	t72
R		-?[\p{Nd}]+#?	t71
R		!=|==|:=|\.=|<<|>>|[\!\%-\&\*-\+\--\/\:\<-\?\\\^\|\~]	t75
R		[\(-\)\,\;\[\]\{\}]	t78
R		[]+	t42
S	declarations
R		(?<![])(DATA|LET)(?=\(|(?:(?<=[])(?![])|(?<![])(?=[])))	t17			1
S	functions
R		(?<![])(ABS|ASC|ATN|CDBL|CHR\$|CINT|CLNG|COMMAND\$|COS|CSNG|CSRLIN|CVD|CVDMBF|CVI|CVL|CVS|CVSMBF|DATE\$|ENVIRON\$|EOF|ERDEV|ERDEV\$|ERL|ERR|EXP|FILEATTR|FIX|FRE|FREEFILE|HEX\$|INKEY\$|INP|INPUT\$|INSTR|INT|IOCTL\$|LBOUND|LCASE\$|LEFT\$|LEN|LOC|LOF|LOG|LPOS|LTRIM\$|MID\$|MKD\$|MKDMBF\$|MKI\$|MKL\$|MKS\$|MKSMBF\$|OCT\$|PEEK|PEN|PLAY|PMAP|POINT|POS|RIGHT\$|RND|RTRIM\$|SADD|SCREEN|SEEK|SETMEM|SGN|SIN|SPACE\$|SPC|SQR|STICK|STR\$|STRIG|STRING\$|TAB|TAN|TIME\$|TIMER|UBOUND|UCASE\$|VAL|VARPTR|VARPTR\$|VARSEG)(?=\(|(?:(?<=[])(?![])|(?<![])(?=[])))	t20			1
S	metacommands
R		(?:(?<=[])(?![])|(?<![])(?=[]))(\$DYNAMIC|\$INCLUDE|\$STATIC)(?=\(|(?:(?<=[])(?![])|(?<![])(?=[])))	t16			1
S	operators
R		(?<![])(AND|EQV|IMP|NOT|OR|XOR)(?=\(|(?:(?<=[])(?![])|(?<![])(?=[])))	t76			1
S	statements
R		(?<![])(BEEP|BLOAD|BSAVE|CALL|CALL ABSOLUTE|CALL INTERRUPT|CALLS|CHAIN|CHDIR|CIRCLE|CLEAR|CLOSE|CLS|COLOR|COM|COMMON|CONST|DATA|DATE\$|DECLARE|DEF FN|DEF SEG|DEFDBL|DEFINT|DEFLNG|DEFSNG|DEFSTR|DEF|DIM|DO|LOOP|DRAW|END|ENVIRON|ERASE|ERROR|EXIT|FIELD|FILES|FOR|NEXT|FUNCTION|GET|GOSUB|GOTO|IF|THEN|INPUT|INPUT #|IOCTL|KEY|KEY|KILL|LET|LINE|LINE INPUT|LINE INPUT #|LOCATE|LOCK|UNLOCK|LPRINT|LSET|MID\$|MKDIR|NAME|ON COM|ON ERROR|ON KEY|ON PEN|ON PLAY|ON STRIG|ON TIMER|ON UEVENT|ON|OPEN|OPEN COM|OPTION BASE|OUT|PAINT|PALETTE|PCOPY|PEN|PLAY|POKE|PRESET|PRINT|PRINT #|PRINT USING|PSET|PUT|PUT|RANDOMIZE|READ|REDIM|REM|RESET|RESTORE|RESUME|RETURN|RMDIR|RSET|RUN|SCREEN|SEEK|SELECT CASE|SHARED|SHELL|SLEEP|SOUND|STATIC|STOP|STRIG|SUB|SWAP|SYSTEM|TIME\$|TIMER|TROFF|TRON|TYPE|UEVENT|UNLOCK|VIEW|WAIT|WHILE|WEND|WIDTH|WINDOW|WRITE)(?:(?<=[])(?![])|(?<![])(?=[]))	t20			1
S	keywords
R		(?<![])(ACCESS|ALIAS|ANY|APPEND|AS|BASE|BINARY|BYVAL|CASE|CDECL|DOUBLE|ELSE|ELSEIF|ENDIF|INTEGER|IS|LIST|LOCAL|LONG|LOOP|MOD|NEXT|OFF|ON|OUTPUT|RANDOM|SIGNAL|SINGLE|STEP|STRING|THEN|TO|UNTIL|USING|WEND)(?![])	t15			1
