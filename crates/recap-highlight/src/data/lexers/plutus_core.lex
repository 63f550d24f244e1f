S	root
R		[]+	t8000			0	\x09\x0D\x20\x20+	\x09\x0D\x20\x20
R		(\(|\))	t5000			1	()	
R		(\[|\])	t5000			1	[[]]	
R		(\{|\})	t5000			1	{{}}	
R		([\+\-]?[\p{Nd}]+)	t3204			1	++--09+	
R		(#([0-9A-Fa-f][0-9A-Fa-f])+)	t3100			2	##	
R		(\(\))	t2003			1	((	
R		(True|False)	t2003			1	FFTT	
R		(con |abs |iwrap |unwrap |lam |builtin |delay |force |error)	t1000			1	afiilluu	
R		(fun |all |ifix |lam |con )	t1000			1	aaccffiill	
R		(type|fun )	t1000			1	fftt	
R		(program )([[^]]+)	g(t1000,t3100)			2	pp	
R		(unit|bool|integer|bytestring|string)	t1006			1	bbiissuu	
R		(addInteger |subtractInteger |multiplyInteger |divideInteger |quotientInteger |remainderInteger |modInteger |equalsInteger |lessThanInteger |lessThanEqualsInteger )	t2100			1	aadelmqs	
R		(appendByteString |consByteString |sliceByteString |lengthOfByteString |indexByteString |equalsByteString |lessThanByteString |lessThanEqualsByteString )	t2100			1	aacceeiillss	
R		(sha2_256 |sha3_256 |blake2b_256 |verifySignature )	t2100			1	bbssvv	
R		(appendString |equalsString |encodeUtf8 |decodeUtf8 )	t2100			1	aade	
R		(ifThenElse )	t2100			1	ii	
R		(chooseUnit )	t2100			1	cc	
R		(trace )	t2100			1	tt	
R		(fstPair |sndPair )	t2100			1	ffss	
R		(chooseList |mkCons |headList |tailList |nullList )	t2100			1	cchhmntt	
R		(chooseData |constrData |mapData |listData |iData |bData |unConstrData |unMapData |unListData |unIData |unBData |equalsData )	t2100			1	bceeiilmuu	
R		(mkPairData |mkNilData |mkNilPairData )	t2100			1	mm	
R		([A-Za-z]['0-9A-Z_a-z]*)	t2000			1	AZaz	
R		"	t3108	p(string)		0	""	
S	string
R		[^"\\]+	t3108			0	\x00!#[]\x7F+	\x00!#[]\x7F
R		"	t3108	o1		0	""	
