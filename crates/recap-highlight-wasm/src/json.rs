//! The little JSON this module reads (the site's `markup.highlight` map, a
//! fence's attributes) and writes (the language list), without serde_json,
//! which was a fifth of the module. Written here because what is read is small
//! and flat: objects of strings, numbers and booleans, arrays of those.

/// A JSON value.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Number(f64),
    String(String),
    Array(Vec<Json>),
    /// Entries in their order.
    Object(Vec<(String, Json)>),
}

/// Parses JSON text (nesting at most 32 deep).
pub fn parse(text: &str) -> Result<Json, String> {
    let mut p = Parser { s: text.as_bytes(), i: 0 };
    let v = p.value(0)?;
    p.ws();
    if p.i != p.s.len() {
        return Err(format!("unexpected text at byte {}", p.i));
    }
    Ok(v)
}

struct Parser<'a> {
    s: &'a [u8],
    i: usize,
}

impl Parser<'_> {
    fn ws(&mut self) {
        while self.i < self.s.len() && matches!(self.s[self.i], b' ' | b'\t' | b'\n' | b'\r') {
            self.i += 1;
        }
    }

    fn err<T>(&self, what: &str) -> Result<T, String> {
        Err(format!("{what} at byte {}", self.i))
    }

    fn eat(&mut self, word: &[u8]) -> bool {
        if self.s[self.i..].starts_with(word) {
            self.i += word.len();
            true
        } else {
            false
        }
    }

    fn value(&mut self, depth: usize) -> Result<Json, String> {
        if depth > 32 {
            return self.err("too deep");
        }
        self.ws();
        match self.s.get(self.i) {
            None => self.err("unexpected end"),
            Some(b'{') => {
                self.i += 1;
                let mut out = Vec::new();
                self.ws();
                if self.eat(b"}") {
                    return Ok(Json::Object(out));
                }
                loop {
                    self.ws();
                    let k = self.string()?;
                    self.ws();
                    if !self.eat(b":") {
                        return self.err("expected :");
                    }
                    out.push((k, self.value(depth + 1)?));
                    self.ws();
                    if self.eat(b"}") {
                        return Ok(Json::Object(out));
                    }
                    if !self.eat(b",") {
                        return self.err("expected , or }");
                    }
                }
            }
            Some(b'[') => {
                self.i += 1;
                let mut out = Vec::new();
                self.ws();
                if self.eat(b"]") {
                    return Ok(Json::Array(out));
                }
                loop {
                    out.push(self.value(depth + 1)?);
                    self.ws();
                    if self.eat(b"]") {
                        return Ok(Json::Array(out));
                    }
                    if !self.eat(b",") {
                        return self.err("expected , or ]");
                    }
                }
            }
            Some(b'"') => self.string().map(Json::String),
            Some(_) if self.eat(b"true") => Ok(Json::Bool(true)),
            Some(_) if self.eat(b"false") => Ok(Json::Bool(false)),
            Some(_) if self.eat(b"null") => Ok(Json::Null),
            Some(_) => {
                let start = self.i;
                while self.i < self.s.len() && matches!(self.s[self.i], b'-' | b'+' | b'.' | b'e' | b'E' | b'0'..=b'9') {
                    self.i += 1;
                }
                match std::str::from_utf8(&self.s[start..self.i]).ok().and_then(|n| n.parse().ok()) {
                    Some(n) if start < self.i => Ok(Json::Number(n)),
                    _ => self.err("unexpected character"),
                }
            }
        }
    }

    fn hex4(&mut self) -> Result<u32, String> {
        let h = self.s.get(self.i..self.i + 4).and_then(|h| std::str::from_utf8(h).ok()).and_then(|h| u32::from_str_radix(h, 16).ok());
        match h {
            Some(v) => {
                self.i += 4;
                Ok(v)
            }
            None => self.err("bad \\u escape"),
        }
    }

    fn string(&mut self) -> Result<String, String> {
        if !self.eat(b"\"") {
            return self.err("expected a string");
        }
        let mut out = Vec::new();
        loop {
            let Some(&c) = self.s.get(self.i) else { return self.err("unterminated string") };
            self.i += 1;
            match c {
                b'"' => return String::from_utf8(out).or_else(|_| self.err("bad UTF-8")),
                b'\\' => {
                    let Some(&e) = self.s.get(self.i) else { return self.err("unterminated string") };
                    self.i += 1;
                    let ch = match e {
                        b'"' => '"',
                        b'\\' => '\\',
                        b'/' => '/',
                        b'b' => '\u{8}',
                        b'f' => '\u{c}',
                        b'n' => '\n',
                        b'r' => '\r',
                        b't' => '\t',
                        b'u' => {
                            let mut v = self.hex4()?;
                            if (0xD800..0xDC00).contains(&v) && self.eat(b"\\u") {
                                let lo = self.hex4()?;
                                v = 0x10000 + ((v - 0xD800) << 10) + (lo.wrapping_sub(0xDC00) & 0x3FF);
                            }
                            char::from_u32(v).unwrap_or('\u{FFFD}')
                        }
                        _ => return self.err("bad escape"),
                    };
                    let mut buf = [0u8; 4];
                    out.extend_from_slice(ch.encode_utf8(&mut buf).as_bytes());
                }
                _ => out.push(c),
            }
        }
    }
}

/// Appends `s` as a JSON string.
pub fn write_string(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 => {
                const HEX: &[u8; 16] = b"0123456789abcdef";
                out.push_str("\\u00");
                out.push(HEX[(c as usize) >> 4] as char);
                out.push(HEX[(c as usize) & 15] as char);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_the_bridge_sends() {
        let v = parse(r#" {"hl_lines": [2, "4-5"], "linenos": "table", "noClasses": false, "x": null, "s": "a\"\u00e9\ud83d\ude00"} "#)
            .unwrap();
        let Json::Object(e) = v else { panic!("should be an object") };
        assert_eq!(e[0], ("hl_lines".to_string(), Json::Array(vec![Json::Number(2.0), Json::String("4-5".into())])));
        assert_eq!(e[2].1, Json::Bool(false));
        assert_eq!(e[3].1, Json::Null);
        assert_eq!(e[4].1, Json::String("a\"é😀".into()));
        assert!(parse("{").is_err(), "should reject an unterminated object");
        assert!(parse("[1,]").is_err(), "should reject a trailing comma");
        let mut s = String::new();
        write_string(&mut s, "a\"\n");
        assert_eq!(s, r#""a\"\u000a""#);
    }
}
