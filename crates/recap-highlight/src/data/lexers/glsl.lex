S	root
R		(?<![^\n])#[^\n]*	t84
R		\/\/[^\n]*	t82
R		\/(\\\n)?[\*]([^\n]|\n)*?[\*](\\\n)?\/	t81			3
R		\+|-|~|!=?|\*|\/|%|<<|>>|<=?|>=?|==?|&&?|\^|\|\|?	t75
R		[\:\?]	t75
R		(?<![])defined(?![])	t75
R		[\(-\)\,\;\[\]\{\}]	t78
R		[\+\-]?[\p{Nd}]*\.[\p{Nd}]+([Ee][\+\-]?[\p{Nd}]+)?	t69			1
R		[\+\-]?[\p{Nd}]+\.[\p{Nd}]*([Ee][\+\-]?[\p{Nd}]+)?	t69			1
R		0[Xx][0-9A-Fa-f]*	t70
R		0[0-7]*	t73
R		[1-9][0-9]*	t71
R		(?<![])(sampler3DsamplerCube|sampler2DShadow|sampler1DShadow|invariant|sampler1D|sampler2D|attribute|mat3mat4|centroid|continue|varying|uniform|discard|mat4x4|mat3x3|mat2x3|mat4x2|mat3x2|mat2x2|mat2x4|mat3x4|struct|return|mat4x3|bvec4|false|ivec4|ivec3|const|float|inout|ivec2|break|while|bvec3|bvec2|vec3|else|true|void|bool|vec2|vec4|mat2|for|out|int|in|do|if)(?![])	t15			1
R		(?<![])(sampler2DRectShadow|sampler2DRect|sampler3DRect|namespace|precision|interface|volatile|template|unsigned|external|noinline|mediump|typedef|default|switch|static|extern|inline|sizeof|output|packed|double|public|fvec3|class|union|short|highp|fixed|input|fvec4|hvec2|hvec3|hvec4|dvec2|dvec3|dvec4|fvec2|using|long|this|enum|lowp|cast|goto|half|asm)(?![])	t15			1
R		[A-Z_a-z][]*	t22
R		\.	t78
R		[]+	t98
