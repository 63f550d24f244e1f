//! Finding a fixed, short needle in a whole post or its HTML: `{{`, the
//! summary divider, Recap's placeholder tokens. Written here rather than
//! taken from a crate: std's `str::find` compares byte by byte in wasm (five
//! such searches of a 200 KB post took 1.3 ms of each key: issue 17), and
//! memchr's `memmem` costs 2.2 KB (brotli) of the default module. memchr's
//! `memchr` (linked already) finds each candidate first byte; the rest is
//! compared there. The needles' first bytes are rare in prose, and the
//! needles short, so the worst case, O(text × needle), stays small.

/// Where `needle` first occurs in `text`.
pub(crate) fn find(text: &str, needle: &str) -> Option<usize> {
    find_iter(text, needle).next()
}

/// Whether `needle` occurs in `text`.
pub(crate) fn contains(text: &str, needle: &str) -> bool {
    find(text, needle).is_some()
}

/// Where `needle` occurs in `text`, left to right, without overlaps (as
/// `str::match_indices`).
pub(crate) fn find_iter<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (hay, pat) = (text.as_bytes(), needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        let (&first, rest) = pat.split_first()?;
        while from + pat.len() <= hay.len() {
            let at = from + memchr::memchr(first, &hay[from..=hay.len() - pat.len()])?;
            if hay[at + 1..at + pat.len()] == *rest {
                from = at + pat.len();
                return Some(at);
            }
            from = at + 1;
        }
        None
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_std_does() {
        let texts = ["", "{", "{{", "{{{", "a{{b{{{{c", "<!--more--> <!--more", "RCPSCQ RCPSC", "é{{ü", "aaa"];
        let needles = ["{{", "<!--more-->", "RCPSC", "a", "aa", "é"];
        for text in texts {
            for needle in needles {
                let ours: Vec<usize> = find_iter(text, needle).collect();
                let std: Vec<usize> = text.match_indices(needle).map(|(i, _)| i).collect();
                assert_eq!(ours, std, "{needle:?} in {text:?}");
                assert_eq!(find(text, needle), text.find(needle));
                assert_eq!(contains(text, needle), text.contains(needle));
            }
        }
        assert_eq!(find_iter("abc", "").next(), None, "an empty needle finds nothing");
    }
}
