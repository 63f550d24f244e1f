S	attribute
R		\]	t78	o1
R		'	t78	p(string-single)
R		"	t78	p(string-double)
R		[\:-\;]	t78
R		(?<=\[)if(?![])	t15
R		[]+	t98
R		(?<=: *)[]+	t50
R		[^[^]][]*	t23
S	string-double
R		"	t58	o1
I	char-escape
R		(\$)((?!\\)\{)	g(t75,t78)	p(string-curly-interpolation)		2
R		\$	t75	p(string-interpolation)
R		[^"]+?	t58
S	char
R		`	t55	o1
I	char-escape
R		[^\\]	t55
S	string-doc
R		(\/\/ *)(#+ [^\n]+)(\n)	g(t57,t90,t98)			3
R		\/\/ *([\*\-\=_\~])(?:(?:\1)){2,}\n	t56			1
R		\/\/[^\n]*\n	t57
R				m(o1)
S	string-interpolation
R		(\.)?(@)?(?:([^[^]][]*)(\()([^\)]*)(\))|([^[^]][]*))	g(t78,t75,t45,t78,s(root),t78,t39)			7
R				m(o1)
S	string-curly-interpolation
R		\}	t78	o1
I	strings
R		(:)( *?)([ \#'\+\-0])?(?:(\.)?([0-9]+))?([E-GXbd-gosx])?	g(t78,t98,t75,t78,t67,t51)			6
R		[^"'\:\}]+	s(root)
S	root
R		(?<![^\n])#![^\n]*\n	t80
R		(?<![])(path_delimiter|path_separator|wd_at_startup|max_path_len|sys_write|sys_close|sys_mkdir|sys_creat|sys_open|s_iflnk|s_irusr|s_ifdir|s_ixoth|s_isuid|s_isgid|s_isvtx|s_iwoth|s_iwusr|s_ixusr|s_irgrp|s_iwgrp|s_ixgrp|s_iroth|s_ifmt|args)(?![])	t25			1
R		(?<![])(ExecutableNotFoundError|FileNotOpenedError|SizeOfTypeIs0Error|ProcessState|SeekMode|Command|Process|Signal|Result|Uname|File)(?![])	t37			1
R		(?<![])(find_abs_path_of_executable|posix_set_permission_bit|read_bytes_into_newline|sigint_to_signal_name|exists_in_system_path|get_raw_lines_joined|expand_tilde_to_home|posix_get_error_msg|set_redirect_stdio|is_writable_folder|file_last_mod_unix|walk_with_context|resource_abs_path|debugger_present|write_file_array|join_path_single|execute_or_panic|get_lines_joined|set_environment|read_bytes_into|read_file_array|execute_or_exit|signal_continue|write_struct_at|read_struct_at|vmodules_paths|get_error_msg|signal_pgkill|read_into_ptr|read_bytes_at|existing_path|is_executable|get_raw_stdin|is_dir_empty|write_struct|vmodules_dir|stdout_slurp|write_raw_at|write_string|get_raw_line|stderr_slurp|signal_kill|stderr_read|signal_stop|quoted_path|stdin_write|stdout_read|open_append|new_process|args_before|read_struct|is_writable|is_readable|is_abs_path|read_raw_at|write_file|getenv_opt|args_after|read_lines|read_bytes|signal_opt|config_dir|last_error|executable|file_name|file_size|rmdir_all|write_raw|real_path|join_path|input_opt|norm_path|read_from|get_lines|loginname|read_file|cache_dir|mkdir_all|read_line|open_file|home_dir|hostname|fd_slurp|fd_close|mv_by_cp|open_uri|file_ext|walk_ext|unsetenv|write_to|fd_write|abs_path|read_raw|is_alive|get_line|truncate|temp_dir|set_args|geteuid|is_file|getppid|bitmask|is_atty|execute|symlink|environ|fd_read|is_link|writeln|getegid|user_os|is_dir|stdout|create|fileno|cp_all|system|getenv|vfopen|execve|getgid|stderr|getuid|execvp|exists|setenv|getpid|flush|getwd|input|stdin|mkdir|chdir|chmod|start|chown|rmdir|uname|write|close|utime|inode|wait|seek|base|fork|open|link|glob|read|tell|walk|msg|dir|run|log|cp|mv|rm|ls)(?=\()	t37			1
R		\n	t98
R		[]+	t98
R		\\\n	t98
R		(?<=module[]+[][^\n]*[]+)(\/\/[^\n]+\n)+(?=\n)	t57			1
R		(\/\/ *)([]+)([^\n]+\n)(?=(?:\/\/[^\n]*\n)* *(?:pub +)?(?:fn|struct|union|type|interface|enum|const) +(?:\2)(?:(?<=[])(?![])|(?<![])(?=[])))	g(t57,t88,t57)	p(string-doc)		3
R		\/\/[^\n]*\n	t82
R		\/\*(?:(?:\/\*(?:[^\n]|\n)*?\*\/)*|[^\n]|\n)*\*\/	t81
R		(?<![])(import|module)(?![])	t18			1
R		(?<![])(fn|struct|union|map|chan|type|interface|enum|const|mut|shared|pub|__global)(?![])	t17			1
R		\?	t17
R		(?<=\)[]*)!	t17
R		[\t ]*#include[^\n]+	u(c)
R		[\t ]*#[][^\n]*	t84
R		(sql)([]+)([]+)([]+)(\{)([^\}]*?)(\})	g(t15,t98,t22,t98,t78,u(sql),t78)			7
R		\$(?=[])	t75
R		(?<=\$)(?:embed_file|pkgconfig|tmpl|env|compile_error|compile_warn)	t37
R		(asm)([]+)([]+)([]*)(\{)([^\}]*?)(\})	g(t15,t98,t21,t98,t78,u(nasm),t78)			7
R		(?<![])_(?:un)?likely_(?=\()	t46
R		(?<=\$if[^\n]+?(?:&&|\|\|)?)((no_segfault_handler|no_bounds_checking|little_endian|freestanding|no_backtrace|big_endian|cplusplus|dragonfly|prealloc|android|windows|no_main|solaris|darwin|clang|tinyc|glibc|mingw|haiku|macos|amd64|arm64|debug|linux|prod|msvc|test|hpux|mach|x32|x64|gcc|qnx|gnu|ios|mac|js))+	t37			2
R		@(VMOD_FILE|VEXEROOT|VMODROOT|METHOD|STRUCT|COLUMN|VHASH|FILE|LINE|VEXE|MOD|FN)(?![])	t44			1
R		(?:(?<=[])(?![])|(?<![])(?=[]))(?<!@)(__offsetof|isreftype|continue|volatile|typeof|static|unsafe|return|assert|sizeof|atomic|select|match|break|defer|rlock|lock|else|goto|for|in|is|as|or|if|go)(?![])	t15			1
R		(?:(?<=[])(?![])|(?<![])(?=[]))(?<!@)(none|true|false|si_s_code|si_g32_code|si_g64_code)(?![])	t16			1
R		(?:(?<=[])(?![])|(?<![])(?=[]))(?<!@)(vstring_literal_with_len|utf8_str_visible_length|get_str_intp_u64_format|get_str_intp_u32_format|utf32_decode_to_buffer|utf32_to_str_no_malloc|panic_optional_not_set|panic_result_not_set|contains_any_substr|strip_margin_custom|starts_with_capital|cstring_to_vstring|winapi_lasterr_str|c_error_number_str|panic_error_number|substr_with_check|string_from_wide2|sort_with_compare|trim_string_right|string_from_wide|sort_ignore_case|trim_string_left|reverse_in_place|split_into_lines|vstring_with_len|compare_strings|all_before_last|print_backtrace|repeat_to_depth|length_in_bytes|error_with_code|vstring_literal|gc_check_leaks|clone_to_depth|vcalloc_noscan|all_after_last|utf8_char_len|panic_lasterr|memdup_noscan|malloc_noscan|str_intp_rune|last_index_u8|utf8_to_utf32|flush_stderr|flush_stdout|str_intp_sub|replace_each|replace_once|vstrlen_char|utf8_getchar|str_intp_g64|contains_any|find_between|realloc_data|strip_margin|utf32_to_str|is_bin_digit|is_hex_digit|is_oct_digit|proc_pidpath|str_intp_g32|delete_many|delete_last|str_escaped|index_after|sort_by_len|str_intp_sq|starts_with|trim_space|last_index|parse_uint|is_capital|trim_right|join_lines|capitalize|all_before|after_char|match_glob|utf32_code|eq_epsilon|tos_clone|substr_ni|v_realloc|push_many|is_letter|split_nth|split_any|trim_left|index_any|ascii_str|parse_int|all_after|ends_with|is_title|contains|eprintln|is_space|index_u8|is_digit|vmemmove|byterune|is_alnum|pointers|grow_len|is_lower|grow_cap|str_intp|to_upper|hex_full|len_utf8|is_upper|try_push|to_lower|compare|vmemset|try_pop|vcalloc|reverse|vmemcmp|vstring|replace|ptr_str|strlong|to_wide|bytestr|f32_abs|f32_max|println|f32_min|f64_max|vmemcpy|vstrlen|prepend|vbytes|strsci|substr|string|insert|eprint|filter|delete|repeat|malloc|memdup|fields|before|reduce|string|isize|count|index|title|bytes|clone|usize|error|after|split|runes|print|panic|first|close|limit|isnil|bool|rune|tos3|u128|hex2|i128|hash|code|tos4|free|exit|keys|tos2|last|trim|strg|tos5|move|copy|drop|sort|dump|join|free|cap|int|any|all|any|len|map|pop|hex|f64|f32|u16|msg|i64|i16|u32|str|tos|u64|i8|u8)(?=\()	t37			1
R		(?:(?<=[])(?![])|(?<![])(?=[]))(?<!@)(StrIntpCgenData|VAssertMetaInfo|StructAttribute|AttributeKind|FunctionData|StrIntpData|StrIntpType|MethodArgs|StrIntpMem|ArrayFlags|FieldData|SortedMap|ChanState|string|array|Error|map)(?![])	t37			1
R		(?:(?<=[])(?![])|(?<![])(?=[]))(?<!@)(voidptr|string|error|isize|usize|i128|u128|bool|rune|int|f32|f64|i64|i16|u64|any|u32|u16|i8|u8)(?![])	t21			1
R		(?<![])it(?![])	t44
R		(?<!fn[]+)(?<=[]+[]+|(?<![^\n]))\[(?:(?=:if +))?(?=[]+)	t78	p(attribute)
R		(<<=|>>=|>>>=|>>>|<<|>>|<=|>=|\^=|\+=|-=|\*=|\/=|%=|&=|\|=|&&|\|\||<-|\+\+|--|==|!=|:=|\.\.\.|\.\.|[\!\#\%-\&\*-\+\-\/\=\@\^\|\~])	t75			1
R		[_\p{Nd}]+(\.[\p{Nd}]+e[\+\-]?[\p{Nd}]+|\.[\p{Nd}]+|e[\+\-]?[\p{Nd}]+)	t69			1
R		\.[\p{Nd}]+(e[\+\-]?[\p{Nd}]+)?	t69			1
R		0o[0-7_]+	t73
R		0x[0-9A-F_a-f]+	t70
R		0b[0-1_]+	t68
R		(0|[1-9][0-9_]*)	t71			1
R		`	t55	p(char)
I	strings
R		@?[A-Z][]*	t24
R		(?<=[^[^]][]*)(<)([A-Z][]*)(>)	g(t78,t24,t78)			3
R		@?[^[^]][]*(?=\()	t45
R		(?<=fn[]+)@?[^[^]][]*(?=[]*\()	t45
R		(?<=(?:continue|break|goto)[]+)[]+	t30
R		(?:(?<=[])(?![])|(?<![])(?=[]))[^[^]][]*(?=:(?:(?![^\n])|[]+for))	t30
R		[\(-\)\,\.\:-\<\>\[\]\{\}]	t78
R		@?[^[^]][]*	t39
S	strings
R		(c)?(")	g(t51,t58)	p(string-double)		2
R		(c)?(')	g(t51,t65)	p(string-single)		2
R		(r)("[^"]+")	g(t51,t50)			2
R		(r)('[^']+')	g(t51,t50)			2
S	string-single
R		'	t65	o1
I	char-escape
R		(\$)((?!\\)\{)	g(t75,t78)	p(string-curly-interpolation)		2
R		\$	t75	p(string-interpolation)
R		[^']+?	t65
S	char-escape
R		\\["\$'\\\`-bfnrtv]|\\x[0-9A-Fa-f]{2}|\\[0-7]{1,3}|\\u[0-9A-Fa-f]{4}|\\U[0-9A-Fa-f]{8}	t59
