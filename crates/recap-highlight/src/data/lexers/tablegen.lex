S	whitespace
R		(\n|[])+	t98			1
R		\/\/[^\n]*?\n	t79
S	keyword
R		(multiclass|foreach|string|class|field|defm|bits|code|list|def|int|let|dag|bit|in)(?![])	t15			1
S	root
I	macro
I	whitespace
R		c?"[^"]*?"	t50
I	keyword
R		\$[A-Z_a-z][_]*	t39
R		[\p{Nd}]*[A-Z_a-z][_]*	t39
R		\[\{[\u0000-\u{10FFFF}]*?\}\]	t50
R		[\+\-]?[\p{Nd}]+|0x[A-Fa-f\p{Nd}]+|0b[0-1]+	t67
R		[\!\(-\*\,\.\:-\>\[\]\{\}]	t78
S	macro
R		(#include[]+)("[^"]*")	g(t84,t50)			2
R		(?<![^\n])[]*#(ifdef|ifndef)[]+[_][_\p{Nd}]*	t84			1
R		(?<![^\n])[]*#define[]+[_][_\p{Nd}]*	t84
R		(?<![^\n])[]*#endif	t84
