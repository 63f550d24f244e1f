S	root
R		[]+	t98
R		\/\/[\u0000-\u{10FFFF}]*?\n	t82
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t81
R		"(\\\\|\\"|[^"])*"	t50			1
R	i	(and|as|each|else|error|false|if|in|is|let|meta|not|null|or|otherwise|section|shared|then|true|try|type)(?![])	t15			1
R	i	(#binary|#date|#datetime|#datetimezone|#duration|#infinity|#nan|#sections|#shared|#table|#time)(?![])	t21			1
R	i	(([A-Za-z]|_)[\._\|]*|#"[^"]+")	t22			2
R	i	0[Xx][0-9A-Fa-f][0-9A-F_a-f]*[Ll]?	t70
R	i	([0-9]+\.[0-9]+|\.[0-9]+)([Ee][0-9]+)?	t69			2
R		[0-9]+	t71
R		[\(-\)\[\]\{\}]	t78
R		\.\.|\.\.\.|=>|<=|>=|<>|[\!\&\*-\-\/\;-\@]	t75
