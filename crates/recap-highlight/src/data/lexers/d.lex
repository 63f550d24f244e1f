S	root
R		[^\n[^]]+	t98
R		\/\/[^\n]*?\n	t82
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
R		\/\+[\u0000-\u{10FFFF}]*?\+\/	t81
R		(asm|assert|body|break|case|cast|catch|continue|default|debug|delete|do|else|finally|for|foreach|foreach_reverse|goto|if|in|invariant|is|macro|mixin|new|out|pragma|return|super|switch|this|throw|try|typeid|typeof|version|while|with)(?![])	t15			1
R		__(FILE|FILE_FULL_PATH|MODULE|LINE|FUNCTION|PRETTY_FUNCTION|DATE|EOF|TIME|TIMESTAMP|VENDOR|VERSION)__(?![])	t37			1
R		__(traits|vector|parameters)(?![])	t37			1
R		((?:(?:[^[^]]|\$)[\$\.\<\>\[\]]*[]+)+?)((?:[^[^]]|\$)[\$]*)([]*)(\()	g(s(root),t45,t98,t75)			4
R		@[\.]*	t26
R		(abstract|auto|alias|align|const|delegate|deprecated|enum|export|extern|final|function|immutable|inout|lazy|nothrow|override|package|private|protected|public|pure|ref|scope|shared|static|synchronized|template|unittest|__gshared)(?![])	t17			1
R		(void|bool|byte|ubyte|short|ushort|int|uint|long|ulong|cent|ucent|float|double|real|ifloat|idouble|ireal|cfloat|cdouble|creal|char|wchar|dchar)(?![])	t21			1
R		(size_t|ptrdiff_t|noreturn|string|wstring|dstring|Object|Throwable|Exception|Error|imported)(?![])	t37			1
R		(module)([]+)	g(t18,t98)	p(import)		2
R		(true|false|null)(?![])	t16			1
R		(class|interface|struct|template|union)([]+)	g(t17,t98)	p(class)		2
R		(import)([]+)	g(t18,t98)	p(import)		2
R		[q-r]?"(\\\\|\\"|[^"])*"[c-dw]?	t50			1
R		(`)([^\`]*)(`)[c-dw]?	t50			3
R		'\\[^\n]'|'[^\\]'|'\\u[0-9A-Fa-f]{4}'	t55
R		(\.)((?:[^[^]]|\$)[\$]*)	g(t75,t23)			2
R		(?<![^\n])[]*([^[^]]|\$)[\$]*:	t30			1
R		([0-9][0-9_]*\.([0-9][0-9_]*)?|\.[0-9][0-9_]*)([Ee][\+\-]?[0-9][0-9_]*)?[FLf]?i?|[0-9][Ee][\+\-]?[0-9][0-9_]*[FLf]?|[0-9]([Ee][\+\-]?[0-9][0-9_]*)?[FLf]|0[Xx]([0-9A-Fa-f][0-9A-F_a-f]*\.?|([0-9A-Fa-f][0-9A-F_a-f]*)?\.[0-9A-Fa-f][0-9A-F_a-f]*)[Pp][\+\-]?[0-9][0-9_]*[FLf]?	t69			6
R		0[Xx][0-9A-Fa-f][0-9A-F_a-f]*[Ll]?	t70
R		0[Bb][0-1][0-1_]*[Ll]?	t68
R		0[0-7_]+[Ll]?	t73
R		0|[1-9][0-9_]*[Ll]?	t71
R		([\!\%-\&\(-\/\:-\?\[\]-\^\{-\~]|q\{)	t75			1
R		([^[^]]|\$)[\$]*	t22			1
R		\n	t98
S	class
R		([^[^]]|\$)[\$]*	t24	o1		1
S	import
R		[\.]+\*?	t31	o1
