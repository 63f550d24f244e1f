S	whitespace
R		[]+	t8000			0
S	html
R		<[[^]][^\n\>]*>	u(TypoScriptHTMLData)			0
R		&[^\n\;]*;	t3100			0
R		(_CSS_DEFAULT_STYLE)([]*)(\()([\u0000-\u{10FFFF}]*(?=\n\)))	g(t2002,t8000,t3116,u(TypoScriptCSSData))			4
S	operator
R		[\%\*-\,\.\:\<-\>\|]	t4000			0
S	structure
R		[\(-\)\[-\]\{\}]	t3116			0
S	constant
R		(\{)(\$)((?:[\-]+\.)*)([\-]+)(\})	g(t3116,t4000,t2003,t2003,t3116)			5
R		(\{)([\-]+)([]*:[]*)([\-]+)(\})	g(t3116,t2003,t4000,t2003,t3116)			5
R		(#[0-9A-Fa-f]{6}(?![])|#[0-9A-Fa-f]{3}(?![]))	t3105			1
S	comment
R		(?<!(#|'|"))(?:#(?!(?:[0-9A-Fa-f]{6}|[0-9A-Fa-f]{3}))[^\n\#]+|\/\/[^\n]*)	t6000			1
R		\/\*(?:(?!\*\/)[\u0000-\u{10FFFF}])*\*\/	t6000			0
R		([]*#[]*\n)	t6000			1
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
R		0x[0-9A-Fa-f]+t?	t3203			0
R		[0-9]+	t3204			0
R		(###[]+###)	t2003			1
S	label
R		(EXT|FILE|LLL):[^\n"\}]*	t3100			1
R		(?![^\-])([\-]+(?:\/[\-]+)+\/?)([[^]]*\n)	g(t3100,t3100)			2
S	punctuation
R		[\,\.]	t5000			0
S	other
R		[\!-"\&\-\/\;]+	t8000			0
S	keywords
R	i	(\[)(browser|compatVersion|dayofmonth|dayofweek|dayofyear|device|ELSE|END|GLOBAL|globalString|globalVar|hostname|hour|IP|language|loginUser|loginuser|minute|month|page|PIDinRootline|PIDupinRootline|system|treeLevel|useragent|userFunc|usergroup|version)([^\]]*)(\])	g(t3116,t2003,t8000,t3116)			4
R		(?=[\-])(HTMLparser|HTMLparser_tags|addParams|cache|encapsLines|filelink|if|imageLinkWrap|imgResource|makelinks|numRows|numberFormat|parseFunc|replacement|round|select|split|stdWrap|strPad|tableStyle|tags|textStyle|typolink)(?![\-])	t2300			1
R		(?:(=?[]*<?[]+|(?<![^\n])[]*))(cObj|field|config|content|constants|FEData|file|frameset|includeLibs|lib|page|plugin|register|resources|sitemap|sitetitle|styles|temp|tt_[^\.\:]*|types|xmlnews|INCLUDE_TYPOSCRIPT|_CSS_DEFAULT_STYLE|_DEFAULT_PI_VARS|_LOCAL_LANG)(?![\-])	g(t4000,t2100)			2
R		(?=[\-])(CASE|CLEARGIF|COA|COA_INT|COBJ_ARRAY|COLUMNS|CONTENT|CTABLE|EDITPANEL|FILE|FILES|FLUIDTEMPLATE|FORM|HMENU|HRULER|HTML|IMAGE|IMGTEXT|IMG_RESOURCE|LOAD_REGISTER|MEDIA|MULTIMEDIA|OTABLE|PAGE|QTOBJECT|RECORDS|RESTORE_REGISTER|SEARCHRESULT|SVG|SWFOBJECT|TEMPLATE|TEXT|USER|USER_INT)(?![\-])	t2002			1
R		(?=[\-])(ACTIFSUBRO|ACTIFSUB|ACTRO|ACT|CURIFSUBRO|CURIFSUB|CURRO|CUR|IFSUBRO|IFSUB|NO|SPC|USERDEF1RO|USERDEF1|USERDEF2RO|USERDEF2|USRRO|USR)	t2002			1
R		(?=[\-])(GMENU_FOLDOUT|GMENU_LAYERS|GMENU|IMGMENUITEM|IMGMENU|JSMENUITEM|JSMENU|TMENUITEM|TMENU_LAYERS|TMENU)	t2002			1
R		(?=[\-])(PHP_SCRIPT(_EXT|_INT)?)	t2002			2
R		(?=[\-])(userFunc)(?![\-])	t2300			1
