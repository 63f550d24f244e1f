S	root
R		(?<![^\n])(?=[]|\/)	t8000	p(slashstartsregex)		0
I	commentsandwhitespace
R		\+\+|--|\|\||&&|in(?![])|\$|!?~|\|&|(\*\*|[\!\%\*-\+\-\/\<-\>\^\|])=?	t4000	p(slashstartsregex)		1
R		[\(\,\;\[\{]	t5000	p(slashstartsregex)		0
R		[\)\.\]\}]	t5000			0
R		(break|continue|do|while|exit|for|if|else|return|switch|case|default)(?![])	t1000	p(slashstartsregex)		1
R		function(?![])	t1002	p(slashstartsregex)		0
R		(atan2|cos|exp|int|log|rand|sin|sqrt|srand|gensub|gsub|index|length|match|split|patsplit|sprintf|sub|substr|tolower|toupper|close|fflush|getline|next(file)|print|printf|strftime|systime|mktime|delete|system|strtonum|and|compl|lshift|or|rshift|asorti?|isarray|bindtextdomain|dcn?gettext|@(include|load|namespace))(?:(?<=[])(?![])|(?<![])(?=[]))	t1005			3
R		(ARGC|ARGIND|ARGV|BEGIN(FILE)?|BINMODE|CONVFMT|ENVIRON|END(FILE)?|ERRNO|FIELDWIDTHS|FILENAME|FNR|FPAT|FS|IGNORECASE|LINT|NF|NR|OFMT|OFS|ORS|PROCINFO|RLENGTH|RS|RSTART|RT|SUBSEP|TEXTDOMAIN)(?:(?<=[])(?![])|(?<![])(?=[]))	t2100			3
R		[\$\@-Z_a-z][]*	t2011			0
R		[0-9][0-9]*\.[0-9]+([Ee][0-9]+)?[df]?	t3202			1
R		0x[0-9A-Fa-f]+	t3203			0
R		[0-9]+	t3204			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3108			0
R		'(?=((?:\\['\\]|\\(?!['\\])|[^'\\])*))\1'|'[\u0000-\u{10FFFF}]*'	t3115			0
S	commentsandwhitespace
R		[]+	t8000			0
R		#[^\n]*(?![^\n])	t6003			0
S	slashstartsregex
I	commentsandwhitespace
R		\/(\\[^\n]|[^\n\/\[-\\]|\[(\\[^\n]|[^\n\\-\]])*\])+\/(?:(?<=[])(?=[])|(?<![])(?![]))	t3114	o1		2
R		(?=\/)	t8000	p(#pop,badregex)		0
R				o1		0
S	badregex
R		\n	t8000	o1		0
