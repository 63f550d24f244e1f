S	root
R		[]+	t98
R		(\(|\))	t78			1
R		(\[|\])	t78			1
R		(\{|\})	t78			1
R		([\+\-]?[\p{Nd}]+)	t71			1
R		(#([0-9A-Fa-f][0-9A-Fa-f])+)	t50			2
R		(\(\))	t25			1
R		(True|False)	t25			1
R		(con |abs |iwrap |unwrap |lam |builtin |delay |force |error)	t15			1
R		(fun |all |ifix |lam |con )	t15			1
R		(type|fun )	t15			1
R		(program )([[^]]+)	g(t15,t50)			2
R		(unit|bool|integer|bytestring|string)	t21			1
R		(addInteger |subtractInteger |multiplyInteger |divideInteger |quotientInteger |remainderInteger |modInteger |equalsInteger |lessThanInteger |lessThanEqualsInteger )	t37			1
R		(appendByteString |consByteString |sliceByteString |lengthOfByteString |indexByteString |equalsByteString |lessThanByteString |lessThanEqualsByteString )	t37			1
R		(sha2_256 |sha3_256 |blake2b_256 |verifySignature )	t37			1
R		(appendString |equalsString |encodeUtf8 |decodeUtf8 )	t37			1
R		(ifThenElse )	t37			1
R		(chooseUnit )	t37			1
R		(trace )	t37			1
R		(fstPair |sndPair )	t37			1
R		(chooseList |mkCons |headList |tailList |nullList )	t37			1
R		(chooseData |constrData |mapData |listData |iData |bData |unConstrData |unMapData |unListData |unIData |unBData |equalsData )	t37			1
R		(mkPairData |mkNilData |mkNilPairData )	t37			1
R		([A-Za-z]['0-9A-Z_a-z]*)	t22			1
R		"	t58	p(string)
S	string
R		[^"\\]+	t58
R		"	t58	o1
