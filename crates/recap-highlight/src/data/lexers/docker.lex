S	root
R		#[^\n]*	t79
R	i	(ONBUILD)((?:[]*\\?[]*))	g(t15,u(Bash))			2
R	i	(HEALTHCHECK)((?:(?=([]*))\3(?:\\[]*)?--[]+=[]+[]*(?:\\[]*)?)*)	g(t15,u(Bash))		1,2	2
R	i	(VOLUME|ENTRYPOINT|CMD|SHELL)((?=([]*))\3(?:\\[]*)?)(\[[^\n]*?\])	g(t15,u(Bash),u(JSON))		1,2,4	3
R	i	(LABEL|ENV|ARG)((?:(?=([]*))\3(?:\\[]*)?[]+=[]+[]*(?:\\[]*)?)*)	g(t15,u(Bash))		1,2	2
R	i	((?:FROM|MAINTAINER|EXPOSE|WORKDIR|USER|STOPSIGNAL)|VOLUME)(?![])([])([[^]]*)(?:(?<=[])(?![])|(?<![])(?=[]))(?:([])(AS)(?![])([])([[^]]*))?(?:(?<=[])(?![])|(?<![])(?=[]))	g(t15,t99,t50,t99,t15,t99,t50)			7
R	i	((?:RUN|CMD|ENTRYPOINT|ENV|ARG|LABEL|ADD|COPY))	t15			1
R		([^\n]*\\\n)*[^\n]+	u(Bash)			1
