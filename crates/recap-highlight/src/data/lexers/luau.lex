S	root
R		#![^\n]*	t6001	p(base)		0
R				p(base)		0
S	ws
R		(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\](?=level)\])	t6002			1
R		(?:--[^\n]*(?![^\n]))	t6003			0
R		[]+	t8001			0
S	base
I	ws
R		\{	t5000	p(closing_brace_base,expression)		0
R		\(	t5000	p(closing_parenthesis_base,expression)		0
R		::?	t5000	p(type_end,type_start)		0
R		'	t3115	p(string_single)		0
R		"	t3108	p(string_double)		0
R		`	t3103	p(string_interpolated)		0
R		\.\.\.	t5000			0
R		type(?![])(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\](?=level)\])|(?:--[^\n]*(?![^\n]))|[]+)+[A-Z_a-z])	t1005	p(type_declaration)		1
R		export(?![])(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\](?=level)\])|(?:--[^\n]*(?![^\n]))|[]+)+[A-Z_a-z])	t1005			1
R		(?:\.\.|\/\/|[\%\*-\+\-\/\<-\>\^])=?	t4000	p(expression)		0
R		~=	t4000	p(expression)		0
R		(and|or|not)(?![])	t4001	p(expression)		1
R		(elseif|for|if|in|repeat|return|until|while)(?![])	t1005	p(expression)		1
R		local(?![])	t1002	p(expression)		0
R		function(?![])	t1005	p(expression,func_name)		0
R		[\)\;\]\}]+	t5000			0
I	expression_static
R		0[Xx][A-F_a-f\p{Nd}]*	t3203			0
R		0[Bb][_\p{Nd}]*	t3201			0
R		\.?[\p{Nd}][_\p{Nd}]*(?:\.[_\p{Nd}]*)?(?:[Ee][\+\-]?[_\p{Nd}]+)?	t3202			0
R		(true|false|nil)(?![])	t1001			1
R		\[(=*)\[[\n\.]*?\](?:\1)\]	t3100			1
R		(\.)([A-Z_a-z][]*)(?=%s*["'-\(\{])	g(t5000,t2300)			2
R		(\.)([A-Z_a-z][]*)	g(t5000,t2200)			2
R		[A-Z_a-z][]*(?:\.[A-Z_a-z][]*)*(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\](?=level)\])|(?:--[^\n]*(?![^\n]))|[]+)*["'-\(\{])	t2011			1
R		[A-Z_a-z][]*(?:\.[A-Z_a-z][]*)*	t2000			0
R		[\,\.\[]	t5000	p(expression)		0
S	expression_static
R		(break|continue|do|else|elseif|end|for|if|in|repeat|return|then|until|while)(?![])	t1005			1
S	expression
I	ws
R		if(?![])	t1005	p(ternary,expression)		0
R		local(?![])	t1002			0
R		\{	t5000	p(#pop,closing_brace_base,expression)		0
R		\(	t5000	p(#pop,closing_parenthesis_base,expression)		0
R		::?	t5000	p(#pop,type_end,type_start)		0
R		'	t3115	p(#pop,string_single)		0
R		"	t3108	p(#pop,string_double)		0
R		`	t3103	p(#pop,string_interpolated)		0
R		\.\.\.	t5000	o1		0
R		function(?![])	t1005	p(func_name)		0
I	expression_static
R		0[Xx][A-F_a-f\p{Nd}]*	t3203	o1		0
R		0[Bb][_\p{Nd}]*	t3201	o1		0
R		\.?[\p{Nd}][_\p{Nd}]*(?:\.[_\p{Nd}]*)?(?:[Ee][\+\-]?[_\p{Nd}]+)?	t3202	o1		0
R		(true|false|nil)(?![])	t1001	o1		1
R		\[(=*)\[[\n\.]*?\](?:\1)\]	t3100	o1		1
R		(\.)([A-Z_a-z][]*)(?=%s*["'-\(\{])	g(t5000,t2300)	o1		2
R		(\.)([A-Z_a-z][]*)	g(t5000,t2200)	o1		2
R		[A-Z_a-z][]*(?:\.[A-Z_a-z][]*)*(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\](?=level)\])|(?:--[^\n]*(?![^\n]))|[]+)*["'-\(\{])	t2011	o1		1
R		[A-Z_a-z][]*(?:\.[A-Z_a-z][]*)*	t2000	o1		0
R				o1		0
S	ternary
I	ws
R		else(?![])	t1005	o1		0
R		(then|elseif)(?![])	t4002	p(expression)		1
R				o1		0
S	closing_brace_pop
R		\}	t5000	o1		0
S	closing_parenthesis_pop
R		\)	t5000	o1		0
S	closing_gt_pop
R		>	t5000	o1		0
S	closing_parenthesis_base
I	closing_parenthesis_pop
I	base
S	closing_parenthesis_type
I	closing_parenthesis_pop
I	type
S	closing_brace_base
I	closing_brace_pop
I	base
S	closing_brace_type
I	closing_brace_pop
I	type
S	closing_gt_type
I	closing_gt_pop
I	type
S	string_escape
R		\\z[]*	t3109			0
R		\\(?:[\n"'\\\`-bfnrtvz-\{])|[\n\r]{1,2}|x[A-Fa-f\p{Nd}]{2}|[\p{Nd}]{1,3}|u\{\}[A-Fa-f\p{Nd}]*\}	t3109			0
S	string_single
I	string_escape
R		'	t3115	o1		0
R		[^'\\]+	t3115			0
S	string_double
I	string_escape
R		"	t3108	o1		0
R		[^"\\]+	t3108			0
S	string_interpolated
I	string_escape
R		\{	t5000	p(closing_brace_base,expression)		0
R		`	t3103	o1		0
R		[^\\\`\{]+	t3103			0
S	func_name
I	ws
R		[\.\:]	t5000			0
R		[A-Z_a-z][]*(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\](?=level)\])|(?:--[^\n]*(?![^\n]))|[]+)*[\.\:])	t2002			1
R		[A-Z_a-z][]*	t2300			0
R		<	t5000	p(closing_gt_type)		0
R		\(	t5000	o1		0
S	type
I	ws
R		\(	t5000	p(closing_parenthesis_type)		0
R		\{	t5000	p(closing_brace_type)		0
R		<	t5000	p(closing_gt_type)		0
R		'	t3115	p(string_single)		0
R		"	t3108	p(string_double)		0
R		[\&\,\.\:\=\[\]\|]+	t5000			0
R		->	t5000			0
R		typeof\(	t2100	p(closing_parenthesis_base,expression)		0
R		[A-Z_a-z][]*	t2002			0
S	type_start
I	ws
R		\(	t5000	p(#pop,closing_parenthesis_type)		0
R		\{	t5000	p(#pop,closing_brace_type)		0
R		<	t5000	p(#pop,closing_gt_type)		0
R		'	t3115	p(#pop,string_single)		0
R		"	t3108	p(#pop,string_double)		0
R		typeof\(	t2100	p(#pop,closing_parenthesis_base,expression)		0
R		[A-Z_a-z][]*	t2002	o1		0
S	type_end
I	ws
R		[\&\.\|]	t5000	p(type_start)		0
R		->	t5000	p(type_start)		0
R		<	t5000	p(closing_gt_type)		0
R				o1		0
S	type_declaration
I	ws
R		[A-Z_a-z][]*	t2002			0
R		<	t5000	p(closing_gt_type)		0
R		=	t5000	p(#pop,type_end,type_start)		0
