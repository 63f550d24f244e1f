S	common
R		[]+	t8000			0
R		(%|&)[^\;]*;	t2005			1
R		<!--	t6000	p(comment)		0
R		[\(-\,\?\|]	t4000			0
R		"[^"]*"	t3108			0
R		'[^']*'	t3115			0
S	comment
R		[^\-]+	t6000			0
R		-->	t6000	o1		0
R		-	t6000			0
S	element
I	common
R		EMPTY|ANY|#PCDATA	t1001			0
R		[^\(-\,\>-\?\|]+	t2014			0
R		>	t1000	o1		0
S	attlist
I	common
R		CDATA|IDREFS|IDREF|ID|NMTOKENS|NMTOKEN|ENTITIES|ENTITY|NOTATION	t1001			0
R		#REQUIRED|#IMPLIED|#FIXED	t1001			0
R		xml:space|xml:lang	t1005			0
R		[^\(-\,\>-\?\|]+	t2001			0
R		>	t1000	o1		0
S	entity
I	common
R		SYSTEM|PUBLIC|NDATA	t1001			0
R		[^\(-\,\>-\?\|]+	t2005			0
R		>	t1000	o1		0
S	notation
I	common
R		SYSTEM|PUBLIC	t1001			0
R		[^\(-\,\>-\?\|]+	t2001			0
R		>	t1000	o1		0
S	root
I	common
R		(<!ELEMENT)([]+)([[^]]+)	g(t1000,t8000,t2014)	p(element)		3
R		(<!ATTLIST)([]+)([[^]]+)	g(t1000,t8000,t2014)	p(attlist)		3
R		(<!ENTITY)([]+)([[^]]+)	g(t1000,t8000,t2005)	p(entity)		3
R		(<!NOTATION)([]+)([[^]]+)	g(t1000,t8000,t2014)	p(notation)		3
R		(<!\[)([^\[]+)([]*)(\[)	g(t1000,t2005,t8000,t1000)			4
R		(<!DOCTYPE)([]+)([^\>]+)	g(t1000,t8000,t2014)			3
R		PUBLIC|SYSTEM	t1001			0
R		[\>\[\]]	t1000			0
