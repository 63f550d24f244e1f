//! Front matter: find it by Hugo's rules, parse it, report syntax errors where they are.

mod json;
mod split;
mod toml;
mod yaml;
/// The YAML parser's events and the builder of located values from them,
/// for the yaml-test-suite and the differential test against yaml-rust2.
#[cfg(feature = "internals")]
pub use yaml::{build as yaml_build, events as yaml_events};

pub use split::split;
pub mod date;
#[cfg(any(target_arch = "wasm32", test))]
pub mod fields;
pub mod pattern;
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

/// A syntax error at byte `at`, for the parsers' `?`.
fn fail<T>(at: usize, message: impl Into<String>) -> Result<T, SyntaxError> {
    Err(SyntaxError { offset: at, message: message.into() })
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
    pub tree: Option<tree::LocatedValue>,
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
    match parse_tree(text, split.content.start, format) {
        Ok(tree) if matches!(tree.kind, tree::Kind::Map(_)) => {
            let value = tree.to_value();
            FrontMatter {
                format: Some(format),
                value,
                valid: split.valid,
                content: split.content,
                body_start: split.body_start,
                opening,
                tree: Some(tree),
            }
        }
        Ok(tree) => {
            let empty_doc = matches!(&tree.kind, tree::Kind::Scalar(s) if s.value == Value::Null);
            if !empty_doc {
                diagnostics.push(Diagnostic::error(
                    syntax_code(format),
                    format!("{} front matter must be a mapping of keys to values", format.name()),
                    split.content,
                ));
            }
            FrontMatter {
                format: Some(format),
                value: empty,
                valid: empty_doc && split.valid,
                content: split.content,
                body_start: split.body_start,
                opening,
                tree: None,
            }
        }
        Err(e) => {
            let at = split.content.start + e.offset.min(text.len());
            let end = source[at..].chars().next().filter(|c| *c != '\n' && *c != '\r').map_or(at, |c| at + c.len_utf8());
            let mut d =
                Diagnostic::error(syntax_code(format), format!("{} syntax error: {}", format.name(), e.message), Span::new(at, end));
            if format == Format::Json && text.starts_with("{{") {
                // A post that opens with a shortcode call: Hugo reads it so too.
                d = d.with_suggestion("a post that starts with `{` is read as JSON front matter: to open with a shortcode, put front matter or a line of text before it");
            }
            diagnostics.push(d);
            FrontMatter {
                format: Some(format),
                value: empty,
                valid: false,
                content: split.content,
                body_start: split.body_start,
                opening,
                tree: None,
            }
        }
    }
}

/// Parses front matter text (which starts at byte `offset` of the post) into a
/// tree of located values.
///
/// # Errors
/// The format's syntax error, at a byte offset into `text`.
pub fn parse_tree(text: &str, offset: usize, format: Format) -> Result<tree::LocatedValue, SyntaxError> {
    match format {
        Format::Yaml => yaml::parse(text, offset),
        Format::Toml => toml::parse(text, offset),
        Format::Json => json::parse(text, offset),
        Format::Org => Ok(split::parse_org(text, offset)),
    }
}

fn syntax_code(format: Format) -> &'static str {
    match format {
        Format::Yaml => "front-matter/yaml-syntax",
        Format::Toml => "front-matter/toml-syntax",
        Format::Json => "front-matter/json-syntax",
        Format::Org => "front-matter/org-syntax",
    }
}

/// Parses a data file (`data/**`): YAML, TOML or JSON whose top level may
/// also be a list or a scalar, as Hugo reads them.
///
/// # Errors
/// The format's syntax error, at a byte offset into `text`.
#[cfg(feature = "templates")]
pub fn parse_data(text: &str, format: Format) -> Result<Value, SyntaxError> {
    match format {
        Format::Json => Ok(json::parse_any(text, 0)?.to_value()),
        _ => parse_document(text, format),
    }
}

/// Parses a YAML, TOML or JSON document such as a site config (not front matter).
///
/// # Errors
/// The format's syntax error, at a byte offset into `text`.
pub fn parse_document(text: &str, format: Format) -> Result<Value, SyntaxError> {
    let tree = parse_tree(text, 0, format)?;
    Ok(match tree.to_value() {
        Value::Null => Value::Object(Map::new()),
        v => v,
    })
}
