//! TOML front matter.

use super::SyntaxError;
use serde_json::Value;

/// Parses a TOML document into a JSON-compatible value (dates become RFC 3339 strings).
///
/// # Errors
/// A [`SyntaxError`] at the start of the span the TOML parser reported.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let table: toml::Table = toml::from_str(text)
        .map_err(|e| SyntaxError { offset: e.span().map_or(0, |s| s.start), message: e.message().trim().to_owned() })?;
    Ok(convert(toml::Value::Table(table)))
}

fn convert(value: toml::Value) -> Value {
    match value {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::Number(i.into()),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(items) => Value::Array(items.into_iter().map(convert).collect()),
        toml::Value::Table(t) => Value::Object(t.into_iter().map(|(k, v)| (k, convert(v))).collect()),
    }
}
