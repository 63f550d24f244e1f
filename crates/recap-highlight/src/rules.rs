//! A lexer's rules as the generated data has them (`data/lexers/*.lex`, see
//! tools/chroma/gen.py): states of rules, each a pattern with its emitter
//! (chroma.Emitter: a token type, groups, another lexer) and mutator (push,
//! pop, combined states); the characters its match can begin with and its
//! leading loop are read from the pattern (src/start.rs). Includes are spliced
//! and combined states built when the file is read, as Chroma's
//! RegexLexer.maybeCompile does. The file has one line per state (`S name`),
//! include (`I name`) and rule (`R flags pattern emitter mutator group-map
//! groups leading-loop`: the last only where the pattern does not show it;
//! token types as their index in TOKEN_TYPES; empty fields at the end left out),
//! tab-separated (tools/chroma/gen.py, FORMAT); other lines are ignored. A pattern's
//! characters U+0001, U+0002, ... stand for the sub-patterns of
//! [`PATTERN_PARTS`] (the members of regexp2's `\s` and `\w` classes).

use crate::lexers::builtin::PATTERN_PARTS;
use crate::map::Map;
use crate::start::{analyse, First, Start};
use crate::token_types::TOKEN_TYPES;
use crate::types::TokenType;

#[derive(Debug, Clone)]
pub(crate) enum Emitter {
    None,
    Token(TokenType),
    ByGroups(Vec<Emitter>),
    Using(String),
    UsingSelf(String),
    UsingByGroup { sub: usize, code: usize, emitters: Vec<Emitter> },
    UsingRemap { lexer: String, map: Vec<(TokenType, TokenType)> },
}

#[derive(Debug, Clone)]
pub(crate) enum Mutator {
    None,
    /// States by name, as the data has them; resolved to [`Mutator::Goto`] when loaded.
    Push(Vec<String>),
    /// States by index ([`POP`]: `#pop`; [`UNKNOWN`]: a state the lexer lacks).
    Goto(Vec<usize>),
    Pop(usize),
    /// Resolved when the rules are loaded; never run.
    Include,
    Combined(Vec<String>),
    Multi(Vec<Mutator>),
}

#[derive(Debug)]
pub(crate) struct Rule {
    pub pattern: Option<String>,
    pub icase: bool,
    pub emitter: Emitter,
    pub mutator: Mutator,
    /// ECMAScript group of regexp2 group k+1 (None: the same numbers).
    pub group_map: Option<Vec<usize>>,
    pub ngroups: usize,
    /// Where its match can begin, its leading loop (src/start.rs).
    pub start: Start,
}

/// A lexer's rules, flattened: includes spliced, combined states built.
#[derive(Debug)]
pub(crate) struct Rules {
    pub rules: Vec<Rule>,
    /// Per state: indices into `rules`.
    pub states: Vec<Vec<usize>>,
    pub state_names: Map<String, usize>,
}

/// ASCII characters as pairs of range ends (printable, or `\xHH`); `-`: none.
fn chars(s: &str) -> u128 {
    let mut ends = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() && s != "-" {
        if b[i] == b'\\' && i + 4 <= b.len() {
            ends.push(crate::num::unsigned(&s[i + 2..i + 4], 16).unwrap_or(0u8));
            i += 4;
        } else {
            ends.push(b[i]);
            i += 1;
        }
    }
    let mut ascii = 0u128;
    for r in ends.chunks(2) {
        for c in r[0]..=r[r.len() - 1].min(127) {
            ascii |= 1 << c;
        }
    }
    ascii
}

fn unescape_name(s: &str) -> String {
    let mut out = String::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Some(v) = crate::num::unsigned::<u8>(&s[i + 1..i + 3], 16) {
                out.push(v as char);
                i += 3;
                continue;
            }
        }
        let c = s[i..].chars().next().unwrap();
        out.push(c);
        i += c.len_utf8();
    }
    out
}

/// A pattern with its [`PATTERN_PARTS`] written out.
pub(crate) fn expand_pattern(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match PATTERN_PARTS.get((c as usize).wrapping_sub(1)) {
            Some(part) => out.push_str(part),
            None => out.push(c),
        }
    }
    out
}

/// Splits `s` at top-level occurrences of `sep` (not inside parentheses).
fn split_top(s: &str, sep: char) -> Vec<&str> {
    let mut out = Vec::new();
    let mut depth = 0;
    let mut start = 0;
    for (i, c) in s.char_indices() {
        match c {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ if c == sep && depth == 0 => {
                out.push(&s[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    out.push(&s[start..]);
    out
}

fn inner<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    s.strip_prefix(prefix)?.strip_suffix(')')
}

/// A token type as the file writes it: its index in TOKEN_TYPES.
fn token(s: &str) -> Option<TokenType> {
    Some(TOKEN_TYPES.get(crate::num::unsigned::<usize>(s, 10)?)?.0)
}

/// Emitters one after another (None if one is malformed). Loops rather than
/// iterator adapters here and in the other readers of the data: each
/// `collect` into an `Option<Vec<_>>` or `Vec<_>` is code of its own in the
/// browser's module.
fn emitters(parts: &[&str]) -> Option<Vec<Emitter>> {
    let mut out = Vec::new();
    for p in parts {
        out.push(parse_emitter(p)?);
    }
    Some(out)
}

fn parse_emitter(s: &str) -> Option<Emitter> {
    if s.is_empty() {
        return Some(Emitter::None);
    }
    if let Some(t) = s.strip_prefix('t') {
        return token(t).map(Emitter::Token);
    }
    if let Some(body) = inner(s, "g(") {
        return emitters(&split_top(body, ',')).map(Emitter::ByGroups);
    }
    if let Some(body) = inner(s, "u(") {
        return Some(Emitter::Using(unescape_name(body)));
    }
    if let Some(body) = inner(s, "s(") {
        return Some(Emitter::UsingSelf(unescape_name(body)));
    }
    if let Some(body) = inner(s, "b(") {
        let parts = split_top(body, ',');
        if parts.len() < 2 {
            return None;
        }
        let sub = crate::num::unsigned(parts[0], 10)?;
        let code = crate::num::unsigned(parts[1], 10)?;
        let emitters = emitters(&parts[2..])?;
        return Some(Emitter::UsingByGroup { sub, code, emitters });
    }
    if let Some(body) = inner(s, "r(") {
        let parts = split_top(body, ',');
        let mut map = Vec::new();
        for p in &parts[1..] {
            let (a, b) = p.split_once(':')?;
            map.push((token(a)?, token(b)?));
        }
        return Some(Emitter::UsingRemap { lexer: unescape_name(parts[0]), map });
    }
    None
}

fn names(body: &str) -> Vec<String> {
    if body.is_empty() {
        Vec::new()
    } else {
        let mut out = Vec::new();
        for name in body.split(',') {
            out.push(unescape_name(name));
        }
        out
    }
}

fn parse_mutator(s: &str) -> Option<Mutator> {
    if s.is_empty() {
        return Some(Mutator::None);
    }
    if let Some(body) = inner(s, "p(") {
        return Some(Mutator::Push(names(body)));
    }
    if let Some(n) = s.strip_prefix('o') {
        return crate::num::unsigned(n, 10).map(Mutator::Pop);
    }
    if let Some(body) = inner(s, "i(") {
        let _ = body;
        return Some(Mutator::Include);
    }
    if let Some(body) = inner(s, "c(") {
        return Some(Mutator::Combined(names(body)));
    }
    if let Some(body) = inner(s, "m(") {
        let mut out = Vec::new();
        for m in split_top(body, ';') {
            out.push(parse_mutator(m)?);
        }
        return Some(Mutator::Multi(out));
    }
    None
}

enum Entry {
    Rule(usize),
    Include(String),
}

/// Reads a `.lex` file and resolves includes and combined states as Chroma's
/// RegexLexer.maybeCompile does. None if the file is malformed (the lexer is
/// then unavailable: what was wrong is not reported, so not described).
pub(crate) fn parse_rules(text: &str) -> Option<Rules> {
    let mut rules: Vec<Rule> = Vec::new();
    let mut raw: Vec<(String, Vec<Entry>)> = Vec::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        match f[0] {
            "S" => raw.push((unescape_name(f.get(1).copied().unwrap_or("")), Vec::new())),
            "I" => {
                let st = raw.last_mut()?;
                st.1.push(Entry::Include(unescape_name(f.get(1).copied().unwrap_or(""))));
            }
            "R" => {
                // (Empty fields at the end of the line are left out.)
                let field = |k: usize| f.get(k).copied().unwrap_or("");
                let flags = field(1);
                let pattern = if flags.contains('!') { None } else { Some(expand_pattern(field(2))) };
                let icase = flags.contains('i');
                let mut start =
                    pattern.as_deref().map_or(Start { first: First::ANY, lead: 0, lead_at_line_start: false }, |p| analyse(p, icase));
                if let Some(&lead) = f.get(7) {
                    // A leading loop the pattern does not show (a rewritten rule's original's).
                    start.lead_at_line_start = lead.starts_with('^');
                    start.lead = chars(lead.trim_start_matches('^'));
                }
                let rule = Rule {
                    pattern,
                    icase,
                    emitter: parse_emitter(field(3))?,
                    mutator: parse_mutator(field(4))?,
                    group_map: if field(5).is_empty() {
                        None
                    } else {
                        let mut map = Vec::new();
                        for n in field(5).split(',') {
                            map.push(crate::num::unsigned(n, 10).unwrap_or(0));
                        }
                        Some(map)
                    },
                    ngroups: crate::num::unsigned(field(6), 10).unwrap_or(0),
                    start,
                };
                rules.push(rule);
                let st = raw.last_mut()?;
                st.1.push(Entry::Rule(rules.len() - 1));
            }
            _ => {}
        }
    }
    let mut state_names: Map<String, usize> = Map::new();
    for (i, (n, _)) in raw.iter().enumerate() {
        state_names.insert(n.clone(), i);
    }
    fn flatten(
        i: usize,
        raw: &[(String, Vec<Entry>)],
        names: &Map<String, usize>,
        done: &mut Vec<Option<Vec<usize>>>,
        visiting: &mut Vec<bool>,
    ) -> Vec<usize> {
        if let Some(v) = &done[i] {
            return v.clone();
        }
        if visiting[i] {
            return Vec::new();
        }
        visiting[i] = true;
        let mut out = Vec::new();
        for e in &raw[i].1 {
            match e {
                Entry::Rule(r) => out.push(*r),
                Entry::Include(s) => {
                    if let Some(&j) = names.get(s) {
                        out.extend(flatten(j, raw, names, done, visiting));
                    }
                }
            }
        }
        visiting[i] = false;
        done[i] = Some(out.clone());
        out
    }
    let mut done = vec![None; raw.len()];
    let mut visiting = vec![false; raw.len()];
    let mut states: Vec<Vec<usize>> = Vec::new();
    for i in 0..raw.len() {
        states.push(flatten(i, &raw, &state_names, &mut done, &mut visiting));
    }
    // Combined states: "__combined_a__b", the states' rules one after another.
    let mut i = 0;
    while i < rules.len() {
        let combos: Vec<Vec<String>> = collect_combined(&rules[i].mutator);
        for c in combos {
            let name = combined_name(&c);
            if !state_names.contains_key(&name) {
                let mut v = Vec::new();
                for s in &c {
                    if let Some(&j) = state_names.get(s) {
                        v.extend(states[j].iter().copied());
                    }
                }
                states.push(v);
                state_names.insert(name, states.len() - 1);
            }
        }
        rules[i].mutator = replace_combined(std::mem::replace(&mut rules[i].mutator, Mutator::None));
        i += 1;
    }
    for r in &mut rules {
        r.mutator = resolve(std::mem::replace(&mut r.mutator, Mutator::None), &state_names);
    }
    Some(Rules { rules, states, state_names })
}

/// `#pop` in a resolved push.
pub(crate) const POP: usize = usize::MAX;
/// A state the lexer does not have, in a resolved push (Chroma panics; lexing ends).
pub(crate) const UNKNOWN: usize = usize::MAX - 1;

/// Pushes by state name to pushes by index, so that lexing looks nothing up.
fn resolve(m: Mutator, names: &Map<String, usize>) -> Mutator {
    match m {
        Mutator::Push(v) => {
            let mut states = Vec::new();
            for s in &v {
                states.push(if s == "#pop" { POP } else { names.get(s.as_str()).copied().unwrap_or(UNKNOWN) });
            }
            Mutator::Goto(states)
        }
        Mutator::Multi(ms) => {
            let mut out = Vec::new();
            for m in ms {
                out.push(resolve(m, names));
            }
            Mutator::Multi(out)
        }
        m => m,
    }
}

/// A combined state's name: "__combined_a__b" for states a and b.
fn combined_name(states: &[String]) -> String {
    let mut name = String::from("__combined_");
    for (i, s) in states.iter().enumerate() {
        if i > 0 {
            name.push_str("__");
        }
        name.push_str(s);
    }
    name
}

fn collect_combined(m: &Mutator) -> Vec<Vec<String>> {
    let mut out = Vec::new();
    match m {
        Mutator::Combined(v) => out.push(v.clone()),
        Mutator::Multi(ms) => {
            for m in ms {
                out.extend(collect_combined(m));
            }
        }
        _ => {}
    }
    out
}

fn replace_combined(m: Mutator) -> Mutator {
    match m {
        Mutator::Combined(v) => Mutator::Push(vec![combined_name(&v)]),
        Mutator::Multi(ms) => {
            let mut out = Vec::new();
            for m in ms {
                out.push(replace_combined(m));
            }
            Mutator::Multi(out)
        }
        m => m,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn combined_names_as_chroma_writes_them() {
        let names = |v: &[&str]| super::combined_name(&v.iter().map(|s| s.to_string()).collect::<Vec<_>>());
        assert_eq!(names(&["a", "b"]), "__combined_a__b");
        assert_eq!(names(&["root"]), "__combined_root");
        assert_eq!(names(&[]), "__combined_");
    }
}
