S	range
R		\]	t5000	o1		0
R		[1-9][0-9]*[dhmswy]	t3100			0
S	function
R		\)	t4000	o1		0
R		\(	t4000	p()		0
R				o1		0
S	root
R		\n	t8001			0
R		[]+	t8001			0
R		,	t5000			0
R		(group_right|group_left|ignoring|without|offset|bool|on|by)(?![])	t1000			1
R		(count_values|quantile|bottomk|stdvar|stddev|count|group|topk|sum|min|max|avg)(?![])	t1000			1
R		(histogram_quantile|quantile_over_time|absent_over_time|stdvar_over_time|stddev_over_time|count_over_time|predict_linear|label_replace|max_over_time|avg_over_time|sum_over_time|days_in_month|min_over_time|day_of_month|holt_winters|day_of_week|label_join|sort_desc|clamp_max|timestamp|clamp_min|increase|changes|resets|vector|absent|idelta|minute|scalar|log10|delta|month|floor|deriv|round|irate|rate|year|sort|log2|sqrt|ceil|time|hour|abs|exp|ln)(?![])	t1005			1
R		[1-9][0-9]*[dhmswy]	t3100			0
R		-?[0-9]+\.[0-9]+	t3202			0
R		-?[0-9]+	t3204			0
R		#[^\n]*?(?![^\n])	t6003			0
R		(\+|-|\*|\/|%|\^)	t4000			1
R		==|!=|>=|<=|<|>	t4000			0
R		and|or|unless	t4001			0
R		[A-Z_a-z][0-9A-Z_a-z]+	t2200			0
R		(["'])([^\n]*?)(["'])	g(t5000,t3100,t5000)			3
R		\(	t4000	p(function)		0
R		\)	t4000			0
R		\{	t5000	p(labels)		0
R		\[	t5000	p(range)		0
S	labels
R		\}	t5000	o1		0
R		\n	t8001			0
R		[]+	t8001			0
R		,	t5000			0
R		([A-Z_a-z][0-9A-Z_a-z]*?)([]*?)(=~|!=|=|!~)([]*?)("|')([^\n]*?)("|')	g(t2008,t8001,t4000,t8001,t5000,t3100,t5000)			7
