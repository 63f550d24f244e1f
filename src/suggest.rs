//! "Did you mean …?": the one rule for finding the name a typo was meant to be,
//! used by front-matter validation, shortcode names and the CLI.
//!
//! The distance is `strsim`'s optimal string alignment (a swap of neighbours is
//! one edit, so `titel` is one edit from `title`), compared case-insensitively.

/// Edit distance between `a` and `b`, ignoring case.
pub fn distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(&a.to_lowercase(), &b.to_lowercase())
}

/// The most edits a word may be from a name and still be taken for a typo of
/// it: a third of its length, at least one and at most three.
pub fn typo_limit(word: &str) -> usize {
    (word.chars().count() / 3).clamp(1, 3)
}

/// The nearest of `names` to `word`, if near enough to be a typo of it (the
/// first of equally near names).
pub fn nearest<'n>(word: &str, names: impl IntoIterator<Item = &'n str>) -> Option<&'n str> {
    let limit = typo_limit(word);
    names.into_iter().map(|n| (distance(word, n), n)).filter(|(d, _)| *d <= limit).min_by_key(|(d, _)| *d).map(|(_, n)| n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn typos_are_found_and_strangers_are_not() {
        assert_eq!(distance("titel", "title"), 1);
        assert_eq!(distance("Title", "title"), 0);
        assert_eq!(nearest("titel", ["date", "title", "tags"]), Some("title"));
        assert_eq!(nearest("youtub", ["vimeo", "youtube"]), Some("youtube"));
        assert_eq!(nearest("banana", ["date", "title", "tags"]), None);
        // Short words allow one edit only: `ab` is not a typo of `xy`.
        assert_eq!(nearest("ab", ["xy", "ac"]), Some("ac"));
        assert_eq!(nearest("ab", ["xy"]), None);
    }
}
