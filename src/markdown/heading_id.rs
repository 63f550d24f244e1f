//! Heading IDs in Hugo's three styles (`markup/goldmark/autoid.go`,
//! `markup.goldmark.parser.autoHeadingIDType`): "github" (the default),
//! "github-ascii" and "blackfriday".

use crate::go_unicode::{is_digit, is_letter, is_mark, is_number, to_lower};
use std::collections::{HashMap, HashSet};

/// How heading IDs are made from heading text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum IdStyle {
    /// GitHub's: `-` and spaces become `-`, letters, digits and `_` stay (lowercased).
    #[default]
    Github,
    /// GitHub's after accents are removed, without the characters above ASCII left.
    GithubAscii,
    /// Blackfriday's: letters and numbers (lowercased), each run of anything else one `-` between them.
    Blackfriday,
}

impl IdStyle {
    /// The style `autoHeadingIDType` names, as Hugo reads it: `github-ascii`
    /// and `blackfriday` exactly; any other value is GitHub's.
    pub fn from_config(name: &str) -> IdStyle {
        match name {
            "github-ascii" => IdStyle::GithubAscii,
            "blackfriday" => IdStyle::Blackfriday,
            _ => IdStyle::Github,
        }
    }
}

/// The IDs of one document, registered in document order.
#[derive(Debug, Default, Clone)]
pub struct Ids {
    style: IdStyle,
    used: HashSet<String>,
    /// The last suffix given to each base ID: the smallest free suffix never
    /// goes down (IDs are only added), so the search resumes there. Without
    /// this, n headings with the same text take n² steps.
    next: HashMap<String, usize>,
}

impl Ids {
    /// No IDs yet; new ones made in `style`.
    pub fn new(style: IdStyle) -> Ids {
        Ids { style, ..Ids::default() }
    }

    /// Registers an explicit `{#id}`: it is kept even when it collides.
    pub fn put(&mut self, id: &str) {
        self.used.insert(id.to_owned());
    }

    /// A new ID for a heading's text: the anchor of `text`, `heading` if that
    /// is empty, with the smallest free `-N` suffix if it is taken. A heading
    /// without any text (`##`) gets an empty ID, as in Hugo (see
    /// `tests/data/hugo-sites/render-hooks/heading-context`).
    pub fn generate(&mut self, text: &str) -> String {
        self.generate_for(text, "heading")
    }

    /// [`Ids::generate`] for another kind of element, whose ID is `fallback`
    /// when its text makes an empty anchor (Hugo's: `term` for a definition term).
    pub fn generate_for(&mut self, text: &str, fallback: &str) -> String {
        if text.trim().is_empty() {
            return String::new();
        }
        let mut id = anchor(text, self.style);
        if id.is_empty() {
            id.push_str(fallback);
        }
        if self.used.contains(&id) {
            let stem = id.clone();
            let base = id.len() + 1;
            id.push('-');
            let mut n = self.next.get(&stem).copied().unwrap_or(1);
            loop {
                id.truncate(base);
                id.push_str(&n.to_string());
                if !self.used.contains(&id) {
                    break;
                }
                n += 1;
            }
            self.next.insert(stem, n + 1);
        }
        self.used.insert(id.clone());
        id
    }
}

/// A page's `.Fragments.Identifiers` from its headings' and terms' IDs in
/// document order (`None`, or empty, for a heading without one): sorted, with
/// duplicates kept, as Hugo gives them.
pub(crate) fn identifiers(keys: &[Option<String>]) -> Vec<String> {
    let mut ids: Vec<String> = keys.iter().flatten().filter(|k| !k.is_empty()).cloned().collect();
    ids.sort();
    ids
}

/// The anchor of `text` in `style` (Hugo's `sanitizeAnchorName`).
///
/// "github": trimmed; `-` and space become `-`; letters, decimal digits and
/// `_` are lowercased (simple 1:1 mapping); everything else is dropped. Runs
/// of `-` are kept, as Hugo keeps them. "github-ascii": the same after
/// accents are removed, and only ASCII kept. "blackfriday": letters and
/// numbers lowercased, with one `-` for each run of other characters between
/// two of them.
pub fn anchor(text: &str, style: IdStyle) -> String {
    let mut out = String::with_capacity(text.len());
    let github = |out: &mut String, c: char| match c {
        '-' | ' ' => out.push('-'),
        '_' => out.push('_'),
        c if is_letter(c) || is_digit(c) => out.push(to_lower(c)),
        _ => {}
    };
    match style {
        IdStyle::Github => text.trim_matches(char::is_whitespace).chars().for_each(|c| github(&mut out, c)),
        IdStyle::GithubAscii => {
            // Accents removed first (a nonspacing mark goes, a letter with
            // accents becomes its letter), then trimmed, as in Hugo.
            let plain: String = text.chars().filter_map(without_accents).collect();
            plain.trim_matches(char::is_whitespace).chars().filter(char::is_ascii).for_each(|c| github(&mut out, c));
        }
        IdStyle::Blackfriday => {
            let mut dash = false;
            for c in text.chars() {
                if is_letter(c) || is_number(c) {
                    if dash && !out.is_empty() {
                        out.push('-');
                    }
                    dash = false;
                    out.push(to_lower(c));
                } else {
                    dash = true;
                }
            }
        }
    }
    out
}

/// `c` with Hugo's `RemoveAccents`: the ASCII letter or digit a letter with
/// accents decomposes to, nothing for a nonspacing mark, other characters as
/// they are (those above ASCII then have no ASCII form either). Spacing and
/// enclosing marks go too (Go's table here has marks, not nonspacing marks
/// alone): as characters above ASCII they never reach an ID, and only where
/// trimming stops could tell.
fn without_accents(c: char) -> Option<char> {
    if c.is_ascii() {
        return Some(c);
    }
    let folded = u16::try_from(u32::from(c)).ok().and_then(|c| super::ascii_fold::CHARS.binary_search(&c).ok());
    if let Some(at) = folded {
        return Some(char::from(super::ascii_fold::BASES[at]));
    }
    (!is_mark(c)).then_some(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_follow_the_github_rules() {
        assert_eq!(anchor("Café_au-lait--x", IdStyle::Github), "café_au-lait--x", "hyphens and underscores stay");
        assert_eq!(anchor("  2024: Q1 recap!  ", IdStyle::Github), "2024-q1-recap", "trimmed, punctuation dropped");
        assert_eq!(anchor("İstanbul", IdStyle::Github), "istanbul", "simple lowercase of İ");
        assert_eq!(anchor("½ ² Ⅻ x", IdStyle::Github), "---x", "non-decimal numbers are dropped");
        assert_eq!(anchor("क़ि", IdStyle::Github), "क", "vowel signs (Mc/Mn) are dropped");
        assert_eq!(anchor("a\tb\u{a0}c", IdStyle::Github), "abc", "tabs and NBSP are dropped");
    }

    #[test]
    fn github_ascii_removes_accents_and_keeps_ascii() {
        let a = |s| anchor(s, IdStyle::GithubAscii);
        assert_eq!(a("Café Über-naïve"), "cafe-uber-naive", "letters with accents lose them");
        assert_eq!(a("Ⅻ 日本語 x"), "--x", "characters with no ASCII form are dropped");
        assert_eq!(a("e\u{301}te\u{301}"), "ete", "a decomposed accent goes as a composed one does");
        assert_eq!(a("\u{301} x"), "x", "accents go before trimming");
        assert_eq!(a("Åström \u{212a}elvin"), "astrom-kelvin", "and singletons decompose to their letter");
        assert_eq!(a("ǅ ﬁ"), "-", "ligatures have no canonical decomposition");
    }

    #[test]
    fn blackfriday_joins_words_with_one_hyphen() {
        let b = |s| anchor(s, IdStyle::Blackfriday);
        assert_eq!(b("  Hello, World! -- 2.0  "), "hello-world-2-0");
        assert_eq!(b("a_b-c d.e"), "a-b-c-d-e", "underscores separate words too");
        assert_eq!(b("½ Ⅻ Café"), "½-ⅻ-café", "numbers of every kind stay, lowercased");
        assert_eq!(b("!!!"), "");
    }

    #[test]
    fn styles_are_read_as_hugo_reads_them() {
        assert_eq!(IdStyle::from_config("github-ascii"), IdStyle::GithubAscii);
        assert_eq!(IdStyle::from_config("blackfriday"), IdStyle::Blackfriday);
        assert_eq!(IdStyle::from_config("Blackfriday"), IdStyle::Github, "Hugo compares the names exactly");
        assert_eq!(IdStyle::from_config("anything"), IdStyle::Github);
    }

    #[test]
    fn duplicates_take_the_smallest_free_suffix() {
        let mut ids = Ids::default();
        assert_eq!(ids.generate("Hello World"), "hello-world");
        assert_eq!(ids.generate("Hello World"), "hello-world-1");
        assert_eq!(ids.generate("Hello World"), "hello-world-2");
        assert_eq!(ids.generate("Hello World-1"), "hello-world-1-1");
        assert_eq!(ids.generate("!!!"), "heading");
        assert_eq!(ids.generate("!!!"), "heading-1");
    }
}
