S	whitespace
R		(\n|[])+	t8000			1
R		\/\/[^\n]*?\n	t6000			0
S	keyword
R		(multiclass|foreach|string|class|field|defm|bits|code|list|def|int|let|dag|bit|in)(?![])	t1000			1
S	root
I	macro
I	whitespace
R		c?"[^"]*?"	t3100			0
I	keyword
R		\$[A-Z_a-z][_]*	t2200			0
R		[\p{Nd}]*[A-Z_a-z][_]*	t2200			0
R		\[\{[\u0000-\u{10FFFF}]*?\}\]	t3100			0
R		[\+\-]?[\p{Nd}]+|0x[A-Fa-f\p{Nd}]+|0b[0-1]+	t3200			0
R		[\!\(-\*\,\.\:-\>\[\]\{\}]	t5000			0
S	macro
R		(#include[]+)("[^"]*")	g(t6100,t3100)			2
R		(?<![^\n])[]*#(ifdef|ifndef)[]+[_][_\p{Nd}]*	t6100			1
R		(?<![^\n])[]*#define[]+[_][_\p{Nd}]*	t6100			0
R		(?<![^\n])[]*#endif	t6100			0
