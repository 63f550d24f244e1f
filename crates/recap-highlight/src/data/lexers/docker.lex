S	root
R		#[^\n]*	t6000			0
R	i	(ONBUILD)((?:[]*\\?[]*))	g(t1000,u(Bash))			2
R	i	(HEALTHCHECK)((?:(?=([]*))\3(?:\\[]*)?--[]+=[]+[]*(?:\\[]*)?)*)	g(t1000,u(Bash))		1,2	2
R	i	(VOLUME|ENTRYPOINT|CMD|SHELL)((?=([]*))\3(?:\\[]*)?)(\[[^\n]*?\])	g(t1000,u(Bash),u(JSON))		1,2,4	3
R	i	(LABEL|ENV|ARG)((?:(?=([]*))\3(?:\\[]*)?[]+=[]+[]*(?:\\[]*)?)*)	g(t1000,u(Bash))		1,2	2
R	i	((?:FROM|MAINTAINER|EXPOSE|WORKDIR|USER|STOPSIGNAL)|VOLUME)(?![])([])([[^]]*)(?:(?<=[])(?![])|(?<![])(?=[]))(?:([])(AS)(?![])([])([[^]]*))?(?:(?<=[])(?![])|(?<![])(?=[]))	g(t1000,t8001,t3100,t8001,t1000,t8001,t3100)			7
R	i	((?:RUN|CMD|ENTRYPOINT|ENV|ARG|LABEL|ADD|COPY))	t1000			1
R		([^\n]*\\\n)*[^\n]+	u(Bash)			1
