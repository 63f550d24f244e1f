S	interpol
R		\$[\(\{]	t3111	p()		0	$$	
R		[\)\}]	t3111	o1		0	))}}	
R		[^\$\(-\)\{\}]+	t3111			0	\x00#%'*z||~\x7F+	\x00#%'*z||~\x7F
S	root
R		#[^\n]*?\n	t6000			0	##	
R		(hardware|packet|leased-address|host-decl-name|lease-time|max-lease-time|client-state|config-option|option|filename|next-server|allow|deny|match|ignore)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	aacdffhilp	
R		(include|group|host|subnet|subnet6|netmask|class|subclass|pool|failover|include|shared-network|range|range6|prefix6)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1006			1	ccfinnpprs	
R		(on|off|true|false|none)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1001			1	ffnott	
R		(if|elsif|else)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	eeii	
R		(exists|known|static)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1001			1	eekkss	
R		(and|or|not)(?![\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t4001			1	aano	
R		(==|!=|~=|~~|=)	t4000			1	!!==~~	
R		[\)\,\;\{\}]	t5000			0	)),,;;{{}}	
R		[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\/[\p{Nd}]{1,2}	t3202			0	09+	
R		[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}\.[\p{Nd}]{1,3}	t3202			0	09+	
R		[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}:[0-9A-Fa-f]{1,2}	t3203			0	09AFaf	
R		"	t3100	p(doublequotestring)		0	""	
R		([\--\.\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)([\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]*)(\()	g(t2300,t8000,t5000)			3	-.09AZ__az+	-.09AZ__az
R		[\--\.\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+	t2200			0	-.09AZ__az+	-.09AZ__az
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
S	doublequotestring
R		\$[\(\{]	t3111	p(interpol)		0	$$	
R		\\[^\n]	t3109			0	\x5C\x5C	
R		"	t3100	o1		0	""	
R		\n	t3100			0	\x0A\x0A	
R		[^\n]	t3100			0	\x00\x09\x0B\x7F+	
