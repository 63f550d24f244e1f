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
        let message = e.to_string();
        let message = message.find(" at line ").map_or(message.as_str(), |i| &message[..i]).to_owned();
        SyntaxError { offset, message }
    })?;
    if value.is_object() {
        Ok(value)
    } else {
        Err(SyntaxError {
            offset: 0,
            message: "JSON front matter must be an object".to_owned(),
        })
    }
}
