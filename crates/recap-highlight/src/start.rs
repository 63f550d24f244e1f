//! What a rule's match can begin with, read from its ECMAScript pattern when
//! a lexer is loaded (the lexer files do not store it: 1.8 KB brotli of the
//! browser's module): the characters its match can begin with ([`First`]) and
//! its leading loop ([`Start::lead`]).
//!
//! Written for Recap: it reads the patterns tools/chroma/regexp2.py writes
//! (the `v` flag's syntax) and answers what that script's `first_chars` and
//! `leading_loop` answer on the regexp2 pattern they come from (a test
//! checks every rule of every lexer against them, `tests/data/starts.txt`).
//! Its answers may only ever be wider: a first-character set must hold every
//! character a match can begin with (the engine tries the rule nowhere
//! else), a leading loop's characters only characters of the loop's class.
//! Anything it does not know (a Unicode property other than the few the
//! translation writes, a string class) makes it answer "anywhere, no loop".
//!
//! The translation's idioms it knows: `(?<![^\n])` is `^` (a line start),
//! `(?=(X))\N` an atomic group `(?>X)` (not a backreference), `(?:\N)` a
//! backreference. Look-arounds, assertions and backreferences match empty.

/// The characters a rule's match can begin with: the engine tries a rule only
/// where it can match.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct First {
    /// Bit c: the ASCII character c.
    pub ascii: u128,
    pub non_ascii: bool,
}

impl First {
    pub(crate) const ANY: First = First { ascii: u128::MAX, non_ascii: true };

    /// Whether a match can begin with the character whose first byte is `b`.
    pub(crate) fn admits(&self, b: u8) -> bool {
        if b < 128 {
            self.ascii >> b & 1 == 1
        } else {
            self.non_ascii
        }
    }
}

/// What [`analyse`] found in a pattern.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Start {
    pub first: First,
    /// The ASCII characters of the pattern's leading loop (0: none): a pattern
    /// shaped `Z S{m,} C` (Z at most `^`, no backreference) that fails at p
    /// (where Z holds) fails at every position up to the end of the run of S
    /// from p.
    pub lead: u128,
    /// Z is `^`: a failure teaches something only at a line start.
    pub lead_at_line_start: bool,
}

/// A set of characters as far as the analysis needs it: ASCII exactly, ſ
/// (U+017F) and K (U+212A, the Kelvin sign: both fold to ASCII letters), and
/// whether it may hold another non-ASCII character.
#[derive(Clone, Copy)]
struct Set {
    ascii: u128,
    /// Bit 0: U+017F, bit 1: U+212A.
    folds: u8,
    non_ascii: bool,
}

const fn bits(lo: u8, hi: u8) -> u128 {
    (u128::MAX >> (127 - hi)) & (u128::MAX << lo)
}
const DIGITS: u128 = bits(b'0', b'9');
const UPPER: u128 = bits(b'A', b'Z');
const LOWER: u128 = bits(b'a', b'z');
const K_S: u128 = 1 << b'k' | 1 << b'K' | 1 << b's' | 1 << b'S';

impl Set {
    const fn new(ascii: u128, folds: u8, non_ascii: bool) -> Set {
        Set { ascii, folds, non_ascii }
    }

    fn range(lo: u32, hi: u32) -> Set {
        let ascii = if lo > 127 || lo > hi { 0 } else { bits(lo as u8, hi.min(127) as u8) };
        let has = |c: u32| (lo <= c && c <= hi) as u8;
        Set::new(ascii, has(0x17F) | has(0x212A) << 1, hi > 127)
    }

    fn not(self) -> Set {
        Set::new(!self.ascii, !self.folds & 3, true)
    }

    fn or(self, o: Set) -> Set {
        Set::new(self.ascii | o.ascii, self.folds | o.folds, self.non_ascii | o.non_ascii)
    }

    fn and(self, o: Set) -> Set {
        Set::new(self.ascii & o.ascii, self.folds & o.folds, self.non_ascii & o.non_ascii)
    }
}

/// What a piece of a pattern can begin with, and its leading loop.
#[derive(Clone, Copy, Default)]
struct Info {
    first: u128,
    non_ascii: bool,
    nullable: bool,
    /// The leading loop's ASCII characters (0: none) and whether it follows `^`.
    lead: u128,
    lead_bol: bool,
    /// One character (a literal, an escape, a class, `.`): a loop of it can lead.
    single: bool,
    /// `^` as the translation writes it.
    bol: bool,
}

struct Parser<'a> {
    s: &'a [char],
    i: usize,
    icase: bool,
    has_ref: bool,
    unknown: bool,
}

/// What a rule's (expanded) pattern can begin with; `icase`: its `i` flag.
pub(crate) fn analyse(pattern: &str, icase: bool) -> Start {
    let s: Vec<char> = pattern.chars().collect();
    let mut p = Parser { s: &s, i: 0, icase, has_ref: false, unknown: false };
    let info = p.alternatives();
    if p.unknown || p.i != s.len() {
        return Start { first: First::ANY, lead: 0, lead_at_line_start: false };
    }
    let first = if info.nullable { First::ANY } else { First { ascii: info.first, non_ascii: info.non_ascii } };
    let lead = if p.has_ref { 0 } else { info.lead };
    Start { first, lead, lead_at_line_start: lead != 0 && info.lead_bol }
}

impl Parser<'_> {
    fn peek(&self, k: usize) -> char {
        self.s.get(self.i + k).copied().unwrap_or('\0')
    }

    fn eat(&mut self, c: char) -> bool {
        let hit = self.i < self.s.len() && self.s[self.i] == c;
        self.i += hit as usize;
        hit
    }

    fn next(&mut self) -> char {
        let c = self.peek(0);
        self.i += 1;
        c
    }

    /// `a|b|…` up to the end or a `)`.
    fn alternatives(&mut self) -> Info {
        let mut info = self.sequence();
        while self.eat('|') {
            let o = self.sequence();
            info = Info {
                first: info.first | o.first,
                non_ascii: info.non_ascii | o.non_ascii,
                nullable: info.nullable | o.nullable,
                ..Info::default()
            };
        }
        info
    }

    /// Quantified atoms one after another.
    fn sequence(&mut self) -> Info {
        let mut out = Info { nullable: true, ..Info::default() };
        let mut n = 0;
        let mut after_bol = false;
        while self.i < self.s.len() && !matches!(self.peek(0), '|' | ')') {
            let item = self.quantified();
            if out.nullable {
                out.first |= item.first;
                out.non_ascii |= item.non_ascii;
                out.nullable = item.nullable;
            }
            // regexp2.py leading_loop: the first item, after at most one `^`.
            if n == 0 && item.bol {
                after_bol = true;
            } else if n == 0 || (n == 1 && after_bol) {
                (out.lead, out.lead_bol) = match (after_bol, item.lead_bol) {
                    (true, true) => (0, false),
                    (a, b) => (item.lead, a | b),
                };
            }
            n += 1;
        }
        out
    }

    fn quantified(&mut self) -> Info {
        let atom = self.atom();
        let (min, unbounded) = match self.peek(0) {
            '*' => (0, true),
            '+' => (1, true),
            '?' => (0, false),
            '{' => {
                self.i += 1;
                let mut min = 0u32;
                while self.peek(0).is_ascii_digit() {
                    min = min.saturating_mul(10).saturating_add(self.next() as u32 - '0' as u32);
                }
                let comma = self.eat(',');
                let unbounded = comma && self.peek(0) == '}';
                while self.peek(0) != '}' && self.i < self.s.len() {
                    self.i += 1;
                }
                (min, unbounded)
            }
            _ => return atom,
        };
        self.i += 1;
        self.eat('?');
        Info {
            first: atom.first,
            non_ascii: atom.non_ascii,
            nullable: atom.nullable | (min == 0),
            lead: if atom.single && unbounded { atom.first } else { 0 },
            ..Info::default()
        }
    }

    fn atom(&mut self) -> Info {
        let empty = Info { nullable: true, ..Info::default() };
        let start = self.i;
        match self.next() {
            '(' => {
                let kind = if self.eat('?') {
                    match self.next() {
                        '<' if !matches!(self.peek(0), '=' | '!') => {
                            while self.i < self.s.len() && self.next() != '>' {}
                            ':'
                        }
                        '<' => {
                            self.i += 1;
                            if self.s[self.i - 1] == '=' {
                                'b'
                            } else {
                                'B'
                            }
                        }
                        k => k,
                    }
                } else {
                    ':'
                };
                if kind == '=' && self.peek(0) == '(' && self.peek(1) != '?' {
                    // An atomic group as the translation writes it: (?=(X))\N.
                    let at = self.i;
                    let inner = self.atom();
                    if self.peek(0) == ')' && self.peek(1) == '\\' && self.peek(2).is_ascii_digit() {
                        self.i += 2;
                        while self.peek(0).is_ascii_digit() {
                            self.i += 1;
                        }
                        return Info { lead: 0, lead_bol: false, bol: false, single: false, ..inner };
                    }
                    self.i = at;
                }
                let body = self.alternatives();
                if !self.eat(')') {
                    self.unknown = true;
                }
                match kind {
                    ':' => Info { single: false, bol: false, ..body },
                    'B' => Info { bol: self.s[start..self.i].iter().copied().eq(r"(?<![^\n])".chars()), ..empty },
                    _ => empty,
                }
            }
            '[' => {
                let set = self.class();
                self.set_info(set, true)
            }
            '.' => self.set_info(Set::range('\n' as u32, '\n' as u32).or(Set::range('\r' as u32, '\r' as u32)).not(), true),
            '^' | '$' => empty,
            '\\' => match self.peek(0) {
                'b' | 'B' => {
                    self.i += 1;
                    empty
                }
                '1'..='9' => {
                    // A backreference (the translation writes it as (?:\N)).
                    while self.peek(0).is_ascii_digit() {
                        self.i += 1;
                    }
                    self.has_ref = true;
                    empty
                }
                'k' => {
                    while self.i < self.s.len() && self.next() != '>' {}
                    self.has_ref = true;
                    empty
                }
                _ => match self.escape(false) {
                    Ok(c) => self.set_info(Set::range(c, c), false),
                    Err(set) => self.set_info(set, true),
                },
            },
            c => self.set_info(Set::range(c as u32, c as u32), false),
        }
    }

    /// One character matched by `set` (`class`: a class or a class escape).
    fn set_info(&self, set: Set, class: bool) -> Info {
        let mut first = set.ascii;
        let mut non_ascii = set.non_ascii;
        if self.icase {
            // Each character's case orbit: a letter's other case; ſ and K are
            // s and k.
            first |= (set.ascii & LOWER) >> 32 | (set.ascii & UPPER) << 32;
            if set.folds & 1 != 0 {
                first |= 1 << b's' | 1 << b'S';
            }
            if set.folds & 2 != 0 {
                first |= 1 << b'k' | 1 << b'K';
            }
            non_ascii |= class || first & K_S != 0;
        }
        Info { first, non_ascii, single: true, ..Info::default() }
    }

    /// After `\`: a character, or the set of a class escape.
    fn escape(&mut self, in_class: bool) -> Result<u32, Set> {
        let c = self.next();
        Ok(match c {
            'd' | 'D' => return Err(not_if(c == 'D', Set::new(DIGITS, 0, false))),
            's' | 'S' => return Err(not_if(c == 'S', Set::new(bits(9, 13) | 1 << b' ', 0, true))),
            'w' | 'W' => return Err(not_if(c == 'W', Set::new(DIGITS | UPPER | LOWER | 1 << b'_', 0, false))),
            'p' | 'P' => {
                let name_start = self.i + 1;
                while self.i < self.s.len() && self.next() != '}' {}
                let name: String = self.s[name_start.min(self.i)..self.i.saturating_sub(1)].iter().collect();
                let set = match name.as_str() {
                    "Nd" | "N" => Set::new(DIGITS, 0, true),
                    "L" => Set::new(UPPER | LOWER, 3, true),
                    "Lu" => Set::new(UPPER, 2, true),
                    "Ll" => Set::new(LOWER, 1, true),
                    "Mn" => Set::new(0, 0, true),
                    "Pc" => Set::new(1 << b'_', 0, true),
                    _ => {
                        self.unknown = true;
                        Set::new(0, 0, true)
                    }
                };
                return Err(not_if(c == 'P', set));
            }
            'n' => 10,
            'r' => 13,
            't' => 9,
            'v' => 11,
            'f' => 12,
            '0' => 0,
            'b' if in_class => 8,
            'c' => self.next() as u32 % 32,
            'x' | 'u' => {
                let braces = c == 'u' && self.eat('{');
                let mut n = 0u32;
                let mut k = 0;
                while self.peek(0).is_ascii_hexdigit() && (braces || k < if c == 'x' { 2 } else { 4 }) {
                    n = n.saturating_mul(16).saturating_add(self.next().to_digit(16).unwrap_or(0));
                    k += 1;
                }
                if braces {
                    self.eat('}');
                }
                n
            }
            'q' => {
                self.unknown = true;
                0
            }
            c => c as u32,
        })
    }

    /// A class member that is one character (a literal or an escape).
    fn member(&mut self, c: char) -> Result<u32, Set> {
        if c == '\\' {
            self.escape(true)
        } else {
            Ok(c as u32)
        }
    }

    /// A class after its `[` (the `v` flag's: nested classes, `--`, `&&`).
    fn class(&mut self) -> Set {
        let negated = self.eat('^');
        let mut acc = Set::new(0, 0, false);
        let mut op = '|';
        while self.i < self.s.len() && self.peek(0) != ']' {
            let c = self.peek(0);
            if (c == '-' || c == '&') && self.peek(1) == c {
                self.i += 2;
                op = c;
                continue;
            }
            let x = match self.next() {
                '[' => self.class(),
                c => match self.member(c) {
                    Err(set) => set,
                    Ok(lo) if self.peek(0) == '-' && self.peek(1) != '-' => {
                        self.i += 1;
                        let c = self.next();
                        match self.member(c) {
                            Ok(hi) => Set::range(lo, hi),
                            Err(_) => {
                                self.unknown = true;
                                Set::range(lo, lo)
                            }
                        }
                    }
                    Ok(lo) => Set::range(lo, lo),
                },
            };
            acc = match op {
                '-' => acc.and(x.not()),
                '&' => acc.and(x),
                _ => acc.or(x),
            };
            op = '|';
        }
        if !self.eat(']') {
            self.unknown = true;
        }
        if negated {
            acc.not()
        } else {
            acc
        }
    }
}

fn not_if(negate: bool, s: Set) -> Set {
    if negate {
        s.not()
    } else {
        s
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// fmt_first's form (tools/chroma/gen.py): `*`, or pairs of range ends
    /// (printable or `\xHH`), then `+` if non-ASCII.
    fn parse_first(s: &str) -> First {
        if s == "*" {
            return First::ANY;
        }
        let mut non_ascii = false;
        let mut ends = Vec::new();
        let b = s.as_bytes();
        let mut i = 0;
        while i < b.len() {
            if ends.len() % 2 == 0 && i + 1 == b.len() && b[i] == b'+' {
                non_ascii = true;
            } else if b[i] == b'\\' {
                ends.push(u8::from_str_radix(&s[i + 2..i + 4], 16).unwrap());
                i += 3;
            } else {
                ends.push(b[i]);
            }
            i += 1;
        }
        let mut ascii = 0u128;
        for r in ends.chunks(2) {
            for c in r[0]..=r[1] {
                ascii |= 1 << c;
            }
        }
        First { ascii, non_ascii }
    }

    /// Every rule of every lexer, as loaded (the analysis, then the lexer
    /// file's leading loop where it has one), against what
    /// tools/chroma/regexp2.py answers on the regexp2 pattern
    /// (tests/data/starts.txt): the same ASCII characters and leading loops;
    /// non-ASCII first characters where regexp2.py's answer is wider than
    /// ECMAScript's (regexp2 folds `ı` to `i` and ignores case in classes
    /// that the translation wrote out case by case; a pattern without the `i`
    /// flag and without non-ASCII characters, classes or properties cannot
    /// begin with one, and with it only k and s fold from non-ASCII ones),
    /// never where it is not.
    #[test]
    fn answers_as_regexp2_py() {
        let root = env!("CARGO_MANIFEST_DIR");
        let reference = std::fs::read_to_string(format!("{root}/tests/data/starts.txt")).unwrap();
        // A file's line (`=name`) has no tab, a rule's has one.
        let mut files: Vec<(&str, Vec<&str>)> = Vec::new();
        for line in reference.lines() {
            match line.strip_prefix('=') {
                Some(name) if !line.contains('\t') => files.push((name, Vec::new())),
                _ => files.last_mut().unwrap().1.push(line),
            }
        }
        let (mut rules, mut narrower) = (0, 0);
        // Letters, digits, spaces and case folds near ASCII.
        let probes: Vec<char> = (0x80..0x250)
            .chain([0x2028, 0x3000, 0x212A, 0x212B, 0x0660, 0x0966, 0xFF10, 0x4E00, 0x1F600])
            .filter_map(char::from_u32)
            .collect();
        let mut files_seen = 0;
        for (name, want) in files {
            let text = std::fs::read_to_string(format!("{root}/src/data/lexers/{name}.lex")).unwrap();
            let loaded = crate::rules::parse_rules(&text).unwrap();
            let translated: Vec<_> = loaded.rules.iter().filter(|r| r.pattern.is_some()).collect();
            assert_eq!(translated.len(), want.len(), "{name}: rules");
            for (rule, want) in translated.iter().zip(want) {
                let (first, lead) = want.split_once('\t').unwrap();
                let first = parse_first(first);
                let pattern = rule.pattern.as_deref().unwrap();
                let got = rule.start;
                assert_eq!(got.first.ascii, first.ascii, "{name}: {pattern}: first characters");
                if got.first.non_ascii != first.non_ascii {
                    assert!(first.non_ascii, "{name}: {pattern}: non-ASCII first characters");
                    // Narrower than regexp2.py's: no non-ASCII probe may begin a match.
                    let flags = regress::Flags { icase: rule.icase, unicode_sets: true, ..Default::default() };
                    let re = regress::Regex::with_flags(&format!("^(?:{pattern})"), flags).unwrap();
                    for c in probes.iter() {
                        for tail in ["", "a", "_", " ", "0", "\n", "é", c.encode_utf8(&mut [0; 4])] {
                            let text = format!("{c}{tail}");
                            assert!(re.find(&text).is_none(), "{name}: {pattern}: matches {text:?}");
                        }
                    }
                    narrower += 1;
                }
                let (want_bol, lead) = match lead.strip_prefix('^') {
                    Some(l) => (true, l),
                    None => (false, lead),
                };
                let want_lead = if lead.is_empty() { 0 } else { parse_first(lead).ascii };
                assert_eq!((got.lead, got.lead_at_line_start), (want_lead, want_bol && want_lead != 0), "{name}: {pattern}: leading loop");
                rules += 1;
            }
            files_seen += 1;
        }
        eprintln!("{files_seen} lexer files, {rules} rules, {narrower} with narrower non-ASCII first characters");
        assert!(files_seen > 280 && rules > 9000);
    }

    #[test]
    fn reads_the_translations_idioms() {
        let a = |p: &str| analyse(p, false);
        assert_eq!(a("(?<![^\\n])[a-c]+x").lead, 0b111 << b'a');
        assert!(a("(?<![^\\n])[a-c]+x").lead_at_line_start);
        assert_eq!(a("(?:(?:\\1))[a-c]+").lead, 0, "a backreference: no leading loop");
        assert_eq!(a("(?=(ab*))\\1c").first, First { ascii: 1 << b'a', non_ascii: false }, "an atomic group");
        assert_eq!(a("(?=ab)|x").first, First::ANY, "a look-ahead matches empty");
        assert_eq!(a("[\\p{L}--[a-y]]").first.ascii, 1 << b'z' | UPPER);
        assert_eq!(a("[^\\p{Script=Greek}]").first, First::ANY, "should give up on a property it does not know");
        assert_eq!(analyse("[\\u212A]", true).first.ascii, 1 << b'k' | 1 << b'K');
        assert!(analyse("s", true).first.non_ascii && !analyse("a", true).first.non_ascii);
    }
}
