S	vector
R		>\]	t78	o1
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t55
R		`(\\\\|\\`|[^\`])*`	t58			1
R		[\+\-]?(?:0(?:[Xx][0-9A-Fa-f](?:_*[0-9A-Fa-f])*|[Oo][0-7](?:_*[0-7])*|[Bb][0-1](?:_*[0-1])*)|[0-9](?:_*[0-9])*(?:_*[Ee][\+\-]?[0-9]+)?)(?:[IUiu](?:8|16|32|64|128)?|[Ff](?:32|64)?|[Uu][Ll])?	t67
R		\*	t67
R		[\$]{2}(C_INT_SIZE|C_SHORT_SIZE|C_LONG_SIZE|C_LONG_LONG_SIZE|C_CHAR_IS_SIGNED|JMP_BUF_SIZE|BUILD_HASH|BUILD_DATE|OS_TYPE|ARCH_TYPE|MAX_VECTOR_SIZE|REGISTER_SIZE |REGISTER_SIZE |COMPILER_LIBC_AVAILABLE|COMPILER_LIBC_AVAILABLE|COMPILER_OPT_LEVEL|PLATFORM_BIG_ENDIAN|PLATFORM_I128_SUPPORTED|PLATFORM_F16_SUPPORTED|PLATFORM_F128_SUPPORTED|REGISTER_SIZE|COMPILER_SAFE_MODE|DEBUG_SYMBOLS|BACKTRACE|LLVM_VERSION|BENCHMARKING|TESTING|PANIC_MSG|MEMORY_ENVIRONMENT|ADDRESS_SANITIZER|MEMORY_SANITIZER|THREAD_SANITIZER|LANGUAGE_DEV_VERSION|AUTHORS|AUTHOR_EMAILS|PROJECT_VERSION)	t37			1
R		(\$alignof|\$assert|\$assignable|\$case|\$default|\$defined|\$echo|\$else|\$embed|\$endforeach|\$endfor|\$endif|\$endswitch|\$eval|\$evaltype|\$error|\$exec|\$extnameof|\$feature|\$foreach|\$for|\$if|\$include|\$is_const|\$nameof|\$offsetof|\$qnameof|\$sizeof|\$stringify|\$switch|\$typefrom|\$typeof|\$vacount|\$vatype|\$vaconst|\$vaarg|\$vaexpr|\$vasplat|alias|assert|asm|attrdef|bitstruct|break|case|catch|continue|default|defer|do|else|enum|extern|false|faultdef|foreach_r|foreach|for|fn|tlocal|if|inline|import|macro|module|nextcase|null|interface|return|static|struct|switch|true|try|typedef|union|while)(?![])	t15			1
R		[\#-\$\@]*[_a-z][0-9A-Z_a-z]*	t33
R		([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*)([]*)(\?)?	g(t24,t98,t24)			3
R		[\$]?(_)?[A-Z][0-9A-Z_]*	t25			1
R		\[<	t78	p(vector)
R		\[	t78	p(index)
R		(--|=>|>=|<=|(\||&|\+){1,3}|\?:|\?\?|\.\.)|[\!\%\-\/\:\<-\?\^\~]	t75			2
R		[\!\(-\)\,\.\;\{\}]	t78
R		[]+	t98
S	index
R		\]	t78	o1
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t55
R		`(\\\\|\\`|[^\`])*`	t58			1
R		[\+\-]?(?:0(?:[Xx][0-9A-Fa-f](?:_*[0-9A-Fa-f])*|[Oo][0-7](?:_*[0-7])*|[Bb][0-1](?:_*[0-1])*)|[0-9](?:_*[0-9])*(?:_*[Ee][\+\-]?[0-9]+)?)(?:[IUiu](?:8|16|32|64|128)?|[Ff](?:32|64)?|[Uu][Ll])?	t67
R		\*	t67
R		[\$]{2}(C_INT_SIZE|C_SHORT_SIZE|C_LONG_SIZE|C_LONG_LONG_SIZE|C_CHAR_IS_SIGNED|JMP_BUF_SIZE|BUILD_HASH|BUILD_DATE|OS_TYPE|ARCH_TYPE|MAX_VECTOR_SIZE|REGISTER_SIZE |REGISTER_SIZE |COMPILER_LIBC_AVAILABLE|COMPILER_LIBC_AVAILABLE|COMPILER_OPT_LEVEL|PLATFORM_BIG_ENDIAN|PLATFORM_I128_SUPPORTED|PLATFORM_F16_SUPPORTED|PLATFORM_F128_SUPPORTED|REGISTER_SIZE|COMPILER_SAFE_MODE|DEBUG_SYMBOLS|BACKTRACE|LLVM_VERSION|BENCHMARKING|TESTING|PANIC_MSG|MEMORY_ENVIRONMENT|ADDRESS_SANITIZER|MEMORY_SANITIZER|THREAD_SANITIZER|LANGUAGE_DEV_VERSION|AUTHORS|AUTHOR_EMAILS|PROJECT_VERSION)	t37			1
R		(\$alignof|\$assert|\$assignable|\$case|\$default|\$defined|\$echo|\$else|\$embed|\$endforeach|\$endfor|\$endif|\$endswitch|\$eval|\$evaltype|\$error|\$exec|\$extnameof|\$feature|\$foreach|\$for|\$if|\$include|\$is_const|\$nameof|\$offsetof|\$qnameof|\$sizeof|\$stringify|\$switch|\$typefrom|\$typeof|\$vacount|\$vatype|\$vaconst|\$vaarg|\$vaexpr|\$vasplat|alias|assert|asm|attrdef|bitstruct|break|case|catch|continue|default|defer|do|else|enum|extern|false|faultdef|foreach_r|foreach|for|fn|tlocal|if|inline|import|macro|module|nextcase|null|interface|return|static|struct|switch|true|try|typedef|union|while)(?![])	t15			1
R		[\#-\$\@]*[_a-z][0-9A-Z_a-z]*	t33
R		([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*)([]*)(\?)?	g(t24,t98,t24)			3
R		[\$]?(_)?[A-Z][0-9A-Z_]*	t25			1
R		\[<	t78	p(vector)
R		\[	t78	p(index)
R		(--|=>|>=|<=|(\||&|\+){1,3}|\?:|\?\?|\.\.)|[\!\%\-\/\:\<-\?\^\~]	t75			2
R		[\!\(-\)\,\.\;\{\}]	t78
R		[]+	t98
S	function_type
R		void|bool|char|double|float|float16|bfloat|int128|ichar|int|iptr|isz|long|short|uint128|uint|ulong|uptr|ushort|usz|float128|any|fault|typeid	t37
R		\[<	t78	p(vector)
R		\[	t78	p(index)
R		[]*\(	t78	o1
R		\.	t78
R		[]*(\*)	t75			1
R		[\$\@]?(_)?[A-Z][0-9A-Z_a-z]*	t24			1
R		[]*\?	t24
R		[]+	t98	p(function_name)
R		[\@]?[_a-z][0-9A-Z_a-z]*	t45	o1
R		[\$]?[_a-z][0-9A-Z_a-z]*	t15	o1
S	function_name
R		(void|bool|char|double|float|float16|bfloat|int128|ichar|int|iptr|isz|long|short|uint128|uint|ulong|uptr|ushort|usz|float128|any|fault|typeid)(?![0-9A-Z_a-z])	t37			1
R		[\@]?[_a-z][0-9A-Z_a-z]*	t45	o2
R		([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*)	t24			1
R		\.|[]*(\*)	t78			1
R		\[<	t78	p(vector)
R		\[	t78	p(index)
R		\(	t78	o1
S	path_segment
R		[_a-z][0-9_a-z]*	t31
R		(::|,)	t78			1
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t55
R		`(\\\\|\\`|[^\`])*`	t58			1
R		([]*)(\{)([]*)([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*)(?:([]*)(,)([]*)([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*))*([]*)(\})	g(t98,t78,t98,t24,t98,t78,t98,t24,t98,t78)			10
R		@align|@benchmark|@bigendian|@builtin|@callconv|@compact|@const|@deprecated|@dynamic|@export|@extern|@finalizer|@format|@if|@inline|@init|@link|@littleendian|@local|@maydiscard|@naked|@noalias|@nodiscard|@noinit|@noinline|@nopadding|@norecurse|@noreturn|@nosanitize|@nostrip|@obfuscate|@operator|@operator_r|@operator_s|@optional|@overlap|@packed|@private|@public|@pure|@reflect|@safemacro|@section|@tag|@test|@unused|@used|@wasm|@weak|@winmain	t23
R		(([\!\%-\&\*-\+\-\/\=\^\|]|(<|>){2})=|--|=>|>=|<=|(\||&|\+){1,3}|\?:|\?\?)|[\!\%\*\-\/\<-\?\^\~]	t75			4
R		[\!\(-\*\,\.\:\[\]\{\}]	t78
R		(\$alignof|\$assert|\$assignable|\$case|\$default|\$defined|\$echo|\$else|\$embed|\$endforeach|\$endfor|\$endif|\$endswitch|\$eval|\$evaltype|\$error|\$exec|\$extnameof|\$feature|\$foreach|\$for|\$if|\$include|\$is_const|\$nameof|\$offsetof|\$qnameof|\$sizeof|\$stringify|\$switch|\$typefrom|\$typeof|\$vacount|\$vatype|\$vaconst|\$vaarg|\$vaexpr|\$vasplat|alias|assert|asm|attrdef|bitstruct|break|case|catch|continue|default|defer|do|else|enum|extern|false|faultdef|foreach_r|foreach|for|fn|tlocal|if|inline|import|macro|module|nextcase|null|interface|return|static|struct|switch|true|try|typedef|union|while)(?![])	t15			1
R		([\#-\$\@]*[_a-z][0-9A-Z_a-z]*)([]*)(\()	g(t45,t98,t78)			3
R		[\#-\$\@]*[_a-z][0-9A-Z_a-z]*	t33
R		([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*)([]*)(\?)?	g(t24,t98,t24)			3
R		[\$]?(_)?[A-Z][0-9A-Z_]*	t25			1
R		\[<	t78	p(vector)
R		[\;]	t78	o1
R		[]+	t98
S	root
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
R		<\*[\u0000-\u{10FFFF}]*?\*>	t81
R		(module|import)([]+)	g(t15,t98)	p(path_segment)		2
R		(extern)?(fn|macro)([]+)	g(t15,t15,t98)	p(function_type)		3
R		[\$]{2}(C_INT_SIZE|C_SHORT_SIZE|C_LONG_SIZE|C_LONG_LONG_SIZE|C_CHAR_IS_SIGNED|JMP_BUF_SIZE|BUILD_HASH|BUILD_DATE|OS_TYPE|ARCH_TYPE|MAX_VECTOR_SIZE|REGISTER_SIZE |REGISTER_SIZE |COMPILER_LIBC_AVAILABLE|COMPILER_LIBC_AVAILABLE|COMPILER_OPT_LEVEL|PLATFORM_BIG_ENDIAN|PLATFORM_I128_SUPPORTED|PLATFORM_F16_SUPPORTED|PLATFORM_F128_SUPPORTED|REGISTER_SIZE|COMPILER_SAFE_MODE|DEBUG_SYMBOLS|BACKTRACE|LLVM_VERSION|BENCHMARKING|TESTING|PANIC_MSG|MEMORY_ENVIRONMENT|ADDRESS_SANITIZER|MEMORY_SANITIZER|THREAD_SANITIZER|LANGUAGE_DEV_VERSION|AUTHORS|AUTHOR_EMAILS|PROJECT_VERSION)	t37			1
R		(void|bool|char|double|float|float16|bfloat|int128|ichar|int|iptr|isz|long|short|uint128|uint|ulong|uptr|ushort|usz|float128|any|fault|typeid)([]*)(\?)?	g(t37,t98,t24)			3
R		(\$alignof|\$assert|\$assignable|\$case|\$default|\$defined|\$echo|\$else|\$embed|\$endforeach|\$endfor|\$endif|\$endswitch|\$eval|\$evaltype|\$error|\$exec|\$extnameof|\$feature|\$foreach|\$for|\$if|\$include|\$is_const|\$nameof|\$offsetof|\$qnameof|\$sizeof|\$stringify|\$switch|\$typefrom|\$typeof|\$vacount|\$vatype|\$vaconst|\$vaarg|\$vaexpr|\$vasplat|alias|assert|asm|attrdef|bitstruct|break|case|catch|continue|default|defer|do|else|enum|extern|false|faultdef|foreach_r|foreach|for|fn|tlocal|if|inline|import|macro|module|nextcase|null|interface|return|static|struct|switch|true|try|typedef|union|while)(?![])	t15			1
R		var|const	t17
R		(?<![\s\S])#! ?\/[\u0000-\u{10FFFF}]*?\n	t80
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t55
R		`(\\\\|\\`|[^\`])*`	t58			1
R		([_a-z][0-9_a-z]*)(::)	g(t31,t78)			2
R		[\+\-]?(?:0(?:[Xx][0-9A-Fa-f](?:_*[0-9A-Fa-f])*|[Oo][0-7](?:_*[0-7])*|[Bb][0-1](?:_*[0-1])*)|[0-9](?:_*[0-9])*(?:_*[Ee][\+\-]?[0-9]+)?)(?:[IUiu](?:8|16|32|64|128)?|[Ff](?:32|64)?|[Uu][Ll])?	t67
R		@align|@benchmark|@bigendian|@builtin|@callconv|@compact|@const|@deprecated|@dynamic|@export|@extern|@finalizer|@format|@if|@inline|@init|@link|@littleendian|@local|@maydiscard|@naked|@noalias|@nodiscard|@noinit|@noinline|@nopadding|@norecurse|@noreturn|@nosanitize|@nostrip|@obfuscate|@operator|@operator_r|@operator_s|@optional|@overlap|@packed|@private|@public|@pure|@reflect|@safemacro|@section|@tag|@test|@unused|@used|@wasm|@weak|@winmain	t23
R		\$\$abs|\$\$any_make|\$\$atomic_load|\$\$atomic_store|\$\$atomic_fetch_exchange|\$\$atomic_fetch_add|\$\$atomic_fetch_sub|\$\$atomic_fetch_and|\$\$atomic_fetch_nand|\$\$atomic_fetch_or|\$\$atomic_fetch_xor|\$\$atomic_fetch_max|\$\$atomic_fetch_min|\$\$atomic_fetch_inc_wrap|\$\$atomic_fetch_dec_wrap|\$\$bitreverse|\$\$breakpoint|\$\$bswap|\$\$ceil|\$\$compare_exchange|\$\$copysign|\$\$cos|\$\$clz|\$\$ctz|\$\$add|\$\$div|\$\$mod|\$\$mul|\$\$neg|\$\$sub|\$\$exp|\$\$exp2|\$\$expect|\$\$expect_with_probability|\$\$floor|\$\$fma|\$\$fmuladd|\$\$frameaddress|\$\$fshl|\$\$fshr|\$\$gather|\$\$get_rounding_mode|\$\$log|\$\$log10|\$\$log2|\$\$masked_load|\$\$masked_store|\$\$max|\$\$memcpy|\$\$memcpy_inline|\$\$memmove|\$\$memset|\$\$memset_inline|\$\$min|\$\$nearbyint|\$\$overflow_add|\$\$overflow_mul|\$\$overflow_sub|\$\$popcount|\$\$pow|\$\$pow_int|\$\$prefetch|\$\$reduce_add|\$\$reduce_and|\$\$reduce_fadd|\$\$reduce_fmul|\$\$reduce_max|\$\$reduce_min|\$\$reduce_mul|\$\$reduce_or|\$\$reduce_xor|\$\$reverse|\$\$returnaddress|\$\$rint|\$\$round|\$\$roundeven|\$\$sat_add|\$\$sat_shl|\$\$sat_sub|\$\$scatter|\$\$select|\$\$set_rounding_mode|\$\$str_hash|\$\$str_upper|\$\$str_lower|\$\$str_find|\$\$swizzle|\$\$swizzle2|\$\$sin|\$\$sqrt|\$\$syscall|\$\$sysclock|\$\$trap|\$\$trunc|\$\$unaligned_load|\$\$unaligned_store|\$\$unreachable|\$\$veccomplt|\$\$veccomple|\$\$veccompgt|\$\$veccompge|\$\$veccompeq|\$\$veccompne|\$\$volatile_load|\$\$volatile_store|\$\$wasm_memory_size|\$\$wasm_memory_grow|\$\$wstr16|\$\$wstr32|\$\$DATE|\$\$FILE|\$\$FILEPATH|\$\$FUNC|\$\$FUNCTION|\$\$LINE|\$\$LINE_RAW|\$\$MODULE|\$\$BENCHMARK_NAMES|\$\$BENCHMARK_FNS|\$\$TEST_NAMES|\$\$TEST_FNS|\$\$TIME	t37
R		([\#-\$\@]*[_a-z][0-9A-Z_a-z]*)([]*)(\()	g(t45,t98,t78)			3
R		[\#-\$\@]*[_a-z][0-9A-Z_a-z]*	t33
R		([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*)([]*)(\?)?	g(t24,t98,t24)			3
R		[\$]?(_)?[A-Z][0-9A-Z_]*	t25			1
R		\[<	t78	p(vector)
R		\[	t78	p(index)
R		(([\!\%-\&\*-\+\-\/\=\^\|]|(<|>){2})=|--|=>|>=|<=|(\||&|\+){1,3}|\?:|\?\?)|[\!\%\*\-\/\<-\?\^\~]	t75			4
R		[\!\(-\*\,\.\:-\;\{\}]	t78
R		[]+	t98
