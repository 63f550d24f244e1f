S	root
R		(?<![^\n])(?=[]|\/)	t98	p(slashstartsregex)
I	commentsandwhitespace
R		\+\+|--|\|\||&&|in(?![])|\$|!?~|\|&|(\*\*|[\!\%\*-\+\-\/\<-\>\^\|])=?	t75	p(slashstartsregex)		1
R		[\(\,\;\[\{]	t78	p(slashstartsregex)
R		[\)\.\]\}]	t78
R		(break|continue|do|while|exit|for|if|else|return|switch|case|default)(?![])	t15	p(slashstartsregex)		1
R		function(?![])	t17	p(slashstartsregex)
R		(atan2|cos|exp|int|log|rand|sin|sqrt|srand|gensub|gsub|index|length|match|split|patsplit|sprintf|sub|substr|tolower|toupper|close|fflush|getline|next(file)|print|printf|strftime|systime|mktime|delete|system|strtonum|and|compl|lshift|or|rshift|asorti?|isarray|bindtextdomain|dcn?gettext|@(include|load|namespace))(?:(?<=[])(?![])|(?<![])(?=[]))	t20			3
R		(ARGC|ARGIND|ARGV|BEGIN(FILE)?|BINMODE|CONVFMT|ENVIRON|END(FILE)?|ERRNO|FIELDWIDTHS|FILENAME|FNR|FPAT|FS|IGNORECASE|LINT|NF|NR|OFMT|OFS|ORS|PROCINFO|RLENGTH|RS|RSTART|RT|SUBSEP|TEXTDOMAIN)(?:(?<=[])(?![])|(?<![])(?=[]))	t37			3
R		[\$\@-Z_a-z][]*	t33
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t69			1
R		0x[0-9A-Fa-f]+	t70
R		[0-9]+	t71
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t58
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t65
S	commentsandwhitespace
R		[]+	t98
R		#[^\n]*(?![^\n])	t82
S	slashstartsregex
I	commentsandwhitespace
R		\/(\\[^\n]|[^\n\/\[-\\]|\[(\\[^\n]|[^\n\\-\]])*\])+\/(?:(?<=[])(?=[])|(?<![])(?![]))	t64	o1		2
R		(?=\/)	t98	p(#pop,badregex)
R				o1
S	badregex
R		\n	t98	o1
