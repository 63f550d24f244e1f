//! The lexing engine: Chroma v2's RegexLexer (lexer.go, regexp.go, mutators.go,
//! emitters.go, delegate.go, remap.go, coalesce.go), the Markdown lexer's front
//! matter split (lexers/markdown.go) and the registry's look-ups (registry.go),
//! running the generated lexer data (`data/`, see tools/chroma/gen.py).
//!
//! Written for Recap rather than taken from a crate: the point is to reproduce
//! Chroma's own state machine, rule order, error recovery and token stream
//! exactly, which no Rust highlighter (syntect, tree-sitter) does.

use crate::regex::{Backend, Captures, RegexId};
use crate::types::{Token, TokenType, ERROR, IGNORE, OTHER};
use std::collections::HashMap;
use std::time::Duration;

// ------------------------------------------------------------------ data model

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
    Push(Vec<String>),
    Pop(usize),
    /// Resolved when the rules are loaded; never run.
    Include,
    Combined(Vec<String>),
    Multi(Vec<Mutator>),
}

#[derive(Debug)]
pub(crate) struct Rule {
    pattern: Option<String>,
    icase: bool,
    emitter: Emitter,
    mutator: Mutator,
    /// ECMAScript group of regexp2 group k+1 (None: the same numbers).
    group_map: Option<Vec<usize>>,
    ngroups: usize,
}

/// A lexer's rules, flattened: includes spliced, combined states built.
#[derive(Debug)]
pub(crate) struct Rules {
    rules: Vec<Rule>,
    /// Per state: indices into `rules`.
    states: Vec<Vec<usize>>,
    state_names: HashMap<String, usize>,
    /// Per rule: the backend's compiled regex (None until compiled; Err if it
    /// does not compile: the rule never matches).
    compiled: Vec<Option<Result<RegexId, ()>>>,
    /// Per state, once its rules are compiled: the regex ids and rule indices
    /// of the rules that compiled, in order.
    state_ids: Vec<Option<(Vec<RegexId>, Vec<usize>)>>,
}

fn unescape_name(s: &str) -> String {
    let mut out = String::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'%' && i + 2 < b.len() {
            if let Ok(v) = u8::from_str_radix(&s[i + 1..i + 3], 16) {
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

fn parse_emitter(s: &str) -> Result<Emitter, String> {
    if s.is_empty() {
        return Ok(Emitter::None);
    }
    if let Some(t) = s.strip_prefix('t') {
        return t.parse().map(Emitter::Token).map_err(|_| format!("bad token {s}"));
    }
    if let Some(body) = inner(s, "g(") {
        return split_top(body, ',').into_iter().map(parse_emitter).collect::<Result<_, _>>().map(Emitter::ByGroups);
    }
    if let Some(body) = inner(s, "u(") {
        return Ok(Emitter::Using(unescape_name(body)));
    }
    if let Some(body) = inner(s, "s(") {
        return Ok(Emitter::UsingSelf(unescape_name(body)));
    }
    if let Some(body) = inner(s, "b(") {
        let parts = split_top(body, ',');
        if parts.len() < 2 {
            return Err(format!("bad usingbygroup {s}"));
        }
        let sub = parts[0].parse().map_err(|_| format!("bad usingbygroup {s}"))?;
        let code = parts[1].parse().map_err(|_| format!("bad usingbygroup {s}"))?;
        let emitters = parts[2..].iter().map(|p| parse_emitter(p)).collect::<Result<_, _>>()?;
        return Ok(Emitter::UsingByGroup { sub, code, emitters });
    }
    if let Some(body) = inner(s, "r(") {
        let parts = split_top(body, ',');
        let mut map = Vec::new();
        for p in &parts[1..] {
            let (a, b) = p.split_once(':').ok_or_else(|| format!("bad remap {s}"))?;
            map.push((a.parse().map_err(|_| "bad remap")?, b.parse().map_err(|_| "bad remap")?));
        }
        return Ok(Emitter::UsingRemap { lexer: unescape_name(parts[0]), map });
    }
    Err(format!("bad emitter {s}"))
}

fn names(body: &str) -> Vec<String> {
    if body.is_empty() {
        Vec::new()
    } else {
        body.split(',').map(unescape_name).collect()
    }
}

fn parse_mutator(s: &str) -> Result<Mutator, String> {
    if s.is_empty() {
        return Ok(Mutator::None);
    }
    if let Some(body) = inner(s, "p(") {
        return Ok(Mutator::Push(names(body)));
    }
    if let Some(n) = s.strip_prefix('o') {
        return n.parse().map(Mutator::Pop).map_err(|_| format!("bad pop {s}"));
    }
    if let Some(body) = inner(s, "i(") {
        let _ = body;
        return Ok(Mutator::Include);
    }
    if let Some(body) = inner(s, "c(") {
        return Ok(Mutator::Combined(names(body)));
    }
    if let Some(body) = inner(s, "m(") {
        return split_top(body, ';').into_iter().map(parse_mutator).collect::<Result<_, _>>().map(Mutator::Multi);
    }
    Err(format!("bad mutator {s}"))
}

enum Entry {
    Rule(usize),
    Include(String),
}

/// Reads a `.lex` file and resolves includes and combined states as Chroma's
/// RegexLexer.maybeCompile does.
pub(crate) fn parse_rules(text: &str) -> Result<Rules, String> {
    let mut rules: Vec<Rule> = Vec::new();
    let mut raw: Vec<(String, Vec<Entry>)> = Vec::new();
    for line in text.lines() {
        let f: Vec<&str> = line.split('\t').collect();
        match f[0] {
            "S" => raw.push((unescape_name(f.get(1).copied().unwrap_or("")), Vec::new())),
            "I" => {
                let st = raw.last_mut().ok_or("include outside a state")?;
                st.1.push(Entry::Include(unescape_name(f.get(1).copied().unwrap_or(""))));
            }
            "R" => {
                if f.len() < 7 {
                    return Err(format!("bad rule line {line}"));
                }
                let flags = f[1];
                let rule = Rule {
                    pattern: if flags.contains('!') { None } else { Some(f[2].to_string()) },
                    icase: flags.contains('i'),
                    emitter: parse_emitter(f[3])?,
                    mutator: parse_mutator(f[4])?,
                    group_map: if f[5].is_empty() { None } else { Some(f[5].split(',').map(|n| n.parse().unwrap_or(0)).collect()) },
                    ngroups: f[6].parse().unwrap_or(0),
                };
                rules.push(rule);
                let st = raw.last_mut().ok_or("rule outside a state")?;
                st.1.push(Entry::Rule(rules.len() - 1));
            }
            _ => {}
        }
    }
    let mut state_names: HashMap<String, usize> = HashMap::new();
    for (i, (n, _)) in raw.iter().enumerate() {
        state_names.insert(n.clone(), i);
    }
    fn flatten(
        i: usize,
        raw: &[(String, Vec<Entry>)],
        names: &HashMap<String, usize>,
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
    let mut states: Vec<Vec<usize>> = (0..raw.len()).map(|i| flatten(i, &raw, &state_names, &mut done, &mut visiting)).collect();
    // Combined states: "__combined_a__b", the states' rules one after another.
    let mut i = 0;
    while i < rules.len() {
        let combos: Vec<Vec<String>> = collect_combined(&rules[i].mutator);
        for c in combos {
            let name = format!("__combined_{}", c.join("__"));
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
    let n = rules.len();
    let ns = states.len();
    Ok(Rules { rules, states, state_names, compiled: (0..n).map(|_| None).collect(), state_ids: vec![None; ns] })
}

fn collect_combined(m: &Mutator) -> Vec<Vec<String>> {
    match m {
        Mutator::Combined(v) => vec![v.clone()],
        Mutator::Multi(ms) => ms.iter().flat_map(collect_combined).collect(),
        _ => Vec::new(),
    }
}

fn replace_combined(m: Mutator) -> Mutator {
    match m {
        Mutator::Combined(v) => Mutator::Push(vec![format!("__combined_{}", v.join("__"))]),
        Mutator::Multi(ms) => Mutator::Multi(ms.into_iter().map(replace_combined).collect()),
        m => m,
    }
}

// ------------------------------------------------------------------ registry

/// How a lexer tokenises.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum Kind {
    Regex,
    /// lexers/markdown.go: a leading YAML front matter block, then Markdown.
    Markdown,
    /// chroma.DelegatingLexer: the rules are the language lexer's; `root` lexes
    /// the "Other" tokens.
    Delegate(String),
}

/// A lexer's configuration (chroma.Config) and where its rules are.
#[derive(Debug, Clone)]
pub struct Config {
    pub name: String,
    pub aliases: Vec<String>,
    pub filenames: Vec<String>,
    pub alias_filenames: Vec<String>,
    pub mime_types: Vec<String>,
    pub priority: f32,
    pub ensure_nl: bool,
    /// The data file's base name; None for lexers Recap has no rules for.
    pub data: Option<String>,
    pub(crate) kind: Kind,
    pub(crate) analyse: Vec<(bool, f32, String)>,
}

const REGISTRY: &str = include_str!("data/registry.txt");

pub(crate) fn parse_registry() -> Vec<Config> {
    let mut out: Vec<Config> = Vec::new();
    for line in REGISTRY.lines() {
        if line.starts_with('#') || line.is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        if f[0] == "A" && f.len() >= 4 {
            if let Some(last) = out.last_mut() {
                last.analyse.push((f[1] == "first", f[2].parse().unwrap_or(0.0), f[3..].join("\t")));
            }
            continue;
        }
        let list = |i: usize| -> Vec<String> {
            f.get(i).filter(|s| !s.is_empty()).map(|s| s.split('\x1f').map(String::from).collect()).unwrap_or_default()
        };
        let flags = f.get(6).copied().unwrap_or("");
        let kind = match f.get(8).copied().unwrap_or("") {
            "markdown" => Kind::Markdown,
            k if k.starts_with("delegate:") => Kind::Delegate(k["delegate:".len()..].to_string()),
            _ => Kind::Regex,
        };
        out.push(Config {
            name: f[0].to_string(),
            aliases: list(1),
            filenames: list(2),
            alias_filenames: list(3),
            mime_types: list(4),
            priority: f.get(5).and_then(|s| s.parse().ok()).unwrap_or(0.0),
            ensure_nl: flags.contains('n'),
            data: f.get(7).filter(|s| !s.is_empty()).map(|s| s.to_string()),
            kind,
            analyse: Vec::new(),
        });
    }
    out
}

/// Go's path/filepath.Match for the globs Chroma's lexers use (`*`, `?`, `[...]`).
pub(crate) fn glob_match(pattern: &str, name: &str) -> bool {
    fn m(p: &[char], n: &[char]) -> bool {
        if p.is_empty() {
            return n.is_empty();
        }
        match p[0] {
            '*' => (0..=n.len()).any(|i| !n[..i].contains(&'/') && m(&p[1..], &n[i..])),
            '?' => !n.is_empty() && n[0] != '/' && m(&p[1..], &n[1..]),
            '[' => {
                if n.is_empty() || n[0] == '/' {
                    return false;
                }
                let Some(close) = p.iter().skip(1).position(|&c| c == ']').map(|i| i + 1) else {
                    return false;
                };
                let class = &p[1..close];
                let (neg, class) = match class.first() {
                    Some('^') => (true, &class[1..]),
                    _ => (false, class),
                };
                let c = n[0];
                let mut hit = false;
                let mut i = 0;
                while i < class.len() {
                    if i + 2 < class.len() && class[i + 1] == '-' {
                        if class[i] <= c && c <= class[i + 2] {
                            hit = true;
                        }
                        i += 3;
                    } else {
                        if class[i] == c {
                            hit = true;
                        }
                        i += 1;
                    }
                }
                hit != neg && m(&p[close + 1..], &n[1..])
            }
            '\\' if p.len() > 1 => !n.is_empty() && n[0] == p[1] && m(&p[2..], &n[1..]),
            c => !n.is_empty() && n[0] == c && m(&p[1..], &n[1..]),
        }
    }
    let p: Vec<char> = pattern.chars().collect();
    let n: Vec<char> = name.chars().collect();
    m(&p, &n)
}

const IGNORED_SUFFIXES: &[&str] = &[
    "~",
    ".bak",
    ".old",
    ".orig",
    ".dpkg-dist",
    ".dpkg-old",
    ".ucf-dist",
    ".ucf-new",
    ".ucf-old",
    ".rpmnew",
    ".rpmorig",
    ".rpmsave",
    ".in",
];

fn priority(c: &Config) -> f32 {
    if c.priority == 0.0 {
        1.0
    } else {
        c.priority
    }
}

/// sort.Sort(PrioritisedLexers) on the short lists Chroma sorts: insertion sort
/// for fewer than 13 elements (stable), as Go's pdqsort does.
fn sort_by_priority(v: &mut [usize], cfgs: &[Config]) {
    v.sort_by(|&a, &b| priority(&cfgs[b]).partial_cmp(&priority(&cfgs[a])).unwrap_or(std::cmp::Ordering::Equal));
}

/// LexerRegistry.Match.
pub(crate) fn match_filename(cfgs: &[Config], filename: &str) -> Option<usize> {
    let base = filename.rsplit('/').next().unwrap_or(filename);
    for alias in [false, true] {
        let mut matched: Vec<usize> = Vec::new();
        for (i, c) in cfgs.iter().enumerate() {
            let globs = if alias { &c.alias_filenames } else { &c.filenames };
            for g in globs {
                if glob_match(g, base) || IGNORED_SUFFIXES.iter().any(|s| glob_match(&format!("{g}{s}"), base)) {
                    matched.push(i);
                }
            }
        }
        if !matched.is_empty() {
            sort_by_priority(&mut matched, cfgs);
            return Some(matched[0]);
        }
    }
    None
}

/// LexerRegistry.Get: name, alias, their lower-case forms, then file name.
pub(crate) fn lookup(cfgs: &[Config], name: &str) -> Option<usize> {
    let lower = name.to_lowercase();
    for n in [name, lower.as_str()] {
        // byName holds each name as written and lower-cased; later registrations win.
        if let Some(i) = cfgs.iter().rposition(|c| c.name == n || c.name.to_lowercase() == n) {
            return Some(i);
        }
        if let Some(i) = cfgs.iter().rposition(|c| c.aliases.iter().any(|a| a == n || a.to_lowercase() == n)) {
            return Some(i);
        }
    }
    let mut cands: Vec<usize> = Vec::new();
    if let Some(i) = match_filename(cfgs, &format!("filename.{name}")) {
        cands.push(i);
    }
    if let Some(i) = match_filename(cfgs, name) {
        cands.push(i);
    }
    if cands.is_empty() {
        return None;
    }
    sort_by_priority(&mut cands, cfgs);
    Some(cands[0])
}

// ------------------------------------------------------------------ engine

/// Why tokenising stopped early.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stop {
    /// The work budget ran out.
    Budget,
}

pub(crate) struct Options<'a> {
    pub state: &'a str,
    pub nested: bool,
    pub ensure_lf: bool,
}

pub(crate) const DEFAULT_OPTIONS: Options<'static> = Options { state: "root", nested: false, ensure_lf: true };

/// The per-call work budget: a cap on match attempts and on wall time.
pub(crate) struct Budget {
    pub attempts_left: u64,
    pub deadline: Option<Duration>,
    pub clock: Option<fn() -> Duration>,
    pub started: Duration,
    pub exhausted: bool,
}

/// Where lexers and their compiled rules live.
pub struct Engine {
    pub(crate) backend: Box<dyn Backend>,
    pub(crate) configs: Vec<Config>,
    /// Lexer data by file base name: built in, or added at run time.
    pub(crate) sources: HashMap<String, &'static str>,
    pub(crate) owned_sources: HashMap<String, String>,
    pub(crate) loaded: HashMap<String, Rules>,
}

/// chroma.ensureLF.
fn ensure_lf(text: &str) -> std::borrow::Cow<'_, str> {
    if !text.contains('\r') {
        return std::borrow::Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let b = text.as_bytes();
    let mut start = 0;
    for i in 0..b.len() {
        if b[i] == b'\r' {
            out.push_str(&text[start..i]);
            if !(i + 1 < b.len() && b[i + 1] == b'\n') {
                out.push('\n');
            }
            start = i + 1;
        }
    }
    out.push_str(&text[start..]);
    std::borrow::Cow::Owned(out)
}

fn push(out: &mut Vec<Token>, ty: TokenType, value: &str) {
    if ty != IGNORE {
        out.push(Token { ty, value: value.to_string() });
    }
}

impl Engine {
    pub(crate) fn new(backend: Box<dyn Backend>, sources: HashMap<String, &'static str>) -> Engine {
        Engine { backend, configs: parse_registry(), sources, owned_sources: HashMap::new(), loaded: HashMap::new() }
    }

    /// Whether the lexer's rules are available.
    pub(crate) fn available(&self, lexer: usize) -> bool {
        match &self.configs[lexer].data {
            Some(d) => {
                let own = self.sources.contains_key(d) || self.owned_sources.contains_key(d);
                own && match &self.configs[lexer].kind {
                    Kind::Delegate(root) => lookup(&self.configs, root).is_some_and(|r| self.available(r)),
                    _ => true,
                }
            }
            None => false,
        }
    }

    fn ensure_loaded(&mut self, data: &str) -> bool {
        if self.loaded.contains_key(data) {
            return true;
        }
        let text: &str = match (self.sources.get(data), self.owned_sources.get(data)) {
            (Some(s), _) => s,
            (None, Some(s)) => s.as_str(),
            _ => return false,
        };
        match parse_rules(text) {
            Ok(r) => {
                self.loaded.insert(data.to_string(), r);
                true
            }
            Err(_) => false,
        }
    }

    /// Tokenises with the lexer, as chroma.Lexer.Tokenise (not coalesced).
    pub(crate) fn tokenise(&mut self, lexer: usize, opts: &Options, text: &str, budget: &mut Budget, out: &mut Vec<Token>) {
        let kind = self.configs[lexer].kind.clone();
        match kind {
            Kind::Regex => self.regex_tokenise(lexer, opts, text, budget, out),
            Kind::Markdown => {
                if let Some((front, rest)) = split_front_matter(text) {
                    if let Some(yaml) = lookup(&self.configs, "YAML") {
                        self.tokenise(yaml, opts, front, budget, out);
                        self.regex_tokenise(lexer, opts, rest, budget, out);
                        return;
                    }
                }
                self.regex_tokenise(lexer, opts, text, budget, out)
            }
            Kind::Delegate(root) => {
                let Some(root) = lookup(&self.configs, &root) else {
                    return self.regex_tokenise(lexer, opts, text, budget, out);
                };
                self.delegate_tokenise(root, lexer, opts, text, budget, out)
            }
        }
    }

    /// chroma.delegatingLexer.Tokenise.
    fn delegate_tokenise(&mut self, root: usize, language: usize, opts: &Options, text: &str, budget: &mut Budget, out: &mut Vec<Token>) {
        let mut tokens = Vec::new();
        self.regex_tokenise(language, opts, text, budget, &mut tokens);
        let tokens = coalesce(tokens);
        struct Insertion {
            start: usize,
            end: usize,
            tokens: Vec<Token>,
        }
        let mut others = String::new();
        let mut insertions: Vec<Insertion> = Vec::new();
        let mut offset = 0;
        let mut last: Option<TokenType> = None;
        for t in tokens {
            let len = t.value.len();
            if t.ty == OTHER {
                if let (Some(l), Some(ins)) = (last, insertions.last_mut()) {
                    if l != OTHER {
                        ins.end = offset;
                    }
                }
                others.push_str(&t.value);
                last = Some(OTHER);
            } else {
                if last.is_none() || last == Some(OTHER) {
                    insertions.push(Insertion { start: offset, end: 0, tokens: Vec::new() });
                }
                last = Some(t.ty);
                insertions.last_mut().unwrap().tokens.push(t);
            }
            offset += len;
        }
        if insertions.is_empty() {
            return self.tokenise(root, opts, text, budget, out);
        }
        let mut root_tokens = Vec::new();
        self.tokenise(root, opts, &others, budget, &mut root_tokens);
        let root_tokens = coalesce(root_tokens);
        let mut offset = 0usize;
        let mut ti = 0;
        let next_token = |ti: &mut usize| -> Option<Token> {
            let t = root_tokens.get(*ti).cloned();
            *ti += 1;
            t
        };
        let mut ins_iter = insertions.into_iter();
        let mut t = next_token(&mut ti);
        let mut i = ins_iter.next();
        while t.is_some() || i.is_some() {
            let take_insertion = match (&t, &i) {
                (None, _) => true,
                (Some(tok), Some(ins)) => ins.start < offset + tok.value.len(),
                _ => false,
            };
            if take_insertion {
                let ins = i.take().unwrap();
                // splitToken(t, ins.start - offset)
                if let Some(tok) = t.take() {
                    let at = ins.start.saturating_sub(offset);
                    if at == 0 {
                        t = Some(tok);
                    } else if at >= tok.value.len() {
                        offset += tok.value.len();
                        out.push(tok);
                    } else {
                        let (l, r) = tok.value.split_at(at);
                        out.push(Token { ty: tok.ty, value: l.to_string() });
                        offset += l.len();
                        t = Some(Token { ty: tok.ty, value: r.to_string() });
                    }
                }
                let span = ins.end.wrapping_sub(ins.start);
                out.extend(ins.tokens);
                offset = offset.wrapping_add(span);
                if t.is_none() {
                    t = next_token(&mut ti);
                }
                i = ins_iter.next();
            } else {
                let tok = t.take().unwrap();
                offset += tok.value.len();
                out.push(tok);
                t = next_token(&mut ti);
            }
        }
    }

    fn compile_rule(&mut self, data: &str, rule: usize) -> Result<RegexId, ()> {
        let rules = self.loaded.get_mut(data).unwrap();
        if let Some(c) = rules.compiled[rule] {
            return c;
        }
        let r = &rules.rules[rule];
        let c = match &r.pattern {
            Some(p) => self.backend.compile(p, r.icase).map_err(|_| ()),
            None => Err(()),
        };
        self.loaded.get_mut(data).unwrap().compiled[rule] = Some(c);
        c
    }

    /// chroma.RegexLexer.Tokenise and LexerState.Iterator, run to the end.
    fn regex_tokenise(&mut self, lexer: usize, opts: &Options, text: &str, budget: &mut Budget, out: &mut Vec<Token>) {
        let Some(data) = self.configs[lexer].data.clone() else { return };
        if !self.ensure_loaded(&data) {
            return;
        }
        let mut text = if opts.ensure_lf { ensure_lf(text).into_owned() } else { text.to_string() };
        let mut newline_added = false;
        if !opts.nested && self.configs[lexer].ensure_nl && !text.ends_with('\n') {
            text.push('\n');
            newline_added = true;
        }
        let end = if newline_added { text.len() - 1 } else { text.len() };
        let Some(&start_state) = self.loaded[&data].state_names.get(opts.state) else { return };
        let mut stack: Vec<usize> = vec![start_state];
        let mut pos = 0usize;
        let handle = self.backend.begin_text(&text);
        let mut caps: Captures = Vec::new();
        while pos < end && !stack.is_empty() {
            if budget.exhausted {
                break;
            }
            let state = *stack.last().unwrap();
            // The state's rules that compiled, in order (compiled on first use).
            if self.loaded[&data].state_ids[state].is_none() {
                let rule_ids: Vec<usize> = self.loaded[&data].states[state].clone();
                let (mut ids, mut idx) = (Vec::new(), Vec::new());
                for r in rule_ids {
                    if let Ok(id) = self.compile_rule(&data, r) {
                        ids.push(id);
                        idx.push(r);
                    }
                }
                self.loaded.get_mut(&data).unwrap().state_ids[state] = Some((ids, idx));
            }
            budget.attempts_left = budget.attempts_left.saturating_sub(1);
            if budget.attempts_left == 0 || budget.over_time() {
                budget.exhausted = true;
                break;
            }
            let (ids, idx) = self.loaded[&data].state_ids[state].as_ref().unwrap();
            let hit = self.backend.match_first(handle, pos, ids, &mut caps).map(|k| idx[k]);
            let Some(rule_index) = hit else {
                if text.as_bytes()[pos] == b'\n' && state != start_state {
                    stack = vec![start_state];
                    continue;
                }
                let c = text[pos..].chars().next().unwrap();
                push(out, ERROR, &text[pos..pos + c.len_utf8()]);
                pos += c.len_utf8();
                continue;
            };
            let rules = &self.loaded[&data];
            let rule = &rules.rules[rule_index];
            // regexp2 groups in .NET order; unmatched groups are "".
            let mut groups: Vec<&str> = Vec::with_capacity(rule.ngroups + 1);
            let span = |g: usize| caps.get(g).copied().flatten().map(|(a, b)| &text[a..b]).unwrap_or("");
            groups.push(span(0));
            for g in 1..=rule.ngroups {
                let js = rule.group_map.as_ref().map(|m| m[g - 1]).unwrap_or(g);
                groups.push(span(js));
            }
            pos += groups[0].len();
            let mutator = rule.mutator.clone();
            let emitter = rule.emitter.clone();
            let groups: Vec<String> = groups.into_iter().map(String::from).collect();
            self.mutate(&data, &mutator, &mut stack, state);
            self.emit(lexer, &emitter, &groups, budget, out);
        }
        self.backend.end_text(handle);
        if budget.exhausted {
            // The rest of the text, as plain text.
            if pos < text.len() {
                push(out, crate::types::TEXT, &text[pos..end.max(pos)]);
            }
            return;
        }
        if pos != text.len() && stack.is_empty() {
            push(out, ERROR, &text[pos..]);
        }
    }

    fn mutate(&self, data: &str, m: &Mutator, stack: &mut Vec<usize>, state: usize) {
        let names = &self.loaded[data].state_names;
        match m {
            Mutator::None | Mutator::Include | Mutator::Combined(_) => {}
            Mutator::Push(states) => {
                if states.is_empty() {
                    stack.push(state);
                }
                for s in states {
                    if s == "#pop" {
                        stack.pop();
                    } else if let Some(&i) = names.get(s) {
                        stack.push(i);
                    } else {
                        // Chroma panics on an unknown state; end lexing.
                        stack.clear();
                    }
                }
            }
            Mutator::Pop(n) => {
                let keep = stack.len().saturating_sub(*n);
                stack.truncate(keep);
            }
            Mutator::Multi(ms) => {
                for m in ms {
                    self.mutate(data, m, stack, state);
                }
            }
        }
    }

    fn emit(&mut self, lexer: usize, e: &Emitter, groups: &[String], budget: &mut Budget, out: &mut Vec<Token>) {
        match e {
            Emitter::None => {}
            Emitter::Token(t) => push(out, *t, &groups[0]),
            Emitter::ByGroups(es) => {
                if es.len() != groups.len() - 1 {
                    push(out, ERROR, &groups[0]);
                } else {
                    for (i, g) in groups[1..].iter().enumerate() {
                        self.emit(lexer, &es[i], std::slice::from_ref(g), budget, out);
                    }
                }
            }
            Emitter::Using(name) => match lookup(&self.configs, name) {
                Some(l) => {
                    let o = Options { state: "root", nested: true, ensure_lf: false };
                    self.tokenise(l, &o, &groups[0], budget, out);
                }
                None => push(out, ERROR, &groups[0]),
            },
            Emitter::UsingSelf(state) => {
                let o = Options { state, nested: true, ensure_lf: false };
                self.tokenise(lexer, &o, &groups[0], budget, out);
            }
            Emitter::UsingByGroup { sub, code, emitters } => {
                let sublexer = groups.get(*sub).and_then(|n| lookup(&self.configs, n)).filter(|&l| self.available(l));
                for (i, g) in groups[1..].iter().enumerate() {
                    if let (true, Some(sl)) = (i + 1 == *code, sublexer) {
                        self.tokenise(sl, &DEFAULT_OPTIONS, &groups[*code], budget, out);
                    } else if let Some(e) = emitters.get(i) {
                        self.emit(lexer, e, std::slice::from_ref(g), budget, out);
                    }
                }
            }
            Emitter::UsingRemap { lexer: name, map } => match lookup(&self.configs, name) {
                Some(l) => {
                    let o = Options { state: "root", nested: true, ensure_lf: false };
                    let start = out.len();
                    self.tokenise(l, &o, &groups[0], budget, out);
                    for t in &mut out[start..] {
                        if let Some(&(_, to)) = map.iter().find(|(from, _)| *from == t.ty) {
                            t.ty = to;
                        }
                    }
                }
                None => push(out, ERROR, &groups[0]),
            },
        }
    }
}

impl Budget {
    fn over_time(&self) -> bool {
        match (self.deadline, self.clock) {
            (Some(d), Some(clock)) if self.attempts_left % 64 == 0 => clock().saturating_sub(self.started) > d,
            _ => false,
        }
    }
}

/// lexers/markdown.go splitFrontmatter.
fn split_front_matter(text: &str) -> Option<(&str, &str)> {
    if !text.starts_with("---\n") && !text.starts_with("---\r\n") {
        return None;
    }
    let line_end = text.find('\n')?;
    if text[..line_end].trim_end_matches('\r') != "---" && text[..line_end].strip_suffix('\r').unwrap_or(&text[..line_end]) != "---" {
        return None;
    }
    let mut pos = line_end + 1;
    while pos < text.len() {
        let next = text[pos..].find('\n')?;
        let end = pos + next;
        let line = &text[pos..end];
        if line.strip_suffix('\r').unwrap_or(line) == "---" {
            return Some((&text[..end + 1], &text[end + 1..]));
        }
        pos = end + 1;
    }
    None
}

/// chroma.Coalesce: adjacent tokens of one type merged (up to 8 KB each), empty
/// tokens dropped.
pub(crate) fn coalesce(tokens: Vec<Token>) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(tokens.len());
    for t in tokens {
        if t.value.is_empty() {
            continue;
        }
        match out.last_mut() {
            Some(prev) if prev.ty == t.ty && prev.value.len() < 8192 => prev.value.push_str(&t.value),
            _ => out.push(t),
        }
    }
    out
}
