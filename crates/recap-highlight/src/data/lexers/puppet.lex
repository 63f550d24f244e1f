S	strings
R		"([^"])*"	t3100			1
R		'(\\'|[^'])*'	t3100			1
S	root
I	comments
I	keywords
I	names
I	numbers
I	operators
I	strings
R		[\(-\)\,\:-\;\[\]\{\}]	t5000			0
R		[^\n[^]]+	t8000			0
S	comments
R		[]*#[^\n]*(?![^\n])	t6000			0
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3
S	operators
R		(=>|\?|<|>|=|\+|-|\/|\*|~|!|\|)	t4000			1
R		(in|and|or|not)(?![])	t4001			1
S	names
R		[A-Z_a-z][]*	t2001			0
R		(\$[[^]]+)(\[)([[^]]+)(\])	g(t2200,t5000,t3100,t5000)			4
R		\$[[^]]+	t2200			0
S	numbers
R		([\p{Nd}]+\.[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)([Ee][\+\-]?[0-9]+)?j?	t3202			2
R		[\p{Nd}]+[Ee][\+\-]?[0-9]+j?	t3202			0
R		0[0-7]+j?	t3206			0
R		0[Xx][0-9A-Fa-f]+	t3203			0
R		[\p{Nd}]+L	t3205			0
R		[\p{Nd}]+j?	t3204			0
S	keywords
R	i	(nagios_servicedependency|nagios_serviceescalation|nagios_hostdependency|nagios_hostescalation|nagios_serviceextinfo|nagios_contactgroup|nagios_servicegroup|ssh_authorized_key|nagios_hostextinfo|nagios_timeperiod|nagios_hostgroup|macauthorization|create_resources|inline_template|scheduled_task|nagios_contact|nagios_command|nagios_service|nagios_host|configured|versioncmp|selboolean|filebucket|shellquote|selmodule|extlookup|unmounted|interface|contained|resources|fqdn_rand|installed|mailalias|directory|subscribe|loglevel|computer|maillist|schedule|generate|template|regsubst|inherits|present|sprintf|service|stopped|running|package|realize|defined|mounted|warning|yumrepo|k5login|include|default|notice|purged|latest|router|search|sshkey|define|notify|absent|before|augeas|import|tagged|split|undef|mount|check|alert|class|audit|debug|alias|stage|elsif|false|zpool|emerg|noop|sha1|vlan|exec|fail|file|else|host|info|cron|role|link|zone|tidy|true|node|case|user|crit|err|mcx|zfs|md5|tag|if)(?![])	t1000			1
