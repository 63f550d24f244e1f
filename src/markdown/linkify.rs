//! Bare URLs, `www.` addresses and e-mail addresses in text become links
//! (Goldmark's linkify extension, which follows GFM's extended autolinks).

/// A link found in text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Found {
    /// Byte range of the link text.
    pub start: usize,
    /// End of the link text.
    pub end: usize,
    /// The URL to link to.
    pub href: String,
}

/// A quick test before [`find`]: whether `text` has `://`, `www.` or `@` at all.
/// memchr finds the rare bytes (`@`, `:`, `.`) many at a step; `www` is then
/// checked before the dot.
pub fn may_contain(text: &str) -> bool {
    let b = text.as_bytes();
    memchr::memchr3_iter(b'@', b':', b'.', b).any(|i| trigger_at(b, i))
}

/// Whether `b[i]`, an `@`, `:` or `.`, is one of [`may_contain`]'s: any `@`,
/// a `:` before `//`, a `.` after `www`.
pub fn trigger_at(b: &[u8], i: usize) -> bool {
    match b[i] {
        b'@' => true,
        b':' => b.get(i + 1..i + 3) == Some(b"//"),
        _ => i >= 3 && b[i - 3..i].eq_ignore_ascii_case(b"www"),
    }
}

/// Finds the links in one run of text, as Goldmark's linkify parser does: a
/// link may start only at the start of the text or after a space, `*`, `_`,
/// `~` or `(`. `protocol` is the scheme for `www.` links.
pub fn find(text: &str, protocol: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let trigger = i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'*' | b'_' | b'~' | b'(');
        if !trigger {
            i += 1;
            continue;
        }
        let line = &text[i..];
        if let Some((len, kind)) = link_at(line) {
            let link = &line[..len];
            let href = match kind {
                Link::Url => link.to_owned(),
                Link::Www => format!("{protocol}://{link}"),
                Link::Email => format!("mailto:{link}"),
            };
            found.push(Found { start: i, end: i + len, href });
            i += len;
            continue;
        }
        i += 1;
    }
    found
}

enum Link {
    Url,
    Www,
    Email,
}

/// The link at the start of `line`, if there is one, and its length.
fn link_at(line: &str) -> Option<(usize, Link)> {
    let b = line.as_bytes();
    let scheme = ["http://", "https://", "ftp://"].iter().find(|p| line.starts_with(*p)).map(|p| p.len());
    let (mut end, kind) = match scheme {
        Some(len) => (host_and_path(b, len, true)?, Link::Url),
        None if line.starts_with("www.") => (host_and_path(b, 4, false)?, Link::Www),
        None => {
            if b.first().is_some_and(|c| c.is_ascii_punctuation()) {
                return None;
            }
            (email(b)?, Link::Email)
        }
    };
    // Trailing punctuation is not part of the link; then (Hugo's Goldmark
    // checks these after) an unbalanced `)` or an entity-like `&name;` ending
    // a URL is dropped.
    while end > 1 && matches!(b[end - 1], b'?' | b'!' | b'.' | b',' | b':' | b'*' | b'_' | b'~') {
        end -= 1;
    }
    if !matches!(kind, Link::Email) {
        match b[end - 1] {
            b')' => {
                let closing: i64 = b[..end]
                    .iter()
                    .map(|&c| {
                        if c == b')' {
                            1
                        } else if c == b'(' {
                            -1
                        } else {
                            0
                        }
                    })
                    .sum();
                if closing > 0 {
                    end -= closing as usize;
                }
            }
            b';' => {
                let mut j = end - 2;
                while j > 0 && b[j].is_ascii_alphanumeric() {
                    j -= 1;
                }
                if j != end - 2 && b[j] == b'&' {
                    end = j;
                }
            }
            _ => {}
        }
    }
    (end > 0).then_some((end, kind))
}

fn is_host_char(c: u8) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, b'-' | b'@' | b':' | b'%' | b'.' | b'_' | b'+' | b'~' | b'#' | b'=')
}

fn is_path_char(c: u8, dollar: bool) -> bool {
    c.is_ascii_alphanumeric()
        || matches!(
            c,
            b'-' | b'@' | b':' | b'%' | b'_' | b'+' | b'.' | b'~' | b'#' | b'!' | b'?' | b'&' | b'/' | b'=' | b'(' | b')' | b';' | b','
        )
        || matches!(c, b'\'' | b'"' | b'>' | b'^' | b'{' | b'}' | b'[' | b']' | b'`')
        || (dollar && c == b'$')
}

/// Goldmark's URL expression after the scheme (`www.` included):
/// `[-a-zA-Z0-9@:%._+~#=]{1,256}\.[a-z]+` then, for a scheme, an optional
/// `:port`, then an optional path of `[/#?]…`. The host must end in a dot and
/// lowercase letters, so `http://127.0.0.1:16686` and `http://localhost` are text.
fn host_and_path(b: &[u8], start: usize, scheme: bool) -> Option<usize> {
    let mut run = start;
    while run < b.len() && run - start < 256 && is_host_char(b[run]) {
        run += 1;
    }
    // The greedy run, backed off to the last `.` followed by a lowercase letter.
    let mut dot = run.min(b.len().saturating_sub(1));
    while dot > start {
        if b[dot] == b'.' && b.get(dot + 1).is_some_and(u8::is_ascii_lowercase) {
            let mut e = dot + 1;
            while e < b.len() && b[e].is_ascii_lowercase() {
                e += 1;
            }
            return Some(after_host(b, e, scheme));
        }
        dot -= 1;
    }
    None
}

fn after_host(b: &[u8], mut i: usize, scheme: bool) -> usize {
    if scheme && b.get(i) == Some(&b':') && b.get(i + 1).is_some_and(u8::is_ascii_digit) {
        i += 1;
        while i < b.len() && b[i].is_ascii_digit() {
            i += 1;
        }
    }
    if matches!(b.get(i), Some(b'/' | b'#' | b'?')) {
        i += 1;
        while i < b.len() && is_path_char(b[i], scheme) {
            i += 1;
        }
    }
    i
}

/// Goldmark's e-mail rule: a local part of its allowed characters, `@`, and a
/// domain of labels with at least one dot; not followed by `-` or `_`.
fn email(b: &[u8]) -> Option<usize> {
    let local = |c: u8| {
        c.is_ascii_alphanumeric()
            || matches!(
                c,
                b'!' | b'#'
                    | b'$'
                    | b'%'
                    | b'&'
                    | b'\''
                    | b'*'
                    | b'+'
                    | b'-'
                    | b'.'
                    | b'/'
                    | b'='
                    | b'?'
                    | b'^'
                    | b'_'
                    | b'`'
                    | b'{'
                    | b'|'
                    | b'}'
                    | b'~'
            )
    };
    let mut i = 0;
    while i < b.len() && local(b[i]) {
        i += 1;
    }
    if i == 0 || b.get(i) != Some(&b'@') {
        return None;
    }
    let at = i;
    i += 1;
    // Labels: alphanumeric at both ends, hyphens inside, up to 63 characters, joined by dots.
    let label = |from: usize| -> Option<usize> {
        if !b.get(from).is_some_and(u8::is_ascii_alphanumeric) {
            return None;
        }
        let mut j = from + 1;
        let mut last_alnum = j;
        while j < b.len() && j - from < 63 && (b[j].is_ascii_alphanumeric() || b[j] == b'-') {
            j += 1;
            if b[j - 1].is_ascii_alphanumeric() {
                last_alnum = j;
            }
        }
        Some(last_alnum)
    };
    let mut end = label(i)?;
    while b.get(end) == Some(&b'.') {
        match label(end + 1) {
            Some(e) => end = e,
            None => break,
        }
    }
    if !b[at..end].contains(&b'.') {
        return None;
    }
    if b[end - 1] == b'.' {
        end -= 1;
    }
    if matches!(b.get(end), Some(b'-' | b'_')) {
        return None;
    }
    Some(end)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::Random;

    fn hrefs(s: &str) -> Vec<String> {
        find(s, "https").into_iter().map(|f| f.href).collect()
    }

    #[test]
    fn links_urls_www_and_email() {
        assert_eq!(hrefs("see https://a.io/x?y=1."), ["https://a.io/x?y=1"], "trailing period dropped");
        assert_eq!(hrefs("www.commonmark.org/help"), ["https://www.commonmark.org/help"], "www gets the protocol");
        assert_eq!(
            hrefs("(www.google.com/search?q=Markup+(business))"),
            ["https://www.google.com/search?q=Markup+(business)"],
            "balanced parentheses"
        );
        assert_eq!(hrefs("mail foo@bar.baz now"), ["mailto:foo@bar.baz"]);
        assert_eq!(hrefs("www.a.com/x&hl;"), ["https://www.a.com/x"], "entity-like tail dropped");
    }

    #[test]
    fn leaves_words_alone() {
        assert!(hrefs("awww.com and http:// and a@b").is_empty());
        assert!(hrefs("open http://127.0.0.1:16686 or http://localhost:8080").is_empty(), "a host must end in .letters");
        assert!(hrefs("foohttps://linkerd.io contact:root@example.com").is_empty(), "links start only after a space, *, _, ~ or (");
        assert_eq!(hrefs("(root@example.com) x a@b.c"), ["mailto:root@example.com", "mailto:a@b.c"]);
    }

    #[test]
    fn may_contain_as_defined() {
        // The definition, byte by byte: `@`, `://` or `www.` (any case) anywhere.
        fn plain(b: &[u8]) -> bool {
            (0..b.len())
                .any(|i| b[i] == b'@' || b[i..].starts_with(b"://") || b.len() >= i + 4 && b[i..i + 4].eq_ignore_ascii_case(b"www."))
        }
        let alphabet = ["a", "w", "W", ".", ":", "/", "@", " ", "é"];
        let mut random = Random(7);
        for _ in 0..5_000 {
            let text: String = (0..random.below(12)).map(|_| alphabet[random.below(alphabet.len())]).collect();
            assert_eq!(may_contain(&text), plain(text.as_bytes()), "{text:?}");
        }
        assert!(may_contain("see WwW.x") && may_contain("a://") && !may_contain("ww.w :/ /") && !may_contain(""));
    }
}
