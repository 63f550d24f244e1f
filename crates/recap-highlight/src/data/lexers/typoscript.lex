S	whitespace
R		[]+	t98
S	html
R		<[[^]][^\n\>]*>	u(TypoScriptHTMLData)
R		&[^\n\;]*;	t50
R		(_CSS_DEFAULT_STYLE)([]*)(\()([\u0000-\u{10FFFF}]*(?=\n\)))	g(t24,t98,t66,u(TypoScriptCSSData))			4
S	operator
R		[\%\*-\,\.\:\<-\>\|]	t75
S	structure
R		[\(-\)\[-\]\{\}]	t66
S	constant
R		(\{)(\$)((?:[\-]+\.)*)([\-]+)(\})	g(t66,t75,t25,t25,t66)			5
R		(\{)([\-]+)([]*:[]*)([\-]+)(\})	g(t66,t25,t75,t25,t66)			5
R		(#[0-9A-Fa-f]{6}(?![])|#[0-9A-Fa-f]{3}(?![]))	t55			1
S	comment
R		(?<!(#|'|"))(?:#(?!(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3}))[^\n\#]+|\/\/[^\n]*)	t79			1
R		\/\*(?:(?!\*\/)[\u0000-\u{10FFFF}])*\*\/	t79
R		([]*#[]*\n)	t79			1
S	root
I	comment
I	constant
I	html
I	label
I	whitespace
I	keywords
I	punctuation
I	operator
I	structure
I	literal
I	other
S	literal
R		0x[0-9A-Fa-f]+t?	t70
R		[0-9]+	t71
R		(###[]+###)	t25			1
S	label
R		(EXT|FILE|LLL):[^\n"\}]*	t50			1
R		(?![^\-])([\-]+(?:\/[\-]+)+\/?)([[^]]*\n)	g(t50,t50)			2
S	punctuation
R		[\,\.]	t78
S	other
R		[\!-"\&\-\/\;]+	t98
S	keywords
R	i	(\[)(browser|compatVersion|dayofmonth|dayofweek|dayofyear|device|ELSE|END|GLOBAL|globalString|globalVar|hostname|hour|IP|language|loginUser|loginuser|minute|month|page|PIDinRootline|PIDupinRootline|system|treeLevel|useragent|userFunc|usergroup|version)([^\]]*)(\])	g(t66,t25,t98,t66)			4
R		(?=[\-])(HTMLparser|HTMLparser_tags|addParams|cache|encapsLines|filelink|if|imageLinkWrap|imgResource|makelinks|numRows|numberFormat|parseFunc|replacement|round|select|split|stdWrap|strPad|tableStyle|tags|textStyle|typolink)(?![\-])	t45			1
R		(?:(=?[]*<?[]+|(?<![^\n])[]*))(cObj|field|config|content|constants|FEData|file|frameset|includeLibs|lib|page|plugin|register|resources|sitemap|sitetitle|styles|temp|tt_[^\.\:]*|types|xmlnews|INCLUDE_TYPOSCRIPT|_CSS_DEFAULT_STYLE|_DEFAULT_PI_VARS|_LOCAL_LANG)(?![\-])	g(t75,t37)			2
R		(?=[\-])(CASE|CLEARGIF|COA|COA_INT|COBJ_ARRAY|COLUMNS|CONTENT|CTABLE|EDITPANEL|FILE|FILES|FLUIDTEMPLATE|FORM|HMENU|HRULER|HTML|IMAGE|IMGTEXT|IMG_RESOURCE|LOAD_REGISTER|MEDIA|MULTIMEDIA|OTABLE|PAGE|QTOBJECT|RECORDS|RESTORE_REGISTER|SEARCHRESULT|SVG|SWFOBJECT|TEMPLATE|TEXT|USER|USER_INT)(?![\-])	t24			1
R		(?=[\-])(ACTIFSUBRO|ACTIFSUB|ACTRO|ACT|CURIFSUBRO|CURIFSUB|CURRO|CUR|IFSUBRO|IFSUB|NO|SPC|USERDEF1RO|USERDEF1|USERDEF2RO|USERDEF2|USRRO|USR)	t24			1
R		(?=[\-])(GMENU_FOLDOUT|GMENU_LAYERS|GMENU|IMGMENUITEM|IMGMENU|JSMENUITEM|JSMENU|TMENUITEM|TMENU_LAYERS|TMENU)	t24			1
R		(?=[\-])(PHP_SCRIPT(_EXT|_INT)?)	t24			2
R		(?=[\-])(userFunc)(?![\-])	t45			1
