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
pub fn may_contain(text: &str) -> bool {
    let b = text.as_bytes();
    b.iter().enumerate().any(|(i, &c)| match c {
        b'@' => true,
        b':' => b.get(i + 1) == Some(&b'/') && b.get(i + 2) == Some(&b'/'),
        b'w' | b'W' => b.len() >= i + 4 && b[i..i + 4].eq_ignore_ascii_case(b"www."),
        _ => false,
    })
}

/// Finds the links in one run of text. `protocol` is the scheme for `www.` links.
pub fn find(text: &str, protocol: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let bytes = text.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        let boundary = i == 0 || matches!(bytes[i - 1], b' ' | b'\t' | b'\n' | b'\r' | b'*' | b'_' | b'~' | b'(');
        if boundary {
            let rest = &text[i..];
            let prefix = ["https://", "http://", "www."].into_iter().find(|p| starts_with_ignore_case(rest, p));
            if let Some(prefix) = prefix {
                if let Some(len) = url_len(rest, prefix.len()) {
                    let link = &rest[..len];
                    let href = if prefix == "www." { format!("{protocol}://{link}") } else { link.to_owned() };
                    found.push(Found { start: i, end: i + len, href });
                    i += len;
                    continue;
                }
            }
        }
        if bytes[i] == b'@' {
            if let Some((start, end)) = email_at(text, i) {
                if found.last().is_none_or(|f| f.end <= start) && (start == 0 || !bytes[start - 1].is_ascii_alphanumeric()) {
                    found.push(Found { start, end, href: format!("mailto:{}", &text[start..end]) });
                    i = end;
                    continue;
                }
            }
        }
        i += 1;
    }
    found
}

fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    s.len() >= prefix.len() && s.as_bytes()[..prefix.len()].eq_ignore_ascii_case(prefix.as_bytes())
}

/// Length of the URL at the start of `s`, whose scheme or `www.` prefix is `prefix_len` bytes.
fn url_len(s: &str, prefix_len: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    // The domain: letters, digits, `-`, `_`, `.`; at least one label after the prefix.
    let mut i = prefix_len;
    let domain_start = i;
    while i < bytes.len() && (bytes[i].is_ascii_alphanumeric() || matches!(bytes[i], b'-' | b'_' | b'.') || bytes[i] >= 0x80) {
        i += 1;
    }
    let domain = &s[domain_start..i];
    if domain.is_empty() || domain.starts_with('.') {
        return None;
    }
    let labels: Vec<&str> = domain.trim_end_matches('.').split('.').collect();
    if labels.iter().rev().take(2).any(|l| l.contains('_')) {
        return None;
    }
    if prefix_len == 4 && labels.len() < 2 {
        return None;
    }
    // The rest runs to whitespace or `<`.
    while i < bytes.len() && !matches!(bytes[i], b' ' | b'\t' | b'\n' | b'\r' | b'<') {
        i += 1;
    }
    // Trailing punctuation is not part of the link; neither is an unbalanced `)`
    // or something that looks like an entity reference.
    loop {
        let link = &s[..i];
        let last = link.as_bytes()[i - 1];
        let unbalanced = last == b')' && link.matches(')').count() > link.matches('(').count();
        if matches!(last, b'?' | b'!' | b'.' | b',' | b':' | b'*' | b'_' | b'~' | b'\'' | b'"') || unbalanced {
            i -= 1;
        } else if last == b';' {
            let amp = link.rfind('&');
            match amp {
                Some(a) if link[a + 1..i - 1].bytes().all(|b| b.is_ascii_alphanumeric()) && a + 1 < i - 1 => i = a,
                _ => i -= 1,
            }
        } else {
            break;
        }
        if i <= prefix_len {
            return None;
        }
    }
    Some(i)
}

/// The e-mail address around the `@` at `at`: local part of letters, digits and
/// `.+-_`, domain of labels with at least one dot.
fn email_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut start = at;
    while start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || matches!(bytes[start - 1], b'.' | b'+' | b'-' | b'_')) {
        start -= 1;
    }
    if start == at {
        return None;
    }
    let mut end = at + 1;
    while end < bytes.len() && (bytes[end].is_ascii_alphanumeric() || matches!(bytes[end], b'.' | b'-' | b'_')) {
        end += 1;
    }
    while end > at + 1 && bytes[end - 1] == b'.' {
        end -= 1;
    }
    let domain = &text[at + 1..end];
    let last = *bytes.get(end - 1)?;
    if !domain.contains('.') || last == b'-' || last == b'_' {
        return None;
    }
    Some((start, end))
}

#[cfg(test)]
mod tests {
    use super::*;

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
    }
}
