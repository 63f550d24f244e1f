S	NestedComment
R		\/[\*]	t81	p()
R		[\*]\/	t81	o1
R		[\u0000-\u{10FFFF}]	t81
S	root
R		\n	t99
R		[]+	t99
R		\/\/[^\n]*?\n	t82
R		\/[\*]	t81	p(NestedComment)
R		(import|package)(?![])	t18			1
R		(proc|struct|map|enum|union)(?![])	t17			1
R		(asm|auto_cast|bit_set|break|case|cast|context|continue|defer|distinct|do|dynamic|else|enum|fallthrough|for|foreign|if|import|in|map|not_in|or_else|or_return|package|proc|return|struct|switch|transmute|typeid|union|using|when|where|panic|real|imag|len|cap|append|copy|delete|new|make|clearpanic|real|imag|len|cap|append|copy|delete|new|make|clear)(?![])	t15			1
R		(true|false|nil)(?![])	t16			1
R		(uint|u8|u16|u32|u64|int|i8|i16|i32|i64|i16le|i32le|i64le|i128le|u16le|u32le|u64le|u128le|i16be|i32be|i64be|i128be|u16be|u32be|u64be|u128be|f16|f32|f64|complex32|complex64|complex128|quaternion64|quaternion128|quaternion256|byte|rune|string|cstring|typeid|any|bool|b8|b16|b32|b64|uintptr|rawptr)(?![])	t21			1
R		#[A-Z_a-z]+(?![])	t26
R		(?<![^\n])#\+[]+[]*(?![^\n])	t23
R		(?<![^\n])(#\+[]+)([]+)(!)?([\!\-0-9A-Z_a-z]+)(?:(,)(!)?([\!\-0-9A-Z_a-z]+))*[]*(?![^\n])	g(t23,t99,t75,t22,t78,t75,t22)			7
R		@(\([A-Z_a-z]+(?![])[]*[^\n]*\)|\(?[A-Z_a-z]+\)?)	t23			1
R		[A-Z_a-z][]*	t22
R		([A-Z_a-z][]*)([]*)(\()	t45			3
R		[^[^]][]*	t33
R		[\p{Nd}]+i	t67
R		[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		\.[\p{Nd}]+([Ee][\+\-][\p{Nd}]+)?i	t67			1
R		[\p{Nd}]+[Ee][\+\-][\p{Nd}]+i	t67
R		[\p{Nd}]+(\.[\p{Nd}]+[Ee][\+\-]?[\p{Nd}]+|\.[\p{Nd}]*|[Ee][\+\-]?[\p{Nd}]+)	t69			1
R		\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t69			1
R		0o[0-7]+	t73
R		0x[0-9A-F_a-f]+	t70
R		0b[0-1_]+	t68
R		(0|[1-9][0-9_]*)	t71			1
R		'(\\["'\\a-bfnrtv]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}|[^\\])'	t55			1
R		(`)([^\`]*)(`)	t50			3
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		(<<=|>>=|<<|>>|<=|>=|&=|&|\+=|-=|\*=|\/=|%=|\||\^|=|&&|\|\||--|->|=|==|!=|:=|:|::|\.\.<|\.\.=|[\%-\&\*-\+\-\/\<\>])	t75			1
R		[\(-\)\,\.\;\[\]\{\}]	t78
