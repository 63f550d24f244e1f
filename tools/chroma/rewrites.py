"""Rewrites of Chroma rule patterns whose backtracking is super-linear.

tools/chroma/redos.py finds them (a sticky match at one position whose time
grows faster than linearly, natively and on V8); each is replaced here, at
generation time, by a pattern that returns the same match, the same way, in
linear time. "The same" means what a backtracking engine returns: the first
success in priority order, so the usual tricks (an unambiguous loop, an atomic
group) are only applied where no backtracking they remove could have led to a
different first success, and a fallback alternative keeps the original's result
where it did (an unterminated string: the original gives up on escapes and
closes at the last quote it can reach).

Each entry: the regexp2 pattern as Chroma writes it, the lexer flags it was
checked with ('m', 'ms', …; the rewrite applies to a rule only with those
flags), whether it keeps every capture group (False: only the whole match is
the same, so the rewrite applies only to rules whose emitter uses only the
whole match), the replacement (regexp2 syntax, translated like any pattern)
and why it is equivalent. Atomic groups `(?>X)` become `(?=(X))\\N` in
ECMAScript.

Equivalence is checked, not assumed: crates/recap-highlight/tests/rewrites.rs
(regress) and tests/e2e/highlight-rewrites.test.mjs (V8) run the original and
the rewritten pattern on random inputs made of each pattern's own pieces
(tests/data/rewrites.json, written by gen.py) and compare the match and every
group the emitter uses; the golden tests must stay byte for byte.
"""

# The escaped-string family: `Q (escapes | any char but Q)* Q`. A backslash can
# be read alone or as the start of an escape, so an unterminated string has
# exponentially many parses. The first parse the original tries reads escapes
# greedily left to right: that is the atomic first alternative. When it finds
# no closing quote, the original's backtracking ends at the last quote of the
# text (every position up to it can be reached one character at a time), which
# is the second alternative.
_STRING_DQ = r'"(?>(?:\\[\\"]|\\(?![\\"])|[^"\\])*)"|"[\s\S]*"'
_STRING_SQ = r"'(?>(?:\\[\\']|\\(?![\\'])|[^'\\])*)'|'[\s\S]*'"

REWRITES = [
    (r'"(\\\\|\\"|[^"])*"', ('', 'm', 's', 'ms', 'mi', 'i'), False, _STRING_DQ,
     'escaped string; see the family note'),
    (r"'(\\\\|\\'|[^'])*'", ('', 'm', 's', 'ms', 'mi', 'i'), False, _STRING_SQ,
     'escaped string; see the family note'),
    # A backslash cannot stand alone here (the class excludes it): every parse
    # reads the same escapes, so the loop is deterministic and atomic.
    (r'(?s)\$?"(\\\\|\\[0-7]+|\\.|[^"\\$])*"', ('m',), False, r'\$?"(?>(?:\\[\s\S]|[^"\\$])*)"',
     'escapes are `\\` and any character; \\\\ and octal escapes are among them'),
    (r"(?s)\$'(\\\\|\\[0-7]+|\\.|[^'\\])*'", ('m',), False, r"\$'(?>(?:\\[\s\S]|[^'\\])*)'",
     'as above'),
    (r'(?s)"(\\\\|\\.|[^"\\])*"', ('m',), False, r'"(?>(?:\\[\s\S]|[^"\\])*)"', 'as above'),
    (r"(?s)'(\\\\|\\.|[^'\\])*'", ('m',), False, r"'(?>(?:\\[\s\S]|[^'\\])*)'", 'as above'),
    # `.` is not a line break here: a backslash before one stands alone.
    (r'"(?:\\.|[^"])*"', ('m',), False, r'"(?>(?:\\[^\n]|\\(?![^\n])|[^"\\])*)"|"[\s\S]*"',
     'escaped string; see the family note'),
    (r"'(?:\\.|[^'])*'", ('m',), False, r"'(?>(?:\\[^\n]|\\(?![^\n])|[^'\\])*)'|'[\s\S]*'",
     'escaped string; see the family note'),

    # `[^]]+@[^]]+\]` tries every @ against a missing `]`: check the `]` first.
    (r'^((?:\[[^]]+@[^]]+\]\s?)?[#$%>])(\s*)(.*\n?)', ('m',), True,
     r'^((?:\[(?=[^]]*\])[^]]+@[^]]+\]\s?)?[#$%>])(\s*)(.*\n?)',
     'a look-ahead for the `]` the original needs anyway'),

    # C's function definitions: every way to split the words before `(` is
    # tried against every `)` before a missing `{`. The look-ahead is what the
    # original needs: words and spaces up to `(`, then, before any `;`, a `)`
    # followed by a `{` with no `{` or `;` between.
    (r'((?:[\w*\s])+?(?:\s|[*]))([a-zA-Z_]\w*)(\s*\([^;]*?\))([^;{]*)(\{)', ('m',), True,
     r'(?=[\w*\s]*\([^;)]*\)[^;{]*\{)((?:[\w*\s])+?(?:\s|[*]))([a-zA-Z_]\w*)(\s*\([^;]*?\))([^;{]*)(\{)',
     'a linear look-ahead for what the original needs'),

    # Dockerfile: `\s*\\?\s*` splits a run of spaces two ways. The first
    # `\s*` is followed by a backslash or by what must come next (`--`, a word,
    # `[`), none of them a space, so it never gives any back successfully.
    (r'(HEALTHCHECK)((?:(?:\s*\\?\s*)--\w+=\w+(?:\s*\\?\s*))*)', ('mi',), True,
     r'(HEALTHCHECK)((?:(?>\s*)(?:\\\s*)?--\w+=\w+\s*(?:\\\s*)?)*)',
     'one split of the spaces; the loop ends the pattern, so later splits never help'),
    (r'(VOLUME|ENTRYPOINT|CMD|SHELL)((?:\s*\\?\s*))(\[.*?\])', ('mi',), True,
     r'(VOLUME|ENTRYPOINT|CMD|SHELL)((?>\s*)(?:\\\s*)?)(\[.*?\])', 'as above'),
    (r'(LABEL|ENV|ARG)((?:(?:\s*\\?\s*)\w+=\w+(?:\s*\\?\s*))*)', ('mi',), True,
     r'(LABEL|ENV|ARG)((?:(?>\s*)(?:\\\s*)?\w+=\w+\s*(?:\\\s*)?)*)', 'as above'),

    # `(.*?)(\s*)(=)`: the lazy group stops before the first `=` and the spaces
    # before it, so it is the characters other than spaces and `=`, and runs of
    # spaces (not line breaks, which `.` cannot take) followed by one of those.
    (r'(.*?)(\s*)(=)', ('m',), True, r'((?>(?:[^\s=]|[^\S\n]+(?=[^\s=]))*))(\s*)(=)',
     'the lazy prefix, spelled deterministically'),
    (r'(.*?)([ \t]*)(=)([ \t]*)(.*(?:\n[ \t].+)*)', ('m',), True,
     r'((?>(?:[^ \t=\n]|[ \t]+(?![ \t=]))*))([ \t]*)(=)([ \t]*)(.*(?:\n[ \t].+)*)',
     'as above, with spaces and tabs'),

    # Makefile: `[\t ]+.*\n` splits the indentation between the two loops;
    # only the line end matters.
    (r'^(?:[\t ]+.*\n|\n)+', ('m',), False, r'^(?:[\t ].*\n|\n)+', 'one split'),
    # `(\s+)(?=X+\n)`: the spaces given back are retried against the
    # look-ahead one by one. It can only succeed at the end of the spaces or
    # just before a line break that ends a run of tabs and spaces (the last
    # one, as the original gives spaces back from the end).
    (r'(export)(\s+)(?=[\w${}\t -]+\n)', ('m',), True,
     r'(export)((?>\s+)(?=[\w${}\t -]+\n)|\s+(?=[\t ]\n))', 'where the look-ahead can succeed'),
    # What follows the tabs and spaces starts with `.*`, which takes them just
    # as well: giving them back changes nothing.
    (r'([\w${}().-]+)(\s*)([!?:+]?=)([ \t]*)((?:.*\\\n)+|.*\n)', ('m',), True,
     r'([\w${}().-]+)(\s*)([!?:+]?=)((?>[ \t]*))((?:.*\\\n)+|.*\n)', 'an atomic run'),

    # Numbers: `(?:[0-9]+)?\.?[0-9]+` splits a run of digits two ways.
    # `(?:[0-9]*\.)?[0-9]+` matches the same, ends in the same order.
    (r'(?<!\w)([-+]?(?:[0-9]+)?\.?[0-9]+(?:(?:e|E)[0-9]+)?(?:F|f|D|d|M|m)?)((?i:[kmgtp]b)?)\b', ('mis',), True,
     r'(?<!\w)([-+]?(?:[0-9]*\.)?[0-9]+(?:(?:e|E)[0-9]+)?(?:F|f|D|d|M|m)?)((?i:[kmgtp]b)?)\b',
     'one split of the digits, the same ends in the same order'),
    (r'\b[+\-]?(0x[\da-f]+|0o[0-7]+|(\d+\.?\d*|\.?\d+)(e[\+\-]?\d+)?|\.inf|\.nan)\b', ('m',), True,
     r'\b[+\-]?(0x[\da-f]+|0o[0-7]+|(\d+(?:\.\d*)?|\.?\d+)(e[\+\-]?\d+)?|\.inf|\.nan)\b',
     'as above'),
    # Python's %-formats: zeros can be flags or the width; the width always
    # ends where the digits end, so the flags never need to give any back.
    (r'%(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsaux%]', ('m',), True,
     r'%(\(\w+\))?(?>[-#0 +]*)([0-9]+|[*])?(\.([0-9]+|[*]))?[hlL]?[E-GXc-giorsaux%]', 'an atomic run'),

    # `[…\s]+\s*\)`: spaces after a loop that takes spaces itself are always
    # empty in the first success.
    (r'(super)(\s*)(\([\w,?.$\s]+\s*\))', ('ms',), True, r'(super)(\s*)(\([\w,?.$\s]+\))',
     'the second loop is always empty'),

    # YAML comments after a value: `.*` gives back from the end of the line and
    # the first success is the last ` #` on it, with one space in `( )+`.
    (r'([^\{\}\[\]\?,\:\!\-\*&\@].*)( )+(#.*)', ('m',), True,
     r'([^\{\}\[\]\?,\:\!\-\*&\@].*)( )(#.*)', 'one space, as the first success has'),
    (r'([^\{\}\[\]\?,\:\!\-\*&\@].*)( )+(//.*)', ('m',), True,
     r'([^\{\}\[\]\?,\:\!\-\*&\@].*)( )(//.*)', 'as above'),
]

_BY_PATTERN = {}
for _entry in REWRITES:
    _BY_PATTERN.setdefault(_entry[0], []).append(_entry)


def rewrite(pattern, flags, whole_match_only):
    """The replacement for a rule's pattern, or None. `flags` as gen.py
    computes them; `whole_match_only`: the rule's emitter uses no group."""
    for original, flag_sets, keeps_groups, replacement, _ in _BY_PATTERN.get(pattern, []):
        if flags in flag_sets and (keeps_groups or whole_match_only):
            return replacement
    return None
