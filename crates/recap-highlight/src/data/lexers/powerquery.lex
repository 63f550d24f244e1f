S	root
R		[]+	t8000			0
R		\/\/[\u0000-\u{10FFFF}]*?\n	t6003			0
R		\/\*[\u0000-\u{10FFFF}]*?\*\/	t6002			0
R		"(\\\\|\\"|[^"])*"	t3100			1
R	i	(and|as|each|else|error|false|if|in|is|let|meta|not|null|or|otherwise|section|shared|then|true|try|type)(?![])	t1000			1
R	i	(#binary|#date|#datetime|#datetimezone|#duration|#infinity|#nan|#sections|#shared|#table|#time)(?![])	t1006			1
R	i	(([A-Za-z]|_)[\._\|]*|#"[^"]+")	t2000			2
R	i	0[Xx][0-9A-Fa-f][0-9A-F_a-f]*[Ll]?	t3203			0
R	i	([0-9]+\.[0-9]+|\.[0-9]+)([Ee][0-9]+)?	t3202			2
R		[0-9]+	t3204			0
R		[\(-\)\[\]\{\}]	t5000			0
R		\.\.|\.\.\.|=>|<=|>=|<>|[\!\&\*-\-\/\;-\@]	t4000			0
