S	root
R		#[^\n]*?(?![^\n])	t6000			0
R		'''[^\n]*'''	t3115			0
R		[1-9][0-9]*	t3204			0
R		0o[0-7]+	t3206			0
R		0x[0-9A-Fa-f]+	t3203			0
I	string
I	keywords
I	expr
R		[A-Z_a-z][0-9A-Z_a-z]*	t2000			0
R		[]+	t8001			0
S	string
R		[']{3}([']{0,2}([^'\\]|\\([^\n]|\n)))*[']{3}	t3100			3
R		'[^\n]*?(?<!\\)(\\\\)*?'	t3100			1
S	keywords
R		(endforeach|continue|foreach|break|endif|else|elif|if)(?![])	t1000			1
S	expr
R		(in|and|or|not)(?![])	t4001			1
R		(\*=|\/=|%=|\+\]=|-=|==|!=|\+|-|=)	t4000			1
R		[\(-\)\,\.\:\?\[\]\{\}]	t5000			0
R		(false|true)(?![])	t1001			1
I	builtins
R		(target_machine|build_machine|host_machine|meson)(?![])	t2205			1
S	builtins
R		(?<!\.)(add_project_link_arguments|add_global_link_arguments|add_project_arguments|add_global_arguments|include_directories|configuration_data|declare_dependency|install_headers|both_libraries|install_subdir|add_test_setup|configure_file|static_library|shared_library|custom_target|add_languages|shared_module|set_variable|get_variable|find_library|find_program|build_target|install_data|environment|is_disabler|run_command|subdir_done|install_man|is_variable|subproject|dependency|join_paths|get_option|executable|generator|benchmark|disabler|project|message|library|summary|vcs_tag|warning|assert|subdir|range|files|error|test|jar)(?![])	t2100			1
R		(?<!\.)import(?![])	t2009			0
