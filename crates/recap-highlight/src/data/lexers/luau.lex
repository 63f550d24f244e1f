S	root
R		#![^\n]*	t80	p(base)
R				p(base)
S	ws
R		(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\](?=level)\])	t81			1
R		(?:--[^\n]*(?![^\n]))	t82
R		[]+	t99
S	base
I	ws
R		\{	t78	p(closing_brace_base,expression)
R		\(	t78	p(closing_parenthesis_base,expression)
R		::?	t78	p(type_end,type_start)
R		'	t65	p(string_single)
R		"	t58	p(string_double)
R		`	t53	p(string_interpolated)
R		\.\.\.	t78
R		type(?![])(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\](?=level)\])|(?:--[^\n]*(?![^\n]))|[]+)+[A-Z_a-z])	t20	p(type_declaration)		1
R		export(?![])(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\](?=level)\])|(?:--[^\n]*(?![^\n]))|[]+)+[A-Z_a-z])	t20			1
R		(?:\.\.|\/\/|[\%\*-\+\-\/\<-\>\^])=?	t75	p(expression)
R		~=	t75	p(expression)
R		(and|or|not)(?![])	t76	p(expression)		1
R		(elseif|for|if|in|repeat|return|until|while)(?![])	t20	p(expression)		1
R		local(?![])	t17	p(expression)
R		function(?![])	t20	p(expression,func_name)
R		[\)\;\]\}]+	t78
I	expression_static
R		0[Xx][A-F_a-f\p{Nd}]*	t70
R		0[Bb][_\p{Nd}]*	t68
R		\.?[\p{Nd}][_\p{Nd}]*(?:\.[_\p{Nd}]*)?(?:[Ee][\+\-]?[_\p{Nd}]+)?	t69
R		(true|false|nil)(?![])	t16			1
R		\[(=*)\[[\n\.]*?\](?:\1)\]	t50			1
R		(\.)([A-Z_a-z][]*)(?=%s*["'-\(\{])	g(t78,t45)			2
R		(\.)([A-Z_a-z][]*)	g(t78,t39)			2
R		[A-Z_a-z][]*(?:\.[A-Z_a-z][]*)*(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\](?=level)\])|(?:--[^\n]*(?![^\n]))|[]+)*["'-\(\{])	t33			1
R		[A-Z_a-z][]*(?:\.[A-Z_a-z][]*)*	t22
R		[\,\.\[]	t78	p(expression)
S	expression_static
R		(break|continue|do|else|elseif|end|for|if|in|repeat|return|then|until|while)(?![])	t20			1
S	expression
I	ws
R		if(?![])	t20	p(ternary,expression)
R		local(?![])	t17
R		\{	t78	p(#pop,closing_brace_base,expression)
R		\(	t78	p(#pop,closing_parenthesis_base,expression)
R		::?	t78	p(#pop,type_end,type_start)
R		'	t65	p(#pop,string_single)
R		"	t58	p(#pop,string_double)
R		`	t53	p(#pop,string_interpolated)
R		\.\.\.	t78	o1
R		function(?![])	t20	p(func_name)
I	expression_static
R		0[Xx][A-F_a-f\p{Nd}]*	t70	o1
R		0[Bb][_\p{Nd}]*	t68	o1
R		\.?[\p{Nd}][_\p{Nd}]*(?:\.[_\p{Nd}]*)?(?:[Ee][\+\-]?[_\p{Nd}]+)?	t69	o1
R		(true|false|nil)(?![])	t16	o1		1
R		\[(=*)\[[\n\.]*?\](?:\1)\]	t50	o1		1
R		(\.)([A-Z_a-z][]*)(?=%s*["'-\(\{])	g(t78,t45)	o1		2
R		(\.)([A-Z_a-z][]*)	g(t78,t39)	o1		2
R		[A-Z_a-z][]*(?:\.[A-Z_a-z][]*)*(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\](?=level)\])|(?:--[^\n]*(?![^\n]))|[]+)*["'-\(\{])	t33	o1		1
R		[A-Z_a-z][]*(?:\.[A-Z_a-z][]*)*	t22	o1
R				o1
S	ternary
I	ws
R		else(?![])	t20	o1
R		(then|elseif)(?![])	t77	p(expression)		1
R				o1
S	closing_brace_pop
R		\}	t78	o1
S	closing_parenthesis_pop
R		\)	t78	o1
S	closing_gt_pop
R		>	t78	o1
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
R		\\z[]*	t59
R		\\(?:[\n"'\\\`-bfnrtvz-\{])|[\n\r]{1,2}|x[A-Fa-f\p{Nd}]{2}|[\p{Nd}]{1,3}|u\{\}[A-Fa-f\p{Nd}]*\}	t59
S	string_single
I	string_escape
R		'	t65	o1
R		[^'\\]+	t65
S	string_double
I	string_escape
R		"	t58	o1
R		[^"\\]+	t58
S	string_interpolated
I	string_escape
R		\{	t78	p(closing_brace_base,expression)
R		`	t53	o1
R		[^\\\`\{]+	t53
S	func_name
I	ws
R		[\.\:]	t78
R		[A-Z_a-z][]*(?=(?:(?:--\[(=*)\[[\u0000-\u{10FFFF}]*?\](?=level)\])|(?:--[^\n]*(?![^\n]))|[]+)*[\.\:])	t24			1
R		[A-Z_a-z][]*	t45
R		<	t78	p(closing_gt_type)
R		\(	t78	o1
S	type
I	ws
R		\(	t78	p(closing_parenthesis_type)
R		\{	t78	p(closing_brace_type)
R		<	t78	p(closing_gt_type)
R		'	t65	p(string_single)
R		"	t58	p(string_double)
R		[\&\,\.\:\=\[\]\|]+	t78
R		->	t78
R		typeof\(	t37	p(closing_parenthesis_base,expression)
R		[A-Z_a-z][]*	t24
S	type_start
I	ws
R		\(	t78	p(#pop,closing_parenthesis_type)
R		\{	t78	p(#pop,closing_brace_type)
R		<	t78	p(#pop,closing_gt_type)
R		'	t65	p(#pop,string_single)
R		"	t58	p(#pop,string_double)
R		typeof\(	t37	p(#pop,closing_parenthesis_base,expression)
R		[A-Z_a-z][]*	t24	o1
S	type_end
I	ws
R		[\&\.\|]	t78	p(type_start)
R		->	t78	p(type_start)
R		<	t78	p(closing_gt_type)
R				o1
S	type_declaration
I	ws
R		[A-Z_a-z][]*	t24
R		<	t78	p(closing_gt_type)
R		=	t78	p(#pop,type_end,type_start)
