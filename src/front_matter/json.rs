//! JSON front matter.

use super::SyntaxError;
use serde_json::Value;

/// Parses a JSON object.
///
/// # Errors
/// A [`SyntaxError`] where serde_json stopped, or at the start if the value is not an object.
pub fn parse(text: &str) -> Result<Value, SyntaxError> {
    let value: Value = serde_json::from_str(text).map_err(|e| {
        // serde_json counts lines from 1 and columns in bytes from 1.
        let line_start: usize = text.split_inclusive('\n').take(e.line().saturating_sub(1)).map(str::len).sum();
        let mut offset = (line_start + e.column().saturating_sub(1)).min(text.len());
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        // serde_json notices a bad literal (`tru`, `01x`) after reading it: point at its start.
        if matches!(e.classify(), serde_json::error::Category::Syntax) {
            let before = text[..offset].trim_end();
            let word =
                before.len() - before.trim_end_matches(|c: char| c.is_ascii_alphanumeric() || matches!(c, '.' | '+' | '-' | '_')).len();
            if word > 0 {
                offset = before.len() - word;
            }
        }
        let message = e.to_string();
        let message = message.find(" at line ").map_or(message.as_str(), |i| &message[..i]).to_owned();
        SyntaxError { offset, message }
    })?;
    if value.is_object() {
        Ok(value)
    } else {
        Err(SyntaxError { offset: 0, message: "JSON front matter must be an object".to_owned() })
    }
}
