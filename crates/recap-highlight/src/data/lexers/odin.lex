S	NestedComment
R		\/[\*]	t6002	p()		0
R		[\*]\/	t6002	o1		0
R		[\u0000-\u{10FFFF}]	t6002			0
S	root
R		\n	t8001			0
R		[]+	t8001			0
R		\/\/[^\n]*?\n	t6003			0
R		\/[\*]	t6002	p(NestedComment)		0
R		(import|package)(?![])	t1003			1
R		(proc|struct|map|enum|union)(?![])	t1002			1
R		(asm|auto_cast|bit_set|break|case|cast|context|continue|defer|distinct|do|dynamic|else|enum|fallthrough|for|foreign|if|import|in|map|not_in|or_else|or_return|package|proc|return|struct|switch|transmute|typeid|union|using|when|where|panic|real|imag|len|cap|append|copy|delete|new|make|clearpanic|real|imag|len|cap|append|copy|delete|new|make|clear)(?![])	t1000			1
R		(true|false|nil)(?![])	t1001			1
R		(uint|u8|u16|u32|u64|int|i8|i16|i32|i64|i16le|i32le|i64le|i128le|u16le|u32le|u64le|u128le|i16be|i32be|i64be|i128be|u16be|u32be|u64be|u128be|f16|f32|f64|complex32|complex64|complex128|quaternion64|quaternion128|quaternion256|byte|rune|string|cstring|typeid|any|bool|b8|b16|b32|b64|uintptr|rawptr)(?![])	t1006			1
R		#[A-Z_a-z]+(?![])	t2004			0
R		(?<![^\n])#\+[]+[]*(?![^\n])	t2001			0
R		(?<![^\n])(#\+[]+)([]+)(!)?([\!\-0-9A-Z_a-z]+)(?:(,)(!)?([\!\-0-9A-Z_a-z]+))*[]*(?![^\n])	g(t2001,t8001,t4000,t2000,t5000,t4000,t2000)			7
R		@(\([A-Z_a-z]+(?![])[]*[^\n]*\)|\(?[A-Z_a-z]+\)?)	t2001			1
R		[A-Z_a-z][]*	t2000			0
R		([A-Z_a-z][]*)([]*)(\()	t2300			3
R		[^[^]][]*	t2011			0
R		[\p{Nd}]+i	t3200			0
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t3200			1
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t3200			1
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t3200			0
R		[\p{Nd}]+(\.[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+|\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t3202			1
R		\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t3202			1
R		0o[0-7]+	t3206			0
R		0x[0-9A-F_a-f]+	t3203			0
R		0b[0-1_]+	t3201			0
R		(0|[1-9][0-9_]*)	t3204			1
R		'(\\["'\\a-bfnrtv]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|[^\\])'	t3105			1
R		(`)([^\`]*)(`)	t3100			3
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
R		(<<=|>>=|<<|>>|<=|>=|&=|&|\+=|-=|\*=|\/=|%=|\||\^|=|&&|\|\||--|->|=|==|!=|:=|:|::|\.\.<|\.\.=|[\%-\&\*-\+\-\/\<\>])	t4000			1
R		[\(-\)\,\.\;\[\]\{\}]	t5000			0
