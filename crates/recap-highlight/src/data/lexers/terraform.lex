S	string
R		"	t3108	o1		0
R		\\\\"	t3108			0
R		[^"\$\\]+	t3108			0
R		[^"\$\\]+	t3108			0
R		\$\{	t3111	p(interp-inside)		0
S	interp-inside
R		\}	t3111	o1		0
I	root
S	root
R		[\(-\)\,\.\[\]\{\}]	t5000			0
R		"	t3108	p(string)		0
R		-?[0-9]+	t3200			0
R		=>	t5000			0
R		(false|true)(?![])	t1001			1
R		\/\*(((?!\*\/)[\u0000-\u{10FFFF}])*)\*\/	t6002			2
R		[]*(#|\/\/)[^\n]*\n	t6003			1
R		(?![]*)(variable)([]*)	g(t2000,t8000)			2
R		(?<![^\n])(provisioner|variable|resource|provider|module|output|data)(?!\.)(?:(?<=[])(?![])|(?<![])(?=[]))	t1005			1
R		(for|in)(?![])	t1000			1
R		(module|count|data|each|var)(?![])	t2100			1
R		(parseint|signum|floor|ceil|log|max|min|abs|pow)(?![])	t2100			1
R		(trimsuffix|formatlist|trimprefix|trimspace|regexall|replace|indent|strrev|format|substr|chomp|split|title|regex|lower|upper|trim|join)(?![])	t2100			1
R		[^\.](setintersection|coalescelist|setsubtract|setproduct|matchkeys|chunklist|transpose|contains|distinct|coalesce|setunion|reverse|flatten|element|compact|lookup|length|concat|values|zipmap|range|merge|slice|index|list|sort|keys|map)(?![])	t2100			1
R		[^\.](base64decode|base64encode|base64gzip|jsondecode|jsonencode|yamldecode|yamlencode|csvdecode|urlencode)(?![])	t2100			1
R		(templatefile|filebase64|fileexists|pathexpand|basename|abspath|fileset|dirname|file)(?![])	t2100			1
R		(formatdate|timestamp|timeadd)(?![])	t2100			1
R		(filebase64sha256|filebase64sha512|base64sha512|base64sha256|filesha256|rsadecrypt|filesha512|filesha1|filemd5|uuidv5|bcrypt|sha256|sha512|sha1|uuid|md5)(?![])	t2100			1
R		(cidrnetmask|cidrsubnet|cidrhost)(?![])	t2100			1
R		(tostring|tonumber|tobool|tolist|tomap|toset|can|try)(?![])	t2100			1
R		((?<![^\n])|[^\.])(name|x|default|type|description|value)(_[A-Za-z][]*)*	t2001			3
R		=(?!>)|\+|-|\*|\/|:|!|%|>|<(?!<)|>=|<=|==|!=|&&|\||\?	t4000			0
R		\n|[]+|\\\n	t8000			0
R		[A-Za-z][]*	t2011			0
R		(<<-?)([]+)(\n[]*(?:(?!(?:\2))[\u0000-\u{10FFFF}])*[]*\n[]*)((?:\2))	g(t4000,t4000,t3100,t4000)			4
S	declaration
R		([]*)("(?:\\\\|\\"|[^"])*")([]*)	g(t8000,t2001,t8000)			3
R		\{	t5000	o1		0
