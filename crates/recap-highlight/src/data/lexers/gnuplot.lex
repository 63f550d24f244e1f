S	whitespace
R		#	t79	p(comment)
R		[\t\v-\f ]+	t98
S	save
R		functions(?![])|function(?![])|functio(?![])|functi(?![])|funct(?![])|func(?![])|fun(?![])|fu(?![])|f(?![])|set(?![])|se(?![])|s(?![])|terminal(?![])|termina(?![])|termin(?![])|termi(?![])|term(?![])|ter(?![])|te(?![])|t(?![])|variables(?![])|variable(?![])|variabl(?![])|variab(?![])|varia(?![])|vari(?![])|var(?![])|va(?![])|v(?![])	t37
I	genericargs
S	pause
R		(mouse|any|button1|button2|button3)(?![])	t37			1
R		keypress(?![])|keypres(?![])|keypre(?![])|keypr(?![])|keyp(?![])|key(?![])	t37
I	genericargs
S	plot
R		axes(?![])|axe(?![])|ax(?![])|axis(?![])|axi(?![])|binary(?![])|binar(?![])|bina(?![])|bin(?![])|every(?![])|ever(?![])|eve(?![])|ev(?![])|index(?![])|inde(?![])|ind(?![])|in(?![])|i(?![])|matrix(?![])|matri(?![])|matr(?![])|mat(?![])|smooth(?![])|smoot(?![])|smoo(?![])|smo(?![])|sm(?![])|s(?![])|thru(?![])|title(?![])|titl(?![])|tit(?![])|ti(?![])|t(?![])|notitle(?![])|notitl(?![])|notit(?![])|noti(?![])|not(?![])|using(?![])|usin(?![])|usi(?![])|us(?![])|u(?![])|with(?![])|wit(?![])|wi(?![])|w(?![])	t37
I	genericargs
S	if
R		\)	t78	o1
I	genericargs
S	genericargs
I	noargs
R		"	t50	p(dqstring)
R		'	t50	p(sqstring)
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+	t69			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+)	t69			1
R		-?[\p{Nd}]+	t71
R		[\!\%-\&\*-\/\:\<-\?\^\|\~]	t75
R		[\(-\)\[\]\{\}]	t78
R		(eq|ne)(?![])	t76			1
R		([A-Z_a-z][]*)([]*)(\()	g(t45,t98,t78)			3
R		[A-Z_a-z][]*	t22
R		@[A-Z_a-z][]*	t25
R		\\\n	t98
S	comment
R		[^\n\\]	t79
R		\\\n	t79
R		\\	t79
R				o1
S	root
I	whitespace
R		bind(?![])|bin(?![])|bi(?![])	t15	p(bind)
R		exit(?![])|exi(?![])|ex(?![])|quit(?![])|qui(?![])|qu(?![])|q(?![])	t15	p(quit)
R		fit(?![])|fi(?![])|f(?![])	t15	p(fit)
R		(if)([]*)(\()	g(t15,t98,t78)	p(if)		3
R		else(?![])	t15
R		pause(?![])|paus(?![])|pau(?![])|pa(?![])	t15	p(pause)
R		plot(?![])|plo(?![])|pl(?![])|p(?![])|replot(?![])|replo(?![])|repl(?![])|rep(?![])|splot(?![])|splo(?![])|spl(?![])|sp(?![])	t15	p(plot)
R		save(?![])|sav(?![])|sa(?![])	t15	p(save)
R		set(?![])|se(?![])	t15	p(genericargs,optionarg)
R		show(?![])|sho(?![])|sh(?![])|unset(?![])|unse(?![])|uns(?![])	t15	p(noargs,optionarg)
R		lower(?![])|lowe(?![])|low(?![])|raise(?![])|rais(?![])|rai(?![])|ra(?![])|call(?![])|cal(?![])|ca(?![])|cd(?![])|clear(?![])|clea(?![])|cle(?![])|cl(?![])|help(?![])|hel(?![])|he(?![])|h(?![])|\?(?:(?<=[])(?![])|(?<![])(?=[]))|history(?![])|histor(?![])|histo(?![])|hist(?![])|his(?![])|hi(?![])|load(?![])|loa(?![])|lo(?![])|l(?![])|print(?![])|prin(?![])|pri(?![])|pr(?![])|pwd(?![])|reread(?![])|rerea(?![])|rere(?![])|rer(?![])|re(?![])|reset(?![])|rese(?![])|res(?![])|screendump(?![])|screendum(?![])|screendu(?![])|screend(?![])|screen(?![])|scree(?![])|scre(?![])|scr(?![])|shell(?![])|shel(?![])|she(?![])|system(?![])|syste(?![])|syst(?![])|sys(?![])|sy(?![])|update(?![])|updat(?![])|upda(?![])|upd(?![])|up(?![])	t15	p(genericargs)
R		pwd(?![])|reread(?![])|rerea(?![])|rere(?![])|rer(?![])|re(?![])|reset(?![])|rese(?![])|res(?![])|screendump(?![])|screendum(?![])|screendu(?![])|screend(?![])|screen(?![])|scree(?![])|scre(?![])|scr(?![])|shell(?![])|shel(?![])|she(?![])|test(?![])	t15	p(noargs)
R		([A-Z_a-z][]*)([]*)(=)	g(t39,t98,t75)	p(genericargs)		3
R		([A-Z_a-z][]*)([]*\([^\n]*?\)[]*)(=)	g(t45,t98,t75)	p(genericargs)		3
R		@[A-Z_a-z][]*	t25
R		;	t15
S	dqstring
R		"	t50	o1
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|[0-7]{1,3})	t59			1
R		[^\n"\\]+	t50
R		\\\n	t50
R		\\	t50
R		\n	t50	o1
S	optionarg
I	whitespace
R		all(?![])|al(?![])|a(?![])|angles(?![])|angle(?![])|angl(?![])|ang(?![])|an(?![])|arrow(?![])|arro(?![])|arr(?![])|ar(?![])|autoscale(?![])|autoscal(?![])|autosca(?![])|autosc(?![])|autos(?![])|auto(?![])|aut(?![])|au(?![])|bars(?![])|bar(?![])|ba(?![])|b(?![])|border(?![])|borde(?![])|bord(?![])|bor(?![])|boxwidth(?![])|boxwidt(?![])|boxwid(?![])|boxwi(?![])|boxw(?![])|box(?![])|clabel(?![])|clabe(?![])|clab(?![])|cla(?![])|cl(?![])|clip(?![])|cli(?![])|cl(?![])|c(?![])|cntrparam(?![])|cntrpara(?![])|cntrpar(?![])|cntrpa(?![])|cntrp(?![])|cntr(?![])|cnt(?![])|cn(?![])|contour(?![])|contou(?![])|conto(?![])|cont(?![])|con(?![])|co(?![])|data(?![])|dat(?![])|da(?![])|datafile(?![])|datafil(?![])|datafi(?![])|dataf(?![])|data(?![])|dgrid3d(?![])|dgrid3(?![])|dgrid(?![])|dgri(?![])|dgr(?![])|dg(?![])|dummy(?![])|dumm(?![])|dum(?![])|du(?![])|encoding(?![])|encodin(?![])|encodi(?![])|encod(?![])|enco(?![])|enc(?![])|decimalsign(?![])|decimalsig(?![])|decimalsi(?![])|decimals(?![])|decimal(?![])|decima(?![])|decim(?![])|deci(?![])|dec(?![])|fit(?![])|fontpath(?![])|fontpat(?![])|fontpa(?![])|fontp(?![])|font(?![])|format(?![])|forma(?![])|form(?![])|for(?![])|fo(?![])|function(?![])|functio(?![])|functi(?![])|funct(?![])|func(?![])|fun(?![])|fu(?![])|functions(?![])|function(?![])|functio(?![])|functi(?![])|funct(?![])|func(?![])|fun(?![])|fu(?![])|grid(?![])|gri(?![])|gr(?![])|g(?![])|hidden3d(?![])|hidden3(?![])|hidden(?![])|hidde(?![])|hidd(?![])|hid(?![])|historysize(?![])|historysiz(?![])|historysi(?![])|historys(?![])|history(?![])|histor(?![])|histo(?![])|hist(?![])|his(?![])|isosamples(?![])|isosample(?![])|isosampl(?![])|isosamp(?![])|isosam(?![])|isosa(?![])|isos(?![])|iso(?![])|is(?![])|key(?![])|ke(?![])|k(?![])|keytitle(?![])|keytitl(?![])|keytit(?![])|keyti(?![])|keyt(?![])|label(?![])|labe(?![])|lab(?![])|la(?![])|linestyle(?![])|linestyl(?![])|linesty(?![])|linest(?![])|lines(?![])|line(?![])|lin(?![])|li(?![])|ls(?![])|loadpath(?![])|loadpat(?![])|loadpa(?![])|loadp(?![])|load(?![])|loa(?![])|locale(?![])|local(?![])|loca(?![])|loc(?![])|logscale(?![])|logscal(?![])|logsca(?![])|logsc(?![])|logs(?![])|log(?![])|macros(?![])|macro(?![])|macr(?![])|mac(?![])|mapping(?![])|mappin(?![])|mappi(?![])|mapp(?![])|map(?![])|mapping3d(?![])|mapping3(?![])|mapping(?![])|mappin(?![])|mappi(?![])|mapp(?![])|map(?![])|margin(?![])|margi(?![])|marg(?![])|mar(?![])|lmargin(?![])|lmargi(?![])|lmarg(?![])|lmar(?![])|rmargin(?![])|rmargi(?![])|rmarg(?![])|rmar(?![])|tmargin(?![])|tmargi(?![])|tmarg(?![])|tmar(?![])|bmargin(?![])|bmargi(?![])|bmarg(?![])|bmar(?![])|mouse(?![])|mous(?![])|mou(?![])|mo(?![])|multiplot(?![])|multiplo(?![])|multipl(?![])|multip(?![])|multi(?![])|mxtics(?![])|mxtic(?![])|mxti(?![])|mxt(?![])|nomxtics(?![])|nomxtic(?![])|nomxti(?![])|nomxt(?![])|mx2tics(?![])|mx2tic(?![])|mx2ti(?![])|mx2t(?![])|nomx2tics(?![])|nomx2tic(?![])|nomx2ti(?![])|nomx2t(?![])|mytics(?![])|mytic(?![])|myti(?![])|myt(?![])|nomytics(?![])|nomytic(?![])|nomyti(?![])|nomyt(?![])|my2tics(?![])|my2tic(?![])|my2ti(?![])|my2t(?![])|nomy2tics(?![])|nomy2tic(?![])|nomy2ti(?![])|nomy2t(?![])|mztics(?![])|mztic(?![])|mzti(?![])|mzt(?![])|nomztics(?![])|nomztic(?![])|nomzti(?![])|nomzt(?![])|mcbtics(?![])|mcbtic(?![])|mcbti(?![])|mcbt(?![])|nomcbtics(?![])|nomcbtic(?![])|nomcbti(?![])|nomcbt(?![])|offsets(?![])|offset(?![])|offse(?![])|offs(?![])|off(?![])|of(?![])|origin(?![])|origi(?![])|orig(?![])|ori(?![])|or(?![])|output(?![])|outpu(?![])|outp(?![])|out(?![])|ou(?![])|o(?![])|parametric(?![])|parametri(?![])|parametr(?![])|paramet(?![])|parame(?![])|param(?![])|para(?![])|par(?![])|pa(?![])|pm3d(?![])|pm3(?![])|pm(?![])|palette(?![])|palett(?![])|palet(?![])|pale(?![])|pal(?![])|colorbox(?![])|colorbo(?![])|colorb(?![])|plot(?![])|plo(?![])|pl(?![])|p(?![])|pointsize(?![])|pointsiz(?![])|pointsi(?![])|points(?![])|point(?![])|poin(?![])|poi(?![])|polar(?![])|pola(?![])|pol(?![])|print(?![])|prin(?![])|pri(?![])|pr(?![])|object(?![])|objec(?![])|obje(?![])|obj(?![])|samples(?![])|sample(?![])|sampl(?![])|samp(?![])|sam(?![])|sa(?![])|size(?![])|siz(?![])|si(?![])|style(?![])|styl(?![])|sty(?![])|st(?![])|surface(?![])|surfac(?![])|surfa(?![])|surf(?![])|sur(?![])|su(?![])|table(?![])|terminal(?![])|termina(?![])|termin(?![])|termi(?![])|term(?![])|ter(?![])|te(?![])|t(?![])|termoptions(?![])|termoption(?![])|termoptio(?![])|termopti(?![])|termopt(?![])|termop(?![])|termo(?![])|tics(?![])|tic(?![])|ti(?![])|ticscale(?![])|ticscal(?![])|ticsca(?![])|ticsc(?![])|ticslevel(?![])|ticsleve(?![])|ticslev(?![])|ticsle(?![])|ticsl(?![])|timefmt(?![])|timefm(?![])|timef(?![])|timestamp(?![])|timestam(?![])|timesta(?![])|timest(?![])|times(?![])|time(?![])|tim(?![])|title(?![])|titl(?![])|tit(?![])|variables(?![])|variable(?![])|variabl(?![])|variab(?![])|varia(?![])|vari(?![])|var(?![])|va(?![])|v(?![])|version(?![])|versio(?![])|versi(?![])|vers(?![])|ver(?![])|ve(?![])|view(?![])|vie(?![])|vi(?![])|xyplane(?![])|xyplan(?![])|xypla(?![])|xypl(?![])|xyp(?![])|xdata(?![])|xdat(?![])|xda(?![])|x2data(?![])|x2dat(?![])|x2da(?![])|ydata(?![])|ydat(?![])|yda(?![])|y2data(?![])|y2dat(?![])|y2da(?![])|zdata(?![])|zdat(?![])|zda(?![])|cbdata(?![])|cbdat(?![])|cbda(?![])|xlabel(?![])|xlabe(?![])|xlab(?![])|xla(?![])|xl(?![])|x2label(?![])|x2labe(?![])|x2lab(?![])|x2la(?![])|x2l(?![])|ylabel(?![])|ylabe(?![])|ylab(?![])|yla(?![])|yl(?![])|y2label(?![])|y2labe(?![])|y2lab(?![])|y2la(?![])|y2l(?![])|zlabel(?![])|zlabe(?![])|zlab(?![])|zla(?![])|zl(?![])|cblabel(?![])|cblabe(?![])|cblab(?![])|cbla(?![])|cbl(?![])|xtics(?![])|xtic(?![])|xti(?![])|noxtics(?![])|noxtic(?![])|noxti(?![])|x2tics(?![])|x2tic(?![])|x2ti(?![])|nox2tics(?![])|nox2tic(?![])|nox2ti(?![])|ytics(?![])|ytic(?![])|yti(?![])|noytics(?![])|noytic(?![])|noyti(?![])|y2tics(?![])|y2tic(?![])|y2ti(?![])|noy2tics(?![])|noy2tic(?![])|noy2ti(?![])|ztics(?![])|ztic(?![])|zti(?![])|noztics(?![])|noztic(?![])|nozti(?![])|cbtics(?![])|cbtic(?![])|cbti(?![])|nocbtics(?![])|nocbtic(?![])|nocbti(?![])|xdtics(?![])|xdtic(?![])|xdti(?![])|noxdtics(?![])|noxdtic(?![])|noxdti(?![])|x2dtics(?![])|x2dtic(?![])|x2dti(?![])|nox2dtics(?![])|nox2dtic(?![])|nox2dti(?![])|ydtics(?![])|ydtic(?![])|ydti(?![])|noydtics(?![])|noydtic(?![])|noydti(?![])|y2dtics(?![])|y2dtic(?![])|y2dti(?![])|noy2dtics(?![])|noy2dtic(?![])|noy2dti(?![])|zdtics(?![])|zdtic(?![])|zdti(?![])|nozdtics(?![])|nozdtic(?![])|nozdti(?![])|cbdtics(?![])|cbdtic(?![])|cbdti(?![])|nocbdtics(?![])|nocbdtic(?![])|nocbdti(?![])|xmtics(?![])|xmtic(?![])|xmti(?![])|noxmtics(?![])|noxmtic(?![])|noxmti(?![])|x2mtics(?![])|x2mtic(?![])|x2mti(?![])|nox2mtics(?![])|nox2mtic(?![])|nox2mti(?![])|ymtics(?![])|ymtic(?![])|ymti(?![])|noymtics(?![])|noymtic(?![])|noymti(?![])|y2mtics(?![])|y2mtic(?![])|y2mti(?![])|noy2mtics(?![])|noy2mtic(?![])|noy2mti(?![])|zmtics(?![])|zmtic(?![])|zmti(?![])|nozmtics(?![])|nozmtic(?![])|nozmti(?![])|cbmtics(?![])|cbmtic(?![])|cbmti(?![])|nocbmtics(?![])|nocbmtic(?![])|nocbmti(?![])|xrange(?![])|xrang(?![])|xran(?![])|xra(?![])|xr(?![])|x2range(?![])|x2rang(?![])|x2ran(?![])|x2ra(?![])|x2r(?![])|yrange(?![])|yrang(?![])|yran(?![])|yra(?![])|yr(?![])|y2range(?![])|y2rang(?![])|y2ran(?![])|y2ra(?![])|y2r(?![])|zrange(?![])|zrang(?![])|zran(?![])|zra(?![])|zr(?![])|cbrange(?![])|cbrang(?![])|cbran(?![])|cbra(?![])|cbr(?![])|rrange(?![])|rrang(?![])|rran(?![])|rra(?![])|rr(?![])|trange(?![])|trang(?![])|tran(?![])|tra(?![])|tr(?![])|urange(?![])|urang(?![])|uran(?![])|ura(?![])|ur(?![])|vrange(?![])|vrang(?![])|vran(?![])|vra(?![])|vr(?![])|xzeroaxis(?![])|xzeroaxi(?![])|xzeroax(?![])|xzeroa(?![])|x2zeroaxis(?![])|x2zeroaxi(?![])|x2zeroax(?![])|x2zeroa(?![])|yzeroaxis(?![])|yzeroaxi(?![])|yzeroax(?![])|yzeroa(?![])|y2zeroaxis(?![])|y2zeroaxi(?![])|y2zeroax(?![])|y2zeroa(?![])|zzeroaxis(?![])|zzeroaxi(?![])|zzeroax(?![])|zzeroa(?![])|zeroaxis(?![])|zeroaxi(?![])|zeroax(?![])|zeroa(?![])|zero(?![])|zer(?![])|ze(?![])|z(?![])	t37	o1
S	bind
R		!	t15	o1
R		allwindows(?![])|allwindow(?![])|allwindo(?![])|allwind(?![])|allwin(?![])|allwi(?![])|allw(?![])|all(?![])	t37
I	genericargs
S	fit
R		via(?![])	t37
I	plot
S	noargs
I	whitespace
R		;	t78	o1
R		\n	t98	o1
S	sqstring
R		''	t50
R		'	t50	o1
R		[^\n'\\]+	t50
R		\\\n	t50
R		\\	t50
R		\n	t50	o1
S	quit
R		gnuplot(?![])	t15
I	noargs
