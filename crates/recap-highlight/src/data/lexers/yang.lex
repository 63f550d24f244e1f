S	root
R		[]+	t8001			0
R		[\;\{\}]+	t5000			0
R		(?<![\-])(and|or|not|\+|\.)(?![\-])	t4000			1
R		"(?:\\"|[^"])*?"	t3108			0
R		'(?:\\'|[^'])*?'	t3115			0
R		\/\*	t6002	p(comments)		0
R		\/\/[^\n]*?(?![^\n])	t6003			0
R		(?:(?<![^\n])|(?<=[\;\{\}]))([\--\.]+)(:)([\--\.]+)(?=[\;\{\}])	g(t1003,t5000,t8000)			3
R		([0-9]{4}-[0-9]{2}-[0-9]{2})(?=[\;\{\}])	t3001			1
R		([0-9]+\.[0-9]+)(?=[\;\{\}])	t3202			1
R		([0-9]+)(?=[\;\{\}])	t3204			1
R		(submodule|module)(?=[^\-\:])	t1000			1
R		(yang-version|belongs-to|namespace|prefix)(?=[^\-\:])	t1000			1
R		(organization|description|reference|revision|contact)(?=[^\-\:])	t1000			1
R		(revision-date|include|import)(?=[^\-\:])	t1000			1
R		(notification|if-feature|deviation|extension|identity|argument|grouping|typedef|feature|augment|output|action|input|rpc)(?=[^\-\:])	t1000			1
R		(leaf-list|container|presence|anydata|deviate|choice|config|anyxml|refine|leaf|must|list|case|uses|when)(?=[^\-\:])	t1000			1
R		(require-instance|fraction-digits|error-app-tag|error-message|min-elements|max-elements|yin-element|ordered-by|position|modifier|default|pattern|length|status|units|value|range|type|path|enum|base|bit)(?=[^\-\:])	t1000			1
R		(mandatory|unique|key)(?=[^\-\:])	t1000			1
R		(not-supported|invert-match|deprecated|unbounded|obsolete|current|replace|delete|false|true|user|min|max|add)(?=[^\-\:])	t2002			1
R		(instance-identifier|identityref|enumeration|decimal64|boolean|leafref|uint64|uint32|string|binary|uint16|int32|int64|int16|empty|uint8|union|int8|bits)(?=[^\-\:])	t2002			1
R		[^"'\;\{\}]+	t8000			0
S	comments
R		[^\*\/]	t6002			0
R		\/\*	t6002	p(comment)		0
R		\*\/	t6002	o1		0
R		[\*\/]	t6002			0
