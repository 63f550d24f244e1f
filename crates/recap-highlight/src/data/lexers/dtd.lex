S	common
R		[]+	t98
R		(%|&)[^\;]*;	t27			1
R		<!--	t79	p(comment)
R		[\(-\,\?\|]	t75
R		"[^"]*"	t58
R		'[^']*'	t65
S	comment
R		[^\-]+	t79
R		-->	t79	o1
R		-	t79
S	element
I	common
R		EMPTY|ANY|#PCDATA	t16
R		[^\(-\,\>-\?\|]+	t36
R		>	t15	o1
S	attlist
I	common
R		CDATA|IDREFS|IDREF|ID|NMTOKENS|NMTOKEN|ENTITIES|ENTITY|NOTATION	t16
R		#REQUIRED|#IMPLIED|#FIXED	t16
R		xml:space|xml:lang	t20
R		[^\(-\,\>-\?\|]+	t23
R		>	t15	o1
S	entity
I	common
R		SYSTEM|PUBLIC|NDATA	t16
R		[^\(-\,\>-\?\|]+	t27
R		>	t15	o1
S	notation
I	common
R		SYSTEM|PUBLIC	t16
R		[^\(-\,\>-\?\|]+	t23
R		>	t15	o1
S	root
I	common
R		(<!ELEMENT)([]+)([[^]]+)	g(t15,t98,t36)	p(element)		3
R		(<!ATTLIST)([]+)([[^]]+)	g(t15,t98,t36)	p(attlist)		3
R		(<!ENTITY)([]+)([[^]]+)	g(t15,t98,t27)	p(entity)		3
R		(<!NOTATION)([]+)([[^]]+)	g(t15,t98,t36)	p(notation)		3
R		(<!\[)([^\[]+)([]*)(\[)	g(t15,t27,t98,t15)			4
R		(<!DOCTYPE)([]+)([^\>]+)	g(t15,t98,t36)			3
R		PUBLIC|SYSTEM	t16
R		[\>\[\]]	t15
