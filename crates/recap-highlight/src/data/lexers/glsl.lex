S	root
R		(?<![^\n])#[^\n]*	t6100			0
R		\/\/[^\n]*	t6003			0
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t6002			3
R		\+|-|~|!=?|\*|\/|%|<<|>>|<=?|>=?|==?|&&?|\^|\|\|?	t4000			0
R		[\:\?]	t4000			0
R		(?<![])defined(?![])	t4000			0
R		[\(-\)\,\;\[\]\{\}]	t5000			0
R		[\+\-]?[\p{Nd}]*\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t3202			1
R		[\+\-]?[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-]?[\p{Nd}]+)?	t3202			1
R		0[Xx][0-9A-Fa-f]*	t3203			0
R		0[0-7]*	t3206			0
R		[1-9][0-9]*	t3204			0
R		(?<![])(sampler3DsamplerCube|sampler2DShadow|sampler1DShadow|invariant|sampler1D|sampler2D|attribute|mat3mat4|centroid|continue|varying|uniform|discard|mat4x4|mat3x3|mat2x3|mat4x2|mat3x2|mat2x2|mat2x4|mat3x4|struct|return|mat4x3|bvec4|false|ivec4|ivec3|const|float|inout|ivec2|break|while|bvec3|bvec2|vec3|else|true|void|bool|vec2|vec4|mat2|for|out|int|in|do|if)(?![])	t1000			1
R		(?<![])(sampler2DRectShadow|sampler2DRect|sampler3DRect|namespace|precision|interface|volatile|template|unsigned|external|noinline|mediump|typedef|default|switch|static|extern|inline|sizeof|output|packed|double|public|fvec3|class|union|short|highp|fixed|input|fvec4|hvec2|hvec3|hvec4|dvec2|dvec3|dvec4|fvec2|using|long|this|enum|lowp|cast|goto|half|asm)(?![])	t1000			1
R		[A-Z_a-z][]*	t2000			0
R		\.	t5000			0
R		[]+	t8000			0
