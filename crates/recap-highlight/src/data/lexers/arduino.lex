S	whitespace
R		(?<![^\n])#if[]+0	t84	p(if0)
R		(?<![^\n])#	t84	p(macro)
R		(?<![^\n])([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(#if[]+0)	g(s(root),t84)	p(if0)		2
R		(?<![^\n])([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)(#)	g(s(root),t84)	p(macro)		2
R		\n	t98
R		[]+	t98
R		\\\n	t98
R		\/\/(\n|[\u0000-\u{10FFFF}]*?[^\\]\n)	t82			1
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*?[\*](\\\n)?\/	t81			2
R		\/(\\\n)?[\*][\u0000-\u{10FFFF}]*	t81			1
S	string
R		"	t50	o1
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8}|[0-7]{1,3})	t59			1
R		[^\n"\\]+	t50
R		\\\n	t50
R		\\	t50
S	macro
R		(include)([]*(?:\/[\*][^\n]*?[\*]\/[]*)?)([^\n]+)	g(t84,t98,t85)			3
R		[^\n\/]+	t84
R		\/[\*]([^\n]|\n)*?[\*]\/	t81			1
R		\/\/[^\n]*?\n	t82	o1
R		\/	t84
R		(?<=\\)\n	t84
R		\n	t84	o1
S	statements
R		(reinterpret_cast|static_assert|dynamic_cast|thread_local|static_cast|const_cast|protected|constexpr|namespace|restrict|noexcept|override|operator|typename|template|explicit|decltype|nullptr|private|alignof|virtual|mutable|alignas|typeid|friend|throws|export|public|delete|final|using|throw|catch|this|try|new)(?![])	t15			1
R		char(16_t|32_t)(?![])	t21			1
R		(class)(?![])	g(t15)	p(classname)		1
R		(R)(")([^\(-\)\\]\{,16\})(\()((?:[^\n]|\n)*?)(\)(?:\3))(")	g(t51,t50,t56,t56,t50,t56,t50)			7
R		(u8|u|U)(")	g(t51,t50)	p(string)		2
R		(L?)(")	g(t51,t50)	p(string)		2
R		(L?)(')(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])(')	g(t51,t55,t55,t55)			4
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[LUlu]*	t69			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t69			1
R		0x[0-9A-Fa-f]+[LUlu]*	t70
R		0[0-7]+[LUlu]*	t73
R		[\p{Nd}]+[LUlu]*	t71
R		\*\/	t10
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t75
R		[\(-\)\,\.\[\]]	t78
R		(restricted|volatile|continue|register|default|typedef|struct|extern|switch|sizeof|static|return|union|while|const|break|goto|enum|else|case|auto|for|asm|if|do)(?![])	t15			1
R		(_Bool|_Complex|_Imaginary|array|atomic_bool|atomic_char|atomic_int|atomic_llong|atomic_long|atomic_schar|atomic_short|atomic_uchar|atomic_uint|atomic_ullong|atomic_ulong|atomic_ushort|auto|bool|boolean|BooleanVariables|Byte|byte|Char|char|char16_t|char32_t|class|complex|Const|const|const_cast|delete|double|dynamic_cast|enum|explicit|extern|Float|float|friend|inline|Int|int|int16_t|int32_t|int64_t|int8_t|Long|long|new|NULL|null|operator|private|PROGMEM|protected|public|register|reinterpret_cast|short|signed|sizeof|Static|static|static_cast|String|struct|typedef|uint16_t|uint32_t|uint64_t|uint8_t|union|unsigned|virtual|Void|void|Volatile|volatile|word)(?![])	t21			1
R		(and|final|If|Loop|loop|not|or|override|setup|Setup|throw|try|xor)(?![])	t15			1
R		(ANALOG_MESSAGE|BIN|CHANGE|DEC|DEFAULT|DIGITAL_MESSAGE|EXTERNAL|FALLING|FIRMATA_STRING|HALF_PI|HEX|HIGH|INPUT|INPUT_PULLUP|INTERNAL|INTERNAL1V1|INTERNAL1V1|INTERNAL2V56|INTERNAL2V56|LED_BUILTIN|LED_BUILTIN_RX|LED_BUILTIN_TX|LOW|LSBFIRST|MSBFIRST|OCT|OUTPUT|PI|REPORT_ANALOG|REPORT_DIGITAL|RISING|SET_PIN_MODE|SYSEX_START|SYSTEM_RESET|TWO_PI)(?![])	t16			1
R		(boolean|const|byte|word|string|String|array)(?![])	t39			1
R		(Keyboard|KeyboardController|MouseController|SoftwareSerial|EthernetServer|EthernetClient|LiquidCrystal|RobotControl|GSMVoiceCall|EthernetUDP|EsploraTFT|HttpClient|RobotMotor|WiFiClient|GSMScanner|FileSystem|Scheduler|GSMServer|YunClient|YunServer|IPAddress|GSMClient|GSMModem|Keyboard|Ethernet|Console|GSMBand|Esplora|Stepper|Process|WiFiUDP|GSM_SMS|Mailbox|USBHost|Firmata|PImage|Client|Server|GSMPIN|FileIO|Bridge|Serial|EEPROM|Stream|Mouse|Audio|Servo|File|Task|GPRS|WiFi|Wire|TFT|GSM|SPI|SD)(?![])	t24			1
R		(abs|Abs|accept|ACos|acos|acosf|addParameter|analogRead|AnalogRead|analogReadResolution|AnalogReadResolution|analogReference|AnalogReference|analogWrite|AnalogWrite|analogWriteResolution|AnalogWriteResolution|answerCall|asin|ASin|asinf|atan|ATan|atan2|ATan2|atan2f|atanf|attach|attached|attachGPRS|attachInterrupt|AttachInterrupt|autoscroll|available|availableForWrite|background|beep|begin|beginPacket|beginSD|beginSMS|beginSpeaker|beginTFT|beginTransmission|beginWrite|bit|Bit|BitClear|bitClear|bitRead|BitRead|bitSet|BitSet|BitWrite|bitWrite|blink|blinkVersion|BSSID|buffer|byte|cbrt|cbrtf|Ceil|ceil|ceilf|changePIN|char|charAt|checkPIN|checkPUK|checkReg|circle|cityNameRead|cityNameWrite|clear|clearScreen|click|close|compareTo|compassRead|concat|config|connect|connected|constrain|Constrain|copysign|copysignf|cos|Cos|cosf|cosh|coshf|countryNameRead|countryNameWrite|createChar|cursor|debugPrint|degrees|Delay|delay|DelayMicroseconds|delayMicroseconds|detach|DetachInterrupt|detachInterrupt|DigitalPinToInterrupt|digitalPinToInterrupt|DigitalRead|digitalRead|DigitalWrite|digitalWrite|disconnect|display|displayLogos|drawBMP|drawCompass|encryptionType|end|endPacket|endSMS|endsWith|endTransmission|endWrite|equals|equalsIgnoreCase|exists|exitValue|Exp|exp|expf|fabs|fabsf|fdim|fdimf|fill|find|findUntil|float|floor|Floor|floorf|flush|fma|fmaf|fmax|fmaxf|fmin|fminf|fmod|fmodf|gatewayIP|get|getAsynchronously|getBand|getButton|getBytes|getCurrentCarrier|getIMEI|getKey|getModifiers|getOemKey|getPINUsed|getResult|getSignalStrength|getSocket|getVoiceCallStatus|getXChange|getYChange|hangCall|height|highByte|HighByte|home|hypot|hypotf|image|indexOf|int|interrupts|IPAddress|IRread|isActionDone|isAlpha|isAlphaNumeric|isAscii|isControl|isDigit|isDirectory|isfinite|isGraph|isHexadecimalDigit|isinf|isListening|isLowerCase|isnan|isPIN|isPressed|isPrintable|isPunct|isSpace|isUpperCase|isValid|isWhitespace|keyboardRead|keyPressed|keyReleased|knobRead|lastIndexOf|ldexp|ldexpf|leftToRight|length|line|lineFollowConfig|listen|listenOnLocalhost|loadImage|localIP|log|Log|log10|log10f|logf|long|lowByte|LowByte|lrint|lrintf|lround|lroundf|macAddress|maintain|map|Map|Max|max|messageAvailable|Micros|micros|millis|Millis|Min|min|mkdir|motorsStop|motorsWrite|mouseDragged|mouseMoved|mousePressed|mouseReleased|move|noAutoscroll|noBlink|noBuffer|noCursor|noDisplay|noFill|noInterrupts|NoInterrupts|noListenOnLocalhost|noStroke|noTone|NoTone|onReceive|onRequest|open|openNextFile|overflow|parseCommand|parseFloat|parseInt|parsePacket|pauseMode|peek|PinMode|pinMode|playFile|playMelody|point|pointTo|position|Pow|pow|powf|prepare|press|print|printFirmwareVersion|println|printVersion|process|processInput|PulseIn|pulseIn|pulseInLong|PulseInLong|put|radians|random|Random|randomSeed|RandomSeed|read|readAccelerometer|readBlue|readButton|readBytes|readBytesUntil|readGreen|readJoystickButton|readJoystickSwitch|readJoystickX|readJoystickY|readLightSensor|readMessage|readMicrophone|readNetworks|readRed|readSlider|readString|readStringUntil|readTemperature|ready|rect|release|releaseAll|remoteIP|remoteNumber|remotePort|remove|replace|requestFrom|retrieveCallingNumber|rewindDirectory|rightToLeft|rmdir|robotNameRead|robotNameWrite|round|roundf|RSSI|run|runAsynchronously|running|runShellCommand|runShellCommandAsynchronously|scanNetworks|scrollDisplayLeft|scrollDisplayRight|seek|sendAnalog|sendDigitalPortPair|sendDigitalPorts|sendString|sendSysex|Serial_Available|Serial_Begin|Serial_End|Serial_Flush|Serial_Peek|Serial_Print|Serial_Println|Serial_Read|serialEvent|setBand|setBitOrder|setCharAt|setClockDivider|setCursor|setDataMode|setDNS|setFirmwareVersion|setMode|setPINUsed|setSpeed|setTextSize|setTimeout|ShiftIn|shiftIn|ShiftOut|shiftOut|shutdown|signbit|sin|Sin|sinf|sinh|sinhf|size|sizeof|Sq|sq|Sqrt|sqrt|sqrtf|SSID|startLoop|startsWith|step|stop|stroke|subnetMask|substring|switchPIN|tan|Tan|tanf|tanh|tanhf|tempoWrite|text|toCharArray|toInt|toLowerCase|tone|Tone|toUpperCase|transfer|trim|trunc|truncf|tuneWrite|turn|updateIR|userNameRead|userNameWrite|voiceCall|waitContinue|width|WiFiServer|word|write|writeBlue|writeGreen|writeJSON|writeMessage|writeMicroseconds|writeRed|writeRGB|yield|Yield)(?![])	t45			1
R		(typename|__inline|restrict|_inline|thread|inline|naked)(?![])	t20			1
R		(__m(128i|128d|128|64))(?![])	t20			2
R		__(forceinline|identifier|unaligned|declspec|fastcall|finally|stdcall|wchar_t|assume|except|int32|cdecl|int16|leave|based|raise|int64|noop|int8|w64|try|asm)(?![])	t20			1
R		(true|false|NULL)(?![])	t37			1
R		([A-Z_a-z][]*)([]*)(:)(?!:)	g(t30,t98,t78)			3
R		[A-Z_a-z][]*	t22
S	function
I	whitespace
I	statements
R		;	t78
R		\{	t78	p()
R		\}	t78	o1
S	if0
R		(?<![^\n])[]*#if[^\n]*?(?<!\\)\n	t84	p()
R		(?<![^\n])[]*#el(?:se|if)[^\n]*\n	t84	o1
R		(?<![^\n])[]*#endif[^\n]*?(?<!\\)\n	t84	o1
R		[^\n]*?\n	t79
S	classname
R		[A-Z_a-z][]*	t24	o1
R		[]*(?=>)	t98	o1
S	statement
I	whitespace
I	statements
R		[\{\}]	t78
R		;	t78	o1
S	root
I	whitespace
R		(?=[\*]*\([^\)\;]*\)[^\;\{]*\{)((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;\{]*)(\{)	g(s(root),t45,s(root),s(root),t78)	p(function)		5
R		((?:[\*])+?(?:[]|[\*]))([A-Z_a-z][]*)([]*\([^\;]*?\))([^\;]*)(;)	g(s(root),t45,s(root),s(root),t78)			5
R				p(statement)
R		__(multiple_inheritance|virtual_inheritance|single_inheritance|interface|uuidof|super|event)(?![])	t20			1
R		__(offload|blockingoffload|outer)(?![])	t19			1
