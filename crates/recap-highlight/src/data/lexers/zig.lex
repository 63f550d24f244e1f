S	string
R		\\x[0-9A-Fa-f]{2}	t59
R		\\u\{[0-9A-Fa-f]+\}	t59
R		\\["'\\nrt]	t59
R		[^\n"\\]+	t50
R		"	t50	o1
R		\\	t50
S	quoted_ident
R		\\x[0-9A-Fa-f]{2}	t59
R		\\u\{[0-9A-Fa-f]+\}	t59
R		\\["'\\nrt]	t59
R		[^\n"\\]+	t22
R		"	t22	o1
R		\\	t22
S	root
R		\n	t99
R		[]+	t99
R		\/\/![^\n]*(?![^\n])	t83
R		\/\/\/[^\n]*(?![^\n])	t83
R		\/\/[^\n]*(?![^\n])	t82
R		(break|return|continue|asm|defer|errdefer|unreachable|try|catch|suspend|resume|nosuspend)(?![])	t15			1
R		(const|var|extern|packed|export|pub|noalias|inline|noinline|comptime|volatile|allowzero|align|addrspace|linksection|threadlocal|callconv)(?![])	t20			1
R		(struct|enum|union|error|opaque)(?![])	t15			1
R		(while|for)(?![])	t15			1
R		(bool|void|noreturn|type|anyerror|anyopaque|f16|f32|f64|f80|f128|i8|u8|i16|u16|i32|u32|i64|u64|i128|u128|isize|usize|comptime_int|comptime_float|c_char|c_short|c_ushort|c_int|c_uint|c_long|c_ulong|c_longlong|c_ulonglong|c_longdouble)(?![])	t21			1
R		(true|false|null|undefined)(?![])	t16			1
R		(if|else|switch|and|or|orelse)(?![])	t15			1
R		(fn|test|anyframe|anytype)(?![])	t15			1
R		0x[0-9A-Fa-f][0-9A-F_a-f]*(?:\.[0-9A-Fa-f][0-9A-F_a-f]*(?:[Pp][\+\-]?[0-9][0-9_]*)?|[Pp][\+\-]?[0-9][0-9_]*)	t69
R		[0-9][0-9_]*(?:\.[0-9][0-9_]*(?:[Ee][\+\-]?[0-9][0-9_]*)?|[Ee][\+\-]?[0-9][0-9_]*)	t69
R		0b[0-1][0-1_]*	t68
R		0o[0-7][0-7_]*	t73
R		0x[0-9A-Fa-f][0-9A-F_a-f]*	t70
R		[0-9][0-9_]*	t71
R		@"	t22	p(quoted_ident)
R		@[A-Z_a-z][0-9A-Z_a-z]*	t37
R		[A-Z_a-z][0-9A-Z_a-z]*(?=[]*\()	t45
R		[A-Z_a-z][0-9A-Z_a-z]*	t22
R		'(?:\\x[0-9A-Fa-f]{2}|\\u\{[0-9A-Fa-f]+\}|\\["'\\nrt]|[^\n'\\])'	t55
R		\\\\[^\n]*	t60
R		"	t50	p(string)
R		<<\|=	t75
R		(?:\+%=|-%=|\*%=|\+\|=|-\|=|\*\|=|<<=|>>=|<<\|)	t75
R		(?:\+\+|\*\*|\|\||<<|>>|\+%|-%|\*%|\+\||-\||\*\||==|!=|<=|>=|\+=|-=|\*=|\/=|%=|&=|\|=|\^=|\.\*|\.\?|\.\.)	t75
R		[\!\%-\&\*-\+\-\/\<-\>\^\|\~]	t75
R		\.\.\.	t78
R		=>	t78
R		->	t78
R		[\(-\)\,\.\:-\;\?\[\]\{\}]	t78
