//! JSON front matter: serde_json checks it and reports errors; a small scanner
//! of our own locates every key and value.

use super::tree::{Entry, Kind, Node, Scalar};
use super::SyntaxError;
use crate::span::Span;
use serde_json::Value;

/// Parses a JSON object into a located tree.
///
/// # Errors
/// A [`SyntaxError`] where serde_json stopped, or at the start if the value is not an object.
pub fn parse(text: &str, offset: usize) -> Result<Node, SyntaxError> {
    check(text)?;
    let mut p = Scanner { s: text.as_bytes(), text, i: 0, offset };
    p.ws();
    p.value().ok_or_else(|| SyntaxError { offset: 0, message: "JSON front matter could not be read".to_owned() })
}

/// Checks the JSON with serde_json, whose errors say what is wrong.
fn check(text: &str) -> Result<(), SyntaxError> {
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
        Ok(())
    } else {
        Err(SyntaxError { offset: 0, message: "JSON front matter must be an object".to_owned() })
    }
}

struct Scanner<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
    offset: usize,
}

impl Scanner<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn span(&self, start: usize) -> Span {
        Span::new(start, self.i).shift(self.offset)
    }

    fn value(&mut self) -> Option<Node> {
        let start = self.i;
        match *self.s.get(self.i)? {
            b'{' => {
                self.i += 1;
                let mut entries = Vec::new();
                loop {
                    self.ws();
                    if self.s.get(self.i) == Some(&b'}') {
                        self.i += 1;
                        return Some(Node { span: self.span(start), kind: Kind::Map(entries) });
                    }
                    let key_start = self.i;
                    let key = self.string()?;
                    let key_span = self.span(key_start);
                    self.ws();
                    (self.s.get(self.i) == Some(&b':')).then_some(())?;
                    self.i += 1;
                    self.ws();
                    let value = self.value()?;
                    entries.push(Entry { key, key_span, value });
                    self.ws();
                    if self.s.get(self.i) == Some(&b',') {
                        self.i += 1;
                    }
                }
            }
            b'[' => {
                self.i += 1;
                let mut items = Vec::new();
                loop {
                    self.ws();
                    if self.s.get(self.i) == Some(&b']') {
                        self.i += 1;
                        return Some(Node { span: self.span(start), kind: Kind::Seq(items) });
                    }
                    items.push(self.value()?);
                    self.ws();
                    if self.s.get(self.i) == Some(&b',') {
                        self.i += 1;
                    }
                }
            }
            b'"' => {
                let s = self.string()?;
                Some(Node { span: self.span(start), kind: Kind::Scalar(Scalar { value: Value::String(s), quoted: true }) })
            }
            _ => {
                while self.i < self.s.len() && !matches!(self.s[self.i], b',' | b']' | b'}' | b' ' | b'\t' | b'\n' | b'\r') {
                    self.i += 1;
                }
                let word = &self.text[start..self.i];
                let value = serde_json::from_str::<Value>(word).ok()?;
                Some(Node { span: self.span(start), kind: Kind::Scalar(Scalar { value, quoted: false }) })
            }
        }
    }

    fn string(&mut self) -> Option<String> {
        let start = self.i;
        (self.s.get(self.i) == Some(&b'"')).then_some(())?;
        self.i += 1;
        while self.i < self.s.len() {
            match self.s[self.i] {
                b'\\' => self.i += 2,
                b'"' => {
                    self.i += 1;
                    return serde_json::from_str(&self.text[start..self.i]).ok();
                }
                _ => self.i += 1,
            }
        }
        None
    }
}
