//! The lexing engine: Chroma v2's RegexLexer (lexer.go, regexp.go, mutators.go,
//! emitters.go, delegate.go, remap.go, coalesce.go) and the Markdown lexer's
//! front matter split (lexers/markdown.go), running the generated rules
//! (`rules.rs`) on a regex backend (`regex.rs`).
//!
//! Written for Recap rather than taken from a crate: the point is to reproduce
//! Chroma's own state machine, rule order, error recovery and token stream
//! exactly, which no Rust highlighter (syntect, tree-sitter) does.
//!
//! Two things Chroma does not do, which change what is tried but never what
//! matches: a rule is tried only where its match can begin (`First`, read from
//! its pattern by src/start.rs), and a rule with a leading loop that failed is
//! not retried inside the run its loop scanned (`Start::lead`), which keeps a rule
//! that scans a long run and fails from costing that run at every position.

use crate::map::Map;
use crate::regex::{Backend, Captures, RegexId};
use crate::registry::{by_name, lookup, parse_registry, second_step_names, Config, Kind, BUILT_IN};
use crate::rules::{parse_rules, Emitter, Mutator, Rules, POP, UNKNOWN};
use crate::types::{Token, TokenType, ERROR, IGNORE, OTHER};
use std::cell::RefCell;
use std::rc::Rc;
use std::time::Duration;

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

impl Budget {
    /// Counts one attempt; false once the budget is spent.
    fn spend(&mut self) -> bool {
        self.attempts_left = self.attempts_left.saturating_sub(1);
        if self.attempts_left == 0 || self.over_time() {
            self.exhausted = true;
        }
        !self.exhausted
    }

    fn over_time(&self) -> bool {
        match (self.deadline, self.clock) {
            (Some(d), Some(clock)) if self.attempts_left.is_multiple_of(16) => clock().saturating_sub(self.started) > d,
            _ => false,
        }
    }
}

/// The rules a state tries where the text has one character: the compiled
/// regexes and, for each, its rule.
struct Candidates {
    ids: Vec<RegexId>,
    rules: Vec<u32>,
}

/// What the backend made of a lexer's rules, built as they are needed.
#[derive(Default)]
struct Cache {
    /// Per rule: not compiled yet (None), did not compile (Some(None)).
    compiled: Vec<Option<Option<RegexId>>>,
    /// Per state, per first byte (ASCII, then one bucket for the rest).
    candidates: Vec<Vec<Option<Rc<Candidates>>>>,
}

/// A lexer's rules and their compiled form.
struct Loaded {
    rules: Rules,
    cache: RefCell<Cache>,
}

const BUCKETS: usize = 129;

/// Where lexers and their compiled rules live.
pub struct Engine {
    pub(crate) backend: Box<dyn Backend>,
    pub(crate) configs: Vec<Config>,
    /// Lexer data by file base name: built in, or added at run time.
    pub(crate) sources: Map<String, &'static str>,
    pub(crate) owned_sources: Map<String, String>,
    loaded: Map<String, Rc<Loaded>>,
    /// Registry look-ups by name, as `lookup` answers them.
    found: RefCell<Map<String, Option<usize>>>,
    /// A partial registry (the built-in lexers' entries): the names it
    /// answers beyond a look-up's first step. None once complete.
    partial: Option<Vec<String>>,
    /// A look-up the partial registry could not answer (it answered None).
    pub(crate) incomplete: std::cell::Cell<bool>,
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
    pub(crate) fn new(backend: Box<dyn Backend>, sources: Map<String, &'static str>) -> Engine {
        Engine {
            backend,
            configs: parse_registry(BUILT_IN),
            sources,
            owned_sources: Map::new(),
            loaded: Map::new(),
            found: RefCell::new(Map::new()),
            partial: second_step_names(BUILT_IN),
            incomplete: std::cell::Cell::new(false),
        }
    }

    /// Replaces a partial registry with the full one (its text).
    pub(crate) fn add_registry(&mut self, text: &str) {
        if self.partial.is_some() {
            self.configs = parse_registry(text);
            self.partial = None;
            self.found = RefCell::new(Map::new());
        }
    }

    /// LexerRegistry.Get (remembered per name).
    pub(crate) fn lookup(&self, name: &str) -> Option<usize> {
        if let Some(&hit) = self.found.borrow().get(name) {
            return hit;
        }
        if let Some(second) = &self.partial {
            // Only a name the built-in entries find at the first step (or
            // one checked to answer as the full registry does) is answered.
            if by_name(&self.configs, name).is_none() && !second.iter().any(|s| s == name) {
                self.incomplete.set(true);
                return None;
            }
        }
        let hit = lookup(&self.configs, name);
        self.found.borrow_mut().insert(name.to_string(), hit);
        hit
    }

    /// Forgets a lexer's rules (its data was replaced).
    pub(crate) fn unload(&mut self, data: &str) {
        self.loaded.remove(data);
    }

    /// Whether the lexer's rules are available.
    pub(crate) fn available(&self, lexer: usize) -> bool {
        match &self.configs[lexer].data {
            Some(d) => {
                let own = self.sources.contains_key(d) || self.owned_sources.contains_key(d);
                own && match &self.configs[lexer].kind {
                    Kind::Delegate(root) => self.lookup(root).is_some_and(|r| self.available(r)),
                    _ => true,
                }
            }
            None => false,
        }
    }

    fn load(&mut self, data: &str) -> Option<Rc<Loaded>> {
        if let Some(l) = self.loaded.get(data) {
            return Some(l.clone());
        }
        let text: &str = match (self.sources.get(data), self.owned_sources.get(data)) {
            (Some(s), _) => s,
            (None, Some(s)) => s.as_str(),
            _ => return None,
        };
        let rules = parse_rules(text)?;
        let cache = Cache { compiled: vec![None; rules.rules.len()], candidates: vec![vec![None; BUCKETS]; rules.states.len()] };
        let l = Rc::new(Loaded { rules, cache: RefCell::new(cache) });
        self.loaded.insert(data.to_string(), l.clone());
        Some(l)
    }

    /// Tokenises with the lexer, as chroma.Lexer.Tokenise (not coalesced).
    pub(crate) fn tokenise(&mut self, lexer: usize, opts: &Options, text: &str, budget: &mut Budget, out: &mut Vec<Token>) {
        let kind = self.configs[lexer].kind.clone();
        match kind {
            Kind::Regex => self.regex_tokenise(lexer, opts, text, budget, out),
            Kind::Markdown => {
                if let Some((front, rest)) = split_front_matter(text) {
                    if let Some(yaml) = self.lookup("YAML") {
                        self.tokenise(yaml, opts, front, budget, out);
                        self.regex_tokenise(lexer, opts, rest, budget, out);
                        return;
                    }
                }
                self.regex_tokenise(lexer, opts, text, budget, out)
            }
            Kind::Delegate(root) => {
                let Some(root) = self.lookup(&root) else {
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

    /// The rules of `state` that can match at a character in `bucket`, compiled.
    fn candidates(&mut self, lex: &Loaded, state: usize, bucket: usize) -> Rc<Candidates> {
        if let Some(c) = &lex.cache.borrow().candidates[state][bucket] {
            return c.clone();
        }
        let mut c = Candidates { ids: Vec::new(), rules: Vec::new() };
        for &r in &lex.rules.states[state] {
            let rule = &lex.rules.rules[r];
            let admits = if bucket < 128 { rule.start.first.admits(bucket as u8) } else { rule.start.first.non_ascii };
            if !admits {
                continue;
            }
            let compiled = lex.cache.borrow().compiled[r];
            let id = match compiled {
                Some(id) => id,
                None => {
                    let groups = !matches!(rule.emitter, Emitter::None | Emitter::Token(_)) && rule.ngroups > 0;
                    let id = rule.pattern.as_deref().and_then(|p| self.backend.compile(p, rule.icase, groups).ok());
                    lex.cache.borrow_mut().compiled[r] = Some(id);
                    id
                }
            };
            if let Some(id) = id {
                c.ids.push(id);
                c.rules.push(r as u32);
            }
        }
        let c = Rc::new(c);
        lex.cache.borrow_mut().candidates[state][bucket] = Some(c.clone());
        c
    }

    /// chroma.RegexLexer.Tokenise and LexerState.Iterator, run to the end.
    fn regex_tokenise(&mut self, lexer: usize, opts: &Options, text: &str, budget: &mut Budget, out: &mut Vec<Token>) {
        let Some(data) = self.configs[lexer].data.clone() else { return };
        let Some(lex) = self.load(&data) else { return };
        let mut text = if opts.ensure_lf { ensure_lf(text) } else { std::borrow::Cow::Borrowed(text) };
        let mut newline_added = false;
        if !opts.nested && self.configs[lexer].ensure_nl && !text.ends_with('\n') {
            text.to_mut().push('\n');
            newline_added = true;
        }
        let text: &str = &text;
        let bytes = text.as_bytes();
        let end = if newline_added { text.len() - 1 } else { text.len() };
        let Some(&start_state) = lex.rules.state_names.get(opts.state) else { return };
        let mut stack: Vec<usize> = vec![start_state];
        let mut pos = 0usize;
        let handle = self.backend.begin_text(text);
        let mut caps: Captures = Vec::new();
        // Per rule: positions before this one are known not to match (its
        // leading loop failed from a position in the same run).
        let mut skip_until: Vec<usize> = Vec::new();
        let (mut ids, mut rules): (Vec<RegexId>, Vec<u32>) = (Vec::new(), Vec::new());
        while pos < end && !stack.is_empty() {
            if !budget.spend() {
                break;
            }
            let state = *stack.last().unwrap();
            let b = bytes[pos];
            let cands = self.candidates(&lex, state, if b < 128 { b as usize } else { 128 });
            let skipping = !skip_until.is_empty() && cands.rules.iter().any(|&r| skip_until[r as usize] > pos);
            let (try_ids, try_rules): (&[RegexId], &[u32]) = if skipping {
                ids.clear();
                rules.clear();
                for (&id, &r) in cands.ids.iter().zip(&cands.rules) {
                    if skip_until[r as usize] <= pos {
                        ids.push(id);
                        rules.push(r);
                    }
                }
                (&ids, &rules)
            } else {
                (&cands.ids, &cands.rules)
            };
            let hit = self.backend.match_first(handle, pos, try_ids, &mut caps);
            // The rules tried before the one that matched failed here.
            let at_line_start = pos == 0 || bytes[pos - 1] == b'\n';
            for &r in &try_rules[..hit.unwrap_or(try_rules.len())] {
                let rule = &lex.rules.rules[r as usize];
                let lead = rule.start.lead;
                if lead != 0 && (at_line_start || !rule.start.lead_at_line_start) {
                    let mut e = pos;
                    while e < bytes.len() && bytes[e] < 128 && lead >> bytes[e] & 1 == 1 {
                        e += 1;
                    }
                    if skip_until.is_empty() {
                        skip_until.resize(lex.rules.rules.len(), 0);
                    }
                    skip_until[r as usize] = e + 1;
                }
            }
            let Some(k) = hit else {
                if b == b'\n' && state != start_state {
                    stack.clear();
                    stack.push(start_state);
                    continue;
                }
                let c = text[pos..].chars().next().unwrap();
                push(out, ERROR, &text[pos..pos + c.len_utf8()]);
                pos += c.len_utf8();
                continue;
            };
            let rule = &lex.rules.rules[try_rules[k] as usize];
            // regexp2 groups in .NET order; unmatched groups are "".
            let span = |g: usize| caps.get(g).copied().flatten().map(|(a, b)| &text[a..b]).unwrap_or("");
            let whole = span(0);
            pos += whole.len();
            Self::mutate(&rule.mutator, &mut stack, state);
            match &rule.emitter {
                Emitter::None => {}
                Emitter::Token(t) => push(out, *t, whole),
                e => {
                    let mut groups: Vec<&str> = Vec::with_capacity(rule.ngroups + 1);
                    groups.push(whole);
                    for g in 1..=rule.ngroups {
                        groups.push(span(rule.group_map.as_ref().map(|m| m[g - 1]).unwrap_or(g)));
                    }
                    self.emit(lexer, e, &groups, budget, out);
                }
            }
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

    fn mutate(m: &Mutator, stack: &mut Vec<usize>, state: usize) {
        match m {
            // (Pushes by name are resolved to Goto when the rules are loaded.)
            Mutator::None | Mutator::Include | Mutator::Combined(_) | Mutator::Push(_) => {}
            Mutator::Goto(states) => {
                if states.is_empty() {
                    stack.push(state);
                }
                for &s in states {
                    match s {
                        POP => {
                            stack.pop();
                        }
                        // Chroma panics on an unknown state; end lexing.
                        UNKNOWN => stack.clear(),
                        i => stack.push(i),
                    }
                }
            }
            Mutator::Pop(n) => {
                let keep = stack.len().saturating_sub(*n);
                stack.truncate(keep);
            }
            Mutator::Multi(ms) => {
                for m in ms {
                    Self::mutate(m, stack, state);
                }
            }
        }
    }

    fn emit(&mut self, lexer: usize, e: &Emitter, groups: &[&str], budget: &mut Budget, out: &mut Vec<Token>) {
        match e {
            Emitter::None => {}
            Emitter::Token(t) => push(out, *t, groups[0]),
            Emitter::ByGroups(es) => {
                if es.len() != groups.len() - 1 {
                    push(out, ERROR, groups[0]);
                } else {
                    for (i, g) in groups[1..].iter().enumerate() {
                        self.emit(lexer, &es[i], std::slice::from_ref(g), budget, out);
                    }
                }
            }
            Emitter::Using(name) => match self.lookup(name) {
                Some(l) => {
                    let o = Options { state: "root", nested: true, ensure_lf: false };
                    self.tokenise(l, &o, groups[0], budget, out);
                }
                None => push(out, ERROR, groups[0]),
            },
            Emitter::UsingSelf(state) => {
                let o = Options { state, nested: true, ensure_lf: false };
                self.tokenise(lexer, &o, groups[0], budget, out);
            }
            Emitter::UsingByGroup { sub, code, emitters } => {
                let sublexer = groups.get(*sub).and_then(|n| self.lookup(n)).filter(|&l| self.available(l));
                for (i, g) in groups[1..].iter().enumerate() {
                    if let (true, Some(sl)) = (i + 1 == *code, sublexer) {
                        self.tokenise(sl, &DEFAULT_OPTIONS, groups[*code], budget, out);
                    } else if let Some(e) = emitters.get(i) {
                        self.emit(lexer, e, std::slice::from_ref(g), budget, out);
                    }
                }
            }
            Emitter::UsingRemap { lexer: name, map } => match self.lookup(name) {
                Some(l) => {
                    let o = Options { state: "root", nested: true, ensure_lf: false };
                    let start = out.len();
                    self.tokenise(l, &o, groups[0], budget, out);
                    for t in &mut out[start..] {
                        if let Some(&(_, to)) = map.iter().find(|(from, _)| *from == t.ty) {
                            t.ty = to;
                        }
                    }
                }
                None => push(out, ERROR, groups[0]),
            },
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::regex::{Backend, Captures, RegexId};

    struct NoRegex;
    impl Backend for NoRegex {
        fn compile(&mut self, _: &str, _: bool, _: bool) -> Result<RegexId, String> {
            Err("no regexes here".into())
        }
        fn begin_text(&mut self, _: &str) -> u32 {
            0
        }
        fn end_text(&mut self, _: u32) {}
        fn match_first(&mut self, _: u32, _: usize, _: &[RegexId], _: &mut Captures) -> Option<usize> {
            None
        }
    }

    /// The browser's module starts with the built-in lexers' registry entries:
    /// a look-up they answer must answer as the full registry does; any other
    /// answers None and asks for the full registry (incomplete).
    #[test]
    fn partial_registry_answers_as_the_full_one_or_asks() {
        let core = include_str!("data/registry-core.txt");
        let mut partial = Engine::new(Box::new(NoRegex), Map::new());
        partial.configs = parse_registry(core);
        partial.partial = second_step_names(core);
        let full = Engine::new(Box::new(NoRegex), Map::new());
        let mut queries: Vec<String> = vec!["".into(), "text".into(), "Javascript".into(), "mermaid".into(), "h".into(), "foo.h".into()];
        for c in &full.configs {
            for n in std::iter::once(&c.name).chain(&c.aliases).chain(&c.filenames) {
                queries.extend([n.clone(), n.to_uppercase(), crate::case::lower(n), format!("x.{n}"), n.replace('*', "x")]);
            }
        }
        let (mut answered, mut asked) = (0, 0);
        for q in &queries {
            partial.incomplete.set(false);
            let got = partial.lookup(q).map(|i| partial.configs[i].name.clone());
            let want = full.lookup(q).map(|i| full.configs[i].name.clone());
            if partial.incomplete.get() {
                assert_eq!(got, None, "{q}");
                asked += 1;
            } else {
                assert_eq!(got, want, "{q}");
                answered += 1;
            }
        }
        assert!(partial.lookup("bash").is_some() && partial.lookup("yaml").is_some() && partial.lookup("Javascript").is_some());
        assert!(answered > 100 && asked > 1000, "answered {answered}, asked {asked}");
        partial.add_registry(crate::registry::REGISTRY);
        for q in &queries {
            assert_eq!(partial.lookup(q).map(|i| partial.configs[i].name.clone()), full.lookup(q).map(|i| full.configs[i].name.clone()));
        }
    }
}
