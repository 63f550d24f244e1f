S	root
R		#[^\n]*	t6000			0	##	
R	i	(ONBUILD)((?:[]*\\?[]*))	g(t1000,u(Bash))			2	OOoo	
R	i	(HEALTHCHECK)((?:(?=([]*))\3(?:\\[]*)?--[]+=[]+[]*(?:\\[]*)?)*)	g(t1000,u(Bash))		1,2	2	HHhh	
R	i	(VOLUME|ENTRYPOINT|CMD|SHELL)((?=([]*))\3(?:\\[]*)?)(\[[^\n]*?\])	g(t1000,u(Bash),u(JSON))		1,2,4	3	CCEESSVVcceessvv+	
R	i	(LABEL|ENV|ARG)((?:(?=([]*))\3(?:\\[]*)?[]+=[]+[]*(?:\\[]*)?)*)	g(t1000,u(Bash))		1,2	2	AAEELLaaeell	
R	i	((?:FROM|MAINTAINER|EXPOSE|WORKDIR|USER|STOPSIGNAL)|VOLUME)(?![])([])([[^]]*)(?:(?<=[])(?![])|(?<![])(?=[]))(?:([])(AS)(?![])([])([[^]]*))?(?:(?<=[])(?![])|(?<![])(?=[]))	g(t1000,t8001,t3100,t8001,t1000,t8001,t3100)			7	EFMMSSUWefmmssuw+	
R	i	((?:RUN|CMD|ENTRYPOINT|ENV|ARG|LABEL|ADD|COPY))	t1000			1	AACCEELLRRaacceellrr	
R		([^\n]*\\\n)*[^\n]+	u(Bash)			1	\x00\x09\x0B\x7F+	
