S	root
R		[\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		[\;\{\}]+	t5000			0	;;{{}}	;;{{}}
R		(?<![\-\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])(and|or|not|\+|\.)(?![\-\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t4000			1	++..aano	
R		"(?:\\"|[^"])*?"	t3108			0	""	
R		'(?:\\'|[^'])*?'	t3115			0	''	
R		\/\*	t6002	p(comments)		0	//	
R		\/\/[^\n]*?(?![^\n])	t6003			0	//	
R		(?:(?<![^\n])|(?<=[\;\{\}\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]))([\--\.\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)(:)([\--\.\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D]+)(?=[\;\{\}\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000])	g(t1003,t5000,t8000)			3	-.09AZ__az+	
R		([0-9]{4}-[0-9]{2}-[0-9]{2})(?=[\;\{\}\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000])	t3001			1	09	
R		([0-9]+\.[0-9]+)(?=[\;\{\}\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000])	t3202			1	09	09
R		([0-9]+)(?=[\;\{\}\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000])	t3204			1	09	09
R		(submodule|module)(?=[^\-\:\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	mmss	
R		(yang-version|belongs-to|namespace|prefix)(?=[^\-\:\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	bbnnppyy	
R		(organization|description|reference|revision|contact)(?=[^\-\:\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	cdoorr	
R		(revision-date|include|import)(?=[^\-\:\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	iirr	
R		(notification|if-feature|deviation|extension|identity|argument|grouping|typedef|feature|augment|output|action|input|rpc)(?=[^\-\:\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	aadgiinorrtt	
R		(leaf-list|container|presence|anydata|deviate|choice|config|anyxml|refine|leaf|must|list|case|uses|when)(?=[^\-\:\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	aacdlmpprruuww	
R		(require-instance|fraction-digits|error-app-tag|error-message|min-elements|max-elements|yin-element|ordered-by|position|modifier|default|pattern|length|status|units|value|range|type|path|enum|base|bit)(?=[^\-\:\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	bbdflmoprvyy	
R		(mandatory|unique|key)(?=[^\-\:\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t1000			1	kkmmuu	
R		(not-supported|invert-match|deprecated|unbounded|obsolete|current|replace|delete|false|true|user|min|max|add)(?=[^\-\:\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t2002			1	aacdffiimorrtu	
R		(instance-identifier|identityref|enumeration|decimal64|boolean|leafref|uint64|uint32|string|binary|uint16|int32|int64|int16|empty|uint8|union|int8|bits)(?=[^\-\:\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D])	t2002			1	bbdeiillssuu	
R		[^"'\;\{\}\t-\r \u0085\u00A0\u1680\u2000-\u200A\u2028-\u2029\u202F\u205F\u3000]+	t8000			0	\x00\x08\x0E\x1F!!#&(:<z||~\x7F+	\x00\x08\x0E\x1F!!#&(:<z||~\x7F
S	comments
R		[^\*\/]	t6002			0	\x00)+.0\x7F+	
R		\/\*	t6002	p(comment)		0	//	
R		\*\/	t6002	o1		0	**	
R		[\*\/]	t6002			0	**//	
