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
/// (U+017F) and K (U+212A, the Kelvin sign: they fold to s and k) exactly,
/// and whether it may hold another non-ASCII character.
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
    fn range(lo: u32, hi: u32) -> Set {
        let ascii = if lo > 127 || lo > hi { 0 } else { bits(lo as u8, hi.min(127) as u8) };
        let has = |c: u32| (lo <= c && c <= hi) as u8;
        Set { ascii, folds: has(0x17F) | has(0x212A) << 1, non_ascii: hi > 127 }
    }

    fn not(self, negate: bool) -> Set {
        if negate {
            Set { ascii: !self.ascii, folds: !self.folds & 3, non_ascii: true }
        } else {
            self
        }
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
    /// One character (a literal, an escape, a class): a loop of it can lead.
    single: bool,
    /// `^` as the translation writes it.
    bol: bool,
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
    icase: bool,
    has_ref: bool,
    unknown: bool,
}

/// What a rule's (expanded) pattern can begin with; `icase`: its `i` flag.
pub(crate) fn analyse(pattern: &str, icase: bool) -> Start {
    let mut p = Parser { s: pattern.as_bytes(), i: 0, icase, has_ref: false, unknown: false };
    let info = p.alternatives();
    if p.unknown || p.i != p.s.len() {
        return Start { first: First::ANY, lead: 0, lead_at_line_start: false };
    }
    let first = if info.nullable { First::ANY } else { First { ascii: info.first, non_ascii: info.non_ascii } };
    let lead = if p.has_ref { 0 } else { info.lead };
    Start { first, lead, lead_at_line_start: lead != 0 && info.lead_bol }
}

impl Parser<'_> {
    fn peek(&self, k: usize) -> u8 {
        self.s.get(self.i + k).copied().unwrap_or(0)
    }

    fn eat(&mut self, c: u8) -> bool {
        let hit = self.peek(0) == c;
        self.i += hit as usize;
        hit
    }

    fn next(&mut self) -> u8 {
        let c = self.peek(0);
        self.i += 1;
        c
    }

    /// `a|b|…` up to the end or a `)`.
    fn alternatives(&mut self) -> Info {
        let mut info = self.sequence();
        while self.eat(b'|') {
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
        while self.i < self.s.len() && !matches!(self.peek(0), b'|' | b')') {
            let item = self.quantified();
            if out.nullable {
                out.first |= item.first;
                out.non_ascii |= item.non_ascii;
                out.nullable = item.nullable;
            }
            // regexp2.py leading_loop: the first item's, after at most one `^`.
            if n == 0 && item.bol {
                after_bol = true;
            } else if n == 0 || (n == 1 && after_bol) {
                out.lead = if after_bol && item.lead_bol || item.single { 0 } else { item.lead };
                out.lead_bol = after_bol | item.lead_bol;
            }
            n += 1;
        }
        out
    }

    fn quantified(&mut self) -> Info {
        let atom = self.atom();
        let (min, unbounded) = match self.peek(0) {
            b'*' => (0, true),
            b'+' => (1, true),
            b'?' => (0, false),
            b'{' => {
                let min = self.peek(1);
                while self.i < self.s.len() && self.peek(0) != b'}' {
                    self.i += 1;
                }
                (min.wrapping_sub(b'0'), self.s[self.i - 1] == b',')
            }
            _ => return atom,
        };
        self.i += 1;
        self.eat(b'?');
        Info {
            first: atom.first,
            non_ascii: atom.non_ascii,
            nullable: atom.nullable | (min == 0),
            lead: if atom.single && unbounded { atom.lead } else { 0 },
            ..Info::default()
        }
    }

    fn atom(&mut self) -> Info {
        let empty = Info { nullable: true, ..Info::default() };
        let start = self.i;
        let set = match self.next() {
            b'(' => {
                let mut kind = b':';
                if self.eat(b'?') {
                    kind = self.next();
                    if kind == b'<' {
                        kind = self.next() | 0x80;
                    }
                }
                if kind == b'=' && self.peek(0) == b'(' && self.peek(1) != b'?' {
                    // An atomic group as the translation writes it: (?=(X))\N.
                    let at = self.i;
                    let inner = self.atom();
                    if self.peek(0) == b')' && self.peek(1) == b'\\' && self.peek(2).is_ascii_digit() {
                        self.i += 3;
                        while self.peek(0).is_ascii_digit() {
                            self.i += 1;
                        }
                        return Info { first: inner.first, non_ascii: inner.non_ascii, nullable: inner.nullable, ..Info::default() };
                    }
                    self.i = at;
                }
                let body = self.alternatives();
                self.unknown |= !self.eat(b')');
                return match kind {
                    b':' => Info { single: false, bol: false, ..body },
                    // Look-arounds.
                    b'=' | b'!' | 0xBD | 0xA1 => Info { bol: &self.s[start..self.i] == br"(?<![^\n])", ..empty },
                    _ => {
                        self.unknown = true;
                        empty
                    }
                };
            }
            b'[' => {
                let set = self.class();
                self.unknown |= !self.eat(b']');
                set
            }
            b'\\' if self.peek(0).is_ascii_digit() => {
                // A backreference (the translation writes it as (?:\N)).
                while self.peek(0).is_ascii_digit() {
                    self.i += 1;
                }
                self.has_ref = true;
                return empty;
            }
            b'\\' => match self.escape() {
                Ok(c) => Set::range(c, c),
                Err(set) => set,
            },
            b'^' | b'$' => return empty,
            c => {
                // (The translation writes `.` as a class, other characters outside ASCII escaped.)
                self.unknown |= c > 127 || c == b'.';
                Set::range(c as u32, c as u32)
            }
        };
        let (mut first, mut non_ascii) = (set.ascii, set.non_ascii);
        if self.icase {
            // Each character's case orbit: a letter's other case, s for ſ, k for K.
            first |= (first & LOWER) >> 32 | (first & UPPER) << 32;
            first |= [0, 1 << b's' | 1 << b'S', 1 << b'k' | 1 << b'K', K_S][set.folds as usize];
            non_ascii |= first & K_S != 0 || self.s[start] == b'[';
        }
        Info { first, non_ascii, single: true, lead: first, ..Info::default() }
    }

    /// After `\`: a character, or the set of a class escape.
    fn escape(&mut self) -> Result<u32, Set> {
        let c = self.next();
        Ok(match c {
            b's' | b'S' => return Err(Set { ascii: bits(9, 13) | 1 << b' ', folds: 0, non_ascii: true }.not(c == b'S')),
            b'p' => {
                let name_start = self.i + 1;
                while self.i < self.s.len() && self.next() != b'}' {}
                let (ascii, folds) = match &self.s[name_start.min(self.i)..self.i - 1] {
                    b"Nd" | b"N" => (DIGITS, 0),
                    b"L" => (UPPER | LOWER, 3),
                    b"Lu" => (UPPER, 2),
                    b"Ll" => (LOWER, 1),
                    b"Mn" => (0, 0),
                    b"Pc" => (1 << b'_', 0),
                    _ => {
                        self.unknown = true;
                        (0, 0)
                    }
                };
                return Err(Set { ascii, folds, non_ascii: true });
            }
            b'n' => 10,
            b'r' => 13,
            b't' => 9,
            b'v' => 11,
            b'f' => 12,
            b'u' => {
                let braces = self.eat(b'{');
                let mut n = 0u32;
                let mut k = 0;
                while self.peek(0).is_ascii_hexdigit() && (braces || k < 4) {
                    n = n * 16 + (self.next() as char).to_digit(16).unwrap_or(0);
                    k += 1;
                }
                self.eat(b'}');
                n
            }
            c => {
                // The translation escapes only punctuation so.
                self.unknown |= c.is_ascii_alphanumeric();
                c as u32
            }
        })
    }

    /// A class's members, after its `[` (the `v` flag's: nested classes, `--`).
    fn class(&mut self) -> Set {
        let negated = self.eat(b'^');
        let mut acc = Set { ascii: 0, folds: 0, non_ascii: false };
        let mut subtract = false;
        while self.i < self.s.len() && self.peek(0) != b']' {
            if self.peek(0) == b'-' && self.peek(1) == b'-' {
                self.i += 2;
                subtract = true;
                continue;
            }
            let x = match self.member() {
                Err(set) => set,
                Ok(lo) if self.peek(0) == b'-' && self.peek(1) != b'-' => {
                    self.i += 1;
                    match self.member() {
                        Ok(hi) => Set::range(lo, hi),
                        Err(_) => {
                            self.unknown = true;
                            Set::range(lo, lo)
                        }
                    }
                }
                Ok(lo) => Set::range(lo, lo),
            };
            acc = if subtract {
                Set { ascii: acc.ascii & !x.ascii, folds: acc.folds & !x.folds, non_ascii: acc.non_ascii }
            } else {
                Set { ascii: acc.ascii | x.ascii, folds: acc.folds | x.folds, non_ascii: acc.non_ascii | x.non_ascii }
            };
            subtract = false;
        }
        acc.not(negated)
    }

    /// A class member: one character (a literal, an escape), or a set.
    fn member(&mut self) -> Result<u32, Set> {
        match self.next() {
            b'\\' => self.escape(),
            b'[' => {
                let set = self.class();
                self.unknown |= !self.eat(b']');
                Err(set)
            }
            c => {
                self.unknown |= c > 127;
                Ok(c as u32)
            }
        }
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
        assert_eq!(analyse("[\\u212A]+", true).lead, 1 << b'k' | 1 << b'K');
        assert!(analyse("s", true).first.non_ascii && !analyse("a", true).first.non_ascii);
    }
}
