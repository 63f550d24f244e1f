//! "Did you mean …?": the one rule for finding the name a typo was meant to be,
//! used by front-matter validation, shortcode names and the CLI.
//!
//! The distance is `strsim`'s optimal string alignment (a swap of neighbours is
//! one edit, so `titel` is one edit from `title`), compared case-insensitively.

/// Edit distance between `a` and `b`, ignoring case.
pub fn distance(a: &str, b: &str) -> usize {
    strsim::osa_distance(&lowercase(a), &lowercase(b))
}

/// The most edits a word may be from a name and still be taken for a typo of
/// it: a third of its length, at least one and at most three.
pub fn typo_limit(word: &str) -> usize {
    (word.chars().count() / 3).clamp(1, 3)
}

/// The nearest of `names` to `word`, if near enough to be a typo of it (the
/// first of equally near names).
///
/// The word is lowercased once, and a name whose length alone puts it past
/// the limit (the distance is at least the difference in length) is not
/// compared: every unknown front-matter key is checked against each of
/// Hugo's fields, 1.6% of a render of linkerd.io's docs pages in Chromium.
pub fn nearest<'n>(word: &str, names: impl IntoIterator<Item = &'n str>) -> Option<&'n str> {
    nearest_of(word, &mut names.into_iter())
}

/// [`nearest`], compiled once rather than for each kind of name list.
fn nearest_of<'n>(word: &str, names: &mut dyn Iterator<Item = &'n str>) -> Option<&'n str> {
    let limit = typo_limit(word);
    let word = lowercase(word);
    let length = word.chars().count();
    names
        .filter_map(|n| {
            let lower = lowercase(n);
            if lower.chars().count().abs_diff(length) > limit {
                return None;
            }
            // (`distance` copies neither again when they are lowercase ASCII.)
            Some((distance(&word, &lower), n))
        })
        .filter(|(d, _)| *d <= limit)
        .min_by_key(|(d, _)| *d)
        .map(|(_, n)| n)
}

/// `s` lowercased, without a copy when it is lowercase ASCII already.
fn lowercase(s: &str) -> std::borrow::Cow<'_, str> {
    if s.bytes().all(|b| b.is_ascii() && !b.is_ascii_uppercase()) {
        s.into()
    } else {
        s.to_lowercase().into()
    }
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
        // Lengths: one edit from a shorter or a longer name, in any case.
        assert_eq!(nearest("TITLES", ["date", "Title"]), Some("Title"));
        assert_eq!(nearest("aliass", ["aliases_long", "ALIASES"]), Some("ALIASES"));
        assert_eq!(nearest("Émoji", ["émojis"]), Some("émojis"));
    }

    #[test]
    fn nearest_is_the_minimum_distance_within_the_limit() {
        let names = ["date", "title", "tags", "weight", "aliases", "draft", "description", "linkTitle", "params", "é", "ÉÉÉ"];
        let words = ["titel", "Tag", "wieght", "alias", "descripton", "linktitle", "x", "parms", "éé", "", "DATEs", "draftdraft"];
        for word in words {
            let limit = typo_limit(word);
            let plain = names.iter().map(|n| (distance(word, n), *n)).filter(|(d, _)| *d <= limit).min_by_key(|(d, _)| *d).map(|(_, n)| n);
            assert_eq!(nearest(word, names), plain, "{word:?}");
        }
    }
}
