S	interpol
R		\$[\(\{]	t3111	p()		0
R		[\)\}]	t3111	o1		0
R		[^\$\(-\)\{\}]+	t3111			0
S	root
R		#[^\n]*?\n	t6000			0
R		(hardware|packet|leased-address|host-decl-name|lease-time|max-lease-time|client-state|config-option|option|filename|next-server|allow|deny|match|ignore)(?![])	t1000			1
R		(include|group|host|subnet|subnet6|netmask|class|subclass|pool|failover|include|shared-network|range|range6|prefix6)(?![])	t1006			1
R		(on|off|true|false|none)(?![])	t1001			1
R		(if|elsif|else)(?![])	t1000			1
R		(exists|known|static)(?![])	t1001			1
R		(and|or|not)(?![])	t4001			1
R		(==|!=|~=|~~|=)	t4000			1
R		[\)\,\;\{\}]	t5000			0
R		[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\/[\p{Nd}]{1,2}	t3202			0
R		[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}	t3202			0
R		[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}	t3203			0
R		"	t3100	p(doublequotestring)		0
R		([\--\.]+)([]*)(\()	g(t2300,t8000,t5000)			3
R		[\--\.]+	t2200			0
R		[]+	t8000			0
S	doublequotestring
R		\$[\(\{]	t3111	p(interpol)		0
R		\\[^\n]	t3109			0
R		"	t3100	o1		0
R		\n	t3100			0
R		[^\n]	t3100			0
