//! Finding front matter by Hugo's rules (`parser/pageparser`'s intro lexer).
//!
//! The first non-blank character decides: `-` starts YAML (`---`), `+` TOML
//! (`+++`), `{` JSON (brace-balanced, string-aware), `#+` Org. A UTF-8 BOM is
//! skipped. YAML and TOML close at the first later line that starts with the
//! delimiter.

use super::tree::{Entry, Kind, LocatedValue, Scalar};
use super::Format;
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use serde_json::Value;

/// Where the front matter and the body are.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// The format, if there is front matter.
    pub format: Option<Format>,
    /// The text between the delimiters (JSON: including its braces).
    pub content: Span,
    /// Where the body starts.
    pub body_start: usize,
    /// False when a delimiter problem was reported.
    pub valid: bool,
    /// The opening delimiter.
    pub opening: Span,
}

const BOM: char = '\u{FEFF}';

/// Splits `source` into front matter and body; delimiter errors go to `diagnostics`.
pub fn split(source: &str, diagnostics: &mut Vec<Diagnostic>) -> Split {
    let bom = if source.starts_with(BOM) { BOM.len_utf8() } else { 0 };
    let none = |valid| Split { format: None, content: Span::new(bom, bom), body_start: bom, valid, opening: Span::new(bom, bom) };
    let Some(first) = source[bom..].find(|c: char| !matches!(c, ' ' | '\t' | '\r' | '\n')).map(|i| i + bom) else {
        return none(true);
    };
    let rest = &source[first..];
    let line_end = rest.find('\n').map_or(source.len(), |i| first + i);
    match rest.as_bytes()[0] {
        b'-' | b'+' => {
            let (format, delim) = if rest.starts_with('-') { (Format::Yaml, "---") } else { (Format::Toml, "+++") };
            if !rest.starts_with(delim) {
                diagnostics.push(
                    Diagnostic::error(
                        "front-matter/invalid-delimiter",
                        format!("a post that starts with `{}` must open {} front matter with `{delim}`", &rest[..1], format.name()),
                        Span::new(first, line_end),
                    )
                    .with_suggestion(format!("open the front matter with a line `{delim}`, or start the post with something else")),
                );
                return none(false);
            }
            let mut content_start = first + 3;
            let was_end_of_line = consume_newline(source, &mut content_start);
            match find_close(source, content_start, was_end_of_line, delim) {
                Some(close) => {
                    let mut body_start = close + 3;
                    consume_newline(source, &mut body_start);
                    Split {
                        format: Some(format),
                        content: Span::new(content_start, close),
                        body_start,
                        valid: true,
                        opening: Span::new(first, first + 3),
                    }
                }
                None => {
                    diagnostics.push(
                        Diagnostic::error(
                            "front-matter/unclosed",
                            format!("{} front matter is never closed", format.name()),
                            Span::new(first, first + 3),
                        )
                        .with_suggestion(format!("add a line `{delim}` after the last front-matter field")),
                    );
                    none(false)
                }
            }
        }
        b'{' => match json_end(source, first) {
            Some(end) => {
                let mut body_start = end;
                consume_newline(source, &mut body_start);
                Split {
                    format: Some(Format::Json),
                    content: Span::new(first, end),
                    body_start,
                    valid: true,
                    opening: Span::new(first, first + 1),
                }
            }
            None => {
                diagnostics.push(
                    Diagnostic::error(
                        "front-matter/unclosed",
                        "JSON front matter is never closed: its `{` has no matching `}`",
                        Span::new(first, first + 1),
                    )
                    .with_suggestion("close the JSON object with `}`"),
                );
                none(false)
            }
        },
        b'#' if rest.starts_with("#+") => {
            let mut end = first;
            for line in source[first..].split_inclusive('\n') {
                if !line.starts_with("#+") {
                    break;
                }
                end += line.len();
            }
            Split {
                format: Some(Format::Org),
                content: Span::new(first, end),
                body_start: end,
                valid: true,
                opening: Span::new(first, first + 2),
            }
        }
        _ => none(true),
    }
}

/// Consumes one `\n` or `\r\n` at `*pos`; true if it did.
fn consume_newline(source: &str, pos: &mut usize) -> bool {
    let rest = &source.as_bytes()[*pos..];
    if rest.starts_with(b"\r\n") {
        *pos += 2;
        true
    } else if rest.starts_with(b"\n") {
        *pos += 1;
        true
    } else {
        false
    }
}

/// The offset of the closing delimiter: at the start of a line at or after `from`.
fn find_close(source: &str, from: usize, at_line_start: bool, delim: &str) -> Option<usize> {
    if at_line_start && source[from..].starts_with(delim) {
        return Some(from);
    }
    let bytes = source.as_bytes();
    let mut i = from;
    while i < bytes.len() {
        if (bytes[i] == b'\n' || bytes[i] == b'\r') && source[i + 1..].starts_with(delim) {
            return Some(i + 1);
        }
        i += 1;
    }
    None
}

/// The offset just past the `}` that balances the `{` at `start`.
fn json_end(source: &str, start: usize) -> Option<usize> {
    let bytes = source.as_bytes();
    let (mut level, mut in_quote, mut i) = (0usize, false, start);
    while i < bytes.len() {
        match bytes[i] {
            b'{' if !in_quote => level += 1,
            b'}' if !in_quote => {
                level -= 1;
                if level == 0 {
                    return Some(i + 1);
                }
            }
            b'"' => in_quote = !in_quote,
            b'\\' => i += 1,
            _ => {}
        }
        i += 1;
    }
    None
}

/// `#+KEY: value` lines as a mapping of lowercase keys to strings.
pub(super) fn parse_org(text: &str, offset: usize) -> LocatedValue {
    let mut entries = Vec::new();
    let mut at = offset;
    for line in text.split_inclusive('\n') {
        if let Some(rest) = line.strip_prefix("#+") {
            if let Some((key, value)) = rest.split_once(':') {
                let key_start = at + 2;
                let value_start = key_start + key.len() + 1 + (value.len() - value.trim_start().len());
                let value = value.trim();
                entries.push(Entry {
                    key: key.trim().to_lowercase(),
                    key_span: Span::new(key_start, key_start + key.trim_end().len()),
                    value: LocatedValue {
                        span: Span::new(value_start, value_start + value.len()),
                        kind: Kind::Scalar(Scalar { value: Value::String(value.to_owned()), quoted: false }),
                    },
                });
            }
        }
        at += line.len();
    }
    LocatedValue { span: Span::new(offset, offset + text.len()), kind: Kind::Map(entries) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(src: &str) -> (Split, Vec<Diagnostic>) {
        let mut d = Vec::new();
        (split(src, &mut d), d)
    }

    #[test]
    fn yaml_between_dashes() {
        let (s, d) = run("---\ntitle: x\n---\nbody");
        assert!(d.is_empty());
        assert_eq!(s.format, Some(Format::Yaml));
        assert_eq!(s.content, Span::new(4, 13), "content is the lines between the delimiters");
        assert_eq!(s.body_start, 17);
    }

    #[test]
    fn bom_blank_lines_and_crlf_are_accepted() {
        let src = "\u{FEFF}\r\n+++\r\ntitle = 'x'\r\n+++\r\nbody";
        let (s, d) = run(src);
        assert!(d.is_empty());
        assert_eq!(s.format, Some(Format::Toml));
        assert_eq!(&src[s.body_start..], "body");
    }

    #[test]
    fn json_is_brace_balanced_and_string_aware() {
        let src = "{\"a\": \"}{\\\"\", \"b\": {\"c\": 1}}\nbody";
        let (s, _) = run(src);
        assert_eq!(s.format, Some(Format::Json));
        assert_eq!(&src[s.body_start..], "body");
    }

    #[test]
    fn unclosed_yaml_is_an_error_and_the_body_is_everything() {
        let (s, d) = run("---\ntitle: x\n");
        assert_eq!(d[0].code, "front-matter/unclosed");
        assert_eq!(s.format, None);
        assert_eq!(s.body_start, 0);
    }

    #[test]
    fn a_leading_list_item_is_a_bad_delimiter() {
        let (_, d) = run("- item\n");
        assert_eq!(d[0].code, "front-matter/invalid-delimiter");
    }

    #[test]
    fn no_front_matter() {
        let (s, d) = run("# Title\n");
        assert!(d.is_empty());
        assert_eq!((s.format, s.body_start), (None, 0));
    }
}
