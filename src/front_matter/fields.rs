//! Where each front-matter field is in the post, for editors that change a
//! field's text in place (a form beside the source) and keep every other byte —
//! comments, order, quoting, indentation — as written.
//!
//! Made from the located tree the format parsers build ([`super::tree`]); only
//! the flattening into a list with dotted paths lives here.

use super::tree::{Kind, LocatedValue};
use super::Format;
use crate::span::Span;
use serde_json::Value;

/// What a field's value is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FieldKind {
    /// A mapping (its fields follow it in the list).
    Map,
    /// A list (its items follow it, with paths ending in their index).
    Seq,
    /// A string, number, boolean, date or null.
    Scalar,
}

impl FieldKind {
    /// Lowercase name, as in JSON.
    pub fn as_str(self) -> &'static str {
        match self {
            FieldKind::Map => "map",
            FieldKind::Seq => "seq",
            FieldKind::Scalar => "scalar",
        }
    }
}

/// One field or list item, located.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// Its keys from the top, with list indices (`params.author`, `tags.1`).
    pub path: Vec<String>,
    /// The key's bytes (none for a list item).
    pub key: Option<Span>,
    /// The value's bytes.
    pub value: Span,
    /// Map, list or scalar.
    pub kind: FieldKind,
    /// The scalar's value (null for maps and lists).
    pub scalar: Value,
    /// Whether the scalar was quoted in the source.
    pub quoted: bool,
}

/// A post's front matter, located for editing.
#[derive(Debug, Clone, PartialEq)]
pub struct Fields {
    /// The format, if the post has front matter.
    pub format: Option<Format>,
    /// The text between the delimiters (JSON: with its braces).
    pub content: Span,
    /// Whether it parsed (when false, `fields` is empty and nothing should be edited).
    pub valid: bool,
    /// Every field and list item, in source order (a parent before its children).
    pub fields: Vec<Field>,
}

/// Locates every front-matter field of `source`.
pub fn fields(source: &str) -> Fields {
    let mut ignored = Vec::new();
    let fm = super::parse(source, &mut ignored);
    let mut out = Vec::new();
    if let Some(tree) = &fm.tree {
        walk(tree, &mut Vec::new(), &mut out);
    }
    Fields { format: fm.format, content: fm.content, valid: fm.valid && ignored.is_empty(), fields: out }
}

fn walk(node: &LocatedValue, path: &mut Vec<String>, out: &mut Vec<Field>) {
    match &node.kind {
        Kind::Map(entries) => {
            for e in entries {
                path.push(e.key.clone());
                out.push(field(path, Some(e.key_span), &e.value));
                walk(&e.value, path, out);
                path.pop();
            }
        }
        Kind::Seq(items) => {
            for (i, item) in items.iter().enumerate() {
                path.push(i.to_string());
                out.push(field(path, None, item));
                walk(item, path, out);
                path.pop();
            }
        }
        Kind::Scalar(_) => {}
    }
}

fn field(path: &[String], key: Option<Span>, node: &LocatedValue) -> Field {
    let (kind, scalar, quoted) = match &node.kind {
        Kind::Map(_) => (FieldKind::Map, Value::Null, false),
        Kind::Seq(_) => (FieldKind::Seq, Value::Null, false),
        Kind::Scalar(s) => (FieldKind::Scalar, s.value.clone(), s.quoted),
    };
    Field { path: path.to_vec(), key, value: node.span, kind, scalar, quoted }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Each field as `path key=… value=…`, with the source text of its spans.
    fn located(source: &str) -> Vec<String> {
        let f = fields(source);
        assert!(f.valid);
        f.fields
            .iter()
            .map(|x| {
                let key = x.key.map_or(String::new(), |k| format!(" key={}", &source[k.start..k.end]));
                format!("{}{key} value={} {}", x.path.join("."), &source[x.value.start..x.value.end], x.kind.as_str())
            })
            .collect()
    }

    #[test]
    fn yaml_fields_keep_their_source_text() {
        let src = "---\ntitle: \"Hi\" # a comment\ntags:\n  - a\n  - 'b'\nparams:\n  author: k\n---\nbody\n";
        assert_eq!(
            located(src),
            [
                "title key=title value=\"Hi\" scalar",
                "tags key=tags value=- a\n  - 'b' seq",
                "tags.0 value=a scalar",
                "tags.1 value='b' scalar",
                "params key=params value=author: k map",
                "params.author key=author value=k scalar",
            ]
        );
        let f = fields(src);
        assert_eq!(f.format, Some(Format::Yaml));
        assert!(f.fields[0].quoted && !f.fields[2].quoted);
        assert_eq!(f.fields[0].scalar, "Hi");
    }

    #[test]
    fn toml_fields_and_tables() {
        let src = "+++\n# comment\ntitle = 'x'\ndraft = true\ntags = [\"a\", \"b\"]\n[params]\nauthor = \"k\"\n+++\n";
        let got = located(src);
        assert_eq!(got[0], "title key=title value='x' scalar");
        assert_eq!(got[1], "draft key=draft value=true scalar");
        assert_eq!(got[2], "tags key=tags value=[\"a\", \"b\"] seq");
        assert_eq!(got[4], "tags.1 value=\"b\" scalar");
        assert!(got[5].starts_with("params key=params"), "{got:?}");
        assert_eq!(got[6], "params.author key=author value=\"k\" scalar");
        assert_eq!(fields(src).fields[1].scalar, true);
    }

    #[test]
    fn json_fields() {
        let src = "{\n  \"title\": \"x\",\n  \"n\": 3\n}\nbody\n";
        assert_eq!(located(src), ["title key=\"title\" value=\"x\" scalar", "n key=\"n\" value=3 scalar"]);
        assert_eq!(&src[fields(src).content.start..fields(src).content.end], "{\n  \"title\": \"x\",\n  \"n\": 3\n}");
    }

    #[test]
    fn broken_or_absent_front_matter_has_no_fields() {
        let broken = fields("---\ntitle: \"open\n---\n");
        assert!(!broken.valid && broken.fields.is_empty());
        let none = fields("# Just a heading\n");
        assert_eq!(none.format, None);
        assert!(none.valid && none.fields.is_empty());
    }
}
