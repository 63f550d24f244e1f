S	strings
R		"([^"])*"	t50			1
R		'(\\'|[^'])*'	t50			1
S	root
I	comments
I	keywords
I	names
I	numbers
I	operators
I	strings
R		[\(-\)\,\:-\;\[\]\{\}]	t78
R		[^\n[^]]+	t98
S	comments
R		[]*#[^\n]*(?![^\n])	t79
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t81			3
S	operators
R		(=>|\?|<|>|=|\+|-|\/|\*|~|!|\|)	t75			1
R		(in|and|or|not)(?![])	t76			1
S	names
R		[A-Z_a-z][]*	t23
R		(\$[[^]]+)(\[)([[^]]+)(\])	g(t39,t78,t50,t78)			4
R		\$[[^]]+	t39
S	numbers
R		([\p{Nd}]+\.[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)([Ee][\+\-]?[0-9]+)?j?	t69			2
R		[\p{Nd}]+[Ee][\+\-]?[0-9]+j?	t69
R		0[0-7]+j?	t73
R		0[Xx][0-9A-Fa-f]+	t70
R		[\p{Nd}]+L	t72
R		[\p{Nd}]+j?	t71
S	keywords
R	i	(nagios_servicedependency|nagios_serviceescalation|nagios_hostdependency|nagios_hostescalation|nagios_serviceextinfo|nagios_contactgroup|nagios_servicegroup|ssh_authorized_key|nagios_hostextinfo|nagios_timeperiod|nagios_hostgroup|macauthorization|create_resources|inline_template|scheduled_task|nagios_contact|nagios_command|nagios_service|nagios_host|configured|versioncmp|selboolean|filebucket|shellquote|selmodule|extlookup|unmounted|interface|contained|resources|fqdn_rand|installed|mailalias|directory|subscribe|loglevel|computer|maillist|schedule|generate|template|regsubst|inherits|present|sprintf|service|stopped|running|package|realize|defined|mounted|warning|yumrepo|k5login|include|default|notice|purged|latest|router|search|sshkey|define|notify|absent|before|augeas|import|tagged|split|undef|mount|check|alert|class|audit|debug|alias|stage|elsif|false|zpool|emerg|noop|sha1|vlan|exec|fail|file|else|host|info|cron|role|link|zone|tidy|true|node|case|user|crit|err|mcx|zfs|md5|tag|if)(?![])	t15			1
