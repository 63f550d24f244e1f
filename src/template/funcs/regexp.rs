//! Regular expressions for `findRE`, `findRESubmatch`, `replaceRE` and
//! `where … "like"`: Go's RE2 syntax, compiled with regex-lite (the crate
//! Recap already uses for schema patterns natively). RE2 and regex-lite agree
//! on syntax and leftmost-first semantics; regex-lite lacks Unicode classes
//! (`\pL`, `\p{Greek}`) and matches `(?i)` by ASCII case only, which such a
//! pattern reports as a compile error or an ASCII-only match.
//! Every regular expression in the template functions goes through here, so a
//! fuller engine replaces one file.

/// A compiled pattern.
#[cfg(feature = "regex")]
pub struct Regex(regex_lite::Regex);

/// A compiled pattern (none in a build without the `regex` feature).
#[cfg(not(feature = "regex"))]
pub struct Regex(std::convert::Infallible);

/// Compiles a Go regular expression.
///
/// # Errors
/// The pattern's syntax error, as Go's message opens it.
pub fn compile(pattern: &str) -> Result<Regex, String> {
    #[cfg(feature = "regex")]
    {
        if pattern.len() > 10_000 {
            return Err("error parsing regexp: expression too large".to_owned());
        }
        regex_lite::Regex::new(pattern).map(Regex).map_err(|e| format!("error parsing regexp: {e}"))
    }
    #[cfg(not(feature = "regex"))]
    {
        let _ = pattern;
        Err("regular expressions are not available in this build".to_owned())
    }
}

#[cfg(feature = "regex")]
impl Regex {
    /// Whether `text` contains a match.
    pub fn is_match(&self, text: &str) -> bool {
        self.0.is_match(text)
    }

    /// Up to `limit` (all when negative) matches, as byte ranges of every group
    /// (group 0 the whole match; `None` for a group that did not take part).
    pub fn captures(&self, text: &str, limit: i64) -> Vec<Vec<Option<(usize, usize)>>> {
        let take = if limit < 0 { usize::MAX } else { limit as usize };
        self.0.captures_iter(text).take(take).map(|c| (0..c.len()).map(|i| c.get(i).map(|m| (m.start(), m.end()))).collect()).collect()
    }

    /// Go's `ReplaceAllString`: `$1`, `${name}` expand as Go expands them.
    pub fn replace_all(&self, text: &str, template: &str, limit: i64) -> String {
        let mut out = String::new();
        let mut last = 0;
        let take = if limit < 0 { usize::MAX } else { limit as usize };
        for caps in self.0.captures_iter(text).take(take) {
            let m = caps.get(0).expect("group 0 always matches");
            out.push_str(&text[last..m.start()]);
            expand(&mut out, template, |name| {
                let group = match name.parse::<usize>() {
                    Ok(i) => caps.get(i),
                    Err(_) => caps.name(name),
                };
                group.map_or("", |g| g.as_str()).to_owned()
            });
            last = m.end();
        }
        out.push_str(&text[last..]);
        out
    }
}

#[cfg(not(feature = "regex"))]
impl Regex {
    /// Whether `text` contains a match.
    pub fn is_match(&self, _: &str) -> bool {
        match self.0 {}
    }

    /// Matches (none: this build has no engine).
    pub fn captures(&self, _: &str, _: i64) -> Vec<Vec<Option<(usize, usize)>>> {
        match self.0 {}
    }

    /// Replacement (none: this build has no engine).
    pub fn replace_all(&self, _: &str, _: &str, _: i64) -> String {
        match self.0 {}
    }
}

/// Go's `Regexp.Expand` template rules: `$name` takes the longest run of
/// letters, digits and `_`; `${name}` is explicit; `$$` is a `$`; a `$` not
/// followed by a name is kept as written.
#[cfg_attr(not(feature = "regex"), allow(dead_code))]
fn expand(out: &mut String, template: &str, group: impl Fn(&str) -> String) {
    let mut rest = template;
    while let Some(i) = rest.find('$') {
        out.push_str(&rest[..i]);
        rest = &rest[i + 1..];
        if let Some(r) = rest.strip_prefix('$') {
            out.push('$');
            rest = r;
            continue;
        }
        let (name, after) = if let Some(r) = rest.strip_prefix('{') {
            match r.find('}') {
                Some(end) if end > 0 && r[..end].chars().all(|c| c.is_alphanumeric() || c == '_') => (&r[..end], &r[end + 1..]),
                _ => {
                    out.push('$');
                    continue;
                }
            }
        } else {
            let n = rest.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(rest.len());
            if n == 0 {
                out.push('$');
                continue;
            }
            (&rest[..n], &rest[n..])
        };
        out.push_str(&group(name));
        rest = after;
    }
    out.push_str(rest);
}

#[cfg(all(test, feature = "regex"))]
mod tests {
    use super::*;

    #[test]
    fn replacement_templates_expand_as_go_expands_them() {
        let re = compile(r"(\w+)@(?P<host>\w+)").unwrap();
        assert_eq!(re.replace_all("a@b c@d", "${host}:$1", -1), "b:a d:c");
        assert_eq!(re.replace_all("a@b c@d", "$1x", -1), " ", "$1x names group `1x`, which is empty");
        assert_eq!(re.replace_all("a@b c@d", "$$", 1), "$ c@d", "a limit stops after n replacements");
    }
}
