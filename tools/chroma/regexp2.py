"""Translates Chroma's regular expressions (the regexp2 dialect, .NET's syntax
and semantics) into ECMAScript patterns for the `v` (unicodeSets) flag.

Recap runs the translated patterns on the browser's RegExp (sticky) and, natively,
on the `regress` crate, an ECMAScript engine: one dialect, the same semantics in
both places. What differs between regexp2 and ECMAScript is made explicit here,
at generation time, so nothing is translated at run time:

* `\\w`, `\\d`, `\\s`, `\\b` are Unicode in regexp2 (letters, Mn, Nd, Pc, ZWJ/ZWNJ;
  Nd; Go's unicode.IsSpace); they become explicit classes and look-arounds.
* `.` excludes only `\\n`; `^`/`$` (multiline or not), `\\A`, `\\Z`, `\\z` become
  look-arounds (ECMAScript's `$` and `m` flag know other line terminators).
* Character classes keep regexp2's evaluation order for categories (a negated
  category decides at once: `[\\W\\d]` is `\\W`), subtraction `[a-z-[aeiou]]`
  becomes `[[a-z]--[aeiou]]`.
* Groups are numbered the .NET way (unnamed groups first, then named ones); the
  pattern keeps ECMAScript's left-to-right numbering and a map is emitted.
* Scoped options `(?i)`, `(?s)`, `(?m)`, `(?x)` are applied while translating; case
  insensitivity becomes the `i` flag when it covers the whole pattern, otherwise
  each character or class is widened to its case-fold orbit.
* Atomic groups `(?>X)` become `(?=(X))\\N`.

The parser follows regexp2 v2's syntax/parser.go (MIT, Doug Clark), which ports
.NET's RegexParser (MIT, .NET Foundation): the same tokenisation of literal runs,
quantifiers (`{` is literal unless it starts `{n}`, `{n,}` or `{n,m}`), escapes,
backreference-or-octal rules and class syntax. Constructs no Chroma lexer uses
(conditionals, balancing groups, right-to-left) raise Unsupported.
"""
import unicodedata


class Unsupported(Exception):
    pass


# ---------------------------------------------------------------- Unicode helpers

_FOLD = None


def fold_orbit(cp):
    """The characters regexp2 (Go's unicode.SimpleFold orbits) treats as equal to cp
    under IgnoreCase."""
    global _FOLD
    if _FOLD is None:
        parent = {}

        def find(x):
            while parent.get(x, x) != x:
                x = parent[x]
            return x

        for c in range(0x110000):
            if 0xD800 <= c <= 0xDFFF:
                continue
            ch = chr(c)
            for t in (ch.lower(), ch.upper()):
                if len(t) == 1 and t != ch:
                    a, b = find(c), find(ord(t))
                    if a != b:
                        parent[a] = b
        groups = {}
        for c in list(parent):
            groups.setdefault(find(c), set()).add(c)
        _FOLD = {}
        for root, members in groups.items():
            members.add(root)
            for m in members:
                _FOLD[m] = members
    return _FOLD.get(cp, {cp})


def is_word_char(cp):
    if cp in (0x200C, 0x200D):
        return True
    cat = unicodedata.category(chr(cp))
    return cat[0] == 'L' or cat in ('Mn', 'Nd', 'Pc')


# regexp2's \s: Go's unicode.IsSpace.
SPACE_RANGES = [(0x09, 0x0D), (0x20, 0x20), (0x85, 0x85), (0xA0, 0xA0), (0x1680, 0x1680),
                (0x2000, 0x200A), (0x2028, 0x2029), (0x202F, 0x202F), (0x205F, 0x205F),
                (0x3000, 0x3000)]

GENERAL_CATEGORIES = {
    'L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'M', 'Mn', 'Mc', 'Me', 'N', 'Nd', 'Nl', 'No',
    'P', 'Pc', 'Pd', 'Ps', 'Pe', 'Pi', 'Pf', 'Po', 'S', 'Sm', 'Sc', 'Sk', 'So',
    'Z', 'Zs', 'Zl', 'Zp', 'C', 'Cc', 'Cf', 'Cs', 'Co', 'Cn',
}


def es_property(name):
    """An ECMAScript property escape body for a regexp2 category name."""
    if name in GENERAL_CATEGORIES:
        return name
    # Go's unicode.Scripts names (Latin, Greek, Han, ...) are Unicode script names.
    if name[:1].isupper() and name.replace('_', '').isalpha():
        return 'Script=' + name
    raise Unsupported('unicode category %r' % name)


# ---------------------------------------------------------------- the AST
#
# ('char', cp, icase)                 ('set', Set, icase)
# ('assert', kind)  kind: bol eol begin endz end boundary nonboundary start
# ('group', kind, child, capslot)     kind: cap nc la nla lb nlb atomic
# ('concat', [nodes])  ('alt', [nodes])  ('quant', node, min, max, lazy)
# ('ref', slot, icase)  ('empty',)
#
# capslot for named captures is the name (str) until numbers are assigned.

INF = float('inf')


class Set:
    def __init__(self):
        self.negate = False
        self.ranges = []        # (lo, hi) inclusive
        self.cats = []          # (name, negate); name 'W' = \w, ' ' = \s, others Unicode
        self.sub = None
        self.anything = False

    def add_range(self, lo, hi):
        if not self.anything:
            self.ranges.append((lo, hi))

    def add_cat(self, name, negate):
        if self.anything:
            return
        for n, neg in self.cats:
            if n == name:
                if neg != negate:
                    self.anything = True
                    self.cats = []
                    self.ranges = [(0, 0x10FFFF)]
                return
        self.cats.append((name, negate))

    def add_category(self, name, negate, icase):
        if icase and name in ('Ll', 'Lu', 'Lt'):
            for n in ('Ll', 'Lu', 'Lt'):
                self.add_cat(n, negate)
        self.add_cat(name, negate)

    def add_case_equivalences(self):
        """regexp2: addLowercase then addCaseEquivalences on the ranges."""
        if self.anything:
            return
        out = []
        for lo, hi in self.ranges:
            out.append((lo, hi))
            if hi - lo > 0x3000:
                continue
            for c in range(lo, hi + 1):
                for e in fold_orbit(c):
                    if not (lo <= e <= hi):
                        out.append((e, e))
        self.ranges = merge_ranges(out)


def merge_ranges(rs):
    rs = sorted(rs)
    out = []
    for lo, hi in rs:
        if out and lo <= out[-1][1] + 1:
            out[-1] = (out[-1][0], max(out[-1][1], hi))
        else:
            out.append((lo, hi))
    return out


# ---------------------------------------------------------------- the parser

OPT_I, OPT_M, OPT_N, OPT_S, OPT_X = 1, 2, 4, 8, 16
OPTION_CODES = {'i': OPT_I, 'm': OPT_M, 'n': OPT_N, 's': OPT_S, 'x': OPT_X}
SPECIAL = set('\\[()|^$.{*+?')        # regexp2 isSpecial (category S and Q)
STOPPER_X = SPECIAL | set(' \t\n\r\f\v#')


class Parser:
    def __init__(self, pattern, options):
        self.p = pattern
        self.pos = 0
        self.options = options
        self.autocap = 1
        self.names = []          # capture names in order of first appearance
        self.ignore_next_paren = False
        self.slots = None        # set of valid capture slots (second pass)

    # -- helpers
    def right(self, i=0):
        return self.p[self.pos + i]

    def left(self):
        return len(self.p) - self.pos

    def err(self, msg):
        raise Unsupported('%s at %d in %r' % (msg, self.pos, self.p))

    def opt(self, o):
        return bool(self.options & o)

    def scan_blank(self):
        while True:
            if self.opt(OPT_X):
                while self.left() and self.right() in ' \t\n\r\f\v':
                    self.pos += 1
                if not self.left():
                    return
                if self.right() == '#':
                    while self.left() and self.right() != '\n':
                        self.pos += 1
                    continue
            if self.left() >= 3 and self.p[self.pos:self.pos + 3] == '(?#':
                end = self.p.find(')', self.pos)
                if end < 0:
                    self.err('unterminated comment')
                self.pos = end + 1
                continue
            return

    def is_true_quantifier(self):
        if not self.left():
            return False
        ch = self.right()
        if ch != '{':
            return ch in '*+?'
        i = self.pos + 1
        j = i
        while j < len(self.p) and self.p[j].isdigit() and self.p[j] < '\x80':
            j += 1
        if j == i or j >= len(self.p):
            return False
        if self.p[j] == '}':
            return True
        if self.p[j] != ',':
            return False
        j += 1
        while j < len(self.p) and self.p[j].isdigit() and self.p[j] < '\x80':
            j += 1
        return j < len(self.p) and self.p[j] == '}'

    def scan_decimal(self):
        i = 0
        while self.left() and '0' <= self.right() <= '9':
            i = i * 10 + int(self.right())
            self.pos += 1
        return i

    # -- the main loop: returns the node for the group being parsed
    def parse(self):
        node = self.parse_alternation(top=True)
        if self.pos != len(self.p):
            self.err('unexpected )')
        return node

    def parse_alternation(self, top=False):
        alts = []
        items = []
        while True:
            self.scan_blank()
            if not self.left():
                break
            ch = self.right()
            if ch == ')':
                if top:
                    self.err('unexpected )')
                break
            if ch == '|':
                self.pos += 1
                alts.append(items)
                items = []
                continue
            atom = self.parse_atom(items)
            if atom is None:
                continue
            self.scan_blank()
            while self.is_true_quantifier():
                q = self.right()
                self.pos += 1
                if q == '*':
                    lo, hi = 0, INF
                elif q == '+':
                    lo, hi = 1, INF
                elif q == '?':
                    lo, hi = 0, 1
                else:
                    lo = self.scan_decimal()
                    hi = lo
                    if self.right() == ',':
                        self.pos += 1
                        hi = INF if self.right() == '}' else self.scan_decimal()
                    assert self.right() == '}'
                    self.pos += 1
                    if lo > hi:
                        self.err('invalid repeat size')
                self.scan_blank()
                lazy = False
                if self.left() and self.right() == '?':
                    self.pos += 1
                    lazy = True
                atom = ('quant', atom, lo, hi, lazy)
                # regexp2 allows no second quantifier on the same unit.
                self.scan_blank()
                if self.is_true_quantifier():
                    self.err('nested quantifier')
            items.append(atom)
        alts.append(items)
        nodes = [('concat', a) if len(a) != 1 else a[0] for a in alts]
        nodes = [n if n != ('concat', []) else ('empty',) for n in nodes]
        return nodes[0] if len(nodes) == 1 else ('alt', nodes)

    def parse_atom(self, items):
        ch = self.right()
        icase = self.opt(OPT_I)
        if ch == '[':
            self.pos += 1
            s = self.scan_char_set(icase)
            return ('set', s, icase)
        if ch == '(':
            return self.parse_group()
        if ch == '\\':
            self.pos += 1
            return self.scan_backslash()
        if ch == '^':
            self.pos += 1
            return ('assert', 'bol' if self.opt(OPT_M) else 'begin')
        if ch == '$':
            self.pos += 1
            return ('assert', 'eol' if self.opt(OPT_M) else 'endz')
        if ch == '.':
            self.pos += 1
            s = Set()
            if self.opt(OPT_S):
                s.add_range(0, 0x10FFFF)
            else:
                s.negate = True
                s.add_range(10, 10)
            return ('set', s, False)
        if ch in '*+?' or (ch == '{' and self.is_true_quantifier()):
            self.err('quantifier without operand')
        if self.opt(OPT_X) and ch in ' \t\n\r\f\v#':
            self.scan_blank()
            return None
        self.pos += 1
        return ('char', ord(ch), icase)

    def parse_group(self):
        self.pos += 1  # (
        saved = self.options
        kind, slot = None, None
        if not self.left() or self.right() != '?' or (self.left() > 1 and self.right(1) == ')'):
            if self.opt(OPT_N) or self.ignore_next_paren:
                self.ignore_next_paren = False
                kind = 'nc'
            else:
                kind, slot = 'cap', self.autocap
                self.autocap += 1
        else:
            self.pos += 1  # ?
            ch = self.right()
            if ch == ':':
                self.pos += 1
                kind = 'nc'
            elif ch == '=':
                self.pos += 1
                kind = 'la'
            elif ch == '!':
                self.pos += 1
                kind = 'nla'
            elif ch == '>':
                self.pos += 1
                kind = 'atomic'
            elif ch in "<'":
                close = '>' if ch == '<' else "'"
                self.pos += 1
                c2 = self.right()
                if c2 == '=' and close == '>':
                    self.pos += 1
                    kind = 'lb'
                elif c2 == '!' and close == '>':
                    self.pos += 1
                    kind = 'nlb'
                else:
                    start = self.pos
                    while self.left() and self.right() != close:
                        self.pos += 1
                    name = self.p[start:self.pos]
                    self.pos += 1
                    if not name or not all(is_word_char(ord(c)) for c in name) or '-' in name:
                        self.err('unsupported group name')
                    if name[0].isdigit():
                        self.err('numbered group name')
                    if name not in self.names:
                        self.names.append(name)
                    kind, slot = 'cap', name
            elif ch == '(':
                self.err('conditional')
            else:
                # options: (?imnsx-imnsx) or (?imnsx-imnsx:...)
                off = False
                while self.left():
                    c = self.right()
                    if c == '-':
                        off = True
                    elif c == '+':
                        off = False
                    elif c in OPTION_CODES:
                        if off:
                            self.options &= ~OPTION_CODES[c]
                        else:
                            self.options |= OPTION_CODES[c]
                    else:
                        break
                    self.pos += 1
                if not self.left():
                    self.err('unrecognized grouping')
                c = self.right()
                self.pos += 1
                if c == ')':
                    # (?i) applies to the rest of the enclosing group: keep the options.
                    return None
                if c != ':':
                    self.err('unrecognized grouping')
                kind = 'nc'
        child = self.parse_alternation()
        if not self.left() or self.right() != ')':
            self.err('missing )')
        self.pos += 1
        self.options = saved
        return ('group', kind, child, slot)

    def scan_backslash(self):
        if not self.left():
            self.err('illegal end escape')
        ch = self.right()
        icase = self.opt(OPT_I)
        simple = {'b': 'boundary', 'B': 'nonboundary', 'A': 'begin', 'G': 'start', 'Z': 'endz', 'z': 'end'}
        if ch in simple:
            self.pos += 1
            return ('assert', simple[ch])
        if ch in 'wWsSdD':
            self.pos += 1
            s = Set()
            s.add_cat({'w': 'W', 's': ' ', 'd': 'Nd'}[ch.lower()], ch.isupper())
            return ('set', s, icase)
        if ch in 'pP':
            self.pos += 1
            name = self.parse_property()
            s = Set()
            s.add_category(name, ch == 'P', icase)
            return ('set', s, icase)
        return self.scan_basic_backslash()

    def parse_property(self):
        if self.left() and self.right() != '{':
            c = self.right()
            self.pos += 1
            return c
        end = self.p.find('}', self.pos)
        if end < 0:
            self.err('incomplete property')
        name = self.p[self.pos + 1:end]
        self.pos = end + 1
        return name

    def scan_basic_backslash(self):
        ch = self.right()
        icase = self.opt(OPT_I)
        backpos = self.pos
        angled, close = False, None
        if ch == 'k':
            if self.left() >= 2 and self.right(1) in "<'":
                close = '>' if self.right(1) == '<' else "'"
                self.pos += 2
                angled = True
            else:
                self.err('malformed \\k')
        elif ch in "<'" and self.left() > 1:
            angled = True
            close = '>' if ch == '<' else "'"
            self.pos += 1
        if angled:
            end = self.p.find(close, self.pos)
            if end > self.pos:
                name = self.p[self.pos:end]
                if name.isdigit():
                    self.pos = end + 1
                    return ('ref', int(name), icase)
                if all(is_word_char(ord(c)) for c in name):
                    self.pos = end + 1
                    return ('ref', name, icase)
            if ch == 'k':
                self.err('malformed named reference')
            self.pos = backpos
        elif '1' <= ch <= '9':
            start = self.pos
            num = self.scan_decimal()
            if self.slots is None or num in self.slots:
                return ('ref', num, icase)
            if num <= 9:
                self.err('undefined backreference %d' % num)
            self.pos = start
        self.pos = backpos
        cp = self.scan_char_escape()
        return ('char', cp, icase)

    def scan_char_escape(self):
        ch = self.right()
        self.pos += 1
        if '0' <= ch <= '7':
            self.pos -= 1
            v, n = 0, 0
            while n < 3 and self.left() and '0' <= self.right() <= '7':
                v = v * 8 + int(self.right())
                self.pos += 1
                n += 1
            return v & 0xFF
        if ch == 'x':
            if self.left() and self.right() == '{':
                end = self.p.index('}', self.pos)
                v = int(self.p[self.pos + 1:end], 16)
                self.pos = end + 1
                return v
            return self.scan_hex(2)
        if ch == 'u':
            return self.scan_hex(4)
        table = {'a': 7, 'b': 8, 'e': 0x1B, 'f': 0x0C, 'n': 0x0A, 'r': 0x0D, 't': 0x09, 'v': 0x0B}
        if ch in table:
            return table[ch]
        if ch == 'c':
            c = self.right()
            self.pos += 1
            if 'a' <= c <= 'z':
                c = c.upper()
            v = ord(c) - ord('@')
            if 0 <= v < 32:
                return v
            self.err('unrecognized control')
        if is_word_char(ord(ch)):
            self.err('unrecognized escape \\' + ch)
        return ord(ch)

    def scan_hex(self, n):
        s = self.p[self.pos:self.pos + n]
        if len(s) < n or any(c not in '0123456789abcdefABCDEF' for c in s):
            self.err('too few hex digits')
        self.pos += n
        return int(s, 16)

    def scan_char_set(self, icase):
        cc = Set()
        if self.left() and self.right() == '^':
            self.pos += 1
            cc.negate = True
        first = True
        in_range = False
        prev = 0
        closed = False
        while self.left():
            translated = False
            ch = self.right()
            self.pos += 1
            cp = ord(ch)
            if ch == ']' and not first:
                closed = True
                break
            elif ch == '\\' and self.left():
                c = self.right()
                self.pos += 1
                if c in 'dDsSwW':
                    if in_range:
                        self.err('bad class in char range')
                    cc.add_cat({'d': 'Nd', 's': ' ', 'w': 'W'}[c.lower()], c.isupper())
                    first = False
                    continue
                if c in 'pP':
                    name = self.parse_property()
                    if in_range:
                        self.err('shorthand class in char range')
                    cc.add_category(name, c == 'P', icase)
                    first = False
                    continue
                if c == '-':
                    cc.add_range(45, 45)
                    first = False
                    continue
                self.pos -= 1
                cp = self.scan_char_escape()
                translated = True
            elif ch == '[':
                if self.left() and self.right() == ':' and not in_range:
                    save = self.pos
                    self.pos += 1
                    if self.left() > 1 and self.right() == '^':
                        self.pos += 1
                    while self.left() and is_word_char(ord(self.right())):
                        self.pos += 1
                    if self.left() >= 2 and self.p[self.pos:self.pos + 2] == ':]':
                        self.pos += 2
                    else:
                        self.pos = save
            if in_range:
                in_range = False
                if cp == ord('[') and not translated and not first:
                    cc.add_range(prev, prev)
                    cc.sub = self.scan_char_set(icase)
                    if self.left() and self.right() != ']':
                        self.err('subtraction must be last')
                else:
                    if prev > cp:
                        self.err('reversed char range')
                    cc.add_range(prev, cp)
            elif self.left() >= 2 and self.right() == '-' and self.right(1) != ']':
                prev = cp
                in_range = True
                self.pos += 1
            elif self.left() >= 1 and cp == ord('-') and not translated and self.right() == '[' and not first:
                self.pos += 1
                cc.sub = self.scan_char_set(icase)
                if self.left() and self.right() != ']':
                    self.err('subtraction must be last')
            else:
                cc.add_range(cp, cp)
            first = False
        if not closed:
            self.err('unterminated [')
        return cc


def in_set(s, cp):
    """Whether a regexp2 Set (py) matches cp, as the emitted class does."""
    if s.anything:
        hit = True
    else:
        hit = any(lo <= cp <= hi for lo, hi in s.ranges)
        if not hit:
            for name, neg in s.cats:
                if name == 'W':
                    m = is_word_char(cp)
                elif name == ' ':
                    m = any(lo <= cp <= hi for lo, hi in SPACE_RANGES)
                elif name in GENERAL_CATEGORIES:
                    cat = unicodedata.category(chr(cp))
                    m = cat == name or (len(name) == 1 and cat[0] == name)
                else:
                    m = False  # scripts: not probed
                if neg:
                    hit = not m
                    break
                if m:
                    hit = True
                    break
    if s.negate:
        hit = not hit
    if hit and s.sub is not None and in_set(s.sub, cp):
        hit = False
    return hit



def first_chars(n):
    """What a match of the node can begin with: (bitmap of ASCII characters,
    whether a non-ASCII character can be first, whether the match can be empty).
    Look-arounds and backreferences count as empty (so a rule starting with one
    is tried everywhere); case-insensitive parts take each character's case
    orbit, and any non-ASCII character (ſ and K fold to ASCII letters)."""
    t = n[0]
    if t == 'char':
        cps = fold_orbit(n[1]) if n[2] else {n[1]}
        bits = sum(1 << c for c in cps if c < 128)
        return bits, any(c >= 128 for c in cps), False
    if t == 'set':
        s, icase = n[1], n[2]
        bits = 0
        for c in range(128):
            cps = fold_orbit(c) if icase else {c}
            if any(in_set(s, x) for x in cps):
                bits |= 1 << c
        ascii_only = not s.negate and not s.cats and not s.anything and s.sub is None and \
            all(hi < 128 for lo, hi in s.ranges)
        return bits, icase or not ascii_only, False
    if t in ('assert', 'empty', 'ref'):
        return 0, False, True
    if t == 'group':
        if n[1] in ('la', 'nla', 'lb', 'nlb'):
            return 0, False, True
        return first_chars(n[2])
    if t == 'alt':
        bits, non, nullable = 0, False, False
        for c in n[1]:
            b, u, e = first_chars(c)
            bits, non, nullable = bits | b, non or u, nullable or e
        return bits, non, nullable
    if t == 'concat':
        bits, non = 0, False
        for c in n[1]:
            b, u, e = first_chars(c)
            bits, non = bits | b, non or u
            if not e:
                return bits, non, False
        return bits, non, True
    if t == 'quant':
        b, u, e = first_chars(n[1])
        return b, u, e or n[2] == 0
    raise AssertionError(n)


def leading_loop(tree):
    """The class S of a pattern shaped `Z S{m,} C`: at most a line-start
    assertion Z, then an unbounded loop of one character class (possibly inside
    groups), then anything, with no backreferences. If such a pattern fails at p
    where Z holds, it fails at every position up to the end of the run of S from
    p: its loop can only end where it could end from p, where the rest failed.
    The engine uses this not to retry it there (a rule scanning a long run at
    every position would be quadratic), scanning the run with S's ASCII
    characters (a shorter run than the real one is safe). Returns (the char or
    set node, whether Z is `^`), or None."""
    def has_ref(n):
        t = n[0]
        if t == 'ref':
            return True
        if t == 'group':
            return has_ref(n[2])
        if t in ('concat', 'alt'):
            return any(has_ref(c) for c in n[1])
        if t == 'quant':
            return has_ref(n[1])
        return False
    if has_ref(tree):
        return None
    n = tree
    bol = False
    while True:
        t = n[0]
        if t == 'concat':
            items = [c for c in n[1] if c[0] != 'empty']
            while items and items[0] == ('assert', 'bol') and not bol:
                bol = True
                items = items[1:]
            if not items:
                return None
            n = items[0]
        elif t == 'group' and n[1] in ('cap', 'nc'):
            n = n[2]
        elif t == 'quant' and n[3] == INF and n[1][0] in ('char', 'set'):
            return n[1], bol
        else:
            return None


def count_slots(pattern, options):
    p = Parser(pattern, options)
    tree = p.parse()
    nunnamed = p.autocap - 1
    return tree, nunnamed, p.names


def parse(pattern, options):
    """Parses a regexp2 pattern; returns (tree, number of groups, slot map) where
    named captures are renumbered after the unnamed ones, as regexp2 does."""
    _, nunnamed, names = count_slots(pattern, options)
    name_slot = {n: nunnamed + 1 + i for i, n in enumerate(names)}
    total = nunnamed + len(names)
    p = Parser(pattern, options)
    p.slots = set(range(1, total + 1))
    tree = p.parse()

    def fix(n):
        t = n[0]
        if t == 'group':
            slot = n[3]
            if isinstance(slot, str):
                slot = name_slot[slot]
            return ('group', n[1], fix(n[2]), slot)
        if t in ('concat', 'alt'):
            return (t, [fix(c) for c in n[1]])
        if t == 'quant':
            return ('quant', fix(n[1]), n[2], n[3], n[4])
        if t == 'ref':
            slot = n[1]
            if isinstance(slot, str):
                if slot not in name_slot:
                    raise Unsupported('undefined group name ' + slot)
                slot = name_slot[slot]
            return ('ref', slot, n[2])
        return n

    return fix(tree), total


# ---------------------------------------------------------------- the emitter

WORD_MEMBERS = r'\p{L}\p{Mn}\p{Nd}\p{Pc}\u200C\u200D'
WORD = '[' + WORD_MEMBERS + ']'
SYNTAX = set('^$\\.*+?()[]{}|/')
CLASS_ESCAPE = SYNTAX | set('&-!#%,:;<=>@`~')


def esc_char(cp, in_class):
    if 0x20 <= cp < 0x7F:
        ch = chr(cp)
        if ch in (CLASS_ESCAPE if in_class else SYNTAX):
            return '\\' + ch
        return ch
    named = {9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r'}
    if cp in named:
        return named[cp]
    if cp <= 0xFFFF:
        return '\\u%04X' % cp
    return '\\u{%X}' % cp


def range_text(lo, hi):
    if lo == hi:
        return esc_char(lo, True)
    return esc_char(lo, True) + '-' + esc_char(hi, True)


def cat_members(name, negate):
    """Class members for one regexp2 category."""
    if name == 'W':
        return '[^' + WORD_MEMBERS + ']' if negate else WORD_MEMBERS
    if name == ' ':
        body = ''.join(range_text(lo, hi) for lo, hi in SPACE_RANGES)
        return '[^' + body + ']' if negate else body
    return ('\\P{%s}' if negate else '\\p{%s}') % es_property(name)


def set_text(s):
    if s.anything:
        body = r'\u0000-\u{10FFFF}'
    else:
        parts = [range_text(lo, hi) for lo, hi in merge_ranges(s.ranges)]
        # regexp2's charInCategories: positive categories up to the first negated
        # one count; the first negated category decides everything else.
        for name, neg in s.cats:
            parts.append(cat_members(name, neg))
            if neg:
                break
        body = ''.join(parts)
    text = '[' + ('^' if s.negate else '') + body + ']'
    if s.sub is not None:
        text = '[' + text + '--' + set_text(s.sub) + ']'
    return text


def set_is_word(s):
    """True if every character the set matches is a word character."""
    if s.negate or s.sub is not None or s.anything:
        return False
    for name, neg in s.cats:
        if neg or not (name == 'W' or name in ('L', 'Lu', 'Ll', 'Lt', 'Lm', 'Lo', 'Mn', 'Nd', 'Pc')):
            return False
    for lo, hi in s.ranges:
        if hi - lo > 512 or not all(is_word_char(c) for c in range(lo, hi + 1)):
            return False
    return True


def first_word(n, last):
    """True if the node, when it matches, certainly begins (last=False) or ends
    (last=True) with a word character."""
    t = n[0]
    if t == 'char':
        return is_word_char(n[1])
    if t == 'set':
        return set_is_word(n[1])
    if t == 'group':
        return n[1] in ('cap', 'nc', 'atomic') and first_word(n[2], last)
    if t == 'alt':
        return all(first_word(c, last) for c in n[1])
    if t == 'quant':
        return n[2] >= 1 and first_word(n[1], last)
    if t == 'concat':
        items = [c for c in n[1] if c[0] != 'empty']
        if not items:
            return False
        c = items[-1] if last else items[0]
        return first_word(c, last)
    return False


class Emitter:
    def __init__(self, icase_mode):
        # icase_mode: 'flag' (the whole pattern is case-insensitive: use the i flag),
        # or 'expand' (widen each case-insensitive char and class).
        self.icase_mode = icase_mode
        self.js_group = 0
        self.slot_map = {}

    def emit(self, n, prev=None, nxt=None):
        t = n[0]
        if t == 'empty':
            return ''
        if t == 'char':
            cp, icase = n[1], n[2]
            if icase and self.icase_mode == 'expand':
                orbit = fold_orbit(cp)
                if len(orbit) > 1:
                    return '[' + ''.join(esc_char(c, True) for c in sorted(orbit)) + ']'
            return esc_char(cp, False)
        if t == 'set':
            s, icase = n[1], n[2]
            if icase and self.icase_mode == 'expand':
                s = widen(s)
            return set_text(s)
        if t == 'assert':
            k = n[1]
            if k == 'bol':
                return r'(?<![^\n])'
            if k == 'eol':
                return r'(?![^\n])'
            if k == 'begin':
                return r'(?<![\s\S])'
            if k == 'endz':
                return r'(?=\n?(?![\s\S]))'
            if k == 'end':
                return r'(?![\s\S])'
            if k == 'start':
                raise Unsupported('\\G inside a pattern')
            if k == 'boundary':
                if prev is not None and first_word(prev, True):
                    return '(?!' + WORD + ')'
                if nxt is not None and first_word(nxt, False):
                    return '(?<!' + WORD + ')'
                return '(?:(?<=%s)(?!%s)|(?<!%s)(?=%s))' % (WORD, WORD, WORD, WORD)
            if k == 'nonboundary':
                return '(?:(?<=%s)(?=%s)|(?<!%s)(?!%s))' % (WORD, WORD, WORD, WORD)
        if t == 'group':
            kind, child, slot = n[1], n[2], n[3]
            if kind == 'cap':
                self.js_group += 1
                self.slot_map[slot] = self.js_group
                return '(' + self.emit(child) + ')'
            if kind == 'nc':
                return '(?:' + self.emit(child) + ')'
            if kind == 'atomic':
                self.js_group += 1
                g = self.js_group
                return '(?=(' + self.emit(child) + r'))\%d' % g
            prefix = {'la': '(?=', 'nla': '(?!', 'lb': '(?<=', 'nlb': '(?<!'}[kind]
            return prefix + self.emit(child) + ')'
        if t == 'concat':
            items = n[1]
            out = []
            for i, c in enumerate(items):
                out.append(self.emit(c, items[i - 1] if i > 0 else prev,
                                     items[i + 1] if i + 1 < len(items) else nxt))
            return ''.join(out)
        if t == 'alt':
            return '|'.join(self.emit(c, prev, nxt) for c in n[1])
        if t == 'quant':
            child, lo, hi, lazy = n[1], n[2], n[3], n[4]
            inner = self.emit(child)
            if not is_atom(child):
                inner = '(?:' + inner + ')'
            if (lo, hi) == (0, INF):
                q = '*'
            elif (lo, hi) == (1, INF):
                q = '+'
            elif (lo, hi) == (0, 1):
                q = '?'
            elif hi == INF:
                q = '{%d,}' % lo
            elif lo == hi:
                q = '{%d}' % lo
            else:
                q = '{%d,%d}' % (lo, hi)
            return inner + q + ('?' if lazy else '')
        if t == 'ref':
            if n[2] and self.icase_mode != 'flag':
                raise Unsupported('case-insensitive backreference in a partly case-sensitive pattern')
            return '\x00%d\x00' % n[1]   # renumbered once every group is numbered
        raise AssertionError(n)


def is_atom(n):
    t = n[0]
    return t in ('char', 'set') or (t == 'group' and n[1] in ('cap', 'nc'))


def widen(s):
    out = Set()
    out.negate, out.anything = s.negate, s.anything
    out.ranges = list(s.ranges)
    out.cats = list(s.cats)
    out.add_case_equivalences()
    if s.sub is not None:
        out.sub = widen(s.sub)
    return out


def case_nodes(n, acc):
    """Collects (icase, matters) for every char/set/ref node."""
    t = n[0]
    if t == 'char':
        acc.append((n[2], len(fold_orbit(n[1])) > 1))
    elif t == 'set':
        s = n[1]
        matters = any(name in ('Ll', 'Lu', 'Lt') for name, _ in s.cats) or any(
            len(fold_orbit(c)) > 1 for lo, hi in s.ranges if hi - lo <= 0x3000 for c in range(lo, hi + 1))
        acc.append((n[2], matters))
    elif t == 'ref':
        acc.append((n[2], True))
    elif t == 'group':
        case_nodes(n[2], acc)
    elif t in ('concat', 'alt'):
        for c in n[1]:
            case_nodes(c, acc)
    elif t == 'quant':
        case_nodes(n[1], acc)


def translate(pattern, flags):
    """Translates one Chroma rule pattern, compiled by Chroma as
    `\\G(?flags)(?:pattern)`. flags is a string of 'm', 'i', 's'.

    Returns (es_pattern, icase_flag, group_map, ngroups): group_map[k-1] is the
    ECMAScript group number of regexp2 group k (None if it is the identity)."""
    tree, ngroups = tree_of(pattern, flags)
    return emit(tree, ngroups)


def tree_of(pattern, flags):
    """The parsed pattern (the AST above) as Chroma matches it: a leading \\G
    dropped (Chroma anchors every match there anyway). Returns (tree, ngroups)."""
    options = 0
    for f in flags:
        options |= OPTION_CODES[f]
    tree, ngroups = parse(pattern, options)
    if tree[0] == 'concat' and tree[1] and tree[1][0] == ('assert', 'start'):
        tree = ('concat', tree[1][1:])
    elif tree == ('assert', 'start'):
        tree = ('empty',)
    return tree, ngroups


def emit(tree, ngroups):
    """ECMAScript for a tree (see translate)."""
    acc = []
    case_nodes(tree, acc)
    mattering = [ic for ic, m in acc if m]
    mode = 'flag' if mattering and all(mattering) else 'expand'
    em = Emitter(mode)
    body = em.emit(tree)
    # Renumber backreferences (emitted with regexp2 slots) to ECMAScript groups.
    import re as _re
    body = _re.sub('\x00(\\d+)\x00', lambda m: '(?:\\%d)' % em.slot_map[int(m.group(1))], body)
    gmap = [em.slot_map[k] for k in range(1, ngroups + 1)]
    identity = gmap == list(range(1, ngroups + 1)) and em.js_group == ngroups
    return body, mode == 'flag', (None if identity else gmap), ngroups
