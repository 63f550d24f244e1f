S	root
R		;[^\n]*(?![^\n])	t82
R		#\|	t81	p(multiline-comment)
R		#;[]*\(	t79	p(commented-form)
R		#!r6rs	t79
R		[]+	t98
R		-?[\p{Nd}]+\.[\p{Nd}]+	t69
R		-?[\p{Nd}]+	t71
R		"(?=((?:\\["\\]|\\(?!["\\])|[^"\\])*))\1"|"[\u0000-\u{10FFFF}]*"	t50
R		'[\!\$-\&\*-\-\/\:\<-\@\^\|\~]+	t66
R		#\\(alarm|backspace|delete|esc|linefeed|newline|page|return|space|tab|vtab|x[0-9A-Za-z]{1,5}|[^\n])	t55			1
R		(#t|#f)	t25			1
R		('|#|`|,@|,|\.)	t75			1
R		(lambda |define |if |else |cond |and |or |case |let |let\* |letrec |begin |do |delay |set! |=> |quote |quasiquote |unquote |unquote-splicing |define-syntax |let-syntax |letrec-syntax |syntax-rules )	t15			1
R		(?<='\()[\!\$-\&\*-\-\/\:\<-\@\^\|\~]+	t39
R		(?<=#\()[\!\$-\&\*-\-\/\:\<-\@\^\|\~]+	t39
R		(?<=\()(\* |\+ |- |\/ |< |<= |= |> |>= |abs |acos |angle |append |apply |asin |assoc |assq |assv |atan |boolean\? |caaaar |caaadr |caaar |caadar |caaddr |caadr |caar |cadaar |cadadr |cadar |caddar |cadddr |caddr |cadr |call-with-current-continuation |call-with-input-file |call-with-output-file |call-with-values |call\/cc |car |cdaaar |cdaadr |cdaar |cdadar |cdaddr |cdadr |cdar |cddaar |cddadr |cddar |cdddar |cddddr |cdddr |cddr |cdr |ceiling |char->integer |char-alphabetic\? |char-ci<=\? |char-ci<\? |char-ci=\? |char-ci>=\? |char-ci>\? |char-downcase |char-lower-case\? |char-numeric\? |char-ready\? |char-upcase |char-upper-case\? |char-whitespace\? |char<=\? |char<\? |char=\? |char>=\? |char>\? |char\? |close-input-port |close-output-port |complex\? |cons |cos |current-input-port |current-output-port |denominator |display |dynamic-wind |eof-object\? |eq\? |equal\? |eqv\? |eval |even\? |exact->inexact |exact\? |exp |expt |floor |for-each |force |gcd |imag-part |inexact->exact |inexact\? |input-port\? |integer->char |integer\? |interaction-environment |lcm |length |list |list->string |list->vector |list-ref |list-tail |list\? |load |log |magnitude |make-polar |make-rectangular |make-string |make-vector |map |max |member |memq |memv |min |modulo |negative\? |newline |not |null-environment |null\? |number->string |number\? |numerator |odd\? |open-input-file |open-output-file |output-port\? |pair\? |peek-char |port\? |positive\? |procedure\? |quotient |rational\? |rationalize |read |read-char |real-part |real\? |remainder |reverse |round |scheme-report-environment |set-car! |set-cdr! |sin |sqrt |string |string->list |string->number |string->symbol |string-append |string-ci<=\? |string-ci<\? |string-ci=\? |string-ci>=\? |string-ci>\? |string-copy |string-fill! |string-length |string-ref |string-set! |string<=\? |string<\? |string=\? |string>=\? |string>\? |string\? |substring |symbol->string |symbol\? |tan |transcript-off |transcript-on |truncate |values |vector |vector->list |vector-fill! |vector-length |vector-ref |vector-set! |vector\? |with-input-from-file |with-output-to-file |write |write-char |zero\? )	t37			1
R		(?<=\()[\!\$-\&\*-\-\/\:\<-\@\^\|\~]+	t45
R		[\!\$-\&\*-\-\/\:\<-\@\^\|\~]+	t39
R		(\(|\))	t78			1
R		(\[|\])	t78			1
S	multiline-comment
R		#\|	t81	p()
R		\|#	t81	o1
R		[^\#\|]+	t81
R		[\#\|]	t81
S	commented-form
R		\(	t79	p()
R		\)	t79	o1
R		[^\(-\)]+	t79
