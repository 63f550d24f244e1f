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
