S	root
R		(?<![^\n])[]*`define	t84	p(macro)
R		\n	t98
R		[]+	t98
R		\\\n	t98
R		\/(\\\n)?\/(\n|([^\n]|\n)*?[^\\]\n)	t82			3
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t81			3
R		[\#\@\{\}]	t78
R		L?"	t50	p(string)
R		L?'(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])'	t55			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[Ll]?	t69			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t69			1
R		([0-9]+)|('h)[0-9A-Fa-f]+	t70			2
R		([0-9]+)|('b)[0-1]+	t68			2
R		([0-9]+)|('d)[0-9]+	t71			2
R		([0-9]+)|('o)[0-7]+	t73			2
R		'[0-1xz]	t67
R		[\p{Nd}]+[Ll]?	t71
R		\*\/	t10
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t75
R		['-\)\,\.\;\[\]]	t78
R		`[A-Z_a-z][]*	t25
R		(?<![^\n])([]*)(package)([]+)	g(t98,t18,t98)			3
R		(?<![^\n])([]*)(import)([]+)	g(t98,t18,t98)	p(import)		3
R		(endprimitive|always_latch|macromodule|always_comb|endgenerate|endfunction|endpackage|endspecify|localparam|parameter|primitive|always_ff|automatic|specparam|endmodule|rtranif1|scalared|continue|deassign|endtable|defparam|function|strength|generate|pulldown|vectored|rtranif0|unsigned|specify|endcase|negedge|strong0|disable|default|endtask|posedge|strong1|typedef|tranif1|integer|forever|release|initial|tranif0|highz0|genvar|highz1|pullup|notif0|bufif1|bufif0|repeat|medium|return|struct|assign|signed|module|packed|string|output|notif1|always|final|casex|while|table|const|large|break|begin|input|pull0|pull1|inout|weak1|rcmos|weak0|casez|force|small|rnmos|rpmos|rtran|event|type|void|enum|wait|fork|join|else|edge|pmos|nand|cmos|nmos|task|xnor|case|tran|buf|ref|end|var|and|xor|for|nor|not|do|if|or)(?![])	t15			1
R		`(autoexpand_vectornets|nounconnected_drive|noexpand_vectornets|noremove_gatenames|unconnected_drive|noremove_netnames|expand_vectornets|remove_gatenames|default_nettype|remove_netnames|endcelldefine|noaccelerate|endprotected|accelerate|celldefine|endprotect|protected|timescale|resetall|protect|include|ifndef|ifdef|endif|elsif|undef|else)(?![])	t84			1
R		\$(shortrealtobits|bitstoshortreal|printtimescale|showvariables|countdrivers|reset_value|reset_count|getpattern|showscopes|realtobits|bitstoreal|monitoroff|timeformat|sreadmemh|monitoron|sreadmemb|fmonitor|showvars|fdisplay|realtime|readmemb|readmemh|monitor|history|fstrobe|display|restart|incsave|strobe|fwrite|finish|random|fclose|stime|nokey|fopen|floor|nolog|scale|scope|input|reset|write|rtoi|bits|list|stop|itor|time|save|key|log)(?![])	t37			1
R		(woshortreal|shortint|realtime|longint|integer|supply0|supply1|triand|trireg|uwire|logic|trior|byte|wand|tri0|tri1|time|real|wire|reg|bit|int|tri)(?![])	t21			1
R		[A-Z_a-z][]*:(?!:)	t30
R		\$?[A-Z_a-z][]*	t22
S	string
R		"	t50	o1
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|[0-7]{1,3})	t59			1
R		[^\n"\\]+	t50
R		\\\n	t50
R		\\	t50
S	macro
R		[^\n\/]+	t84
R		\/[\*]([^\n]|\n)*?[\*]\/	t81			1
R		\/\/[^\n]*?\n	t82	o1
R		\/	t84
R		(?<=\\)\n	t84
R		\n	t84	o1
S	import
R		[\:]+\*?	t31	o1
