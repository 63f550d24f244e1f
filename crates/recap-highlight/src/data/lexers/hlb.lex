S	root
R		(#[^\n]*)	t82			1
R		(((?<![])(0(b|B|o|O|x|X)[0-9A-Fa-f]+)(?![]))|((?<![])(0|[1-9][0-9]*)(?:(?<=[])(?![])|(?<![])(?=[]))))	t67			6
R		(((?<![])(true|false)(?![])))	t37			3
R		((?<![])string(?![])|(?<![])int(?![])|(?<![])bool(?![])|(?<![])fs(?![])|(?<![])option(?![]))	t21			1
R		((?<![])[A-Z_a-z][0-9A-Za-z]*(?:(?<=[])(?![])|(?<![])(?=[])))(\()	g(t45,t78)	p(params)		2
R		(\{)	t78	p(block)		1
R		(\n|\r|\r\n)	t98			1
R		[^\n]	t98
S	string
R		"	t50	o1
R		\\"	t50
R		[^"\\]+	t50
S	block
R		(\})	t78	o1		1
R		(#[^\n]*)	t82			1
R		(((?<![])(0(b|B|o|O|x|X)[0-9A-Fa-f]+)(?![]))|((?<![])(0|[1-9][0-9]*)(?:(?<=[])(?![])|(?<![])(?=[]))))	t67			6
R		(((?<![])(true|false)(?![])))	t16			3
R		"	t50	p(string)
R		(with)	t20			1
R		(as)([\t ]+)((?<![])[A-Z_a-z][0-9A-Za-z]*(?:(?<=[])(?![])|(?<![])(?=[])))	g(t20,t98,t45)			3
R		((?<![])string(?![])|(?<![])int(?![])|(?<![])bool(?![])|(?<![])fs(?![])|(?<![])option(?![]))([\t ]+)(\{)	g(t21,t98,t78)	p(block)		3
R		(?!(?<![])(?:scratch|image|resolve|http|checksum|chmod|filename|git|keepGitDir|local|includePatterns|excludePatterns|followPaths|generate|frontendInput|shell|run|readonlyRootfs|env|dir|user|network|security|host|ssh|secret|mount|target|localPath|uid|gid|mode|readonly|tmpfs|sourcePath|cache|mkdir|createParents|chown|createdTime|mkfile|rm|allowNotFound|allowWildcards|copy|followSymlinks|contentsOnly|unpack|createDestPath)(?![]))((?<![])[A-Z_a-z][0-9A-Za-z]*(?:(?<=[])(?![])|(?<![])(?=[])))	g(t33)			1
R		(\n|\r|\r\n)	t98			1
R		[^\n]	t98
S	params
R		(\))	g(t78)	o1		1
R		(variadic)	g(t15)			1
R		((?<![])string(?![])|(?<![])int(?![])|(?<![])bool(?![])|(?<![])fs(?![])|(?<![])option(?![]))	g(t21)			1
R		((?<![])[A-Z_a-z][0-9A-Za-z]*(?:(?<=[])(?![])|(?<![])(?=[])))	g(t33)			1
R		(\n|\r|\r\n)	t98			1
R		[^\n]	t98
