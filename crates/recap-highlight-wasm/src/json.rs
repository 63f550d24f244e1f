//! The little JSON this module reads (the site's `markup.highlight` map, a
//! fence's attributes). The browser parses it (`JSON.parse`, in the binding's
//! JavaScript: `hl_json`) and hands it over in a flat form that takes a few
//! lines to read: a parser of our own here was a tenth of the module, and
//! serde_json's a fifth. The flat form, one value:
//! `n` null, `t` / `f` booleans, `d<number>;` (the number as `String(n)` writes
//! it), `s<UTF-8 length>:<text>`, `a<count>:<values>`, `o<count>:<key value…>`
//! (keys as strings, in the object's order); `e<message>` instead of a value
//! when the text is not JSON or nests more than 32 deep.

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

/// Reads a value in the flat form. `number` reads a number's text (the
/// browser's `Number`: the module has no float parsing of its own).
pub fn decode(flat: &str, number: fn(&str) -> f64) -> Result<Json, String> {
    if let Some(message) = flat.strip_prefix('e') {
        return Err(message.to_string());
    }
    let mut d = Decoder { s: flat, i: 0, number };
    match d.value() {
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
    fn until(&mut self, end: char) -> Option<&str> {
        let rest = self.s.get(self.i..)?;
        let n = rest.find(end)?;
        self.i += n + 1;
        Some(&rest[..n])
    }

    fn count(&mut self) -> Option<usize> {
        self.until(':')?.parse().ok()
    }

    fn value(&mut self) -> Option<Json> {
        let tag = *self.s.as_bytes().get(self.i)?;
        self.i += 1;
        Some(match tag {
            b'n' => Json::Null,
            b't' => Json::Bool(true),
            b'f' => Json::Bool(false),
            b'd' => {
                let number = self.number;
                Json::Number(number(self.until(';')?))
            }
            b's' => {
                let n = self.count()?;
                let text = self.s.get(self.i..self.i + n)?.to_string();
                self.i += n;
                Json::String(text)
            }
            b'a' => Json::Array((0..self.count()?).map(|_| self.value()).collect::<Option<_>>()?),
            b'o' => Json::Object(
                (0..self.count()?)
                    .map(|_| match (self.value()?, self.value()?) {
                        (Json::String(k), v) => Some((k, v)),
                        _ => None,
                    })
                    .collect::<Option<_>>()?,
            ),
            _ => return None,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_the_flat_form() {
        // {"hl_lines": [2, "4-5"], "linenos": "table", "noClasses": false, "x": null, "s": "a\"é😀"}
        let flat = "o5:s8:hl_linesa2:d2;s3:4-5s7:linenoss5:tables9:noClassesfs1:xns1:ss8:a\"é😀";
        let v = decode(flat, |t| t.parse().unwrap()).unwrap();
        let Json::Object(e) = v else { panic!("should be an object") };
        assert_eq!(e[0], ("hl_lines".to_string(), Json::Array(vec![Json::Number(2.0), Json::String("4-5".into())])));
        assert_eq!(e[2].1, Json::Bool(false));
        assert_eq!(e[3].1, Json::Null);
        assert_eq!(e[4].1, Json::String("a\"é😀".into()));
        assert_eq!(decode("eUnexpected end of JSON input", |_| 0.0), Err("Unexpected end of JSON input".into()));
        assert!(decode("a2:d1;", |_| 0.0).is_err(), "should reject a short array");
        assert!(decode("s9:abc", |_| 0.0).is_err(), "should reject a short string");
        assert!(decode("s2:é", |_| 0.0).is_ok() && decode("s1:é", |_| 0.0).is_err(), "should count UTF-8 bytes");
        assert!(decode("d1;d2;", |_| 0.0).is_err(), "should reject text after the value");
        assert_eq!(
            decode("a2:d1.5;d-3;", |t| if t == "1.5" { 1.5 } else { -3.0 }),
            Ok(Json::Array(vec![Json::Number(1.5), Json::Number(-3.0)]))
        );
    }
}
