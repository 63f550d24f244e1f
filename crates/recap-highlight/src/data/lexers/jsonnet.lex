S	_comments
R		(\/\/|#)[^\n]*\n	t82			1
R		\/\*\*([^\/]|\/(?!\*))*\*\/	t57			1
R		\/\*([^\/]|\/(?!\*))*\*\/	t79			1
S	root
I	_comments
R		@'[^\n]*'	t50
R		@"[^\n]*"	t50
R		'	t50	p(singlestring)
R		"	t50	p(doublestring)
R		\|\|\|([^\n]|\n)*\|\|\|	t50			1
R		[\+\-]?[0-9]+([^\n][0-9])?	t69			1
R		[\!\$-\&\*-\+\-\/\<-\>\^\|\~]	t75
R		\{	t78	p(object)
R		\[	t78	p(array)
R		local(?![])	t15	p(local_name)
R		assert(?![])	t15	p(assert)
R		(assert|else|error|false|for|if|import|importstr|in|null|tailstrict|then|self|super|true)(?![])	t15			1
R		[]+	t99
R		function(?=\()	t15	p(function_params)
R		std\.[^[^]][]*(?=\()	t37	p(function_args)
R		[^[^]][]*(?=\()	t45	p(function_args)
R		[^[^]][]*	t39
R		[\(-\)\.]	t78
S	singlestring
R		[^'\\]	t50
R		\\[^\n]	t59
R		'	t50	o1
S	doublestring
R		[^"\\]	t50
R		\\[^\n]	t59
R		"	t50	o1
S	array
R		,	t78
R		\]	t78	o1
I	root
S	local_name
R		[^[^]][]*(?=\()	t45	p(function_params)
R		[^[^]][]*	t39
R		[]+	t99
R		(?==)	t99	p(#pop,local_value)
S	local_value
R		=	t75
R		;	t78	o1
I	root
S	assert
R		:	t78
R		;	t78	o1
I	root
S	function_params
R		[^[^]][]*	t39
R		\(	t78
R		\)	t78	o1
R		,	t78
R		[]+	t99
R		=	t75	p(function_param_default)
S	function_args
R		\(	t78
R		\)	t78	o1
R		,	t78
R		[]+	t99
I	root
S	object
R		[]+	t99
R		local(?![])	t15	p(object_local_name)
R		assert(?![])	t15	p(object_assert)
R		\[	t75	p(field_name_expr)
R		(?=[^[^]][]*)	t98	p(field_name)
R		\}	t78	o1
R		"	t39	p(double_field_name)
R		'	t39	p(single_field_name)
I	_comments
S	field_name
R		[^[^]][]*(?=\()	t45	p(field_separator,function_params)
R		[^[^]][]*	t39	p(field_separator)
S	double_field_name
R		([^"\\]|\\[^\n])*"	t39	p(field_separator)		1
S	single_field_name
R		([^'\\]|\\[^\n])*'	t39	p(field_separator)		1
S	field_name_expr
R		\]	t75	p(field_separator)
I	root
S	function_param_default
R		(?=[\)\,])	t99	o1
I	root
S	field_separator
R		[]+	t99
R		\+?::?:?	t78	p(#pop,#pop,field_value)
I	_comments
S	field_value
R		,	t78	o1
R		\}	t78	o2
I	root
S	object_assert
R		:	t78
R		,	t78	o1
I	root
S	object_local_name
R		[^[^]][]*	t39	p(#pop,object_local_value)
R		[]+	t99
S	object_local_value
R		=	t75
R		,	t78	o1
R		\}	t78	o2
I	root
