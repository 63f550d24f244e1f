S	root
R		[]+	t8001			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		[\;\{\}]+	t5000			0	;;{{}}	;;{{}}
R		(?<![\-])(and|or|not|\+|\.)(?![\-])	t4000			1	++..aano	
R		"(?:\\"|[^"])*?"	t3108			0	""	
R		'(?:\\'|[^'])*?'	t3115			0	''	
R		\/\*	t6002	p(comments)		0	//	
R		\/\/[^\n]*?(?![^\n])	t6003			0	//	
R		(?:(?<![^\n])|(?<=[\;\{\}]))([\--\.]+)(:)([\--\.]+)(?=[\;\{\}])	g(t1003,t5000,t8000)			3	-.09AZ__az+	
R		([0-9]{4}-[0-9]{2}-[0-9]{2})(?=[\;\{\}])	t3001			1	09	
R		([0-9]+\.[0-9]+)(?=[\;\{\}])	t3202			1	09	09
R		([0-9]+)(?=[\;\{\}])	t3204			1	09	09
R		(submodule|module)(?=[^\-\:])	t1000			1	mmss	
R		(yang-version|belongs-to|namespace|prefix)(?=[^\-\:])	t1000			1	bbnnppyy	
R		(organization|description|reference|revision|contact)(?=[^\-\:])	t1000			1	cdoorr	
R		(revision-date|include|import)(?=[^\-\:])	t1000			1	iirr	
R		(notification|if-feature|deviation|extension|identity|argument|grouping|typedef|feature|augment|output|action|input|rpc)(?=[^\-\:])	t1000			1	aadgiinorrtt	
R		(leaf-list|container|presence|anydata|deviate|choice|config|anyxml|refine|leaf|must|list|case|uses|when)(?=[^\-\:])	t1000			1	aacdlmpprruuww	
R		(require-instance|fraction-digits|error-app-tag|error-message|min-elements|max-elements|yin-element|ordered-by|position|modifier|default|pattern|length|status|units|value|range|type|path|enum|base|bit)(?=[^\-\:])	t1000			1	bbdflmoprvyy	
R		(mandatory|unique|key)(?=[^\-\:])	t1000			1	kkmmuu	
R		(not-supported|invert-match|deprecated|unbounded|obsolete|current|replace|delete|false|true|user|min|max|add)(?=[^\-\:])	t2002			1	aacdffiimorrtu	
R		(instance-identifier|identityref|enumeration|decimal64|boolean|leafref|uint64|uint32|string|binary|uint16|int32|int64|int16|empty|uint8|union|int8|bits)(?=[^\-\:])	t2002			1	bbdeiillssuu	
R		[^"'\;\{\}]+	t8000			0	\x00\x08\x0E\x1F!!#&(:<z||~\x7F+	\x00\x08\x0E\x1F!!#&(:<z||~\x7F
S	comments
R		[^\*\/]	t6002			0	\x00)+.0\x7F+	
R		\/\*	t6002	p(comment)		0	//	
R		\*\/	t6002	o1		0	**	
R		[\*\/]	t6002			0	**//	
