//! Decoding character references in raw-HTML attribute values.
//!
//! Named references are resolved by pulldown-cmark's own table (through a
//! one-reference parse) instead of shipping a second 2,000-entry table in the
//! wasm module. Decoding here never has to match a browser bit for bit: the
//! sanitizer decodes, checks the decoded value, then re-escapes every `&`, so
//! the browser sees exactly the string that was checked.

/// Decodes `&name;`, `&#123;` and `&#x7B;` (the semicolon optional for numeric
/// references, as browsers accept them). Unknown references stay as written.
pub fn decode_entities(s: &str) -> String {
    if !s.contains('&') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(amp) = rest.find('&') {
        out.push_str(&rest[..amp]);
        rest = &rest[amp..];
        match decode_one(rest) {
            Some((decoded, used)) => {
                out.push_str(&decoded);
                rest = &rest[used..];
            }
            None => {
                out.push('&');
                rest = &rest[1..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Decodes the reference at the start of `s` (which starts with `&`): the text and bytes used.
fn decode_one(s: &str) -> Option<(String, usize)> {
    let b = s.as_bytes();
    if b.get(1) == Some(&b'#') {
        let (hex, start) = match b.get(2) {
            Some(b'x' | b'X') => (true, 3),
            _ => (false, 2),
        };
        let digits = b[start..].iter().take_while(|c| if hex { c.is_ascii_hexdigit() } else { c.is_ascii_digit() }).count();
        if digits == 0 {
            return None;
        }
        let text = &s[start..start + digits];
        let value = u32::from_str_radix(text, if hex { 16 } else { 10 }).unwrap_or(u32::MAX);
        let c = match value {
            0 => '\u{FFFD}',
            v => char::from_u32(v).unwrap_or('\u{FFFD}'),
        };
        let mut used = start + digits;
        if b.get(used) == Some(&b';') {
            used += 1;
        }
        return Some((c.to_string(), used));
    }
    let name_len = b[1..].iter().take_while(|c| c.is_ascii_alphanumeric()).count();
    if name_len == 0 || name_len > 32 || b.get(1 + name_len) != Some(&b';') {
        return None;
    }
    let reference = &s[..name_len + 2];
    let mut parsed = pulldown_cmark::Parser::new(reference);
    let decoded: String = parsed
        .by_ref()
        .filter_map(|e| match e {
            pulldown_cmark::Event::Text(t) => Some(t.into_string()),
            _ => None,
        })
        .collect();
    if decoded == reference || decoded.is_empty() {
        None
    } else {
        Some((decoded, reference.len()))
    }
}

#[cfg(test)]
mod tests {
    use super::decode_entities;

    #[test]
    fn decodes_named_and_numeric_references() {
        assert_eq!(decode_entities("&#106;ava&#X73;cript&colon;"), "javascript:", "numeric and named references decode");
        assert_eq!(decode_entities("&#106ava"), "java", "a numeric reference needs no semicolon");
        assert_eq!(decode_entities("a &nosuch; b & c"), "a &nosuch; b & c", "unknown references stay as written");
        assert_eq!(decode_entities("&copy;&amp;&#0;"), "©&\u{FFFD}", "NUL becomes the replacement character");
    }
}
