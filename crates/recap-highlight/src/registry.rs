//! The lexer registry (chroma's LexerRegistry, registry.go): every lexer's
//! configuration in registration order (`data/registry.txt`), and how a name,
//! alias or file name finds a lexer.

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
    /// Chroma's priority in thousandths (`0.1` is 100), 0 when unset.
    pub priority: i32,
    pub ensure_nl: bool,
    /// The data file's base name; None for lexers Recap has no rules for.
    pub data: Option<String>,
    pub(crate) kind: Kind,
}

/// A priority as the registry writes it (`0.1`, `-1.0`, `3.0`), in thousandths:
/// the values only compare, and integers need no float parsing in the browser's module.
fn priority_milli(s: &str) -> i32 {
    let (neg, s) = match s.strip_prefix('-') {
        Some(rest) => (true, rest),
        None => (false, s),
    };
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let mut v: i32 = 0;
    for b in int.bytes().filter(u8::is_ascii_digit) {
        v = v.saturating_mul(10).saturating_add((b - b'0') as i32);
    }
    v = v.saturating_mul(1000);
    let mut scale = 100;
    for b in frac.bytes().filter(u8::is_ascii_digit).take(3) {
        v = v.saturating_add((b - b'0') as i32 * scale);
        scale /= 10;
    }
    if neg {
        -v
    } else {
        v
    }
}

/// The registry built in: every lexer's entry, or (without the feature
/// `full-registry`) the built-in lexers' entries, with a line `=` of the
/// names they answer at a look-up's second step (tools/chroma/gen.py
/// write_core_registry checks that they answer as the full registry does).
#[cfg(feature = "full-registry")]
pub(crate) const BUILT_IN: &str = include_str!("data/registry.txt");
#[cfg(not(feature = "full-registry"))]
pub(crate) const BUILT_IN: &str = include_str!("data/registry-core.txt");

/// One line per lexer, tab-separated: name, aliases, filenames, alias
/// filenames (each `\x1f`-separated), priority, flags, data file (empty: the
/// name lower-cased with `_` for spaces; `-`: none), kind; trailing empty
/// fields left out (tools/chroma/gen.py, REGISTRY_FORMAT).
#[cfg(test)]
pub(crate) const REGISTRY: &str = include_str!("data/registry.txt");

/// A partial registry's `=` line: the names it answers beyond a look-up's
/// first step (None: the registry is complete).
pub(crate) fn second_step_names(text: &str) -> Option<Vec<String>> {
    let line = text.lines().find(|l| l.starts_with("=\t"))?;
    Some(split_list(&line[2..]))
}

/// A `\x1f`-separated list (a loop: see rules.rs's emitters).
fn split_list(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    for part in s.split('\x1f') {
        out.push(part.to_string());
    }
    out
}

pub(crate) fn parse_registry(text: &str) -> Vec<Config> {
    let mut out: Vec<Config> = Vec::new();
    for line in text.lines() {
        if line.starts_with('#') || line.starts_with('=') || line.is_empty() {
            continue;
        }
        let f: Vec<&str> = line.split('\t').collect();
        let list = |i: usize| -> Vec<String> { f.get(i).filter(|s| !s.is_empty()).map(|s| split_list(s)).unwrap_or_default() };
        let flags = f.get(5).copied().unwrap_or("");
        let kind = match f.get(7).copied().unwrap_or("") {
            "markdown" => Kind::Markdown,
            k if k.starts_with("delegate:") => Kind::Delegate(k["delegate:".len()..].to_string()),
            _ => Kind::Regex,
        };
        out.push(Config {
            name: f[0].to_string(),
            aliases: list(1),
            filenames: list(2),
            alias_filenames: list(3),
            priority: priority_milli(f.get(4).copied().unwrap_or("")),
            ensure_nl: flags.contains('n'),
            // Empty: the name lower-cased, `_` for spaces; `-`: none.
            data: match f.get(6).copied().unwrap_or("") {
                "" => Some(f[0].chars().map(|c| if c == ' ' { '_' } else { c.to_ascii_lowercase() }).collect()),
                "-" => None,
                d => Some(d.to_string()),
            },
            kind,
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

fn priority(c: &Config) -> i32 {
    if c.priority == 0 {
        1000
    } else {
        c.priority
    }
}

/// sort.Sort(PrioritisedLexers) on the short lists Chroma sorts: insertion sort
/// for fewer than 13 elements (stable), as Go's pdqsort does.
fn sort_by_priority(v: &mut [usize], cfgs: &[Config]) {
    v.sort_by(|&a, &b| priority(&cfgs[b]).cmp(&priority(&cfgs[a])));
}

/// LexerRegistry.Match.
pub(crate) fn match_filename(cfgs: &[Config], filename: &str) -> Option<usize> {
    let base = &filename[filename.bytes().rposition(|b| b == b'/').map_or(0, |i| i + 1)..];
    for alias in [false, true] {
        let mut matched: Vec<usize> = Vec::new();
        for (i, c) in cfgs.iter().enumerate() {
            let globs = if alias { &c.alias_filenames } else { &c.filenames };
            for g in globs {
                // `g` + a literal suffix matches a name that ends with the
                // suffix and whose rest `g` matches (the suffix is literal and last).
                let with_suffix = |s: &&str| base.strip_suffix(*s).is_some_and(|rest| glob_match(g, rest));
                if glob_match(g, base) || IGNORED_SUFFIXES.iter().any(with_suffix) {
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

/// One step of LexerRegistry.Get: the lexer named `n`, else the one with
/// the alias `n` (byName holds each as written and lower-cased; later
/// registrations win).
pub(crate) fn by_name(cfgs: &[Config], n: &str) -> Option<usize> {
    cfgs.iter()
        .rposition(|c| c.name == n || crate::case::lower(&c.name) == n)
        .or_else(|| cfgs.iter().rposition(|c| c.aliases.iter().any(|a| a == n || crate::case::lower(a) == n)))
}

/// LexerRegistry.Get: name, alias, their lower-case forms, then file name.
pub(crate) fn lookup(cfgs: &[Config], name: &str) -> Option<usize> {
    let lower = crate::case::lower(name);
    for n in [name, lower.as_str()] {
        if let Some(i) = by_name(cfgs, n) {
            return Some(i);
        }
    }
    let mut cands: Vec<usize> = Vec::new();
    if let Some(i) = match_filename(cfgs, &crate::text::cat(&["filename.", name])) {
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
