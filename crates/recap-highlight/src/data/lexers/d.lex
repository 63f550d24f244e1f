S	root
R		[^\n[^]]+	t8000			0
R		\/\/[^\n]*?\n	t6003			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
R		\/\+[\u0000-\u{10FFFF}]*?\+\/	t6002			0
R		(asm|assert|body|break|case|cast|catch|continue|default|debug|delete|do|else|finally|for|foreach|foreach_reverse|goto|if|in|invariant|is|macro|mixin|new|out|pragma|return|super|switch|this|throw|try|typeid|typeof|version|while|with)(?![])	t1000			1
R		__(FILE|FILE_FULL_PATH|MODULE|LINE|FUNCTION|PRETTY_FUNCTION|DATE|EOF|TIME|TIMESTAMP|VENDOR|VERSION)__(?![])	t2100			1
R		__(traits|vector|parameters)(?![])	t2100			1
R		((?:(?:[^[^]]|\$)[\$\.\<\>\[\]]*[]+)+?)((?:[^[^]]|\$)[\$]*)([]*)(\()	g(s(root),t2300,t8000,t4000)			4
R		@[\.]*	t2004			0
R		(abstract|auto|alias|align|const|delegate|deprecated|enum|export|extern|final|function|immutable|inout|lazy|nothrow|override|package|private|protected|public|pure|ref|scope|shared|static|synchronized|template|unittest|__gshared)(?![])	t1002			1
R		(void|bool|byte|ubyte|short|ushort|int|uint|long|ulong|cent|ucent|float|double|real|ifloat|idouble|ireal|cfloat|cdouble|creal|char|wchar|dchar)(?![])	t1006			1
R		(size_t|ptrdiff_t|noreturn|string|wstring|dstring|Object|Throwable|Exception|Error|imported)(?![])	t2100			1
R		(module)([]+)	g(t1003,t8000)	p(import)		2
R		(true|false|null)(?![])	t1001			1
R		(class|interface|struct|template|union)([]+)	g(t1002,t8000)	p(class)		2
R		(import)([]+)	g(t1003,t8000)	p(import)		2
R		[q-r]?"(\\\\|\\"|[^"])*"[c-dw]?	t3100			1
R		(`)([^\`]*)(`)[c-dw]?	t3100			3
R		'\\[^\n]'|'[^\\]'|'\\u[0-9A-Fa-f]{4}'	t3105			0
R		(\.)((?:[^[^]]|\$)[\$]*)	g(t4000,t2001)			2
R		(?<![^\n])[]*([^[^]]|\$)[\$]*:	t2008			1
R		([0-9][0-9_]*\.([0-9][0-9_]*)?|\.[0-9][0-9_]*)([Ee][\+\-]?[0-9][0-9_]*)?[FLf]?i?|[0-9][Ee][\+\-]?[0-9][0-9_]*[FLf]?|[0-9]([Ee][\+\-]?[0-9][0-9_]*)?[FLf]|0[Xx]([0-9A-Fa-f][0-9A-F_a-f]*\.?|([0-9A-Fa-f][0-9A-F_a-f]*)?\.[0-9A-Fa-f][0-9A-F_a-f]*)[Pp][\+\-]?[0-9][0-9_]*[FLf]?	t3202			6
R		0[Xx][0-9A-Fa-f][0-9A-F_a-f]*[Ll]?	t3203			0
R		0[Bb][0-1][0-1_]*[Ll]?	t3201			0
R		0[0-7_]+[Ll]?	t3206			0
R		0|[1-9][0-9_]*[Ll]?	t3204			0
R		([\!\%-\&\(-\/\:-\?\[\]-\^\{-\~]|q\{)	t4000			1
R		([^[^]]|\$)[\$]*	t2000			1
R		\n	t8000			0
S	class
R		([^[^]]|\$)[\$]*	t2002	o1		1
S	import
R		[\.]+\*?	t2009	o1		0
