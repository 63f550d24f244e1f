S	vector
R		>\]	t5000	o1		0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3105			0
R		`(\\\\|\\`|[^\`])*`	t3108			1
R		[\+\-]?(?:0(?:[Xx][0-9A-Fa-f](?:_*[0-9A-Fa-f])*|[Oo][0-7](?:_*[0-7])*|[Bb][0-1](?:_*[0-1])*)|[0-9](?:_*[0-9])*(?:_*[Ee][\+\-]?[0-9]+)?)(?:[IUiu](?:8|16|32|64|128)?|[Ff](?:32|64)?|[Uu][Ll])?	t3200			0
R		\*	t3200			0
R		[\$]{2}(C_INT_SIZE|C_SHORT_SIZE|C_LONG_SIZE|C_LONG_LONG_SIZE|C_CHAR_IS_SIGNED|JMP_BUF_SIZE|BUILD_HASH|BUILD_DATE|OS_TYPE|ARCH_TYPE|MAX_VECTOR_SIZE|REGISTER_SIZE |REGISTER_SIZE |COMPILER_LIBC_AVAILABLE|COMPILER_LIBC_AVAILABLE|COMPILER_OPT_LEVEL|PLATFORM_BIG_ENDIAN|PLATFORM_I128_SUPPORTED|PLATFORM_F16_SUPPORTED|PLATFORM_F128_SUPPORTED|REGISTER_SIZE|COMPILER_SAFE_MODE|DEBUG_SYMBOLS|BACKTRACE|LLVM_VERSION|BENCHMARKING|TESTING|PANIC_MSG|MEMORY_ENVIRONMENT|ADDRESS_SANITIZER|MEMORY_SANITIZER|THREAD_SANITIZER|LANGUAGE_DEV_VERSION|AUTHORS|AUTHOR_EMAILS|PROJECT_VERSION)	t2100			1
R		(\$alignof|\$assert|\$assignable|\$case|\$default|\$defined|\$echo|\$else|\$embed|\$endforeach|\$endfor|\$endif|\$endswitch|\$eval|\$evaltype|\$error|\$exec|\$extnameof|\$feature|\$foreach|\$for|\$if|\$include|\$is_const|\$nameof|\$offsetof|\$qnameof|\$sizeof|\$stringify|\$switch|\$typefrom|\$typeof|\$vacount|\$vatype|\$vaconst|\$vaarg|\$vaexpr|\$vasplat|alias|assert|asm|attrdef|bitstruct|break|case|catch|continue|default|defer|do|else|enum|extern|false|faultdef|foreach_r|foreach|for|fn|tlocal|if|inline|import|macro|module|nextcase|null|interface|return|static|struct|switch|true|try|typedef|union|while)(?![])	t1000			1
R		[\#-\$\@]*[_a-z][0-9A-Z_a-z]*	t2011			0
R		([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*)([]*)(\?)?	g(t2002,t8000,t2002)			3
R		[\$]?(_)?[A-Z][0-9A-Z_]*	t2003			1
R		\[<	t5000	p(vector)		0
R		\[	t5000	p(index)		0
R		(--|=>|>=|<=|(\||&|\+){1,3}|\?:|\?\?|\.\.)|[\!\%\-\/\:\<-\?\^\~]	t4000			2
R		[\!\(-\)\,\.\;\{\}]	t5000			0
R		[]+	t8000			0
S	index
R		\]	t5000	o1		0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3105			0
R		`(\\\\|\\`|[^\`])*`	t3108			1
R		[\+\-]?(?:0(?:[Xx][0-9A-Fa-f](?:_*[0-9A-Fa-f])*|[Oo][0-7](?:_*[0-7])*|[Bb][0-1](?:_*[0-1])*)|[0-9](?:_*[0-9])*(?:_*[Ee][\+\-]?[0-9]+)?)(?:[IUiu](?:8|16|32|64|128)?|[Ff](?:32|64)?|[Uu][Ll])?	t3200			0
R		\*	t3200			0
R		[\$]{2}(C_INT_SIZE|C_SHORT_SIZE|C_LONG_SIZE|C_LONG_LONG_SIZE|C_CHAR_IS_SIGNED|JMP_BUF_SIZE|BUILD_HASH|BUILD_DATE|OS_TYPE|ARCH_TYPE|MAX_VECTOR_SIZE|REGISTER_SIZE |REGISTER_SIZE |COMPILER_LIBC_AVAILABLE|COMPILER_LIBC_AVAILABLE|COMPILER_OPT_LEVEL|PLATFORM_BIG_ENDIAN|PLATFORM_I128_SUPPORTED|PLATFORM_F16_SUPPORTED|PLATFORM_F128_SUPPORTED|REGISTER_SIZE|COMPILER_SAFE_MODE|DEBUG_SYMBOLS|BACKTRACE|LLVM_VERSION|BENCHMARKING|TESTING|PANIC_MSG|MEMORY_ENVIRONMENT|ADDRESS_SANITIZER|MEMORY_SANITIZER|THREAD_SANITIZER|LANGUAGE_DEV_VERSION|AUTHORS|AUTHOR_EMAILS|PROJECT_VERSION)	t2100			1
R		(\$alignof|\$assert|\$assignable|\$case|\$default|\$defined|\$echo|\$else|\$embed|\$endforeach|\$endfor|\$endif|\$endswitch|\$eval|\$evaltype|\$error|\$exec|\$extnameof|\$feature|\$foreach|\$for|\$if|\$include|\$is_const|\$nameof|\$offsetof|\$qnameof|\$sizeof|\$stringify|\$switch|\$typefrom|\$typeof|\$vacount|\$vatype|\$vaconst|\$vaarg|\$vaexpr|\$vasplat|alias|assert|asm|attrdef|bitstruct|break|case|catch|continue|default|defer|do|else|enum|extern|false|faultdef|foreach_r|foreach|for|fn|tlocal|if|inline|import|macro|module|nextcase|null|interface|return|static|struct|switch|true|try|typedef|union|while)(?![])	t1000			1
R		[\#-\$\@]*[_a-z][0-9A-Z_a-z]*	t2011			0
R		([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*)([]*)(\?)?	g(t2002,t8000,t2002)			3
R		[\$]?(_)?[A-Z][0-9A-Z_]*	t2003			1
R		\[<	t5000	p(vector)		0
R		\[	t5000	p(index)		0
R		(--|=>|>=|<=|(\||&|\+){1,3}|\?:|\?\?|\.\.)|[\!\%\-\/\:\<-\?\^\~]	t4000			2
R		[\!\(-\)\,\.\;\{\}]	t5000			0
R		[]+	t8000			0
S	function_type
R		void|bool|char|double|float|float16|bfloat|int128|ichar|int|iptr|isz|long|short|uint128|uint|ulong|uptr|ushort|usz|float128|any|fault|typeid	t2100			0
R		\[<	t5000	p(vector)		0
R		\[	t5000	p(index)		0
R		[]*\(	t5000	o1		0
R		\.	t5000			0
R		[]*(\*)	t4000			1
R		[\$\@]?(_)?[A-Z][0-9A-Z_a-z]*	t2002			1
R		[]*\?	t2002			0
R		[]+	t8000	p(function_name)		0
R		[\@]?[_a-z][0-9A-Z_a-z]*	t2300	o1		0
R		[\$]?[_a-z][0-9A-Z_a-z]*	t1000	o1		0
S	function_name
R		(void|bool|char|double|float|float16|bfloat|int128|ichar|int|iptr|isz|long|short|uint128|uint|ulong|uptr|ushort|usz|float128|any|fault|typeid)(?![0-9A-Z_a-z])	t2100			1
R		[\@]?[_a-z][0-9A-Z_a-z]*	t2300	o2		0
R		([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*)	t2002			1
R		\.|[]*(\*)	t5000			1
R		\[<	t5000	p(vector)		0
R		\[	t5000	p(index)		0
R		\(	t5000	o1		0
S	path_segment
R		[_a-z][0-9_a-z]*	t2009			0
R		(::|,)	t5000			1
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3105			0
R		`(\\\\|\\`|[^\`])*`	t3108			1
R		([]*)(\{)([]*)([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*)(?:([]*)(,)([]*)([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*))*([]*)(\})	g(t8000,t5000,t8000,t2002,t8000,t5000,t8000,t2002,t8000,t5000)			10
R		@align|@benchmark|@bigendian|@builtin|@callconv|@compact|@const|@deprecated|@dynamic|@export|@extern|@finalizer|@format|@if|@inline|@init|@link|@littleendian|@local|@maydiscard|@naked|@noalias|@nodiscard|@noinit|@noinline|@nopadding|@norecurse|@noreturn|@nosanitize|@nostrip|@obfuscate|@operator|@operator_r|@operator_s|@optional|@overlap|@packed|@private|@public|@pure|@reflect|@safemacro|@section|@tag|@test|@unused|@used|@wasm|@weak|@winmain	t2001			0
R		(([\!\%-\&\*-\+\-\/\=\^\|]|(<|>){2})=|--|=>|>=|<=|(\||&|\+){1,3}|\?:|\?\?)|[\!\%\*\-\/\<-\?\^\~]	t4000			4
R		[\!\(-\*\,\.\:\[\]\{\}]	t5000			0
R		(\$alignof|\$assert|\$assignable|\$case|\$default|\$defined|\$echo|\$else|\$embed|\$endforeach|\$endfor|\$endif|\$endswitch|\$eval|\$evaltype|\$error|\$exec|\$extnameof|\$feature|\$foreach|\$for|\$if|\$include|\$is_const|\$nameof|\$offsetof|\$qnameof|\$sizeof|\$stringify|\$switch|\$typefrom|\$typeof|\$vacount|\$vatype|\$vaconst|\$vaarg|\$vaexpr|\$vasplat|alias|assert|asm|attrdef|bitstruct|break|case|catch|continue|default|defer|do|else|enum|extern|false|faultdef|foreach_r|foreach|for|fn|tlocal|if|inline|import|macro|module|nextcase|null|interface|return|static|struct|switch|true|try|typedef|union|while)(?![])	t1000			1
R		([\#-\$\@]*[_a-z][0-9A-Z_a-z]*)([]*)(\()	g(t2300,t8000,t5000)			3
R		[\#-\$\@]*[_a-z][0-9A-Z_a-z]*	t2011			0
R		([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*)([]*)(\?)?	g(t2002,t8000,t2002)			3
R		[\$]?(_)?[A-Z][0-9A-Z_]*	t2003			1
R		\[<	t5000	p(vector)		0
R		[\;]	t5000	o1		0
R		[]+	t8000			0
S	root
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
R		<\*[\u0000-\u{10FFFF}]*?\*>	t6002			0
R		(module|import)([]+)	g(t1000,t8000)	p(path_segment)		2
R		(extern)?(fn|macro)([]+)	g(t1000,t1000,t8000)	p(function_type)		3
R		[\$]{2}(C_INT_SIZE|C_SHORT_SIZE|C_LONG_SIZE|C_LONG_LONG_SIZE|C_CHAR_IS_SIGNED|JMP_BUF_SIZE|BUILD_HASH|BUILD_DATE|OS_TYPE|ARCH_TYPE|MAX_VECTOR_SIZE|REGISTER_SIZE |REGISTER_SIZE |COMPILER_LIBC_AVAILABLE|COMPILER_LIBC_AVAILABLE|COMPILER_OPT_LEVEL|PLATFORM_BIG_ENDIAN|PLATFORM_I128_SUPPORTED|PLATFORM_F16_SUPPORTED|PLATFORM_F128_SUPPORTED|REGISTER_SIZE|COMPILER_SAFE_MODE|DEBUG_SYMBOLS|BACKTRACE|LLVM_VERSION|BENCHMARKING|TESTING|PANIC_MSG|MEMORY_ENVIRONMENT|ADDRESS_SANITIZER|MEMORY_SANITIZER|THREAD_SANITIZER|LANGUAGE_DEV_VERSION|AUTHORS|AUTHOR_EMAILS|PROJECT_VERSION)	t2100			1
R		(void|bool|char|double|float|float16|bfloat|int128|ichar|int|iptr|isz|long|short|uint128|uint|ulong|uptr|ushort|usz|float128|any|fault|typeid)([]*)(\?)?	g(t2100,t8000,t2002)			3
R		(\$alignof|\$assert|\$assignable|\$case|\$default|\$defined|\$echo|\$else|\$embed|\$endforeach|\$endfor|\$endif|\$endswitch|\$eval|\$evaltype|\$error|\$exec|\$extnameof|\$feature|\$foreach|\$for|\$if|\$include|\$is_const|\$nameof|\$offsetof|\$qnameof|\$sizeof|\$stringify|\$switch|\$typefrom|\$typeof|\$vacount|\$vatype|\$vaconst|\$vaarg|\$vaexpr|\$vasplat|alias|assert|asm|attrdef|bitstruct|break|case|catch|continue|default|defer|do|else|enum|extern|false|faultdef|foreach_r|foreach|for|fn|tlocal|if|inline|import|macro|module|nextcase|null|interface|return|static|struct|switch|true|try|typedef|union|while)(?![])	t1000			1
R		var|const	t1002			0
R		(?<![\s\S])#! ?\/[\u0000-\u{10FFFF}]*?\n	t6001			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3105			0
R		`(\\\\|\\`|[^\`])*`	t3108			1
R		([_a-z][0-9_a-z]*)(::)	g(t2009,t5000)			2
R		[\+\-]?(?:0(?:[Xx][0-9A-Fa-f](?:_*[0-9A-Fa-f])*|[Oo][0-7](?:_*[0-7])*|[Bb][0-1](?:_*[0-1])*)|[0-9](?:_*[0-9])*(?:_*[Ee][\+\-]?[0-9]+)?)(?:[IUiu](?:8|16|32|64|128)?|[Ff](?:32|64)?|[Uu][Ll])?	t3200			0
R		@align|@benchmark|@bigendian|@builtin|@callconv|@compact|@const|@deprecated|@dynamic|@export|@extern|@finalizer|@format|@if|@inline|@init|@link|@littleendian|@local|@maydiscard|@naked|@noalias|@nodiscard|@noinit|@noinline|@nopadding|@norecurse|@noreturn|@nosanitize|@nostrip|@obfuscate|@operator|@operator_r|@operator_s|@optional|@overlap|@packed|@private|@public|@pure|@reflect|@safemacro|@section|@tag|@test|@unused|@used|@wasm|@weak|@winmain	t2001			0
R		\$\$abs|\$\$any_make|\$\$atomic_load|\$\$atomic_store|\$\$atomic_fetch_exchange|\$\$atomic_fetch_add|\$\$atomic_fetch_sub|\$\$atomic_fetch_and|\$\$atomic_fetch_nand|\$\$atomic_fetch_or|\$\$atomic_fetch_xor|\$\$atomic_fetch_max|\$\$atomic_fetch_min|\$\$atomic_fetch_inc_wrap|\$\$atomic_fetch_dec_wrap|\$\$bitreverse|\$\$breakpoint|\$\$bswap|\$\$ceil|\$\$compare_exchange|\$\$copysign|\$\$cos|\$\$clz|\$\$ctz|\$\$add|\$\$div|\$\$mod|\$\$mul|\$\$neg|\$\$sub|\$\$exp|\$\$exp2|\$\$expect|\$\$expect_with_probability|\$\$floor|\$\$fma|\$\$fmuladd|\$\$frameaddress|\$\$fshl|\$\$fshr|\$\$gather|\$\$get_rounding_mode|\$\$log|\$\$log10|\$\$log2|\$\$masked_load|\$\$masked_store|\$\$max|\$\$memcpy|\$\$memcpy_inline|\$\$memmove|\$\$memset|\$\$memset_inline|\$\$min|\$\$nearbyint|\$\$overflow_add|\$\$overflow_mul|\$\$overflow_sub|\$\$popcount|\$\$pow|\$\$pow_int|\$\$prefetch|\$\$reduce_add|\$\$reduce_and|\$\$reduce_fadd|\$\$reduce_fmul|\$\$reduce_max|\$\$reduce_min|\$\$reduce_mul|\$\$reduce_or|\$\$reduce_xor|\$\$reverse|\$\$returnaddress|\$\$rint|\$\$round|\$\$roundeven|\$\$sat_add|\$\$sat_shl|\$\$sat_sub|\$\$scatter|\$\$select|\$\$set_rounding_mode|\$\$str_hash|\$\$str_upper|\$\$str_lower|\$\$str_find|\$\$swizzle|\$\$swizzle2|\$\$sin|\$\$sqrt|\$\$syscall|\$\$sysclock|\$\$trap|\$\$trunc|\$\$unaligned_load|\$\$unaligned_store|\$\$unreachable|\$\$veccomplt|\$\$veccomple|\$\$veccompgt|\$\$veccompge|\$\$veccompeq|\$\$veccompne|\$\$volatile_load|\$\$volatile_store|\$\$wasm_memory_size|\$\$wasm_memory_grow|\$\$wstr16|\$\$wstr32|\$\$DATE|\$\$FILE|\$\$FILEPATH|\$\$FUNC|\$\$FUNCTION|\$\$LINE|\$\$LINE_RAW|\$\$MODULE|\$\$BENCHMARK_NAMES|\$\$BENCHMARK_FNS|\$\$TEST_NAMES|\$\$TEST_FNS|\$\$TIME	t2100			0
R		([\#-\$\@]*[_a-z][0-9A-Z_a-z]*)([]*)(\()	g(t2300,t8000,t5000)			3
R		[\#-\$\@]*[_a-z][0-9A-Z_a-z]*	t2011			0
R		([\$\@]?(?:_)?[A-Z][0-9A-Z_a-z]*)([]*)(\?)?	g(t2002,t8000,t2002)			3
R		[\$]?(_)?[A-Z][0-9A-Z_]*	t2003			1
R		\[<	t5000	p(vector)		0
R		\[	t5000	p(index)		0
R		(([\!\%-\&\*-\+\-\/\=\^\|]|(<|>){2})=|--|=>|>=|<=|(\||&|\+){1,3}|\?:|\?\?)|[\!\%\*\-\/\<-\?\^\~]	t4000			4
R		[\!\(-\*\,\.\:-\;\{\}]	t5000			0
R		[]+	t8000			0
