S	root
R		[]+	t98
R		%[^\n]*\n	t79
R		(receive|after|begin|catch|query|case|cond|when|let|fun|end|try|of|if)(?![])	t15			1
R		(localtime_to_universaltime|universaltime_to_localtime|list_to_existing_atom|check_process_code|bitstring_to_list|list_to_bitstring|function_exported|is_process_alive|iolist_to_binary|bump_reductions|garbage_collect|process_display|suspend_process|list_to_integer|disconnect_node|integer_to_list|trace_delivered|send_nosuspend|list_to_binary|system_profile|binary_to_term|binary_to_list|resume_process|append_element|term_to_binary|system_monitor|list_to_tuple|spawn_monitor|delete_module|trace_pattern|tuple_to_list|list_to_float|float_to_list|module_loaded|port_connect|is_bitstring|port_to_list|monitor_node|process_info|port_control|split_binary|cancel_timer|purge_module|group_leader|list_to_atom|atom_to_list|port_command|is_reference|process_flag|pid_to_list|system_info|start_timer|iolist_size|fun_to_list|load_module|is_function|ref_to_list|list_to_pid|system_flag|make_tuple|is_builtin|unregister|is_boolean|set_cookie|md5_update|spawn_link|setelement|trace_info|read_timer|statistics|send_after|port_close|is_integer|tuple_size|spawn_opt|open_port|is_record|is_binary|md5_final|port_call|port_info|is_number|byte_size|demonitor|register|is_float|bit_size|fun_info|get_keys|is_tuple|is_atom|element|is_list|is_port|monitor|display|whereis|is_pid|memory|unlink|phash2|length|spawn|nodes|trace|round|apply|erase|phash|trunc|float|size|link|node|exit|hash|send|get|md5|put|abs|hd|tl)(?![])	t37			1
R		(andalso|orelse|bxor|band|bnot|and|bsr|bsl|div|not|rem|bor|xor|or)(?![])	t76			1
R		(?<![^\n])-	t78	p(directive)
R		(\+\+?|--?|\*|\/|<|>|\/=|=:=|=\/=|=<|>=|==?|<-|!|\?)	t75			1
R		"	t50	p(string)
R		<<	t30
R		>>	t30
R		((?:[a-z][]*|'[^\n']*[^\\]'))(:)	g(t31,t78)			2
R		(?:(?<![^\n])|(?<=:))((?:[a-z][]*|'[^\n']*[^\\]'))([]*)(\()	g(t45,t98,t78)			3
R		[\+\-]?(?:[2-9]|[1-2][0-9]|3[0-6])#[0-9A-Za-z]+	t71
R		[\+\-]?[\p{Nd}]+	t71
R		[\+\-]?[\p{Nd}]+[^\n][\p{Nd}]+	t69
R		["\(-\)\,\.\:-\;\@\[\]_\{-\}]	t78
R		(?:[A-Z_][]*)	t39
R		(?:[a-z][]*|'[^\n']*[^\\]')	t22
R		\?(?:(?:[A-Z_][]*)|(?:[a-z][]*|'[^\n']*[^\\]'))	t25
R		\$(?:(?:\\(?:["'\\bd-fnr-tv]|[0-7][0-7]?[0-7]?|(?:x[0-9A-Fa-f]{2}|x\{[0-9A-Fa-f]+\})|\^[A-Za-z]))|\\[ \%]|[^\\])	t55
R		#(?:[a-z][]*|'[^\n']*[^\\]')(:?\.(?:[a-z][]*|'[^\n']*[^\\]'))?	t30			1
R		(?<![\s\S])#![^\n]+\n	t80
R		#\{	t78	p(map_key)
S	string
R		(?:\\(?:["'\\bd-fnr-tv]|[0-7][0-7]?[0-7]?|(?:x[0-9A-Fa-f]{2}|x\{[0-9A-Fa-f]+\})|\^[A-Za-z]))	t59
R		"	t50	o1
R		~[\*\.0-9]*[\#\+BPW-Xb-ginpsw-x\~]	t61
R		[^"\\\~]+	t50
R		~	t50
S	directive
R		(define)([]*)(\()((?:(?:[A-Z_][]*)|(?:[a-z][]*|'[^\n']*[^\\]')))	g(t27,t98,t78,t25)	o1		4
R		(record)([]*)(\()((?:(?:[A-Z_][]*)|(?:[a-z][]*|'[^\n']*[^\\]')))	g(t27,t98,t78,t30)	o1		4
R		(?:[a-z][]*|'[^\n']*[^\\]')	t27	o1
S	map_key
I	root
R		=>	t78	p(map_val)
R		:=	t78	p(map_val)
R		\}	t78	o1
S	map_val
I	root
R		,	t78	o1
R		(?=\})	t78	o1
