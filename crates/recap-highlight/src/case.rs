//! Go's `strings.ToLower` and `strings.EqualFold` where Chroma and Hugo compare
//! names: lexer names and aliases, style names, option keys, attribute names.
//!
//! Written here rather than with `str::to_lowercase` because only a sliver of
//! Unicode's case tables matters, and the tables are several KB of the
//! browser's module. Every name compared with is ASCII or keeps its characters
//! when lower-cased (the registry's `µcad` and `mojo🔥`; the test below checks
//! every name), so a character can only match if its lower case is ASCII: the
//! ASCII capitals, the Kelvin sign (U+212A, lower case `k`) and İ (U+0130,
//! which Go's simple mapping takes to `i`); EqualFold also equates ſ (U+017F)
//! with `s`. Other characters are left as they are: they match no name either
//! way. (A non-ASCII fence attribute name would be written unchanged where Go
//! lower-cases it; Goldmark's attribute names are ASCII.)

fn lower_char(c: char) -> char {
    match c {
        '\u{212A}' => 'k',
        '\u{0130}' => 'i',
        c => c.to_ascii_lowercase(),
    }
}

/// `strings.ToLower`, for comparing with names.
pub(crate) fn lower(s: &str) -> String {
    s.chars().map(lower_char).collect()
}

/// A key as `strings.EqualFold` compares it with an ASCII field name.
pub(crate) fn fold(s: &str) -> String {
    s.chars().map(|c| if c == '\u{017F}' { 's' } else { lower_char(c) }).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_characters_that_lower_to_ascii_are_mapped() {
        for c in (0..=0x10FFFFu32).filter_map(char::from_u32) {
            // Go's simple mapping: Rust's full one, but İ is a plain i there.
            let go = if c == '\u{0130}' { 'i' } else { c.to_lowercase().next().unwrap() };
            if go.is_ascii() || "µ🔥".contains(go) {
                assert_eq!(lower_char(c), go, "{c:?} should lower as Go lowers it");
            }
        }
        assert_eq!(fold("ſtyle"), "style", "EqualFold equates ſ and s");
        assert_eq!(lower("\u{212A}otlin"), "kotlin");
    }

    #[test]
    fn every_name_keeps_its_non_ascii_characters_when_lowered() {
        for c in crate::registry::parse_registry(crate::registry::REGISTRY) {
            for n in std::iter::once(&c.name).chain(&c.aliases) {
                assert_eq!(&n.to_lowercase(), &lower(n), "{n} should lower the same with Unicode's tables and without");
            }
        }
    }
}
