//! Goldmark's strikethrough delimiters inside words.
//!
//! Goldmark treats `~` like `*`: a run may open or close in the middle of a
//! word, so `H~2~O` is struck through. pulldown-cmark treats it like `_` and
//! leaves such runs as text; the writer finds them here.

/// Pairs of `~` or `~~` runs in `text` that Goldmark would match: (opener
/// start, closer start, run length). Runs of three or more never match.
pub fn intraword(text: &str) -> Vec<(usize, usize, usize)> {
    let b = text.as_bytes();
    let mut runs: Vec<(usize, usize, bool, bool)> = Vec::new();
    let mut i = 0;
    while i < b.len() {
        if b[i] != b'~' {
            i += 1;
            continue;
        }
        let start = i;
        while i < b.len() && b[i] == b'~' {
            i += 1;
        }
        let len = i - start;
        let before = text[..start].chars().next_back();
        let after = text[i..].chars().next();
        let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
        // `*`-style flanking: an opener is followed by non-space, a closer preceded by it.
        if len <= 2 {
            runs.push((start, len, !space(after), !space(before)));
        }
    }
    let mut out = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for (start, len, can_open, can_close) in runs {
        match open {
            Some((o, l)) if can_close && l == len && start > o + l => {
                out.push((o, start, len));
                open = None;
            }
            _ if can_open => open = Some((start, len)),
            _ => {}
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::intraword;

    #[test]
    fn pairs_inside_words() {
        assert_eq!(intraword("H~2~O"), vec![(1, 3, 1)]);
        assert_eq!(intraword("a~~b~~c"), vec![(1, 4, 2)]);
        assert!(intraword("~~~x~~~").is_empty(), "three tildes never match");
        assert!(intraword("a ~ b ~ c").is_empty(), "spaced tildes do not match");
    }
}
