S	root
R		#[^\n]*?(?![^\n])	t79
R		'''[^\n]*'''	t65
R		[1-9][0-9]*	t71
R		0o[0-7]+	t73
R		0x[0-9A-Fa-f]+	t70
I	string
I	keywords
I	expr
R		[A-Z_a-z][0-9A-Z_a-z]*	t22
R		[]+	t99
S	string
R		[']{3}([']{0,2}([^'\\]|\\([^\n]|\n)))*[']{3}	t50			3
R		'[^\n]*?(?<!\\)(\\\\)*?'	t50			1
S	keywords
R		(endforeach|continue|foreach|break|endif|else|elif|if)(?![])	t15			1
S	expr
R		(in|and|or|not)(?![])	t76			1
R		(\*=|\/=|%=|\+\]=|-=|==|!=|\+|-|=)	t75			1
R		[\(-\)\,\.\:\?\[\]\{\}]	t78
R		(false|true)(?![])	t16			1
I	builtins
R		(target_machine|build_machine|host_machine|meson)(?![])	t44			1
S	builtins
R		(?<!\.)(add_project_link_arguments|add_global_link_arguments|add_project_arguments|add_global_arguments|include_directories|configuration_data|declare_dependency|install_headers|both_libraries|install_subdir|add_test_setup|configure_file|static_library|shared_library|custom_target|add_languages|shared_module|set_variable|get_variable|find_library|find_program|build_target|install_data|environment|is_disabler|run_command|subdir_done|install_man|is_variable|subproject|dependency|join_paths|get_option|executable|generator|benchmark|disabler|project|message|library|summary|vcs_tag|warning|assert|subdir|range|files|error|test|jar)(?![])	t37			1
R		(?<!\.)import(?![])	t31
