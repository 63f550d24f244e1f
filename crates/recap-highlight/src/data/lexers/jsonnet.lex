S	_comments
R		(\/\/|#)[^\n]*\n	t6003			1
R		\/\*\*([^\/]|\/(?!\*))*\*\/	t3107			1
R		\/\*([^\/]|\/(?!\*))*\*\/	t6000			1
S	root
I	_comments
R		@'[^\n]*'	t3100			0
R		@"[^\n]*"	t3100			0
R		'	t3100	p(singlestring)		0
R		"	t3100	p(doublestring)		0
R		\|\|\|([^\n]|\n)*\|\|\|	t3100			1
R		[\+\-]?[0-9]+([^\n][0-9])?	t3202			1
R		[\!\$-\&\*-\+\-\/\<-\>\^\|\~]	t4000			0
R		\{	t5000	p(object)		0
R		\[	t5000	p(array)		0
R		local(?![])	t1000	p(local_name)		0
R		assert(?![])	t1000	p(assert)		0
R		(assert|else|error|false|for|if|import|importstr|in|null|tailstrict|then|self|super|true)(?![])	t1000			1
R		[]+	t8001			0
R		function(?=\()	t1000	p(function_params)		0
R		std\.[^[^]][]*(?=\()	t2100	p(function_args)		0
R		[^[^]][]*(?=\()	t2300	p(function_args)		0
R		[^[^]][]*	t2200			0
R		[\(-\)\.]	t5000			0
S	singlestring
R		[^'\\]	t3100			0
R		\\[^\n]	t3109			0
R		'	t3100	o1		0
S	doublestring
R		[^"\\]	t3100			0
R		\\[^\n]	t3109			0
R		"	t3100	o1		0
S	array
R		,	t5000			0
R		\]	t5000	o1		0
I	root
S	local_name
R		[^[^]][]*(?=\()	t2300	p(function_params)		0
R		[^[^]][]*	t2200			0
R		[]+	t8001			0
R		(?==)	t8001	p(#pop,local_value)		0
S	local_value
R		=	t4000			0
R		;	t5000	o1		0
I	root
S	assert
R		:	t5000			0
R		;	t5000	o1		0
I	root
S	function_params
R		[^[^]][]*	t2200			0
R		\(	t5000			0
R		\)	t5000	o1		0
R		,	t5000			0
R		[]+	t8001			0
R		=	t4000	p(function_param_default)		0
S	function_args
R		\(	t5000			0
R		\)	t5000	o1		0
R		,	t5000			0
R		[]+	t8001			0
I	root
S	object
R		[]+	t8001			0
R		local(?![])	t1000	p(object_local_name)		0
R		assert(?![])	t1000	p(object_assert)		0
R		\[	t4000	p(field_name_expr)		0
R		(?=[^[^]][]*)	t8000	p(field_name)		0
R		\}	t5000	o1		0
R		"	t2200	p(double_field_name)		0
R		'	t2200	p(single_field_name)		0
I	_comments
S	field_name
R		[^[^]][]*(?=\()	t2300	p(field_separator,function_params)		0
R		[^[^]][]*	t2200	p(field_separator)		0
S	double_field_name
R		([^"\\]|\\[^\n])*"	t2200	p(field_separator)		1
S	single_field_name
R		([^'\\]|\\[^\n])*'	t2200	p(field_separator)		1
S	field_name_expr
R		\]	t4000	p(field_separator)		0
I	root
S	function_param_default
R		(?=[\)\,])	t8001	o1		0
I	root
S	field_separator
R		[]+	t8001			0
R		\+?::?:?	t5000	p(#pop,#pop,field_value)		0
I	_comments
S	field_value
R		,	t5000	o1		0
R		\}	t5000	o2		0
I	root
S	object_assert
R		:	t5000			0
R		,	t5000	o1		0
I	root
S	object_local_name
R		[^[^]][]*	t2200	p(#pop,object_local_value)		0
R		[]+	t8001			0
S	object_local_value
R		=	t4000			0
R		,	t5000	o1		0
R		\}	t5000	o2		0
I	root
