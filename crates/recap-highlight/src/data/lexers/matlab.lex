S	blockcomment
R		(?<![^\n])[]*%\}	t81	o1
R		(?<![^\n])[^\n]*\n	t81
R		[^\n]	t81
S	deffunc
R		([]*)(?:([^\n]+)([]*)(=)([]*))?([^\n]+)(\()([^\n]*)(\))([]*)	g(t99,t98,t99,t78,t99,t45,t78,t98,t78,t99)	o1		10
R		([]*)([A-Z_a-z][]*)	g(t98,t45)	o1		2
S	root
R		\n	t98
R		(?<![^\n])![^\n]*	t63
R		%\{[]*\n	t81	p(blockcomment)
R		%[^\n]*(?![^\n])	t79
R		(?<![^\n])[]*function	t15	p(deffunc)
R		(properties|persistent|enumerated|otherwise|continue|function|classdef|methods|elseif|events|switch|return|global|parfor|catch|break|while|else|spmd|case|try|end|for|if)(?![])	t15			1
R		(sin|sind|sinh|asin|asind|asinh|cos|cosd|cosh|acos|acosd|acosh|tan|tand|tanh|atan|atand|atan2|atanh|sec|secd|sech|asec|asecd|asech|csc|cscd|csch|acsc|acscd|acsch|cot|cotd|coth|acot|acotd|acoth|hypot|exp|expm1|log|log1p|log10|log2|pow2|realpow|reallog|realsqrt|sqrt|nthroot|nextpow2|abs|angle|complex|conj|imag|real|unwrap|isreal|cplxpair|fix|floor|ceil|round|mod|rem|sign|airy|besselj|bessely|besselh|besseli|besselk|beta|betainc|betaln|ellipj|ellipke|erf|erfc|erfcx|erfinv|expint|gamma|gammainc|gammaln|psi|legendre|cross|dot|factor|isprime|primes|gcd|lcm|rat|rats|perms|nchoosek|factorial|cart2sph|cart2pol|pol2cart|sph2cart|hsv2rgb|rgb2hsv|zeros|ones|eye|repmat|rand|randn|linspace|logspace|freqspace|meshgrid|accumarray|size|length|ndims|numel|disp|isempty|isequal|isequalwithequalnans|cat|reshape|diag|blkdiag|tril|triu|fliplr|flipud|flipdim|rot90|find|end|sub2ind|ind2sub|bsxfun|ndgrid|permute|ipermute|shiftdim|circshift|squeeze|isscalar|isvector|ans|eps|realmax|realmin|pi|i|inf|nan|isnan|isinf|isfinite|j|why|compan|gallery|hadamard|hankel|hilb|invhilb|magic|pascal|rosser|toeplitz|vander|wilkinson)(?![])	t37			1
R		\.\.\.[^\n]*(?![^\n])	t79
R		-|==|~=|<|>|<=|>=|&&|&|~|\|\|?	t75
R		\.\*|\*|\+|\.\^|\.\\|\.\/|\/|\\	t75
R		\[|\]|\(|\)|\{|\}|:|@|\.|,	t78
R		=|:|;	t78
R		(?<=[\)\.\]])'+	t75
R		([\p{Nd}]+\.[\p{Nd}]*|[\p{Nd}]*\.[\p{Nd}]+)([Ee-f][\+\-]?[0-9]+)?	t69			2
R		[\p{Nd}]+[Ee-f][\+\-]?[0-9]+	t69
R		[\p{Nd}]+	t71
R		(?<![\)\.\]])'	t50	p(string)
R		[A-Z_a-z][]*	t22
R		[^\n]	t98
S	string
R		[^']*'	t50	o1
