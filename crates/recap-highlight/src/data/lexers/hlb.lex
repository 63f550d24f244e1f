S	root
R		(#[^\n]*)	t6003			1
R		(((?<![])(0(b|B|o|O|x|X)[0-9A-Fa-f]+)(?![]))|((?<![])(0|[1-9][0-9]*)(?:(?<=[])(?![])|(?<![])(?=[]))))	t3200			6
R		(((?<![])(true|false)(?![])))	t2100			3
R		((?<![])string(?![])|(?<![])int(?![])|(?<![])bool(?![])|(?<![])fs(?![])|(?<![])option(?![]))	t1006			1
R		((?<![])[A-Z_a-z][0-9A-Za-z]*(?:(?<=[])(?![])|(?<![])(?=[])))(\()	g(t2300,t5000)	p(params)		2
R		(\{)	t5000	p(block)		1
R		(\n|\r|\r\n)	t8000			1
R		[^\n]	t8000			0
S	string
R		"	t3100	o1		0
R		\\"	t3100			0
R		[^"\\]+	t3100			0
S	block
R		(\})	t5000	o1		1
R		(#[^\n]*)	t6003			1
R		(((?<![])(0(b|B|o|O|x|X)[0-9A-Fa-f]+)(?![]))|((?<![])(0|[1-9][0-9]*)(?:(?<=[])(?![])|(?<![])(?=[]))))	t3200			6
R		(((?<![])(true|false)(?![])))	t1001			3
R		"	t3100	p(string)		0
R		(with)	t1005			1
R		(as)([\t ]+)((?<![])[A-Z_a-z][0-9A-Za-z]*(?:(?<=[])(?![])|(?<![])(?=[])))	g(t1005,t8000,t2300)			3
R		((?<![])string(?![])|(?<![])int(?![])|(?<![])bool(?![])|(?<![])fs(?![])|(?<![])option(?![]))([\t ]+)(\{)	g(t1006,t8000,t5000)	p(block)		3
R		(?!(?<![])(?:scratch|image|resolve|http|checksum|chmod|filename|git|keepGitDir|local|includePatterns|excludePatterns|followPaths|generate|frontendInput|shell|run|readonlyRootfs|env|dir|user|network|security|host|ssh|secret|mount|target|localPath|uid|gid|mode|readonly|tmpfs|sourcePath|cache|mkdir|createParents|chown|createdTime|mkfile|rm|allowNotFound|allowWildcards|copy|followSymlinks|contentsOnly|unpack|createDestPath)(?![]))((?<![])[A-Z_a-z][0-9A-Za-z]*(?:(?<=[])(?![])|(?<![])(?=[])))	g(t2011)			1
R		(\n|\r|\r\n)	t8000			1
R		[^\n]	t8000			0
S	params
R		(\))	g(t5000)	o1		1
R		(variadic)	g(t1000)			1
R		((?<![])string(?![])|(?<![])int(?![])|(?<![])bool(?![])|(?<![])fs(?![])|(?<![])option(?![]))	g(t1006)			1
R		((?<![])[A-Z_a-z][0-9A-Za-z]*(?:(?<=[])(?![])|(?<![])(?=[])))	g(t2011)			1
R		(\n|\r|\r\n)	t8000			1
R		[^\n]	t8000			0
