S	root
R		(?<![^\n])[]*`define	t6100	p(macro)		0
R		\n	t8000			0
R		[]+	t8000			0
R		\\\n	t8000			0
R		\/(\\\n)?\/(\n|([^\n]|\n)*?[^\\]\n)	t6003			3
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3
R		[\#\@\{\}]	t5000			0
R		L?"	t3100	p(string)		0
R		L?'(\\[^\n]|\\[0-7]{1,3}|\\x[0-9A-Fa-f]{1,2}|[^\n'\\])'	t3105			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+)[Ee][\+\-]?[\p{Nd}]+[Ll]?	t3202			1
R		([\p{Nd}]+\.[\p{Nd}]*|\.[\p{Nd}]+|[\p{Nd}]+[Ff])[Ff]?	t3202			1
R		([0-9]+)|('h)[0-9A-Fa-f]+	t3203			2
R		([0-9]+)|('b)[0-1]+	t3201			2
R		([0-9]+)|('d)[0-9]+	t3204			2
R		([0-9]+)|('o)[0-7]+	t3206			2
R		'[0-1xz]	t3200			0
R		[\p{Nd}]+[Ll]?	t3204			0
R		\*\/	t-11			0
R		[\!\%-\&\*-\+\-\/\:\<-\?\^\|\~]	t4000			0
R		['-\)\,\.\;\[\]]	t5000			0
R		`[A-Z_a-z][]*	t2003			0
R		(?<![^\n])([]*)(package)([]+)	g(t8000,t1003,t8000)			3
R		(?<![^\n])([]*)(import)([]+)	g(t8000,t1003,t8000)	p(import)		3
R		(endprimitive|always_latch|macromodule|always_comb|endgenerate|endfunction|endpackage|endspecify|localparam|parameter|primitive|always_ff|automatic|specparam|endmodule|rtranif1|scalared|continue|deassign|endtable|defparam|function|strength|generate|pulldown|vectored|rtranif0|unsigned|specify|endcase|negedge|strong0|disable|default|endtask|posedge|strong1|typedef|tranif1|integer|forever|release|initial|tranif0|highz0|genvar|highz1|pullup|notif0|bufif1|bufif0|repeat|medium|return|struct|assign|signed|module|packed|string|output|notif1|always|final|casex|while|table|const|large|break|begin|input|pull0|pull1|inout|weak1|rcmos|weak0|casez|force|small|rnmos|rpmos|rtran|event|type|void|enum|wait|fork|join|else|edge|pmos|nand|cmos|nmos|task|xnor|case|tran|buf|ref|end|var|and|xor|for|nor|not|do|if|or)(?![])	t1000			1
R		`(autoexpand_vectornets|nounconnected_drive|noexpand_vectornets|noremove_gatenames|unconnected_drive|noremove_netnames|expand_vectornets|remove_gatenames|default_nettype|remove_netnames|endcelldefine|noaccelerate|endprotected|accelerate|celldefine|endprotect|protected|timescale|resetall|protect|include|ifndef|ifdef|endif|elsif|undef|else)(?![])	t6100			1
R		\$(shortrealtobits|bitstoshortreal|printtimescale|showvariables|countdrivers|reset_value|reset_count|getpattern|showscopes|realtobits|bitstoreal|monitoroff|timeformat|sreadmemh|monitoron|sreadmemb|fmonitor|showvars|fdisplay|realtime|readmemb|readmemh|monitor|history|fstrobe|display|restart|incsave|strobe|fwrite|finish|random|fclose|stime|nokey|fopen|floor|nolog|scale|scope|input|reset|write|rtoi|bits|list|stop|itor|time|save|key|log)(?![])	t2100			1
R		(woshortreal|shortint|realtime|longint|integer|supply0|supply1|triand|trireg|uwire|logic|trior|byte|wand|tri0|tri1|time|real|wire|reg|bit|int|tri)(?![])	t1006			1
R		[A-Z_a-z][]*:(?!:)	t2008			0
R		\$?[A-Z_a-z][]*	t2000			0
S	string
R		"	t3100	o1		0
R		\\(["'\\a-bfnrtv]|x[0-9A-Fa-f]{2,4}|[0-7]{1,3})	t3109			1
R		[^\n"\\]+	t3100			0
R		\\\n	t3100			0
R		\\	t3100			0
S	macro
R		[^\n\/]+	t6100			0
R		\/[\*]([^\n]|\n)*?[\*]\/	t6002			1
R		\/\/[^\n]*?\n	t6003	o1		0
R		\/	t6100			0
R		(?<=\\)\n	t6100			0
R		\n	t6100	o1		0
S	import
R		[\:]+\*?	t2009	o1		0
