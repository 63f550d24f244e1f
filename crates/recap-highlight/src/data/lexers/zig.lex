S	string
R		\\x[0-9A-Fa-f]{2}	t3109			0
R		\\u\{[0-9A-Fa-f]+\}	t3109			0
R		\\["'\\nrt]	t3109			0
R		[^\n"\\]+	t3100			0
R		"	t3100	o1		0
R		\\	t3100			0
S	quoted_ident
R		\\x[0-9A-Fa-f]{2}	t3109			0
R		\\u\{[0-9A-Fa-f]+\}	t3109			0
R		\\["'\\nrt]	t3109			0
R		[^\n"\\]+	t2000			0
R		"	t2000	o1		0
R		\\	t2000			0
S	root
R		\n	t8001			0
R		[]+	t8001			0
R		\/\/![^\n]*(?![^\n])	t6004			0
R		\/\/\/[^\n]*(?![^\n])	t6004			0
R		\/\/[^\n]*(?![^\n])	t6003			0
R		(break|return|continue|asm|defer|errdefer|unreachable|try|catch|suspend|resume|nosuspend)(?![])	t1000			1
R		(const|var|extern|packed|export|pub|noalias|inline|noinline|comptime|volatile|allowzero|align|addrspace|linksection|threadlocal|callconv)(?![])	t1005			1
R		(struct|enum|union|error|opaque)(?![])	t1000			1
R		(while|for)(?![])	t1000			1
R		(bool|void|noreturn|type|anyerror|anyopaque|f16|f32|f64|f80|f128|i8|u8|i16|u16|i32|u32|i64|u64|i128|u128|isize|usize|comptime_int|comptime_float|c_char|c_short|c_ushort|c_int|c_uint|c_long|c_ulong|c_longlong|c_ulonglong|c_longdouble)(?![])	t1006			1
R		(true|false|null|undefined)(?![])	t1001			1
R		(if|else|switch|and|or|orelse)(?![])	t1000			1
R		(fn|test|anyframe|anytype)(?![])	t1000			1
R		0x[0-9A-Fa-f][0-9A-F_a-f]*(?:\.[0-9A-Fa-f][0-9A-F_a-f]*(?:[Pp][\+\-]?[0-9][0-9_]*)?|[Pp][\+\-]?[0-9][0-9_]*)	t3202			0
R		[0-9][0-9_]*(?:\.[0-9][0-9_]*(?:[Ee][\+\-]?[0-9][0-9_]*)?|[Ee][\+\-]?[0-9][0-9_]*)	t3202			0
R		0b[0-1][0-1_]*	t3201			0
R		0o[0-7][0-7_]*	t3206			0
R		0x[0-9A-Fa-f][0-9A-F_a-f]*	t3203			0
R		[0-9][0-9_]*	t3204			0
R		@"	t2000	p(quoted_ident)		0
R		@[A-Z_a-z][0-9A-Z_a-z]*	t2100			0
R		[A-Z_a-z][0-9A-Z_a-z]*(?=[]*\()	t2300			0
R		[A-Z_a-z][0-9A-Z_a-z]*	t2000			0
R		'(?:\\x[0-9A-Fa-f]{2}|\\u\{[0-9A-Fa-f]+\}|\\["'\\nrt]|[^\n'\\])'	t3105			0
R		\\\\[^\n]*	t3110			0
R		"	t3100	p(string)		0
R		<<\|=	t4000			0
R		(?:\+%=|-%=|\*%=|\+\|=|-\|=|\*\|=|<<=|>>=|<<\|)	t4000			0
R		(?:\+\+|\*\*|\|\||<<|>>|\+%|-%|\*%|\+\||-\||\*\||==|!=|<=|>=|\+=|-=|\*=|\/=|%=|&=|\|=|\^=|\.\*|\.\?|\.\.)	t4000			0
R		[\!\%-\&\*-\+\-\/\<-\>\^\|\~]	t4000			0
R		\.\.\.	t5000			0
R		=>	t5000			0
R		->	t5000			0
R		[\(-\)\,\.\:-\;\?\[\]\{\}]	t5000			0
