S	root
R		[]+	t8000			0
R		%[^\n]*\n	t6000			0
R		(receive|after|begin|catch|query|case|cond|when|let|fun|end|try|of|if)(?![])	t1000			1
R		(localtime_to_universaltime|universaltime_to_localtime|list_to_existing_atom|check_process_code|bitstring_to_list|list_to_bitstring|function_exported|is_process_alive|iolist_to_binary|bump_reductions|garbage_collect|process_display|suspend_process|list_to_integer|disconnect_node|integer_to_list|trace_delivered|send_nosuspend|list_to_binary|system_profile|binary_to_term|binary_to_list|resume_process|append_element|term_to_binary|system_monitor|list_to_tuple|spawn_monitor|delete_module|trace_pattern|tuple_to_list|list_to_float|float_to_list|module_loaded|port_connect|is_bitstring|port_to_list|monitor_node|process_info|port_control|split_binary|cancel_timer|purge_module|group_leader|list_to_atom|atom_to_list|port_command|is_reference|process_flag|pid_to_list|system_info|start_timer|iolist_size|fun_to_list|load_module|is_function|ref_to_list|list_to_pid|system_flag|make_tuple|is_builtin|unregister|is_boolean|set_cookie|md5_update|spawn_link|setelement|trace_info|read_timer|statistics|send_after|port_close|is_integer|tuple_size|spawn_opt|open_port|is_record|is_binary|md5_final|port_call|port_info|is_number|byte_size|demonitor|register|is_float|bit_size|fun_info|get_keys|is_tuple|is_atom|element|is_list|is_port|monitor|display|whereis|is_pid|memory|unlink|phash2|length|spawn|nodes|trace|round|apply|erase|phash|trunc|float|size|link|node|exit|hash|send|get|md5|put|abs|hd|tl)(?![])	t2100			1
R		(andalso|orelse|bxor|band|bnot|and|bsr|bsl|div|not|rem|bor|xor|or)(?![])	t4001			1
R		(?<![^\n])-	t5000	p(directive)		0
R		(\+\+?|--?|\*|\/|<|>|\/=|=:=|=\/=|=<|>=|==?|<-|!|\?)	t4000			1
R		"	t3100	p(string)		0
R		<<	t2008			0
R		>>	t2008			0
R		((?:[a-z][]*|'[^\n']*[^\\]'))(:)	g(t2009,t5000)			2
R		(?:(?<![^\n])|(?<=:))((?:[a-z][]*|'[^\n']*[^\\]'))([]*)(\()	g(t2300,t8000,t5000)			3
R		[\+\-]?(?:[2-9]|[1-2][0-9]|3[0-6])#[0-9A-Za-z]+	t3204			0
R		[\+\-]?[\p{Nd}]+	t3204			0
R		[\+\-]?[\p{Nd}]+[^\n][\p{Nd}]+	t3202			0
R		["\(-\)\,\.\:-\;\@\[\]_\{-\}]	t5000			0
R		(?:[A-Z_][]*)	t2200			0
R		(?:[a-z][]*|'[^\n']*[^\\]')	t2000			0
R		\?(?:(?:[A-Z_][]*)|(?:[a-z][]*|'[^\n']*[^\\]'))	t2003			0
R		\$(?:(?:\\(?:["'\\bd-fnr-tv]|[0-7][0-7]?[0-7]?|(?:x[0-9A-Fa-f]{2}|x\{[0-9A-Fa-f]+\})|\^[A-Za-z]))|\\[ \%]|[^\\])	t3105			0
R		#(?:[a-z][]*|'[^\n']*[^\\]')(:?\.(?:[a-z][]*|'[^\n']*[^\\]'))?	t2008			1
R		(?<![\s\S])#![^\n]+\n	t6001			0
R		#\{	t5000	p(map_key)		0
S	string
R		(?:\\(?:["'\\bd-fnr-tv]|[0-7][0-7]?[0-7]?|(?:x[0-9A-Fa-f]{2}|x\{[0-9A-Fa-f]+\})|\^[A-Za-z]))	t3109			0
R		"	t3100	o1		0
R		~[\*\.0-9]*[\#\+BPW-Xb-ginpsw-x\~]	t3111			0
R		[^"\\\~]+	t3100			0
R		~	t3100			0
S	directive
R		(define)([]*)(\()((?:(?:[A-Z_][]*)|(?:[a-z][]*|'[^\n']*[^\\]')))	g(t2005,t8000,t5000,t2003)	o1		4
R		(record)([]*)(\()((?:(?:[A-Z_][]*)|(?:[a-z][]*|'[^\n']*[^\\]')))	g(t2005,t8000,t5000,t2008)	o1		4
R		(?:[a-z][]*|'[^\n']*[^\\]')	t2005	o1		0
S	map_key
I	root
R		=>	t5000	p(map_val)		0
R		:=	t5000	p(map_val)		0
R		\}	t5000	o1		0
S	map_val
I	root
R		,	t5000	o1		0
R		(?=\})	t5000	o1		0
