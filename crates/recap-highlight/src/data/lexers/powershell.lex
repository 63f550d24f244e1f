S	root
R		\(	t5000	p(child)		0
R		[]+	t8000			0
R	i	([]*)(#)(requires)([]+)	g(t8001,t6000,t1000,t8001)	p(requires)		4
R	i	(?<![^\n])([]*#[\#]*)(\.(?:component|description|example|externalhelp|forwardhelpcategory|forwardhelptargetname|functionality|inputs|link|notes|outputs|parameter|remotehelprunspace|role|synopsis))([^\n]*(?![^\n]))	g(t6000,t3107,t6000)			3
R		#[^\n]*?(?![^\n])	t6000			0
R	i	(&lt;|<)#	t6002	p(multline)		1
R	i	([A-Z]:)	t2000			1
R		@"\n	t3110	p(heredoc-double)		0
R		@'\n[\u0000-\u{10FFFF}]*?\n'@	t3110			0
R		@(?=\(|\{)|\$(?=\()	t2205			0
R		`["\$'\-\@]	t5000			0
R		"	t3108	p(string)		0
R		'([^']|'')*'	t3115			1
R	i	(?<![[^]])(function|filter|workflow)([]*)(global:|script:|private:|env:)?([][[^]]*(?:(?<=[])(?![])|(?<![])(?=[])))	g(t1002,t8001,t2205,t2100)			4
R	i	(?<![[^]])(class|configuration)([]+)([][[^]]*)([]*)(:*)	g(t1002,t8001,t2100,t2100,t2100)			5
R	i	\$false|\$null|\$true(?=(?:(?<=[])(?![])|(?<![])(?=[])))	t2205			0
R	i	(\$|@@|@)((global|script|private|env):)?[]+	t2200			3
R	i	(parameter|validatenotnullorempty|validatescript|validaterange|validateset|validaterange|validatepattern|validatelength|validatecount|validatenotnullorempty|validatescript|cmdletbinding|alias)(?![])	t2100			1
R	i	[a-z][]*-[a-z][]*(?:(?<=[])(?![])|(?<![])(?=[]))	t2100			0
R	i	(mandatory|parametersetname|position|helpmessage|valuefrompipeline|valuefrompipelinebypropertyname|valuefromremainingarguments|dontshow)(?![])	t2001			1
R	i	(confirmimpact|defaultparametersetname|helpuri|supportspaging|supportsshouldprocess|positionalbinding)(?![])	t2001			1
R	i	(while|until|trap|switch|return|ref|process|param|parameter|in|if|global:|foreach|for|finally|filter|end|elseif|else|dynamicparam|do|default|continue|break|begin|\?|%|#script|#private|#local|#global|try|catch|throw)(?:(?<=[])(?![])|(?<![])(?=[]))	t1000			1
R	i	-(and|as|band|bnot|bor|bxor|casesensitive|ccontains|ceq|cge|cgt|cle|clike|clt|cmatch|cne|cnotcontains|cnotlike|cnotmatch|contains|creplace|eq|exact|f|file|ge|gt|icontains|ieq|ige|igt|ile|ilike|ilt|imatch|ine|inotcontains|inotlike|inotmatch|ireplace|is|isnot|le|like|lt|match|ne|not|notcontains|notlike|notmatch|or|regex|replace|wildcard)(?![])	t4000			1
R	i	(ac|asnp|cat|cd|cfs|chdir|clc|clear|clhy|cli|clp|cls|clv|cnsn|compare|copy|cp|cpi|cpp|curl|cvpa|dbp|del|diff|dir|dnsn|ebp|echo|epal|epcsv|epsn|erase|etsn|exsn|fc|fhx|fl|foreach|ft|fw|gal|gbp|gc|gci|gcm|gcs|gdr|ghy|gi|gjb|gl|gm|gmo|gp|gps|gpv|group|gsn|gsnp|gsv|gu|gv|gwmi|h|history|icm|iex|ihy|ii|ipal|ipcsv|ipmo|ipsn|irm|ise|iwmi|iwr|kill|lp|ls|man|md|measure|mi|mount|move|mp|mv|nal|ndr|ni|nmo|npssc|nsn|nv|ogv|oh|popd|ps|pushd|pwd|r|rbp|rcjb|rcsn|rd|rdr|ren|ri|rjb|rm|rmdir|rmo|rni|rnp|rp|rsn|rsnp|rujb|rv|rvpa|rwmi|sajb|sal|saps|sasv|sbp|sc|select|set|shcm|si|sl|sleep|sls|sort|sp|spjb|spps|spsv|start|sujb|sv|swmi|tee|trcm|type|wget|where|wjb|write)[]	t2100			1
R	i	(\[)([\[_a-z][ \,\.\[\]\`]*)(\])	g(t5000,t2003,t5000)			3
R		(?<!\[)(?<=[[^]][^\n\*\|]\.)[]+(?=[]+|\(|\{|\.)	t2013			0
R	i	(?<![])([\+\-]?(?:[0-9]*\.)?[0-9]+(?:(?:e|E)[0-9]+)?(?:F|f|D|d|M|m)?)((?:[gkmpt]b)?)(?:(?<=[])(?![])|(?<![])(?=[]))	g(t3202,t5000)			2
R	i	-[_a-z][]*:*	t2000			0
R		[]+	t2000			0
R		[\!\$-\&\(-\/\;-\@\[-\^\`\{-\~]|::	t5000			0
S	requires
R		[]*\n|[]*(?![^\n])	t8001	o1		0
R	i	-(?:modules|pssnapin|runasadministrator|ahellid|version|assembly|psedition)	t1002			0
R		-[[^]]*(?:(?<=[])(?![])|(?<![])(?=[]))	t6000			0
R		[]+([[^]]+)	t2001			1
S	child
R		\)	t5000	o1		0
I	root
S	multline
R		[^\#\&\.]+	t6002			0
R	i	#(>|&gt;)	t6002	o1		1
R	i	([]*\.)(component|description|example|externalhelp|forwardhelpcategory|forwardhelptargetname|functionality|inputs|link|notes|outputs|parameter|remotehelprunspace|role|synopsis)([]*(?![^\n]))	g(t6002,t3107,t6002)			3
R		[\#\&\.]	t6002			0
S	string
R	i	`["\$'0\`-bfnrtv]	t3109			0
R		[^"\$\`]+	t3108			0
R		\$\(	t5000	p(child)		0
R	i	((\$)((global|script|private|env):)?[]+)|((\$)\{((global|script|private|env):)?[]+\})	t2200			8
R		""	t3108			0
R		[\$\`]	t3108			0
R		"	t3108	o1		0
S	heredoc-double
R		\n"@	t3110	o1		0
R		\$\(	t5000	p(child)		0
R	i	((\$)((global|script|private|env):)?[]+)|((\$)\{((global|script|private|env):)?[]+\})	t2200			8
R		[^\n\@]+"\]	t3110			0
R		[\u0000-\u{10FFFF}]	t3110			0
