S	root
R		[]+	t99
R		[\;\{\}]+	t78
R		(?<![\-])(and|or|not|\+|\.)(?![\-])	t75			1
R		"(?:\\"|[^"])*?"	t58
R		'(?:\\'|[^'])*?'	t65
R		\/\*	t81	p(comments)
R		\/\/[^\n]*?(?![^\n])	t82
R		(?:(?<![^\n])|(?<=[\;\{\}]))([\--\.]+)(:)([\--\.]+)(?=[\;\{\}])	g(t18,t78,t98)			3
R		([0-9]{4}-[0-9]{2}-[0-9]{2})(?=[\;\{\}])	t48			1
R		([0-9]+\.[0-9]+)(?=[\;\{\}])	t69			1
R		([0-9]+)(?=[\;\{\}])	t71			1
R		(submodule|module)(?=[^\-\:])	t15			1
R		(yang-version|belongs-to|namespace|prefix)(?=[^\-\:])	t15			1
R		(organization|description|reference|revision|contact)(?=[^\-\:])	t15			1
R		(revision-date|include|import)(?=[^\-\:])	t15			1
R		(notification|if-feature|deviation|extension|identity|argument|grouping|typedef|feature|augment|output|action|input|rpc)(?=[^\-\:])	t15			1
R		(leaf-list|container|presence|anydata|deviate|choice|config|anyxml|refine|leaf|must|list|case|uses|when)(?=[^\-\:])	t15			1
R		(require-instance|fraction-digits|error-app-tag|error-message|min-elements|max-elements|yin-element|ordered-by|position|modifier|default|pattern|length|status|units|value|range|type|path|enum|base|bit)(?=[^\-\:])	t15			1
R		(mandatory|unique|key)(?=[^\-\:])	t15			1
R		(not-supported|invert-match|deprecated|unbounded|obsolete|current|replace|delete|false|true|user|min|max|add)(?=[^\-\:])	t24			1
R		(instance-identifier|identityref|enumeration|decimal64|boolean|leafref|uint64|uint32|string|binary|uint16|int32|int64|int16|empty|uint8|union|int8|bits)(?=[^\-\:])	t24			1
R		[^"'\;\{\}]+	t98
S	comments
R		[^\*\/]	t81
R		\/\*	t81	p(comment)
R		\*\/	t81	o1
R		[\*\/]	t81
