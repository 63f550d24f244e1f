//! Heading IDs by Hugo's default "github" style (`markup/goldmark/autoid.go`).

use crate::go_unicode::{is_digit, is_letter, to_lower};
use std::collections::{HashMap, HashSet};

/// The IDs of one document, registered in document order.
#[derive(Debug, Default, Clone)]
pub struct Ids {
    used: HashSet<String>,
    /// The last suffix given to each base ID: the smallest free suffix never
    /// goes down (IDs are only added), so the search resumes there. Without
    /// this, n headings with the same text take n² steps.
    next: HashMap<String, usize>,
}

impl Ids {
    /// Registers an explicit `{#id}`: it is kept even when it collides.
    pub fn put(&mut self, id: &str) {
        self.used.insert(id.to_owned());
    }

    /// A new ID for heading text: the anchor of `text`, `heading` if that is empty,
    /// with the smallest free `-N` suffix if it is taken. A heading without
    /// any text (`##`) gets an empty ID, as in Hugo (see `tests/data/hugo-sites/render-hooks/heading-context`).
    pub fn generate(&mut self, text: &str) -> String {
        if text.trim().is_empty() {
            return String::new();
        }
        let mut id = anchor(text);
        if id.is_empty() {
            id.push_str("heading");
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

/// The "github" anchor of `text`: trimmed; `-` and space become `-`; letters,
/// decimal digits and `_` are lowercased (simple 1:1 mapping); everything else
/// is dropped. Runs of `-` are kept, as Hugo keeps them.
pub fn anchor(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.trim_matches(char::is_whitespace).chars() {
        match c {
            '-' | ' ' => out.push('-'),
            '_' => out.push('_'),
            c if is_letter(c) || is_digit(c) => out.push(to_lower(c)),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn anchors_follow_the_github_rules() {
        assert_eq!(anchor("Café_au-lait--x"), "café_au-lait--x", "hyphens and underscores stay");
        assert_eq!(anchor("  2024: Q1 recap!  "), "2024-q1-recap", "trimmed, punctuation dropped");
        assert_eq!(anchor("İstanbul"), "istanbul", "simple lowercase of İ");
        assert_eq!(anchor("½ ² Ⅻ x"), "---x", "non-decimal numbers are dropped");
        assert_eq!(anchor("क़ि"), "क", "vowel signs (Mc/Mn) are dropped");
        assert_eq!(anchor("a\tb\u{a0}c"), "abc", "tabs and NBSP are dropped");
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
