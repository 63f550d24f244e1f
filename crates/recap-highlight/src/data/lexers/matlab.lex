S	blockcomment
R		(?<![^\n])[]*%\}	t6002	o1		0
R		(?<![^\n])[^\n]*\n	t6002			0
R		[^\n]	t6002			0
S	deffunc
R		([]*)(?:([^\n]+)([]*)(=)([]*))?([^\n]+)(\()([^\n]*)(\))([]*)	g(t8001,t8000,t8001,t5000,t8001,t2300,t5000,t8000,t5000,t8001)	o1		10
R		([]*)([A-Z_a-z][]*)	g(t8000,t2300)	o1		2
S	root
R		\n	t8000			0
R		(?<![^\n])![^\n]*	t3113			0
R		%\{[]*\n	t6002	p(blockcomment)		0
R		%[^\n]*(?![^\n])	t6000			0
R		(?<![^\n])[]*function	t1000	p(deffunc)		0
R		(properties|persistent|enumerated|otherwise|continue|function|classdef|methods|elseif|events|switch|return|global|parfor|catch|break|while|else|spmd|case|try|end|for|if)(?![])	t1000			1
R		(sin|sind|sinh|asin|asind|asinh|cos|cosd|cosh|acos|acosd|acosh|tan|tand|tanh|atan|atand|atan2|atanh|sec|secd|sech|asec|asecd|asech|csc|cscd|csch|acsc|acscd|acsch|cot|cotd|coth|acot|acotd|acoth|hypot|exp|expm1|log|log1p|log10|log2|pow2|realpow|reallog|realsqrt|sqrt|nthroot|nextpow2|abs|angle|complex|conj|imag|real|unwrap|isreal|cplxpair|fix|floor|ceil|round|mod|rem|sign|airy|besselj|bessely|besselh|besseli|besselk|beta|betainc|betaln|ellipj|ellipke|erf|erfc|erfcx|erfinv|expint|gamma|gammainc|gammaln|psi|legendre|cross|dot|factor|isprime|primes|gcd|lcm|rat|rats|perms|nchoosek|factorial|cart2sph|cart2pol|pol2cart|sph2cart|hsv2rgb|rgb2hsv|zeros|ones|eye|repmat|rand|randn|linspace|logspace|freqspace|meshgrid|accumarray|size|length|ndims|numel|disp|isempty|isequal|isequalwithequalnans|cat|reshape|diag|blkdiag|tril|triu|fliplr|flipud|flipdim|rot90|find|end|sub2ind|ind2sub|bsxfun|ndgrid|permute|ipermute|shiftdim|circshift|squeeze|isscalar|isvector|ans|eps|realmax|realmin|pi|i|inf|nan|isnan|isinf|isfinite|j|why|compan|gallery|hadamard|hankel|hilb|invhilb|magic|pascal|rosser|toeplitz|vander|wilkinson)(?![])	t2100			1
R		\.\.\.[^\n]*(?![^\n])	t6000			0
R		-|==|~=|<|>|<=|>=|&&|&|~|\|\|?	t4000			0
R		\.\*|\*|\+|\.\^|\.\\|\.\/|\/|\\	t4000			0
R		\[|\]|\(|\)|\{|\}|:|@|\.|,	t5000			0
R		=|:|;	t5000			0
R		(?<=[\)\.\]])'+	t4000			0
R		([\p{Nd}]+\.[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)([Ee-f][\+\-]?[0-9]+)?	t3202			2
R		[\p{Nd}]+[Ee-f][\+\-]?[0-9]+	t3202			0
R		[\p{Nd}]+	t3204			0
R		(?<![\)\.\]])'	t3100	p(string)		0
R		[A-Z_a-z][]*	t2000			0
R		[^\n]	t8000			0
S	string
R		[^']*'	t3100	o1		0
