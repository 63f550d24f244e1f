//! YAML, through serde_yaml. This is the only module that names serde_yaml
//! (deprecated upstream): a maintained or span-aware replacement touches only this file.

use super::SyntaxError;
use serde_json::{Map, Number, Value};

/// Parses a YAML document into a JSON-compatible value.
///
/// # Errors
/// A [`SyntaxError`] at the byte offset (within `text`) that libyaml reported.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    if text.trim().is_empty() {
        return Ok(Value::Object(Map::new()));
    }
    let mut value: serde_yaml::Value = serde_yaml::from_str(text).map_err(|e| {
        let offset = e.location().map_or(0, |l| l.index());
        let full = e.to_string();
        let (message, context) = split_message(&full);
        // "found unexpected end of stream, while scanning a quoted scalar": what is
        // wrong is the quote (or bracket) that was never closed, so point there.
        let offset = match context {
            Some((_, line, column)) if message.contains("end of stream") => offset_of(text, line, column),
            _ => offset,
        };
        let message = match context {
            Some((what, _, _)) => format!("{message}, {what}"),
            None => message.to_owned(),
        };
        SyntaxError { offset: clamp(text, offset), message }
    })?;
    value.apply_merge().map_err(|e| SyntaxError { offset: 0, message: clean_message(&e.to_string()) })?;
    Ok(convert(value))
}

/// libyaml's messages end with " at line L column C"; we report the location ourselves.
fn clean_message(message: &str) -> String {
    split_message(message).0.to_owned()
}

/// Splits "PROBLEM at line L column C, while CONTEXT at line L2 column C2" into
/// the problem and, if there is one, the context with its 1-based line and column.
fn split_message(message: &str) -> (&str, Option<(&str, usize, usize)>) {
    let (problem, rest) = match message.find(" at line ") {
        Some(i) => (&message[..i], &message[i..]),
        None => return (message.trim(), None),
    };
    let context = rest.find(", while ").and_then(|i| {
        let c = &rest[i + 2..];
        let at = c.find(" at line ")?;
        let mut nums = c[at + 9..].split(" column ");
        let line = nums.next()?.trim().parse().ok()?;
        let column = nums.next()?.trim().parse().ok()?;
        Some((&c[..at], line, column))
    });
    let context = context.or_else(|| rest.find(", while ").map(|i| (rest[i + 2..].trim(), 0, 0)));
    (problem.trim(), context.filter(|(w, _, _)| !w.is_empty()))
}

/// The byte offset of a 1-based line and column (in characters) of `text`.
fn offset_of(text: &str, line: usize, column: usize) -> usize {
    if line == 0 {
        return text.len();
    }
    let start: usize = text.split_inclusive('\n').take(line - 1).map(str::len).sum();
    let line_text = text[start.min(text.len())..].split('\n').next().unwrap_or("");
    start + line_text.char_indices().nth(column.saturating_sub(1)).map_or(line_text.len(), |(i, _)| i)
}

fn clamp(text: &str, offset: usize) -> usize {
    let mut o = offset.min(text.len());
    while !text.is_char_boundary(o) {
        o -= 1;
    }
    o
}

fn convert(value: serde_yaml::Value) -> Value {
    match value {
        serde_yaml::Value::Null => Value::Null,
        serde_yaml::Value::Bool(b) => Value::Bool(b),
        serde_yaml::Value::Number(n) => {
            if let Some(i) = n.as_i64() {
                Value::Number(i.into())
            } else if let Some(u) = n.as_u64() {
                Value::Number(u.into())
            } else {
                n.as_f64().and_then(Number::from_f64).map_or(Value::Null, Value::Number)
            }
        }
        serde_yaml::Value::String(s) => Value::String(s),
        serde_yaml::Value::Sequence(items) => Value::Array(items.into_iter().map(convert).collect()),
        serde_yaml::Value::Mapping(map) => {
            let mut out = Map::new();
            for (k, v) in map {
                out.insert(key_string(k), convert(v));
            }
            Value::Object(out)
        }
        serde_yaml::Value::Tagged(tagged) => convert(tagged.value),
    }
}

/// YAML allows any key; Hugo (like JSON) needs strings.
fn key_string(key: serde_yaml::Value) -> String {
    match key {
        serde_yaml::Value::String(s) => s,
        serde_yaml::Value::Null => "null".to_owned(),
        serde_yaml::Value::Bool(b) => b.to_string(),
        serde_yaml::Value::Number(n) => n.to_string(),
        other => serde_json::to_string(&convert(other)).unwrap_or_default(),
    }
}
