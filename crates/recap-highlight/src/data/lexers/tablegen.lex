S	whitespace
R		(\n|[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000])+	t8000			1	\x09\x0D\x20\x20+	
R		\/\/[^\n]*?\n	t6000			0	//	
S	keyword
R		(multiclass|foreach|string|class|field|defm|bits|code|list|def|int|let|dag|bit|in)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	bdffiilmss	
S	root
I	macro
I	whitespace
R		c?"[^"]*?"	t3100			0	""cc	
I	keyword
R		\$[A-Z_a-z][_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2200			0	$$	
R		[\p{Nd}]*[A-Z_a-z][_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]*	t2200			0	09AZ__az+	09
R		\[\{[\u0000-\u{10FFFF}]*?\}\]	t3100			0	[[	
R		[\+\-]?[\p{Nd}]+|0x[A-Fa-f\p{Nd}]+|0b[0-1]+	t3200			0	++--09+	
R		[\!\(-\*\,\.\:-\>\[\]\{\}]	t5000			0	!!(*,,..:>[[]]{{}}	
S	macro
R		(#include[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+)("[^"]*")	g(t6100,t3100)			2	##	
R		(?<![^\n])[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*#(ifdef|ifndef)[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+[_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D][_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D\p{Nd}]*	t6100			1	\x09\x0D\x20\x20##+	^\x09\x0D\x20\x20
R		(?<![^\n])[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*#define[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+[_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D][_\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D\p{Nd}]*	t6100			0	\x09\x0D\x20\x20##+	^\x09\x0D\x20\x20
R		(?<![^\n])[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*#endif	t6100			0	\x09\x0D\x20\x20##+	^\x09\x0D\x20\x20
