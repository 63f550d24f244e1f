S	root
R		;[^\n]*(?![^\n])	t6003			0
R		#\|	t6002	p(multiline-comment)		0
R		#;[]*\(	t6000	p(commented-form)		0
R		#!r6rs	t6000			0
R		[]+	t8000			0
R		-?[\p{Nd}]+\.[\p{Nd}]+	t3202			0
R		-?[\p{Nd}]+	t3204			0
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t3100			0
R		'[\!\$-\&\*-\-\/\:\<-\@\^\|\~]+	t3116			0
R		#\\(alarm|backspace|delete|esc|linefeed|newline|page|return|space|tab|vtab|x[0-9A-Za-z]{1,5}|[^\n])	t3105			1
R		(#t|#f)	t2003			1
R		('|#|`|,@|,|\.)	t4000			1
R		(lambda |define |if |else |cond |and |or |case |let |let\* |letrec |begin |do |delay |set! |=> |quote |quasiquote |unquote |unquote-splicing |define-syntax |let-syntax |letrec-syntax |syntax-rules )	t1000			1
R		(?<='\()[\!\$-\&\*-\-\/\:\<-\@\^\|\~]+	t2200			0
R		(?<=#\()[\!\$-\&\*-\-\/\:\<-\@\^\|\~]+	t2200			0
R		(?<=\()(\* |\+ |- |\/ |< |<= |= |> |>= |abs |acos |angle |append |apply |asin |assoc |assq |assv |atan |boolean\? |caaaar |caaadr |caaar |caadar |caaddr |caadr |caar |cadaar |cadadr |cadar |caddar |cadddr |caddr |cadr |call-with-current-continuation |call-with-input-file |call-with-output-file |call-with-values |call\/cc |car |cdaaar |cdaadr |cdaar |cdadar |cdaddr |cdadr |cdar |cddaar |cddadr |cddar |cdddar |cddddr |cdddr |cddr |cdr |ceiling |char->integer |char-alphabetic\? |char-ci<=\? |char-ci<\? |char-ci=\? |char-ci>=\? |char-ci>\? |char-downcase |char-lower-case\? |char-numeric\? |char-ready\? |char-upcase |char-upper-case\? |char-whitespace\? |char<=\? |char<\? |char=\? |char>=\? |char>\? |char\? |close-input-port |close-output-port |complex\? |cons |cos |current-input-port |current-output-port |denominator |display |dynamic-wind |eof-object\? |eq\? |equal\? |eqv\? |eval |even\? |exact->inexact |exact\? |exp |expt |floor |for-each |force |gcd |imag-part |inexact->exact |inexact\? |input-port\? |integer->char |integer\? |interaction-environment |lcm |length |list |list->string |list->vector |list-ref |list-tail |list\? |load |log |magnitude |make-polar |make-rectangular |make-string |make-vector |map |max |member |memq |memv |min |modulo |negative\? |newline |not |null-environment |null\? |number->string |number\? |numerator |odd\? |open-input-file |open-output-file |output-port\? |pair\? |peek-char |port\? |positive\? |procedure\? |quotient |rational\? |rationalize |read |read-char |real-part |real\? |remainder |reverse |round |scheme-report-environment |set-car! |set-cdr! |sin |sqrt |string |string->list |string->number |string->symbol |string-append |string-ci<=\? |string-ci<\? |string-ci=\? |string-ci>=\? |string-ci>\? |string-copy |string-fill! |string-length |string-ref |string-set! |string<=\? |string<\? |string=\? |string>=\? |string>\? |string\? |substring |symbol->string |symbol\? |tan |transcript-off |transcript-on |truncate |values |vector |vector->list |vector-fill! |vector-length |vector-ref |vector-set! |vector\? |with-input-from-file |with-output-to-file |write |write-char |zero\? )	t2100			1
R		(?<=\()[\!\$-\&\*-\-\/\:\<-\@\^\|\~]+	t2300			0
R		[\!\$-\&\*-\-\/\:\<-\@\^\|\~]+	t2200			0
R		(\(|\))	t5000			1
R		(\[|\])	t5000			1
S	multiline-comment
R		#\|	t6002	p()		0
R		\|#	t6002	o1		0
R		[^\#\|]+	t6002			0
R		[\#\|]	t6002			0
S	commented-form
R		\(	t6000	p()		0
R		\)	t6000	o1		0
R		[^\(-\)]+	t6000			0
