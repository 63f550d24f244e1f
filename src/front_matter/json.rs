//! JSON front matter (and JSON site configs and options): an RFC 8259 parser
//! that builds the located tree directly.
//!
//! It reads what serde_json reads, with serde_json's messages, limits (127
//! levels of nesting) and number types (integers as `u64`/`i64` where they
//! fit, otherwise `f64`; out-of-range floats refused); `tests/parser_differential.rs`
//! holds it to that. It is our own so that the wasm module carries no second
//! JSON parser (serde_json's, with its float tables, was ~7 KB brotli).

use super::tree::{Entry, Kind, LocatedValue, Scalar};
use super::{fail, SyntaxError};
use crate::span::Span;
use serde_json::{Number, Value};

use crate::limits::JSON_DEPTH as MAX_DEPTH;

/// Parses a JSON object into a located tree.
///
/// # Errors
/// A [`SyntaxError`] at the byte (within `text`) where the JSON went wrong, or at
/// the start if the value is not an object.
pub fn parse(text: &str, offset: usize) -> Result<LocatedValue, SyntaxError> {
    let node = parse_any(text, offset)?;
    if !matches!(node.kind, Kind::Map(_)) {
        return fail(node.span.start - offset, "JSON front matter must be an object");
    }
    Ok(node)
}

/// Parses one JSON value of any kind (a data file may hold a list).
///
/// # Errors
/// A [`SyntaxError`] at the byte (within `text`) where the JSON went wrong.
pub fn parse_any(text: &str, offset: usize) -> Result<LocatedValue, SyntaxError> {
    let mut p = Parser { s: text.as_bytes(), text, i: 0, offset };
    p.ws();
    let node = p.value(0)?;
    p.ws();
    if p.i < p.s.len() {
        return fail(p.i, "trailing characters");
    }
    Ok(node)
}

struct Parser<'a> {
    s: &'a [u8],
    text: &'a str,
    i: usize,
    offset: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while matches!(self.s.get(self.i), Some(b' ' | b'\t' | b'\n' | b'\r')) {
            self.i += 1;
        }
    }

    fn span(&self, start: usize) -> Span {
        Span::new(start, self.i).shift(self.offset)
    }

    /// `expected`, or that the text ended inside `what`.
    fn expected<T>(&self, expected: &str, what: &str) -> Result<T, SyntaxError> {
        if self.i >= self.s.len() {
            return fail(self.i, format!("EOF while parsing {what}"));
        }
        fail(self.i, expected)
    }

    fn value(&mut self, depth: usize) -> Result<LocatedValue, SyntaxError> {
        let start = self.i;
        let scalar =
            |p: &Parser<'_>, value: Value, quoted: bool| LocatedValue { span: p.span(start), kind: Kind::Scalar(Scalar { value, quoted }) };
        match self.s.get(self.i) {
            Some(b'{') => self.container(depth, b'}', "an object"),
            Some(b'[') => self.container(depth, b']', "a list"),
            Some(b'"') => {
                let s = self.string()?;
                Ok(scalar(self, Value::String(s), true))
            }
            Some(b'-' | b'0'..=b'9') => {
                let n = self.number()?;
                Ok(scalar(self, Value::Number(n), false))
            }
            Some(b't' | b'f' | b'n') => {
                let (word, value) = match self.s[self.i] {
                    b't' => ("true", Value::Bool(true)),
                    b'f' => ("false", Value::Bool(false)),
                    _ => ("null", Value::Null),
                };
                let have = self.s[self.i..].iter().zip(word.bytes()).take_while(|(a, b)| a == &b).count();
                if have < word.len() {
                    return if self.i + have >= self.s.len() {
                        fail(self.i + have, "EOF while parsing a value")
                    } else {
                        fail(start, "expected ident")
                    };
                }
                self.i += word.len();
                Ok(scalar(self, value, false))
            }
            None => fail(self.i, "EOF while parsing a value"),
            Some(_) => fail(self.i, "expected value"),
        }
    }

    /// An object (`close` is `}`) or an array (`]`).
    fn container(&mut self, depth: usize, close: u8, what: &str) -> Result<LocatedValue, SyntaxError> {
        let start = self.i;
        if depth >= MAX_DEPTH {
            return fail(start, "recursion limit exceeded");
        }
        self.i += 1;
        let object = close == b'}';
        let mut entries = Vec::new();
        let mut items = Vec::new();
        self.ws();
        if self.s.get(self.i) != Some(&close) {
            loop {
                self.ws();
                if object {
                    let key_start = self.i;
                    if self.s.get(self.i) != Some(&b'"') {
                        return self.expected("key must be a string", what);
                    }
                    let key = self.string()?;
                    let key_span = self.span(key_start);
                    self.ws();
                    if self.s.get(self.i) != Some(&b':') {
                        return self.expected("expected `:`", what);
                    }
                    self.i += 1;
                    self.ws();
                    let value = self.value(depth + 1)?;
                    entries.push(Entry { key, key_span, value });
                } else {
                    items.push(self.value(depth + 1)?);
                }
                self.ws();
                match self.s.get(self.i) {
                    Some(b',') => {
                        self.i += 1;
                        self.ws();
                        if self.s.get(self.i) == Some(&close) {
                            return fail(self.i, "trailing comma");
                        }
                    }
                    Some(&c) if c == close => break,
                    _ => return self.expected(if object { "expected `,` or `}`" } else { "expected `,` or `]`" }, what),
                }
            }
        }
        self.i += 1;
        let kind = if object { Kind::Map(entries) } else { Kind::Seq(items) };
        Ok(LocatedValue { span: self.span(start), kind })
    }

    fn string(&mut self) -> Result<String, SyntaxError> {
        self.i += 1;
        let mut out = String::new();
        loop {
            let run = self.s[self.i..].iter().take_while(|&&c| c != b'"' && c != b'\\' && c >= 0x20).count();
            out.push_str(&self.text[self.i..self.i + run]);
            self.i += run;
            match self.s.get(self.i) {
                None => return fail(self.i, "EOF while parsing a string"),
                Some(b'"') => {
                    self.i += 1;
                    return Ok(out);
                }
                Some(b'\\') => {
                    let at = self.i;
                    self.i += 2;
                    let c = match self.s.get(at + 1) {
                        Some(b'"') => '"',
                        Some(b'\\') => '\\',
                        Some(b'/') => '/',
                        Some(b'b') => '\u{8}',
                        Some(b'f') => '\u{c}',
                        Some(b'n') => '\n',
                        Some(b'r') => '\r',
                        Some(b't') => '\t',
                        Some(b'u') => self.unicode_escape(at)?,
                        None => return fail(at + 1, "EOF while parsing a string"),
                        Some(_) => return fail(at, "invalid escape"),
                    };
                    out.push(c);
                }
                Some(_) => return fail(self.i, "control character (\\u0000-\\u001F) found while parsing a string"),
            }
        }
    }

    /// The four hex digits after `\u` (and a low surrogate's escape after a high one).
    fn unicode_escape(&mut self, at: usize) -> Result<char, SyntaxError> {
        let high = self.hex4()?;
        let code = match high {
            0xD800..=0xDBFF => {
                if self.s.get(self.i..self.i + 2) != Some(b"\\u") {
                    return fail(at, "lone leading surrogate in hex escape");
                }
                self.i += 2;
                let low = self.hex4()?;
                if !(0xDC00..=0xDFFF).contains(&low) {
                    return fail(at, "lone leading surrogate in hex escape");
                }
                0x10000 + ((high - 0xD800) << 10) + (low - 0xDC00)
            }
            0xDC00..=0xDFFF => return fail(at, "lone trailing surrogate in hex escape"),
            c => c,
        };
        char::from_u32(code).map_or_else(|| fail(at, "invalid unicode code point"), Ok)
    }

    fn hex4(&mut self) -> Result<u32, SyntaxError> {
        let mut n = 0;
        for _ in 0..4 {
            let Some(d) = self.s.get(self.i).and_then(|&c| (c as char).to_digit(16)) else {
                return if self.i >= self.s.len() { fail(self.i, "EOF while parsing a string") } else { fail(self.i, "invalid escape") };
            };
            n = n * 16 + d;
            self.i += 1;
        }
        Ok(n)
    }

    fn number(&mut self) -> Result<Number, SyntaxError> {
        let start = self.i;
        let digits = |p: &mut Parser<'_>| {
            let n = p.s[p.i..].iter().take_while(|c| c.is_ascii_digit()).count();
            p.i += n;
            n
        };
        let negative = self.s[self.i] == b'-';
        if negative {
            self.i += 1;
        }
        let int_start = self.i;
        let int_digits = digits(self);
        if int_digits == 0 {
            return if self.i >= self.s.len() { fail(self.i, "EOF while parsing a value") } else { fail(start, "invalid number") };
        }
        if int_digits > 1 && self.s[int_start] == b'0' {
            return fail(start, "invalid number");
        }
        let mut float = false;
        if self.s.get(self.i) == Some(&b'.') {
            self.i += 1;
            float = true;
            if digits(self) == 0 {
                return fail(start, "invalid number");
            }
        }
        if matches!(self.s.get(self.i), Some(b'e' | b'E')) {
            self.i += 1;
            float = true;
            if matches!(self.s.get(self.i), Some(b'+' | b'-')) {
                self.i += 1;
            }
            if digits(self) == 0 {
                return fail(start, "invalid number");
            }
        }
        let text = &self.text[start..self.i];
        if !float && negative && text[1..].bytes().all(|c| c == b'0') {
            // serde_json reads `-0` as the float -0.0.
            return Ok(Number::from_f64(-0.0).expect("finite"));
        }
        if !float {
            if let Ok(n) = text.parse::<u64>() {
                return Ok(n.into());
            }
            if let Ok(n) = text.parse::<i64>() {
                return Ok(n.into());
            }
        }
        match crate::float::parse(text).filter(|f| f.is_finite()).and_then(Number::from_f64) {
            Some(n) => Ok(n),
            None => fail(start, "number out of range"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::parse;

    fn error(src: &str) -> (usize, String) {
        let e = parse(src, 0).expect_err(src);
        (e.offset, e.message)
    }

    #[test]
    fn values_and_spans() {
        let src = "{\"a\": [1, -2, 3.5e1, true, null], \"b\\u00e9\": {\"c\": \"\\ud83d\\ude00\\n\"}, \"big\": 18446744073709551615}";
        let node = parse(src, 0).unwrap();
        assert_eq!(
            node.to_value(),
            serde_json::json!({"a": [1, -2, 35.0, true, null], "bé": {"c": "😀\n"}, "big": 18446744073709551615u64})
        );
        let e = &node.entries()[1];
        assert_eq!(&src[e.key_span.start..e.key_span.end], "\"b\\u00e9\"");
        assert_eq!(&src[e.value.span.start..e.value.span.end], "{\"c\": \"\\ud83d\\ude00\\n\"}");
    }

    #[test]
    fn errors_point_at_the_problem() {
        assert_eq!(error("{\"a\": tru}"), (6, "expected ident".to_owned()));
        assert_eq!(error("{\"a\": 01}"), (6, "invalid number".to_owned()));
        assert_eq!(error("{\"a\": 1,}").1, "trailing comma");
        assert_eq!(error("{\"a\": 1} x").1, "trailing characters");
        assert_eq!(error("{\"a\": \"x").1, "EOF while parsing a string");
        assert_eq!(error("{\"a\": 1e400}").1, "number out of range");
        assert_eq!(error("{\"a\": \"\\ud800\"}").1, "lone leading surrogate in hex escape");
        assert_eq!(error("[1]"), (0, "JSON front matter must be an object".to_owned()));
        assert!(error(&format!("{{\"a\": {}{}}}", "[".repeat(200), "]".repeat(200))).1.contains("recursion limit"));
    }
}
