//! Front matter: find it by Hugo's rules, parse it, report syntax errors where they are.

mod json;
mod split;
mod toml;
pub(crate) mod yaml;

pub use split::{split, Split};
pub mod date;
pub mod schema;
pub mod tree;
pub mod validate;

use crate::diagnostic::Diagnostic;
use crate::span::Span;
use serde::Serialize;
use serde_json::{Map, Value};

/// The format of a post's front matter, decided by its first non-blank characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Format {
    /// `---` … `---`
    Yaml,
    /// `+++` … `+++`
    Toml,
    /// `{` … `}`
    Json,
    /// `#+KEY: value` lines (Emacs Org mode)
    Org,
}

impl Format {
    /// Lowercase name, as in diagnostics and JSON.
    pub fn name(self) -> &'static str {
        match self {
            Format::Yaml => "YAML",
            Format::Toml => "TOML",
            Format::Json => "JSON",
            Format::Org => "Org",
        }
    }
}

/// A syntax error reported by one of the format parsers, at a byte offset in its input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SyntaxError {
    /// Byte offset into the text given to the parser.
    pub offset: usize,
    /// The parser's message, without its own location.
    pub message: String,
}

/// A post's parsed front matter.
#[derive(Debug, Clone, PartialEq)]
pub struct FrontMatter {
    /// The format, if the post has front matter.
    pub format: Option<Format>,
    /// The fields, as a JSON object (empty when absent or unparsable).
    pub value: Value,
    /// Whether the front matter parsed (absent front matter counts as parsed).
    pub valid: bool,
    /// The front matter's text between its delimiters (for JSON, with its braces).
    pub content: Span,
    /// Where the Markdown body starts.
    pub body_start: usize,
    /// The opening delimiter (or the first byte of JSON front matter).
    pub opening: Span,
    /// The fields with their positions, when the front matter parsed.
    pub tree: Option<tree::Node>,
}

/// Splits and parses the front matter of `source`; problems go to `diagnostics`.
pub fn parse(source: &str, diagnostics: &mut Vec<Diagnostic>) -> FrontMatter {
    let split = split(source, diagnostics);
    let empty = Value::Object(Map::new());
    let opening = split.opening;
    let Some(format) = split.format else {
        return FrontMatter {
            format: None,
            value: empty,
            valid: split.valid,
            content: split.content,
            body_start: split.body_start,
            opening,
            tree: None,
        };
    };
    let text = &source[split.content.start..split.content.end];
    let parsed = match format {
        Format::Yaml => yaml::parse(text),
        Format::Toml => toml::parse(text),
        Format::Json => json::parse(text),
        Format::Org => Ok(split::parse_org(text)),
    };
    let located = tree::read(text, split.content.start, format);
    let (value, valid) = match parsed {
        Ok(Value::Object(map)) => (Value::Object(map), split.valid),
        Ok(Value::Null) => (empty, split.valid),
        Ok(_) => {
            diagnostics.push(Diagnostic::error(
                syntax_code(format),
                format!("{} front matter must be a mapping of keys to values", format.name()),
                split.content,
            ));
            (empty, false)
        }
        // A duplicate key is not a syntax error to the author: validation reports
        // both places, and the value keeps the last one, as a reader would expect.
        Err(e) if e.message.contains("duplicate entry") && located.is_some() => {
            (located.as_ref().map(tree::Node::to_value).unwrap_or(empty), split.valid)
        }
        Err(e) => {
            let at = split.content.start + e.offset;
            let end = source[at..].chars().next().filter(|c| *c != '\n' && *c != '\r').map_or(at, |c| at + c.len_utf8());
            diagnostics.push(Diagnostic::error(
                syntax_code(format),
                format!("{} syntax error: {}", format.name(), e.message),
                Span::new(at, end),
            ));
            (empty, false)
        }
    };
    let tree = if valid { located.filter(|t| matches!(t.kind, tree::Kind::Map(_))) } else { None };
    FrontMatter { format: Some(format), value, valid, content: split.content, body_start: split.body_start, opening, tree }
}

fn syntax_code(format: Format) -> &'static str {
    match format {
        Format::Yaml => "front-matter/yaml-syntax",
        Format::Toml => "front-matter/toml-syntax",
        Format::Json => "front-matter/json-syntax",
        Format::Org => "front-matter/org-syntax",
    }
}

/// Parses a YAML, TOML or JSON document such as a site config (not front matter).
///
/// # Errors
/// The format's syntax error, at a byte offset into `text`.
pub fn parse_document(text: &str, format: Format) -> Result<Value, SyntaxError> {
    match format {
        Format::Yaml => yaml::parse(text),
        Format::Toml => toml::parse(text),
        Format::Json => json::parse(text),
        Format::Org => Ok(split::parse_org(text)),
    }
}
