S	interpol
R		\$[\(\{]	t61	p()
R		[\)\}]	t61	o1
R		[^\$\(-\)\{\}]+	t61
S	root
R		#[^\n]*?\n	t79
R		(hardware|packet|leased-address|host-decl-name|lease-time|max-lease-time|client-state|config-option|option|filename|next-server|allow|deny|match|ignore)(?![])	t15			1
R		(include|group|host|subnet|subnet6|netmask|class|subclass|pool|failover|include|shared-network|range|range6|prefix6)(?![])	t21			1
R		(on|off|true|false|none)(?![])	t16			1
R		(if|elsif|else)(?![])	t15			1
R		(exists|known|static)(?![])	t16			1
R		(and|or|not)(?![])	t76			1
R		(==|!=|~=|~~|=)	t75			1
R		[\)\,\;\{\}]	t78
R		[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\/[\p{Nd}]{1,2}	t69
R		[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}	t69
R		[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}	t70
R		"	t50	p(doublequotestring)
R		([\--\.]+)([]*)(\()	g(t45,t98,t78)			3
R		[\--\.]+	t39
R		[]+	t98
S	doublequotestring
R		\$[\(\{]	t61	p(interpol)
R		\\[^\n]	t59
R		"	t50	o1
R		\n	t50
R		[^\n]	t50
