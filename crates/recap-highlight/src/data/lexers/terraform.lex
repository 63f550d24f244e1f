S	string
R		"	t58	o1
R		\\\\"	t58
R		[^"\$\\]+	t58
R		[^"\$\\]+	t58
R		\$\{	t61	p(interp-inside)
S	interp-inside
R		\}	t61	o1
I	root
S	root
R		[\(-\)\,\.\[\]\{\}]	t78
R		"	t58	p(string)
R		-?[0-9]+	t67
R		=>	t78
R		(false|true)(?![])	t16			1
R		\/\*(((?!\*\/)[\u0000-\u{10FFFF}])*)\*\/	t81			2
R		[]*(#|\/\/)[^\n]*\n	t82			1
R		(?![]*)(variable)([]*)	g(t22,t98)			2
R		(?<![^\n])(provisioner|variable|resource|provider|module|output|data)(?!\.)(?:(?<=[])(?![])|(?<![])(?=[]))	t20			1
R		(for|in)(?![])	t15			1
R		(module|count|data|each|var)(?![])	t37			1
R		(parseint|signum|floor|ceil|log|max|min|abs|pow)(?![])	t37			1
R		(trimsuffix|formatlist|trimprefix|trimspace|regexall|replace|indent|strrev|format|substr|chomp|split|title|regex|lower|upper|trim|join)(?![])	t37			1
R		[^\.](setintersection|coalescelist|setsubtract|setproduct|matchkeys|chunklist|transpose|contains|distinct|coalesce|setunion|reverse|flatten|element|compact|lookup|length|concat|values|zipmap|range|merge|slice|index|list|sort|keys|map)(?![])	t37			1
R		[^\.](base64decode|base64encode|base64gzip|jsondecode|jsonencode|yamldecode|yamlencode|csvdecode|urlencode)(?![])	t37			1
R		(templatefile|filebase64|fileexists|pathexpand|basename|abspath|fileset|dirname|file)(?![])	t37			1
R		(formatdate|timestamp|timeadd)(?![])	t37			1
R		(filebase64sha256|filebase64sha512|base64sha512|base64sha256|filesha256|rsadecrypt|filesha512|filesha1|filemd5|uuidv5|bcrypt|sha256|sha512|sha1|uuid|md5)(?![])	t37			1
R		(cidrnetmask|cidrsubnet|cidrhost)(?![])	t37			1
R		(tostring|tonumber|tobool|tolist|tomap|toset|can|try)(?![])	t37			1
R		((?<![^\n])|[^\.])(name|x|default|type|description|value)(_[A-Za-z][]*)*	t23			3
R		=(?!>)|\+|-|\*|\/|:|!|%|>|<(?!<)|>=|<=|==|!=|&&|\||\?	t75
R		\n|[]+|\\\n	t98
R		[A-Za-z][]*	t33
R		(<<-?)([]+)(\n[]*(?:(?!(?:\2))[\u0000-\u{10FFFF}])*[]*\n[]*)((?:\2))	g(t75,t75,t50,t75)			4
S	declaration
R		([]*)("(?:\\\\|\\"|[^"])*")([]*)	g(t98,t23,t98)			3
R		\{	t78	o1
