S	import
R		[\t ]+	t98
R		[[^]]+	t50
R		\n	t98	p(root)
S	string-single
R		(\\[^\n]|#(?=[^\n\{])|[^\n\#'])+	t65			1
R		#\{	t61	p(interpolation)
R		'	t65	o1
S	string-double
R		(\\[^\n]|#(?=[^\n\{])|[^\n"-\#])+	t58			1
R		#\{	t61	p(interpolation)
R		"	t58	o1
S	pseudo-class
R		[\-]+	t26
R		#\{	t61	p(interpolation)
R				o1
S	for
R	i	(from|to|through)	t76			1
I	value
S	selector
R		[\t ]+	t98
R		:	t26	p(pseudo-class)
R		\.	t24	p(class)
R		#	t31	p(id)
R		[\-]+	t36
R		#\{	t61	p(interpolation)
R		&	t15
R		[\!\&\(-\/\:-\@\[\]-\^\|\~]	t75
R		"	t58	p(string-double)
R		'	t65	p(string-single)
R		\n	t98	p(root)
S	value
R		[\t ]+	t98
R		[\!\$][\-]+	t39
R	i	url\(	t63	p(string-url)
R	i	[\-_a-z][\-]*(?=\()	t45
R	i	(color-interpolation-filters|glyph-orientation-vertical|transition-timing-function|border-bottom-right-radius|border-bottom-left-radius|animation-iteration-count|animation-timing-function|font-variant-alternates|font-variant-east-asian|text-underline-position|border-top-right-radius|scroll-snap-destination|scroll-snap-coordinate|font-language-override|text-emphasis-position|font-variant-ligatures|border-top-left-radius|background-blend-mode|background-attachment|text-decoration-color|text-decoration-style|font-feature-settings|grid-template-columns|shape-image-threshold|hyphenate-limit-lines|hyphenate-limit-chars|font-variant-position|hyphenate-limit-last|scroll-snap-points-x|initial-letter-align|decimal-leading-zero|box-decoration-break|hyphenate-limit-zone|text-combine-upright|text-decoration-skip|font-variant-numeric|scroll-snap-points-y|animation-play-state|text-decoration-line|hyphenate-character|transition-duration|text-emphasis-style|border-bottom-width|border-image-repeat|grid-template-areas|border-image-source|animation-direction|initial-letter-wrap|list-style-position|transition-property|text-space-collapse|border-bottom-style|hanging-punctuation|text-emphasis-color|border-image-outset|background-position|animation-fill-mode|backface-visibility|border-bottom-color|border-right-width|alignment-baseline|mask-border-outset|border-right-style|border-right-color|mask-border-repeat|table-header-group|grid-template-rows|animation-duration|perspective-origin|presentation-level|table-footer-group|mask-border-source|border-image-width|border-image-slice|table-column-group|counter-increment|dominant-baseline|column-rule-width|speak-punctuation|page-break-before|image-orientation|font-variant-caps|grid-auto-columns|page-break-inside|border-left-width|marquee-direction|border-left-style|border-left-color|grid-column-start|mask-border-width|column-rule-color|column-rule-style|background-repeat|background-origin|mask-border-slice|scroll-snap-type|border-top-style|border-top-width|background-image|page-break-after|transform-origin|border-top-color|text-orientation|background-color|transition-delay|footnote-display|list-style-image|mask-border-mode|font-size-adjust|image-resolution|footnote-policy|object-position|ultra-condensed|motion-rotation|cjk-ideographic|justify-content|animation-delay|region-fragment|table-row-group|caret-animation|text-align-last|float-reference|extra-condensed|transform-style|text-decoration|grid-column-gap|border-collapse|background-clip|border-boundary|text-space-trim|grid-column-end|list-style-type|background-size|font-synthesis|padding-bottom|outline-offset|initial-letter|animation-name|hiragana-iroha|katakana-iroha|no-close-quote|border-spacing|rotation-point|flex-direction|voice-duration|grid-row-start|vertical-align|extra-expanded|polar-distance|baseline-shift|letter-spacing|grid-auto-flow|grid-auto-rows|lighting-color|bookmark-label|text-transform|semi-condensed|bookmark-level|mask-composite|bookmark-state|ultra-expanded|mix-blend-mode|overflow-style|grid-template|border-bottom|small-caption|semi-expanded|mask-position|no-open-quote|motion-offset|border-radius|offset-before|outline-color|outline-style|table-caption|outline-width|overflow-wrap|padding-right|flood-opacity|voice-balance|ruby-position|justify-items|bidi-override|marquee-style|shape-outside|speak-numeral|marquee-speed|counter-reset|margin-bottom|text-overflow|text-emphasis|align-content|break-before|border-width|border-image|shape-margin|speak-header|margin-right|inline-table|table-layout|center-right|marquee-loop|border-color|line-through|box-suppress|shape-inside|justify-self|float-offset|pause-before|table-column|grid-row-gap|grid-row-end|padding-left|text-justify|column-count|wrap-through|font-kerning|font-stretch|border-right|border-style|word-spacing|offset-start|caption-side|voice-volume|voice-stress|font-variant|text-spacing|offset-after|voice-family|unicode-bidi|break-inside|writing-mode|column-width|break-after|user-select|align-items|motion-path|font-weight|grid-column|voice-range|white-space|will-change|wrap-before|transparent|caret-color|text-bottom|caret-shape|mask-repeat|wrap-inside|upper-latin|text-shadow|mask-origin|font-family|flex-shrink|column-fill|message-box|text-indent|lower-roman|column-rule|padding-top|column-span|play-during|upper-roman|flood-color|page-policy|border-left|pause-after|lower-greek|perspective|lower-alpha|counter-set|mask-border|center-left|polar-angle|float-defer|marker-side|speech-rate|upper-alpha|line-height|pitch-range|empty-cells|close-quote|rest-before|margin-left|voice-pitch|overflow-y|small-caps|ruby-align|ruby-merge|wrap-after|box-shadow|word-break|flex-basis|max-height|rest-after|mask-image|list-style|min-height|voice-rate|visibility|sans-serif|object-fit|continuous|status-bar|offset-end|align-self|box-sizing|right-side|string-set|transition|margin-top|text-align|cue-before|border-top|font-style|line-break|background|capitalize|table-cell|open-quote|appearance|overflow-x|column-gap|rightwards|table-row|animation|flow-into|landscape|left-side|clip-rule|font-size|clip-path|flow-from|text-wrap|nw-resize|transform|no-repeat|line-grid|condensed|sw-resize|leftwards|line-snap|direction|crosshair|nav-right|list-item|se-resize|isolation|underline|grid-area|uppercase|min-width|flex-wrap|spell-out|max-width|ne-resize|max-lines|mask-clip|elevation|far-right|flex-flow|mask-type|word-wrap|flex-grow|mask-size|wrap-flow|monospace|mask-mode|cue-after|lowercase|relative|absolute|grid-row|armenian|e-resize|narrower|expanded|baseline|nav-down|nav-left|w-resize|xx-large|text-top|overline|overflow|katakana|n-resize|repeat-x|repeat-y|rotation|position|box-snap|xx-small|collapse|tab-size|speak-as|hiragana|s-resize|portrait|georgian|richness|separate|grid-gap|far-left|inherit|columns|content|oblique|default|outside|display|x-small|decimal|fantasy|z-index|running|azimuth|x-large|lighter|cursive|padding|outline|orphans|opacity|pointer|move-to|visible|hyphens|justify|smaller|nav-up|circle|inline|motion|inside|invert|italic|height|center|higher|x-fast|larger|hidden|digits|hebrew|groove|x-high|faster|quotes|static|behind|square|resize|border|slower|silent|dashed|medium|always|middle|filter|x-loud|bottom|widows|volume|scroll|chains|x-soft|stress|normal|nowrap|repeat|double|dotted|margin|outset|cursor|bolder|avoid|embed|x-low|above|fixed|wider|cross|inset|ridge|large|clear|speak|order|caret|width|thick|block|level|serif|blink|lower|pause|pitch|right|aural|super|below|solid|color|float|hide|soft|rest|grid|auto|slow|flow|show|page|disc|left|clip|text|flex|bold|loud|thin|size|none|help|both|once|icon|crop|fast|crop|high|mask|wait|font|all|url|top|rgb|mix|yes|low|ltr|cue|px)(?![])	t25			1
R	i	(lightgoldenrodyellow|mediumspringgreen|mediumaquamarine|mediumslateblue|mediumturquoise|mediumvioletred|lightsteelblue|cornflowerblue|lightslategray|blanchedalmond|mediumseagreen|lightslategrey|darkolivegreen|darkgoldenrod|darkslateblue|lightseagreen|rebeccapurple|darkslategrey|darkslategray|palegoldenrod|paleturquoise|palevioletred|darkturquoise|lavenderblush|antiquewhite|mediumorchid|lightskyblue|mediumpurple|midnightblue|darkseagreen|lemonchiffon|springgreen|yellowgreen|greenyellow|navajowhite|darkmagenta|lightyellow|transparent|lightsalmon|forestgreen|saddlebrown|deepskyblue|floralwhite|dodgerblue|ghostwhite|lightcoral|sandybrown|darkviolet|papayawhip|mediumblue|chartreuse|lightgreen|whitesmoke|aquamarine|darkorange|darksalmon|powderblue|darkorchid|blueviolet|indianred|mintcream|mistyrose|olivedrab|goldenrod|orangered|lawngreen|gainsboro|lightblue|firebrick|lightcyan|peachpuff|lightgray|darkkhaki|lightgrey|darkgreen|rosybrown|royalblue|slateblue|chocolate|cadetblue|burlywood|slategray|slategrey|limegreen|steelblue|turquoise|palegreen|lightpink|aliceblue|moccasin|darkgrey|darkblue|seagreen|lavender|cornsilk|deeppink|seashell|darkgray|honeydew|darkcyan|dimgrey|magenta|crimson|darkred|hotpink|skyblue|oldlace|dimgray|fuchsia|thistle|orchid|indigo|orange|tomato|violet|salmon|yellow|silver|purple|bisque|sienna|maroon|black|linen|azure|white|wheat|khaki|green|olive|ivory|coral|brown|beige|snow|blue|navy|aqua|teal|gray|gold|grey|lime|peru|cyan|pink|plum|tan|red)(?![])	t27			1
R	i	(fuchsia|purple|yellow|maroon|silver|white|olive|green|black|lime|gray|navy|blue|teal|aqua|red)(?![])	t37			1
R	i	!(important|default)	t28			1
R	i	(true|false)	t34			1
R	i	(and|or|not)	t76			1
R		\/\*	t81	p(inline-comment)
R		\/\/[^\n]*	t82
R	i	#[0-9a-z]{1,6}	t70
R	i	(-?[\p{Nd}]+)(%|[a-z]+)?	g(t71,t21)			2
R	i	(-?[\p{Nd}]*\.[\p{Nd}]+)(%|[a-z]+)?	g(t69,t21)			2
R		#\{	t61	p(interpolation)
R		[\!\%-\&\*-\/\:\<-\@\^\|\~]+	t75
R		[\(-\)\[\]]+	t78
R		"	t58	p(string-double)
R		'	t65	p(string-single)
R	i	[\-_a-z][\-]*	t22
R		\n	t98	p(root)
S	id
R		[\-]+	t31
R		#\{	t61	p(interpolation)
R				o1
S	multi-comment
R		[^\n]+	t81
R		\n	t98	p(root)
S	interpolation
R		\}	t61	o1
I	value
S	string-url
R		(\\#|#(?=[^\n\{])|[^\n\#\)])+	t63			1
R		#\{	t61	p(interpolation)
R		\)	t63	o1
S	inline-comment
R		(\\#|#(?=[^\n\{])|\*(?=[^\n\/])|[^\n\#\*])+	t81			1
R		#\{	t61	p(interpolation)
R		\*\/	t79	o1
S	root
R		[\t ]*\n	t98
R	i	@import	t15	p(import)
R	i	@for	t15	p(for)
R	i	@(debug|warn|if|while)	t15	p(value)		1
R	i	(@mixin)( [\-]+)	g(t15,t45)	p(value)		2
R	i	(@include)( [\-]+)	g(t15,t26)	p(value)		2
R	i	@extend	t15	p(selector)
R		@[\-]+	t15	p(selector)
R		=[\-]+	t45	p(value)
R		\+[\-]+	t26	p(value)
R		([\!\$][\-][]*)([\t ]*(?:(?:\|\|)?=|:))	g(t39,t75)	p(value)		2
R		:	t23	p(old-style-attr)
R	i	(?=[^\n]+?[\:\=]([^a-z]|(?![^\n])))	t23	p(new-style-attr)		1
R				p(selector)
S	single-comment
R		[^\n]+	t82
R		\n	t98	p(root)
S	new-style-attr
R		[^"\:\=\[]+	t23
R		#\{	t61	p(interpolation)
R		[\t ]*[\:\=]	t75	p(value)
S	class
R		[\-]+	t24
R		#\{	t61	p(interpolation)
R				o1
S	old-style-attr
R		[^"\:\=\[]+	t23
R		#\{	t61	p(interpolation)
R		[\t ]*=	t75	p(value)
R				p(value)
