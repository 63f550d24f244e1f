S	root
R		\n+	t8000			0
R		[]+	t8001			0
R		(?<![^\n])([]*)([\p{Nd}]*)([]*)(REM [^\n]*)(?![^\n])	g(t8001,t2008,t8001,t6003)			4
R		(?<![^\n])([]*)([\p{Nd}]+)([]*)	g(t8001,t2008,t8001)			3
R		(?=[]*)([]+)(?=[]*=)	t2203			1
R		(?=[^"]*)'[^\n]*(?![^\n])	t6003			0
R		"[^\n"]*"	t3108			0
R		(END)([]+)(FUNCTION|IF|SELECT|SUB)	g(t1005,t8001,t1005)			3
R		(DECLARE)([]+)([A-Z]+)([]+)([[^]]+)	g(t1002,t8001,t2200,t8001,t2000)			5
R		(DIM)([]+)(SHARED)([]+)([^\(]+)	g(t1002,t8001,t2200,t8001,t2203)			5
R		(DIM)([]+)([^\(]+)	g(t1002,t8001,t2203)			3
R		(?<![^\n])([]*)([A-Z_a-z]+)([]*)(=)	g(t8001,t2203,t8001,t4000)			4
R		(GOTO|GOSUB)([]+)([]+:?)	g(t1005,t8001,t2008)			3
R		(SUB)([]+)([]+:?)	g(t1005,t8001,t2008)			3
I	declarations
I	functions
I	metacommands
I	operators
I	statements
I	keywords
R		[A-Z_a-z][]*[\!\#-\$\&\@]	t2203			0
R		[A-Z_a-z][]*:	t2008			0
R		-?[\p{Nd}]*\.[\p{Nd}]+[\#\@\|]?	t3202			0
R		-?[\p{Nd}]+[\#\@\|]	t3202			0
R		-?[\p{Nd}]+#?	t3205			0
R		-?[\p{Nd}]+#?	t3204			0
R		!=|==|:=|\.=|<<|>>|[\!\%-\&\*-\+\--\/\:\<-\?\\\^\|\~]	t4000			0
R		[\(-\)\,\;\[\]\{\}]	t5000			0
R		[]+	t2203			0
S	declarations
R		(?<![])(DATA|LET)(?=\(|(?:(?<=[])(?![])|(?<![])(?=[])))	t1002			1
S	functions
R		(?<![])(ABS|ASC|ATN|CDBL|CHR\$|CINT|CLNG|COMMAND\$|COS|CSNG|CSRLIN|CVD|CVDMBF|CVI|CVL|CVS|CVSMBF|DATE\$|ENVIRON\$|EOF|ERDEV|ERDEV\$|ERL|ERR|EXP|FILEATTR|FIX|FRE|FREEFILE|HEX\$|INKEY\$|INP|INPUT\$|INSTR|INT|IOCTL\$|LBOUND|LCASE\$|LEFT\$|LEN|LOC|LOF|LOG|LPOS|LTRIM\$|MID\$|MKD\$|MKDMBF\$|MKI\$|MKL\$|MKS\$|MKSMBF\$|OCT\$|PEEK|PEN|PLAY|PMAP|POINT|POS|RIGHT\$|RND|RTRIM\$|SADD|SCREEN|SEEK|SETMEM|SGN|SIN|SPACE\$|SPC|SQR|STICK|STR\$|STRIG|STRING\$|TAB|TAN|TIME\$|TIMER|UBOUND|UCASE\$|VAL|VARPTR|VARPTR\$|VARSEG)(?=\(|(?:(?<=[])(?![])|(?<![])(?=[])))	t1005			1
S	metacommands
R		(?:(?<=[])(?![])|(?<![])(?=[]))(\$DYNAMIC|\$INCLUDE|\$STATIC)(?=\(|(?:(?<=[])(?![])|(?<![])(?=[])))	t1001			1
S	operators
R		(?<![])(AND|EQV|IMP|NOT|OR|XOR)(?=\(|(?:(?<=[])(?![])|(?<![])(?=[])))	t4001			1
S	statements
R		(?<![])(BEEP|BLOAD|BSAVE|CALL|CALL ABSOLUTE|CALL INTERRUPT|CALLS|CHAIN|CHDIR|CIRCLE|CLEAR|CLOSE|CLS|COLOR|COM|COMMON|CONST|DATA|DATE\$|DECLARE|DEF FN|DEF SEG|DEFDBL|DEFINT|DEFLNG|DEFSNG|DEFSTR|DEF|DIM|DO|LOOP|DRAW|END|ENVIRON|ERASE|ERROR|EXIT|FIELD|FILES|FOR|NEXT|FUNCTION|GET|GOSUB|GOTO|IF|THEN|INPUT|INPUT #|IOCTL|KEY|KEY|KILL|LET|LINE|LINE INPUT|LINE INPUT #|LOCATE|LOCK|UNLOCK|LPRINT|LSET|MID\$|MKDIR|NAME|ON COM|ON ERROR|ON KEY|ON PEN|ON PLAY|ON STRIG|ON TIMER|ON UEVENT|ON|OPEN|OPEN COM|OPTION BASE|OUT|PAINT|PALETTE|PCOPY|PEN|PLAY|POKE|PRESET|PRINT|PRINT #|PRINT USING|PSET|PUT|PUT|RANDOMIZE|READ|REDIM|REM|RESET|RESTORE|RESUME|RETURN|RMDIR|RSET|RUN|SCREEN|SEEK|SELECT CASE|SHARED|SHELL|SLEEP|SOUND|STATIC|STOP|STRIG|SUB|SWAP|SYSTEM|TIME\$|TIMER|TROFF|TRON|TYPE|UEVENT|UNLOCK|VIEW|WAIT|WHILE|WEND|WIDTH|WINDOW|WRITE)(?:(?<=[])(?![])|(?<![])(?=[]))	t1005			1
S	keywords
R		(?<![])(ACCESS|ALIAS|ANY|APPEND|AS|BASE|BINARY|BYVAL|CASE|CDECL|DOUBLE|ELSE|ELSEIF|ENDIF|INTEGER|IS|LIST|LOCAL|LONG|LOOP|MOD|NEXT|OFF|ON|OUTPUT|RANDOM|SIGNAL|SINGLE|STEP|STRING|THEN|TO|UNTIL|USING|WEND)(?![])	t1000			1
