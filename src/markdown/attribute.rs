//! Goldmark's attribute syntax `{#id .class key=value}`: after a heading
//! (pulldown-cmark parses those) and, when `markup.goldmark.parser.attribute.block`
//! is on, on a line of its own after a block.

/// Parses `{#id .class key=value key2="quoted value"}` (the braces included).
/// Classes are joined with spaces; `None` if the text is not exactly that.
pub fn parse(text: &str) -> Option<Vec<(String, String)>> {
    let inner = text.trim().strip_prefix('{')?.strip_suffix('}')?;
    let mut attrs: Vec<(String, String)> = Vec::new();
    let mut classes: Vec<String> = Vec::new();
    let b = inner.as_bytes();
    let mut i = 0;
    loop {
        while i < b.len() && matches!(b[i], b' ' | b'\t') {
            i += 1;
        }
        if i >= b.len() {
            break;
        }
        match b[i] {
            b'#' | b'.' => {
                let start = i + 1;
                let mut end = start;
                while end < b.len() && !matches!(b[end], b' ' | b'\t' | b'}' | b'{' | b'#' | b'.' | b'=' | b'"' | b'\'') {
                    end += 1;
                }
                if end == start {
                    return None;
                }
                let value = inner[start..end].to_owned();
                if b[i] == b'#' {
                    attrs.retain(|(k, _)| k != "id");
                    attrs.push(("id".to_owned(), value));
                } else {
                    classes.push(value);
                }
                i = end;
            }
            c if c.is_ascii_alphabetic() || c == b'_' || c == b':' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || matches!(b[i], b'_' | b':' | b'.' | b'-')) {
                    i += 1;
                }
                let name = inner[start..i].to_owned();
                if b.get(i) != Some(&b'=') {
                    return None;
                }
                i += 1;
                let value = match b.get(i) {
                    Some(&q @ (b'"' | b'\'')) => {
                        let vstart = i + 1;
                        let len = inner[vstart..].find(q as char)?;
                        i = vstart + len + 1;
                        inner[vstart..vstart + len].to_owned()
                    }
                    _ => {
                        let vstart = i;
                        while i < b.len() && !matches!(b[i], b' ' | b'\t') {
                            i += 1;
                        }
                        if i == vstart {
                            return None;
                        }
                        inner[vstart..i].to_owned()
                    }
                };
                if name == "class" {
                    classes.push(value);
                } else {
                    attrs.push((name, value));
                }
            }
            _ => return None,
        }
    }
    if !classes.is_empty() {
        attrs.push(("class".to_owned(), classes.join(" ")));
    }
    Some(attrs)
}

/// An attribute line: its start, its end (without the newline) and its attributes.
pub type Line = (usize, usize, Vec<(String, String)>);

/// Byte ranges (start of line, end of line without its newline) of the lines of
/// `source` that are an attribute block: at most three spaces of indent, then a
/// complete `{…}`. Candidates only: the caller drops those inside code.
pub fn candidate_lines(source: &str) -> Vec<Line> {
    let mut out = Vec::new();
    let mut start = 0;
    for line in source.split_inclusive('\n') {
        let content = line.trim_end_matches(['\n', '\r']);
        let indent = content.len() - content.trim_start_matches(' ').len();
        let trimmed = content.trim();
        if indent <= 3 && trimmed.starts_with('{') && trimmed.ends_with('}') {
            if let Some(attrs) = parse(trimmed) {
                out.push((start, start + content.len(), attrs));
            }
        }
        start += line.len();
    }
    out
}

#[cfg(test)]
mod tests {
    use super::parse;

    #[test]
    fn parses_ids_classes_and_values() {
        let a = parse("{#intro .lead .big data-x=1 title=\"A b\"}").unwrap();
        assert_eq!(
            a,
            vec![
                ("id".into(), "intro".into()),
                ("data-x".into(), "1".into()),
                ("title".into(), "A b".into()),
                ("class".into(), "lead big".into())
            ]
        );
    }

    #[test]
    fn rejects_what_is_not_an_attribute_list() {
        for s in ["{}x", "{ a b }", "{\"a\": 1}", "{{< x >}}"] {
            assert!(parse(s).is_none(), "{s}");
        }
    }
}
