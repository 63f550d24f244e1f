S	root
R		\(	t78	p(child)
R		[]+	t98
R	i	([]*)(#)(requires)([]+)	g(t99,t79,t15,t99)	p(requires)		4
R	i	(?<![^\n])([]*#[\#]*)(\.(?:component|description|example|externalhelp|forwardhelpcategory|forwardhelptargetname|functionality|inputs|link|notes|outputs|parameter|remotehelprunspace|role|synopsis))([^\n]*(?![^\n]))	g(t79,t57,t79)			3
R		#[^\n]*?(?![^\n])	t79
R	i	(&lt;|<)#	t81	p(multline)		1
R	i	([A-Z]:)	t22			1
R		@"\n	t60	p(heredoc-double)
R		@'\n[\u0000-\u{10FFFF}]*?\n'@	t60
R		@(?=\(|\{)|\$(?=\()	t44
R		`["\$'\-\@]	t78
R		"	t58	p(string)
R		'([^']|'')*'	t65			1
R	i	(?<![[^]])(function|filter|workflow)([]*)(global:|script:|private:|env:)?([][[^]]*(?:(?<=[])(?![])|(?<![])(?=[])))	g(t17,t99,t44,t37)			4
R	i	(?<![[^]])(class|configuration)([]+)([][[^]]*)([]*)(:*)	g(t17,t99,t37,t37,t37)			5
R	i	\$false|\$null|\$true(?=(?:(?<=[])(?![])|(?<![])(?=[])))	t44
R	i	(\$|@@|@)((global|script|private|env):)?[]+	t39			3
R	i	(parameter|validatenotnullorempty|validatescript|validaterange|validateset|validaterange|validatepattern|validatelength|validatecount|validatenotnullorempty|validatescript|cmdletbinding|alias)(?![])	t37			1
R	i	[a-z][]*-[a-z][]*(?:(?<=[])(?![])|(?<![])(?=[]))	t37
R	i	(mandatory|parametersetname|position|helpmessage|valuefrompipeline|valuefrompipelinebypropertyname|valuefromremainingarguments|dontshow)(?![])	t23			1
R	i	(confirmimpact|defaultparametersetname|helpuri|supportspaging|supportsshouldprocess|positionalbinding)(?![])	t23			1
R	i	(while|until|trap|switch|return|ref|process|param|parameter|in|if|global:|foreach|for|finally|filter|end|elseif|else|dynamicparam|do|default|continue|break|begin|\?|%|#script|#private|#local|#global|try|catch|throw)(?:(?<=[])(?![])|(?<![])(?=[]))	t15			1
R	i	-(and|as|band|bnot|bor|bxor|casesensitive|ccontains|ceq|cge|cgt|cle|clike|clt|cmatch|cne|cnotcontains|cnotlike|cnotmatch|contains|creplace|eq|exact|f|file|ge|gt|icontains|ieq|ige|igt|ile|ilike|ilt|imatch|ine|inotcontains|inotlike|inotmatch|ireplace|is|isnot|le|like|lt|match|ne|not|notcontains|notlike|notmatch|or|regex|replace|wildcard)(?![])	t75			1
R	i	(ac|asnp|cat|cd|cfs|chdir|clc|clear|clhy|cli|clp|cls|clv|cnsn|compare|copy|cp|cpi|cpp|curl|cvpa|dbp|del|diff|dir|dnsn|ebp|echo|epal|epcsv|epsn|erase|etsn|exsn|fc|fhx|fl|foreach|ft|fw|gal|gbp|gc|gci|gcm|gcs|gdr|ghy|gi|gjb|gl|gm|gmo|gp|gps|gpv|group|gsn|gsnp|gsv|gu|gv|gwmi|h|history|icm|iex|ihy|ii|ipal|ipcsv|ipmo|ipsn|irm|ise|iwmi|iwr|kill|lp|ls|man|md|measure|mi|mount|move|mp|mv|nal|ndr|ni|nmo|npssc|nsn|nv|ogv|oh|popd|ps|pushd|pwd|r|rbp|rcjb|rcsn|rd|rdr|ren|ri|rjb|rm|rmdir|rmo|rni|rnp|rp|rsn|rsnp|rujb|rv|rvpa|rwmi|sajb|sal|saps|sasv|sbp|sc|select|set|shcm|si|sl|sleep|sls|sort|sp|spjb|spps|spsv|start|sujb|sv|swmi|tee|trcm|type|wget|where|wjb|write)[]	t37			1
R	i	(\[)([\[_a-z][ \,\.\[\]\`]*)(\])	g(t78,t25,t78)			3
R		(?<!\[)(?<=[[^]][^\n\*\|]\.)[]+(?=[]+|\(|\{|\.)	t35
R	i	(?<![])([\+\-]?(?:[0-9]*\.)?[0-9]+(?:(?:e|E)[0-9]+)?(?:F|f|D|d|M|m)?)((?:[gkmpt]b)?)(?:(?<=[])(?![])|(?<![])(?=[]))	g(t69,t78)			2
R	i	-[_a-z][]*:*	t22
R		[]+	t22
R		[\!\$-\&\(-\/\;-\@\[-\^\`\{-\~]|::	t78
S	requires
R		[]*\n|[]*(?![^\n])	t99	o1
R	i	-(?:modules|pssnapin|runasadministrator|ahellid|version|assembly|psedition)	t17
R		-[[^]]*(?:(?<=[])(?![])|(?<![])(?=[]))	t79
R		[]+([[^]]+)	t23			1
S	child
R		\)	t78	o1
I	root
S	multline
R		[^\#\&\.]+	t81
R	i	#(>|&gt;)	t81	o1		1
R	i	([]*\.)(component|description|example|externalhelp|forwardhelpcategory|forwardhelptargetname|functionality|inputs|link|notes|outputs|parameter|remotehelprunspace|role|synopsis)([]*(?![^\n]))	g(t81,t57,t81)			3
R		[\#\&\.]	t81
S	string
R	i	`["\$'0\`-bfnrtv]	t59
R		[^"\$\`]+	t58
R		\$\(	t78	p(child)
R	i	((\$)((global|script|private|env):)?[]+)|((\$)\{((global|script|private|env):)?[]+\})	t39			8
R		""	t58
R		[\$\`]	t58
R		"	t58	o1
S	heredoc-double
R		\n"@	t60	o1
R		\$\(	t78	p(child)
R	i	((\$)((global|script|private|env):)?[]+)|((\$)\{((global|script|private|env):)?[]+\})	t39			8
R		[^\n\@]+"\]	t60
R		[\u0000-\u{10FFFF}]	t60
