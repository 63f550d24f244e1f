//! Escaping for text, attribute values and URLs, as Goldmark writes them.

/// The bytes text escaping replaces (see [`text_escape`]).
pub const TEXT_SPECIALS: [u8; 5] = [b'&', b'<', b'>', b'"', 0];

/// What text escaping writes for byte `b`: `&`, `<`, `>` and `"`, the four
/// characters Goldmark escapes in text, as references, and NUL as U+FFFD, as
/// CommonMark requires; `None` for any other byte.
pub fn text_escape(b: u8) -> Option<&'static str> {
    Some(match b {
        b'&' => "&amp;",
        b'<' => "&lt;",
        b'>' => "&gt;",
        b'"' => "&quot;",
        0 => "\u{FFFD}",
        _ => return None,
    })
}

/// Escapes text as [`text_escape`] says.
pub fn escape_text(out: &mut String, s: &str) {
    let bytes = s.as_bytes();
    let special = crate::search::ByteSet::new(TEXT_SPECIALS);
    let mut last = 0;
    while let Some(n) = special.find(&bytes[last..]) {
        let i = last + n;
        out.push_str(&s[last..i]);
        out.push_str(text_escape(bytes[i]).unwrap_or_default());
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

/// Escapes an attribute value for a double-quoted attribute (same set as text).
pub fn escape_attr(out: &mut String, s: &str) {
    escape_text(out, s)
}

/// Percent-encodes a URL the way CommonMark renderers do (bytes outside the
/// URL-safe set, keeping existing `%XX` escapes), then escapes it for an attribute.
pub fn escape_href(out: &mut String, url: &str) {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let bytes = url.as_bytes();
    // Bytes written as they are go out a run at a time (runs are ASCII, so
    // they end at character boundaries); `push` per byte was 1% of a render.
    let mut last = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let hex_follows = || bytes.get(i + 1).is_some_and(u8::is_ascii_hexdigit) && bytes.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
        let kept = match b {
            b'a'..=b'z' | b'A'..=b'Z' | b'0'..=b'9' => true,
            b'-' | b'_' | b'.' | b'!' | b'\'' | b'~' | b'*' | b'(' | b')' | b';' | b'/' | b'?' | b':' | b'@' | b'=' | b'+' | b'$'
            | b',' | b'#' => true,
            b'%' => hex_follows(),
            _ => false,
        };
        if kept {
            continue;
        }
        // (Kept bytes are ASCII: a run starts after the last byte of a character.)
        if last < i {
            out.push_str(&url[last..i]);
        }
        last = i + 1;
        match b {
            b'&' => out.push_str("&amp;"),
            b'%' => out.push_str("%25"),
            _ => {
                out.push('%');
                out.push(HEX[(b >> 4) as usize] as char);
                out.push(HEX[(b & 15) as usize] as char);
            }
        }
    }
    if last < url.len() {
        out.push_str(&url[last..]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn href(s: &str) -> String {
        let mut out = String::new();
        escape_href(&mut out, s);
        out
    }

    #[test]
    fn href_encoding_matches_commonmark() {
        assert_eq!(href("foo bär"), "foo%20b%C3%A4r", "space and non-ASCII are percent-encoded");
        assert_eq!(href("a%20b%zz"), "a%20b%25zz", "valid escapes stay, a stray % is encoded");
        assert_eq!(href("a&b\"c<"), "a&amp;b%22c%3C", "& is an entity, quotes and < are encoded");
        assert_eq!(href("foo\\bar[x]"), "foo%5Cbar%5Bx%5D", "backslash and brackets are encoded");
        assert_eq!(href("%4"), "%254", "an escape cut short at the end");
    }

    #[test]
    fn href_encoding_byte_by_byte() {
        // The rule one byte at a time: kept, `&amp;`, or `%XX` (a `%` is kept before two hex digits).
        fn plain(url: &str) -> String {
            let b = url.as_bytes();
            let mut out = String::new();
            for (i, &c) in b.iter().enumerate() {
                let escape = b.get(i + 1).is_some_and(u8::is_ascii_hexdigit) && b.get(i + 2).is_some_and(u8::is_ascii_hexdigit);
                match c {
                    b'&' => out.push_str("&amp;"),
                    b'%' if escape => out.push('%'),
                    _ if c.is_ascii_alphanumeric() || b"-_.!'~*();/?:@=+$,#".contains(&c) => out.push(c as char),
                    _ => out.push_str(&format!("%{c:02X}")),
                }
            }
            out
        }
        let pieces = ["a", "%", "%2", "%2f", "&", " ", "é", "😀", "/", "\"", "<", "#x", "Z9"];
        let mut random = crate::random::Random(3);
        for _ in 0..3_000 {
            let url = random.joined(&pieces, 10);
            assert_eq!(href(&url), plain(&url), "{url:?}");
        }
    }

    #[test]
    fn text_escaping_covers_the_four_characters() {
        let mut out = String::new();
        escape_text(&mut out, "<a href=\"x\">&</a>'");
        assert_eq!(out, "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;'");
    }
}
