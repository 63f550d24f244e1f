S	root
R		(#[^\n]*)	t6003			1	##	
R		(((?<![])(0(b|B|o|O|x|X)[0-9A-Fa-f]+)(?![]))|((?<![])(0|[1-9][0-9]*)(?:(?<=[])(?![])|(?<![])(?=[]))))	t3200			6	09	
R		(((?<![])(true|false)(?![])))	t2100			3	fftt	
R		((?<![])string(?![])|(?<![])int(?![])|(?<![])bool(?![])|(?<![])fs(?![])|(?<![])option(?![]))	t1006			1	bbffiiooss	
R		((?<![])[A-Z_a-z][0-9A-Za-z]*(?:(?<=[])(?![])|(?<![])(?=[])))(\()	g(t2300,t5000)	p(params)		2	AZ__az	
R		(\{)	t5000	p(block)		1	{{	
R		(\n|\r|\r\n)	t8000			1	\x0A\x0A\x0D\x0D	
R		[^\n]	t8000			0	\x00\x09\x0B\x7F+	
S	string
R		"	t3100	o1		0	""	
R		\\"	t3100			0	\x5C\x5C	
R		[^"\\]+	t3100			0	\x00!#[]\x7F+	\x00!#[]\x7F
S	block
R		(\})	t5000	o1		1	}}	
R		(#[^\n]*)	t6003			1	##	
R		(((?<![])(0(b|B|o|O|x|X)[0-9A-Fa-f]+)(?![]))|((?<![])(0|[1-9][0-9]*)(?:(?<=[])(?![])|(?<![])(?=[]))))	t3200			6	09	
R		(((?<![])(true|false)(?![])))	t1001			3	fftt	
R		"	t3100	p(string)		0	""	
R		(with)	t1005			1	ww	
R		(as)([\t ]+)((?<![])[A-Z_a-z][0-9A-Za-z]*(?:(?<=[])(?![])|(?<![])(?=[])))	g(t1005,t8000,t2300)			3	aa	
R		((?<![])string(?![])|(?<![])int(?![])|(?<![])bool(?![])|(?<![])fs(?![])|(?<![])option(?![]))([\t ]+)(\{)	g(t1006,t8000,t5000)	p(block)		3	bbffiiooss	
R		(?!(?<![])(?:scratch|image|resolve|http|checksum|chmod|filename|git|keepGitDir|local|includePatterns|excludePatterns|followPaths|generate|frontendInput|shell|run|readonlyRootfs|env|dir|user|network|security|host|ssh|secret|mount|target|localPath|uid|gid|mode|readonly|tmpfs|sourcePath|cache|mkdir|createParents|chown|createdTime|mkfile|rm|allowNotFound|allowWildcards|copy|followSymlinks|contentsOnly|unpack|createDestPath)(?![]))((?<![])[A-Z_a-z][0-9A-Za-z]*(?:(?<=[])(?![])|(?<![])(?=[])))	g(t2011)			1	AZ__az	
R		(\n|\r|\r\n)	t8000			1	\x0A\x0A\x0D\x0D	
R		[^\n]	t8000			0	\x00\x09\x0B\x7F+	
S	params
R		(\))	g(t5000)	o1		1	))	
R		(variadic)	g(t1000)			1	vv	
R		((?<![])string(?![])|(?<![])int(?![])|(?<![])bool(?![])|(?<![])fs(?![])|(?<![])option(?![]))	g(t1006)			1	bbffiiooss	
R		((?<![])[A-Z_a-z][0-9A-Za-z]*(?:(?<=[])(?![])|(?<![])(?=[])))	g(t2011)			1	AZ__az	
R		(\n|\r|\r\n)	t8000			1	\x0A\x0A\x0D\x0D	
R		[^\n]	t8000			0	\x00\x09\x0B\x7F+	
