//! A fast path of the native regex backend for the simplest patterns: a
//! sequence of characters and character classes, only the last repeated
//! (`[…]+`, `[^…]*`, `#[^\n]*`, `\$\(`, `[(){}]`).
//!
//! Written here rather than taken from a crate: these are the rules Chroma's
//! lexers try most often (the whitespace and text runs are 40% of the native
//! backend's calls on the shared posts), and regress, the ECMAScript engine
//! every other pattern runs on, sets up an executor for each call (about
//! 200 ns, with allocations), where such a pattern needs only a look at the
//! characters it takes. The shapes read are few and exact; anything else
//! (properties, `\d` and friends, nested classes and set operations, groups,
//! alternatives, assertions, case folding) is left to regress. A test
//! compares every pattern of Chroma's lexers that this module takes with regress.
//! (src/start.rs reads patterns too, but loosely: it only bounds where a
//! match may begin, so it reads what it does not know as "anything"; this
//! module answers matches, so it reads exactly or not at all.)
//!
//! Patterns are ECMAScript for the `v` (unicodeSets) flag, as the backend
//! compiles them (see [`crate::regex`]).
//!
//! Also here: [`leading_lookbehind`], which takes a pattern's opening
//! one-character look-behind (how the translation writes regexp2's `\b` and
//! `^`) apart from the rest, so that the backend checks the character before
//! the position itself and runs the rest anchored at the position, without
//! regress's look-around machinery and its allocations.

/// A pattern this module matches: each item takes one character, the last
/// as often as its quantifier says (greedily: nothing follows it, so no
/// backtracking can change the match).
#[derive(Debug)]
pub(crate) struct Simple {
    items: Vec<Set>,
    last: Quantifier,
}

#[derive(Debug, Clone, Copy, PartialEq)]
enum Quantifier {
    One,
    Optional,
    Plus,
    Star,
}

/// A set of characters: ASCII as a bitmap, the rest as ranges.
#[derive(Debug, Default)]
struct Set {
    ascii: u128,
    ranges: Vec<(u32, u32)>,
    negated: bool,
}

impl Set {
    fn add(&mut self, lo: u32, hi: u32) {
        if lo < 128 {
            let top = hi.min(127);
            self.ascii |= (u128::MAX >> (127 - top)) & (u128::MAX << lo);
        }
        if hi >= 128 {
            self.ranges.push((lo.max(128), hi));
        }
    }

    fn contains(&self, c: char) -> bool {
        let c = c as u32;
        let member = if c < 128 { self.ascii >> c & 1 == 1 } else { self.ranges.iter().any(|&(lo, hi)| lo <= c && c <= hi) };
        member != self.negated
    }
}

impl Simple {
    /// `pattern` read as a [`Simple`], or `None` when it has any other shape
    /// (or is matched ignoring case).
    pub(crate) fn parse(pattern: &str, icase: bool) -> Option<Simple> {
        if icase {
            return None;
        }
        let cs: Vec<char> = pattern.chars().collect();
        let mut items = Vec::new();
        let mut last = Quantifier::One;
        let mut i = 0;
        while i < cs.len() {
            let set = match cs[i] {
                '[' => {
                    let (set, next) = class(&cs, i + 1)?;
                    i = next;
                    set
                }
                '\\' => {
                    let (c, next) = escape(&cs, i + 1, false)?;
                    i = next;
                    single(c)
                }
                '^' | '$' | '.' | '*' | '+' | '?' | '(' | ')' | ']' | '{' | '}' | '|' => return None,
                c => {
                    i += 1;
                    single(c as u32)
                }
            };
            items.push(set);
            if let Some(&q) = cs.get(i).filter(|c| matches!(c, '*' | '+' | '?' | '{')) {
                // Only the pattern's last item may repeat, and only as `?`, `+` or `*`.
                if i + 1 != cs.len() || q == '{' {
                    return None;
                }
                last = match q {
                    '?' => Quantifier::Optional,
                    '+' => Quantifier::Plus,
                    _ => Quantifier::Star,
                };
                i += 1;
            }
        }
        (!items.is_empty()).then_some(Simple { items, last })
    }

    /// The end of the match that starts at byte `pos` of `text`, if one does.
    pub(crate) fn match_at(&self, text: &str, pos: usize) -> Option<usize> {
        let (repeated, fixed) = self.items.split_last()?;
        let mut chars = text[pos..].char_indices();
        for set in fixed {
            let (_, c) = chars.next()?;
            if !set.contains(c) {
                return None;
            }
        }
        let mut end = chars.offset();
        let max = if matches!(self.last, Quantifier::One | Quantifier::Optional) { 1 } else { usize::MAX };
        let mut taken = 0;
        while taken < max {
            match chars.next() {
                Some((_, c)) if repeated.contains(c) => {
                    taken += 1;
                    end = chars.offset();
                }
                _ => break,
            }
        }
        let needed = usize::from(matches!(self.last, Quantifier::One | Quantifier::Plus));
        (taken >= needed).then_some(pos + end)
    }
}

/// A pattern's opening look-behind of one character class.
#[derive(Debug, PartialEq)]
pub(crate) struct Lookbehind<'a> {
    /// `(?<!…)`: the character before must not be in the class (or there is none).
    pub negated: bool,
    /// The class, `[…]`.
    pub class: &'a str,
    /// The pattern without the look-behind, with the same groups.
    pub rest: String,
}

/// `pattern` as an opening `(?<![…])` or `(?<=[…])`, at its start or at the
/// start of its first group, and the rest; `None` where the look-behind would
/// not hold for every match (an alternative, `|`, beside it, at the top or in
/// that group; the group repeated or optional), where its class may hold a
/// string of characters (`\q{…}`, the emoji sequence properties), or where
/// the rest looks before the position itself (another look-behind, `^`,
/// `\b`, `\B`): the rest runs on the text from the position on.
pub(crate) fn leading_lookbehind(pattern: &str) -> Option<Lookbehind<'_>> {
    let group = ["(?:", "("].into_iter().find(|g| pattern.starts_with(g) && !pattern[g.len()..].starts_with(['?', '*', '+'])).unwrap_or("");
    let group = if pattern[group.len()..].starts_with("(?<") { group } else { "" };
    let at = group.len();
    let negated = match pattern.get(at..at + 4)? {
        "(?<!" => true,
        "(?<=" => false,
        _ => return None,
    };
    let class_start = at + 4;
    let after_class = class_end(pattern, class_start)?;
    let class = &pattern[class_start..after_class];
    if pattern.as_bytes().get(after_class) != Some(&b')') || class.contains("\\q") || class.contains("Emoji") {
        return None;
    }
    let rest = format!("{group}{}", &pattern[after_class + 1..]);
    if rest.contains("(?<=") || rest.contains("(?<!") {
        return None;
    }
    // Alternatives and quantifiers, read with classes and escapes skipped.
    let bytes = rest.as_bytes();
    let (mut depth, mut i) = (0usize, 0);
    let mut group_closed = group.is_empty();
    while i < bytes.len() {
        match bytes[i] {
            b'\\' if matches!(bytes.get(i + 1), Some(b'b' | b'B')) => return None,
            b'\\' => i += 1,
            b'[' => i = class_end(&rest, i)? - 1,
            b'^' => return None,
            b'(' => depth += 1,
            b')' => {
                depth = depth.checked_sub(1)?;
                if depth == 0 && !group_closed {
                    group_closed = true;
                    if matches!(bytes.get(i + 1), Some(b'*' | b'+' | b'?' | b'{')) {
                        return None;
                    }
                }
            }
            b'|' if depth == 0 || (depth == 1 && !group_closed) => return None,
            _ => {}
        }
        i += 1;
    }
    Some(Lookbehind { negated, class, rest })
}

/// The end (after its `]`) of the class starting at `pattern[start]`, with
/// escapes and nested classes.
fn class_end(pattern: &str, start: usize) -> Option<usize> {
    let bytes = pattern.as_bytes();
    if bytes.get(start) != Some(&b'[') {
        return None;
    }
    let (mut depth, mut i) = (0usize, start);
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 1,
            b'[' => depth += 1,
            b']' => {
                depth -= 1;
                if depth == 0 {
                    return Some(i + 1);
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

fn single(c: u32) -> Set {
    let mut set = Set::default();
    set.add(c, c);
    set
}

/// A class whose body starts at `cs[i]` (after its `[`): the set, and the
/// index after its `]`.
fn class(cs: &[char], mut i: usize) -> Option<(Set, usize)> {
    let mut set = Set::default();
    if cs.get(i) == Some(&'^') {
        set.negated = true;
        i += 1;
    }
    loop {
        if *cs.get(i)? == ']' {
            return Some((set, i + 1));
        }
        let (lo, next) = class_char(cs, i)?;
        i = next;
        let hi = if cs.get(i) == Some(&'-') {
            let (hi, next) = class_char(cs, i + 1)?;
            i = next;
            hi
        } else {
            lo
        };
        if lo > hi {
            return None;
        }
        set.add(lo, hi);
    }
}

/// One character of a `v`-mode class at `cs[i]`, and the index after it;
/// `None` for anything else (a nested class, a set operation, a class escape).
fn class_char(cs: &[char], i: usize) -> Option<(u32, usize)> {
    match *cs.get(i)? {
        '\\' => escape(cs, i + 1, true),
        // ClassSetSyntaxCharacter: a nested class, a set operation, or an error.
        '(' | ')' | '[' | ']' | '{' | '}' | '/' | '-' | '|' => None,
        // ClassSetReservedDoublePunctuator: `&&` is an intersection, the others errors.
        c if "&!#$%*+,.:;<=>?@^`~".contains(c) && cs.get(i + 1) == Some(&c) => None,
        c => Some((c as u32, i + 1)),
    }
}

/// The escape whose body starts at `cs[i]` (after its `\`): the character,
/// and the index after it. `in_class`: the escapes a `v`-mode class adds
/// (the reserved punctuators; its `\b`, a backspace, regress reads as `b`,
/// so it is left to regress).
fn escape(cs: &[char], i: usize, in_class: bool) -> Option<(u32, usize)> {
    let c = *cs.get(i)?;
    let simple = match c {
        't' => Some(0x09),
        'n' => Some(0x0A),
        'v' => Some(0x0B),
        'f' => Some(0x0C),
        'r' => Some(0x0D),
        '0' if !cs.get(i + 1).is_some_and(char::is_ascii_digit) => Some(0),
        '^' | '$' | '\\' | '.' | '*' | '+' | '?' | '(' | ')' | '[' | ']' | '{' | '}' | '|' | '/' => Some(c as u32),
        '&' | '-' | '!' | '#' | '%' | ',' | ':' | ';' | '<' | '=' | '>' | '@' | '`' | '~' if in_class => Some(c as u32),
        _ => None,
    };
    if let Some(v) = simple {
        return Some((v, i + 1));
    }
    let hex = |from: usize, to: usize| -> Option<u32> {
        let digits = cs.get(from..to).filter(|d| !d.is_empty() && d.len() <= 6 && d.iter().all(char::is_ascii_hexdigit))?;
        digits.iter().try_fold(0u32, |n, d| Some(n * 16 + d.to_digit(16)?))
    };
    let (value, next) = match c {
        'x' => (hex(i + 1, i + 3)?, i + 3),
        'u' if cs.get(i + 1) == Some(&'{') => {
            let close = i + 2 + cs[i + 2..].iter().position(|&d| d == '}')?;
            (hex(i + 2, close)?, close + 1)
        }
        'u' => (hex(i + 1, i + 5)?, i + 5),
        _ => return None,
    };
    // A surrogate may pair with the next escape into one character: left to regress.
    (char::from_u32(value).is_some()).then_some((value, next))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regress_end(pattern: &str, text: &str, pos: usize) -> Option<usize> {
        let flags = regress::Flags { unicode_sets: true, ..Default::default() };
        let re = regress::Regex::with_flags(&format!("^(?:{pattern})"), flags).unwrap();
        re.find(&text[pos..]).map(|m| pos + m.end())
    }

    /// The distinct patterns of Chroma's lexers (with whether each ignores
    /// case), and the file each first appears in.
    fn chromas_patterns() -> Vec<(String, String, bool)> {
        let root = env!("CARGO_MANIFEST_DIR");
        let mut files: Vec<_> = std::fs::read_dir(format!("{root}/src/data/lexers")).unwrap().map(|e| e.unwrap().path()).collect();
        files.sort();
        let mut seen = std::collections::BTreeSet::new();
        let mut out = Vec::new();
        for file in files {
            for rule in crate::rules::parse_rules(&std::fs::read_to_string(&file).unwrap()).unwrap().rules {
                let Some(pattern) = rule.pattern else { continue };
                if seen.insert((pattern.clone(), rule.icase)) {
                    out.push((file.display().to_string(), pattern, rule.icase));
                }
            }
        }
        out
    }

    #[test]
    fn takes_an_opening_lookbehind_apart_only_where_it_holds_for_every_match() {
        let split = |p: &str| leading_lookbehind(p).map(|l| (l.negated, l.class.to_owned(), l.rest));
        assert_eq!(split("(?<![\\p{L}])(if|fi)(?![\\p{L}])"), Some((true, "[\\p{L}]".to_owned(), "(if|fi)(?![\\p{L}])".to_owned())));
        assert_eq!(split("((?<=[^\\n])[a-z]+)(x)"), Some((false, "[^\\n]".to_owned(), "([a-z]+)(x)".to_owned())));
        assert_eq!(split("(?:(?<![[a]--[b]])x)"), Some((true, "[[a]--[b]]".to_owned(), "(?:x)".to_owned())));
        for p in [
            "(?<![a])x|y",
            "((?<![a])x|y)",
            "((?<![a])x)?y",
            "((?<![a])x)+",
            "(?<![a])x(?<=b)",
            "(?<!ab)x",
            "x(?<![a])",
            "(?=(?<![a]))x",
            "(?<![a]x",
            "(?<![\\q{ab}])x",
            "(?<![\\p{RGI_Emoji}])x",
            "(?<![a])\\bx",
            "(?<![a])x\\B",
            "(?<![a])(?:^|x)",
        ] {
            assert_eq!(split(p), None, "{p}");
        }
        assert!(split("((?<![a])x)|y").is_none(), "an alternative at the top");
        assert!(split("((?<![a])x)(y|z)").is_some(), "an alternative in a later group");
    }

    /// Every pattern of Chroma's lexers with an opening look-behind or a
    /// simple shape answers through the fast paths as through regress alone:
    /// the same rule, the same groups, at every position of texts made of
    /// the pattern's own words between characters of every kind.
    #[test]
    fn the_fast_paths_answer_as_regress_alone_on_chromas_lexers() {
        use crate::regex::{Backend, Captures, Native};
        let separators = ["", " ", "x", "é", "_", "0", "\u{660}", "\u{300}", "\u{200c}", "中", "(", "-", ".", "$", "#", "\t", "'", "\""];
        let (mut fast, mut plain) = (Native::new(), Native::without_fast_paths());
        let (mut split, mut matched) = (0, 0);
        for (file, pattern, icase) in chromas_patterns() {
            let pattern = pattern.as_str();
            if leading_lookbehind(pattern).is_none() {
                continue;
            }
            split += 1;
            let (a, b) = (fast.compile(pattern, icase, true).unwrap(), plain.compile(pattern, icase, true).unwrap());
            // The pattern's words (its keywords), each after and before every separator, a line each.
            let mut words: Vec<&str> =
                pattern.split(|c: char| !c.is_ascii_alphanumeric() && c != '_').filter(|w| !w.is_empty()).take(40).collect();
            words.push("");
            let mut text = String::new();
            for w in words {
                for s in separators {
                    text.push_str(s);
                    text.push_str(w);
                }
                text.push_str(" \n");
            }
            let (ha, hb) = (fast.begin_text(&text), plain.begin_text(&text));
            let (mut ca, mut cb) = (Captures::new(), Captures::new());
            for (pos, _) in text.char_indices() {
                let got = fast.match_first(ha, pos, &[a], &mut ca).map(|_| ca.clone());
                let want = plain.match_first(hb, pos, &[b], &mut cb).map(|_| cb.clone());
                assert_eq!(got, want, "{file}: {pattern:?} at {pos} of {text:?}");
                matched += usize::from(got.is_some());
            }
            fast.end_text(ha);
            plain.end_text(hb);
        }
        eprintln!("{split} distinct patterns of Chroma's lexers have their look-behind checked apart; {matched} matches compared");
        assert!(split > 300, "few patterns take the look-behind path: {split}");
        assert!(matched > 10_000, "the texts give the patterns few matches: {matched}");
    }

    #[test]
    fn reads_the_simple_shapes_and_leaves_the_rest() {
        for p in [
            "[\\t-\\r \\u0085\\u00A0]+",
            "[^\"\\$\\&-\\)\\;-\\=]+",
            "\\$\\(",
            "#[^\\n]*",
            "[\\(-\\)\\=]",
            "a?",
            "[\\u{1F600}-\\u{1F64F}x]",
            "[\\-\\&]",
        ] {
            assert!(Simple::parse(p, false).is_some(), "{p}");
        }
        let others = [
            "a+b",
            "[a-z]+?",
            "[a-z]{2}",
            "[\\d]",
            "\\w+",
            "[\\p{L}]+",
            "[a--b]",
            "[[a]]",
            "[a&&b]",
            "(a)",
            "a|b",
            "\\b",
            "^a",
            "a$",
            ".",
            "\\1",
            "[-a]",
            "[z-a]",
            "\\uD83D\\uDE00",
            "",
            "[a",
            "\\u{110000}",
            "[\\b]",
        ];
        for p in others {
            assert!(Simple::parse(p, false).is_none(), "{p}");
        }
        assert!(Simple::parse("a", true).is_none(), "case folding is left to regress");
    }

    /// Every pattern of Chroma's lexers this module takes matches as regress
    /// does, at every position of texts made of the characters around each
    /// of its ranges' ends and a sample of others.
    #[test]
    fn matches_as_regress_on_every_pattern_it_takes_from_chromas_lexers() {
        let common: Vec<char> =
            "aZ_09 \t\n\r\x0b\x0c\0-]^\\\"'$#(){}[]\u{85}\u{a0}\u{1680}\u{2000}\u{200a}\u{2028}\u{3000}\u{feff}éßſ\u{212a}中😀\u{300}"
                .chars()
                .collect();
        let mut taken = 0;
        for (file, pattern, icase) in chromas_patterns() {
            let pattern = pattern.as_str();
            let Some(simple) = Simple::parse(pattern, icase) else { continue };
            taken += 1;
            let mut probes = common.clone();
            for set in &simple.items {
                let ends = set.ranges.iter().flat_map(|&(lo, hi)| [lo, hi]);
                let ascii_ends = (0..128).filter(|&b| {
                    set.ascii >> b & 1 == 1 && (b == 0 || set.ascii >> (b - 1) & 1 == 0 || b == 127 || set.ascii >> (b + 1) & 1 == 0)
                });
                for e in ends.chain(ascii_ends) {
                    probes.extend([e.saturating_sub(1), e, e + 1].into_iter().filter_map(char::from_u32));
                }
            }
            // Runs of each probe, then the probes one after another.
            let mut text: String = probes.iter().flat_map(|&c| [c, c, c]).collect();
            text.extend(probes.iter().rev());
            for (pos, _) in text.char_indices() {
                assert_eq!(simple.match_at(&text, pos), regress_end(pattern, &text, pos), "{file}: {pattern:?} at {pos}");
            }
        }
        eprintln!("{taken} distinct patterns of Chroma's lexers take the fast path");
        assert!(taken > 500, "the fast path takes few patterns: {taken}");
    }
}
