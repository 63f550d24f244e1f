//! The `toml` crate as the reference for Recap's TOML parser, shared by
//! tests/parser_differential.rs and the `parsers` fuzz target.

use serde_json::Value;

/// The document as the `toml` crate reads it, as JSON (dates as RFC 3339 text,
/// infinities and NaN as null, as Recap gives them).
pub fn reference(text: &str) -> Option<Value> {
    text.parse::<toml::Table>().ok().map(|t| convert(toml::Value::Table(t)))
}

fn convert(v: toml::Value) -> Value {
    match v {
        toml::Value::String(s) => Value::String(s),
        toml::Value::Integer(i) => Value::from(i),
        toml::Value::Float(f) => serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number),
        toml::Value::Boolean(b) => Value::Bool(b),
        toml::Value::Datetime(d) => Value::String(d.to_string()),
        toml::Value::Array(a) => Value::Array(a.into_iter().map(convert).collect()),
        toml::Value::Table(t) => Value::Object(t.into_iter().map(|(k, v)| (k, convert(v))).collect()),
    }
}

/// Whether the crate refuses `text` only for nesting past its recursion limit
/// (about 90 levels); Recap's limit is 128, and Hugo's go-toml has none.
pub fn past_crate_limit(text: &str) -> bool {
    text.parse::<toml::Table>()
        .err()
        .is_some_and(|e| e.message().contains("recursion limit") || e.message().contains("max recursion depth"))
}

/// Whether the crate's acceptance of `text` rests on a TOML 1.1 addition that
/// Recap (TOML 1.0, as Hugo's go-toml) refuses with `our_error`: a newline or
/// trailing comma in an inline table, `\e` or `\x` escapes, a time without seconds.
pub fn toml_1_1_only(text: &str, our_error: &str) -> bool {
    our_error.contains("inline table")
        || (our_error.contains("escape") && (text.contains("\\e") || text.contains("\\x")))
        || (our_error.contains("date or time") && has_time_without_seconds(text))
}

/// `HH:MM` not followed by `:SS`.
fn has_time_without_seconds(text: &str) -> bool {
    let b = text.as_bytes();
    (0..b.len().saturating_sub(4)).any(|i| {
        b[i].is_ascii_digit()
            && b[i + 1].is_ascii_digit()
            && b[i + 2] == b':'
            && b[i + 3].is_ascii_digit()
            && b[i + 4].is_ascii_digit()
            && b.get(i + 5) != Some(&b':')
    })
}
