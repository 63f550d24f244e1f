//! The little JSON this module reads (the site's `markup.highlight` map, a
//! fence's attributes): the browser parses it (`JSON.parse`, in the binding's
//! JavaScript: `hl_entries`), takes the entries out as Recap reads them, and
//! hands them over in a flat form that takes a few lines to read: a parser of
//! our own here was a tenth of the module, and serde_json's a fifth.
//!
//! The flat form: `<count>:` then each entry, its name as `<UTF-8
//! length>:<text>` and its value: `t` / `f` booleans, `d<number>;` (the
//! number as `String(n)` writes it), `s<UTF-8 length>:<text>`,
//! `a<count>:<values>`; null and objects are written as the empty string
//! (what Hugo makes of them). `e<message>` instead when the text is not JSON,
//! nests more than 32 deep, or (the site's map) is not a map.

use recap_highlight::Value;

/// Reads entries in the flat form. `number` reads a number's text (the
/// browser's `Number`: the module has no float parsing of its own).
pub fn entries(flat: &str, number: fn(&str) -> f64) -> Result<Vec<(String, Value)>, String> {
    if let Some(message) = flat.strip_prefix('e') {
        return Err(message.to_string());
    }
    let mut d = Decoder { s: flat, i: 0, number };
    match d.entries() {
        Some(v) if d.i == flat.len() => Ok(v),
        _ => Err("malformed options".to_string()),
    }
}

struct Decoder<'a> {
    s: &'a str,
    i: usize,
    number: fn(&str) -> f64,
}

impl Decoder<'_> {
    /// The text up to `end` (which is skipped).
    fn until(&mut self, end: u8) -> Option<&str> {
        let rest = self.s.get(self.i..)?;
        let n = rest.bytes().position(|b| b == end)?;
        self.i += n + 1;
        Some(&rest[..n])
    }

    fn count(&mut self) -> Option<usize> {
        let digits = self.until(b':')?;
        if digits.is_empty() {
            return None;
        }
        digits.bytes().try_fold(0usize, |n, b| if b.is_ascii_digit() { n.checked_mul(10)?.checked_add((b - b'0') as usize) } else { None })
    }

    fn text(&mut self) -> Option<String> {
        let n = self.count()?;
        let text = self.s.get(self.i..self.i.checked_add(n)?)?.to_string();
        self.i += n;
        Some(text)
    }

    fn entries(&mut self) -> Option<Vec<(String, Value)>> {
        let mut out = Vec::new();
        for _ in 0..self.count()? {
            out.push((self.text()?, self.value()?));
        }
        Some(out)
    }

    fn value(&mut self) -> Option<Value> {
        let tag = *self.s.as_bytes().get(self.i)?;
        self.i += 1;
        Some(match tag {
            b't' => Value::Bool(true),
            b'f' => Value::Bool(false),
            b'd' => {
                let number = self.number;
                Value::Number(number(self.until(b';')?))
            }
            b's' => Value::String(self.text()?),
            b'a' => {
                let mut items = Vec::new();
                for _ in 0..self.count()? {
                    items.push(self.value()?);
                }
                Value::Array(items)
            }
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_flat_form() {
        // {"hl_lines": [2, "4-5"], "linenos": "table", "noClasses": false, "s": "a\"é😀", "t": true}
        let flat = "5:8:hl_linesa2:d2;s3:4-57:linenoss5:table9:noClassesf1:ss8:a\"é😀1:tt";
        let e = entries(flat, |t| t.parse().unwrap()).unwrap();
        assert_eq!(e[0], ("hl_lines".to_string(), Value::Array(vec![Value::Number(2.0), Value::String("4-5".into())])));
        assert_eq!(e[1].1, Value::String("table".into()));
        assert_eq!(e[2].1, Value::Bool(false));
        assert_eq!(e[3].1, Value::String("a\"é😀".into()));
        assert_eq!(e[4], ("t".to_string(), Value::Bool(true)));
        assert_eq!(entries("eUnexpected end of JSON input", |_| 0.0), Err("Unexpected end of JSON input".into()));
        assert_eq!(entries("0:", |_| 0.0), Ok(Vec::new()));
        assert!(entries("1:1:xa2:d1;", |_| 0.0).is_err(), "should reject a short array");
        assert!(entries("1:1:xs9:abc", |_| 0.0).is_err(), "should reject a short string");
        assert!(entries("1:1:xs2:é", |_| 0.0).is_ok() && entries("1:1:xs1:é", |_| 0.0).is_err(), "should count UTF-8 bytes");
        assert!(entries("1:1:xd1;d2;", |_| 0.0).is_err(), "should reject text after the entries");
        assert!(entries("1:1:x", |_| 0.0).is_err() && entries(":", |_| 0.0).is_err(), "should reject a missing value or count");
        assert_eq!(
            entries("1:1:xa2:d1.5;d-3;", |t| if t == "1.5" { 1.5 } else { -3.0 }),
            Ok(vec![("x".to_string(), Value::Array(vec![Value::Number(1.5), Value::Number(-3.0)]))])
        );
    }
}
