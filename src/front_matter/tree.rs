//! Front matter as a tree of located values: every key and value with its byte
//! span in the post, for diagnostics that point at the exact key or value.
//!
//! The format modules build it: YAML from yaml-rust2's marked events, TOML
//! with its own parser, JSON with its own parser (json.rs says why).
//! The front matter's JSON value is made from the same tree.

use crate::span::Span;
use serde_json::{Map, Value};

/// A value and where it is.
#[derive(Debug, Clone, PartialEq)]
pub struct LocatedValue {
    /// The value's bytes in the post.
    pub span: Span,
    /// What it is.
    pub kind: Kind,
}

/// The shapes a value can have.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    /// A mapping, keys in source order (duplicates kept).
    Map(Vec<Entry>),
    /// A list.
    Seq(Vec<LocatedValue>),
    /// A scalar, typed as the format types it.
    Scalar(Scalar),
}

/// A scalar value.
#[derive(Debug, Clone, PartialEq)]
pub struct Scalar {
    /// The typed value (string, number, boolean or null).
    pub value: Value,
    /// Whether it was quoted (a quoted `"true"` is a string).
    pub quoted: bool,
}

/// A key and its value.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    /// The key.
    pub key: String,
    /// The key's bytes in the post.
    pub key_span: Span,
    /// The value.
    pub value: LocatedValue,
}

impl LocatedValue {
    /// The JSON value of this node; for duplicate keys the last one wins.
    pub fn to_value(&self) -> Value {
        match &self.kind {
            Kind::Scalar(s) => s.value.clone(),
            Kind::Seq(items) => Value::Array(items.iter().map(LocatedValue::to_value).collect()),
            Kind::Map(entries) => {
                let mut map = Map::new();
                for e in entries {
                    map.insert(e.key.clone(), e.value.to_value());
                }
                Value::Object(map)
            }
        }
    }

    /// The entries of a mapping.
    #[cfg(test)]
    pub fn entries(&self) -> &[Entry] {
        match &self.kind {
            Kind::Map(e) => e,
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use crate::front_matter::Format;

    fn spans(src: &str, format: Format) -> Vec<(String, String, String)> {
        let node = crate::front_matter::parse_tree(src, 0, format).expect("parses");
        node.entries()
            .iter()
            .map(|e| {
                (e.key.clone(), src[e.key_span.start..e.key_span.end].to_owned(), src[e.value.span.start..e.value.span.end].to_owned())
            })
            .collect()
    }

    #[test]
    fn yaml_keys_and_values_are_located() {
        let src = "title: \"Hi\"\nkeyword: [a, b]\nclé: é x\nparams:\n  author: k\n";
        let s = spans(src, Format::Yaml);
        assert_eq!(s[0], ("title".into(), "title".into(), "\"Hi\"".into()));
        assert_eq!(s[1], ("keyword".into(), "keyword".into(), "[a, b]".into()));
        assert_eq!(s[2], ("clé".into(), "clé".into(), "é x".into()));
        assert_eq!(s[3].2, "author: k");
    }

    #[test]
    fn toml_and_json_keys_and_values_are_located() {
        let s = spans("title = 'x'\n[params]\nauthor = 'k'\n", Format::Toml);
        assert_eq!(s[0], ("title".into(), "title".into(), "'x'".into()));
        let s = spans("{\"title\": \"x\", \"n\": 3}", Format::Json);
        assert_eq!(s[1], ("n".into(), "\"n\"".into(), "3".into()));
    }

    #[test]
    fn duplicates_are_kept_in_the_tree() {
        let node = crate::front_matter::parse_tree("a: 1\na: 2\n", 0, Format::Yaml).unwrap();
        assert_eq!(node.entries().len(), 2);
        assert_eq!(node.to_value(), serde_json::json!({"a": 2}), "the last one wins in the value");
    }
}
