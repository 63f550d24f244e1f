S	root
R		[]+	t8000			0
R		(\(|\))	t5000			1
R		(\[|\])	t5000			1
R		(\{|\})	t5000			1
R		([\+\-]?[\p{Nd}]+)	t3204			1
R		(#([0-9A-Fa-f][0-9A-Fa-f])+)	t3100			2
R		(\(\))	t2003			1
R		(True|False)	t2003			1
R		(con |abs |iwrap |unwrap |lam |builtin |delay |force |error)	t1000			1
R		(fun |all |ifix |lam |con )	t1000			1
R		(type|fun )	t1000			1
R		(program )([[^]]+)	g(t1000,t3100)			2
R		(unit|bool|integer|bytestring|string)	t1006			1
R		(addInteger |subtractInteger |multiplyInteger |divideInteger |quotientInteger |remainderInteger |modInteger |equalsInteger |lessThanInteger |lessThanEqualsInteger )	t2100			1
R		(appendByteString |consByteString |sliceByteString |lengthOfByteString |indexByteString |equalsByteString |lessThanByteString |lessThanEqualsByteString )	t2100			1
R		(sha2_256 |sha3_256 |blake2b_256 |verifySignature )	t2100			1
R		(appendString |equalsString |encodeUtf8 |decodeUtf8 )	t2100			1
R		(ifThenElse )	t2100			1
R		(chooseUnit )	t2100			1
R		(trace )	t2100			1
R		(fstPair |sndPair )	t2100			1
R		(chooseList |mkCons |headList |tailList |nullList )	t2100			1
R		(chooseData |constrData |mapData |listData |iData |bData |unConstrData |unMapData |unListData |unIData |unBData |equalsData )	t2100			1
R		(mkPairData |mkNilData |mkNilPairData )	t2100			1
R		([A-Za-z]['0-9A-Z_a-z]*)	t2000			1
R		"	t3108	p(string)		0
S	string
R		[^"\\]+	t3108			0
R		"	t3108	o1		0
