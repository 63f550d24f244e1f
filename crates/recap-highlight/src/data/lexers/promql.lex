S	range
R		\]	t78	o1
R		[1-9][0-9]*[dhmswy]	t50
S	function
R		\)	t75	o1
R		\(	t75	p()
R				o1
S	root
R		\n	t99
R		[]+	t99
R		,	t78
R		(group_right|group_left|ignoring|without|offset|bool|on|by)(?![])	t15			1
R		(count_values|quantile|bottomk|stdvar|stddev|count|group|topk|sum|min|max|avg)(?![])	t15			1
R		(histogram_quantile|quantile_over_time|absent_over_time|stdvar_over_time|stddev_over_time|count_over_time|predict_linear|label_replace|max_over_time|avg_over_time|sum_over_time|days_in_month|min_over_time|day_of_month|holt_winters|day_of_week|label_join|sort_desc|clamp_max|timestamp|clamp_min|increase|changes|resets|vector|absent|idelta|minute|scalar|log10|delta|month|floor|deriv|round|irate|rate|year|sort|log2|sqrt|ceil|time|hour|abs|exp|ln)(?![])	t20			1
R		[1-9][0-9]*[dhmswy]	t50
R		-?[0-9]+\.[0-9]+	t69
R		-?[0-9]+	t71
R		#[^\n]*?(?![^\n])	t82
R		(\+|-|\*|\/|%|\^)	t75			1
R		==|!=|>=|<=|<|>	t75
R		and|or|unless	t76
R		[A-Z_a-z][0-9A-Z_a-z]+	t39
R		(["'])([^\n]*?)(["'])	g(t78,t50,t78)			3
R		\(	t75	p(function)
R		\)	t75
R		\{	t78	p(labels)
R		\[	t78	p(range)
S	labels
R		\}	t78	o1
R		\n	t99
R		[]+	t99
R		,	t78
R		([A-Z_a-z][0-9A-Z_a-z]*?)([]*?)(=~|!=|=|!~)([]*?)("|')([^\n]*?)("|')	g(t30,t99,t75,t99,t78,t50,t78)			7
