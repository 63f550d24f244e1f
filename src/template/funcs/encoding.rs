//! `encoding`: `base64Encode`, `base64Decode`, `encoding.HexEncode`,
//! `encoding.HexDecode`, and `jsonify` — JSON exactly as Go's `encoding/json`
//! writes it (map keys sorted, `<`, `>` and `&` escaped unless asked not to,
//! Go's float format, `json.Indent`'s layout).

use super::super::{Cx, Safe, Value};
use super::cast::{arity, string};
use base64::Engine;

/// Standard base64 with padding.
pub fn base64_std(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// `base64Encode` / `encoding.Base64Encode`
pub fn base64_encode(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("base64Encode", args, 1, 1)?;
    super::cast::charged(cx, Value::from(base64_std(string(&args[0])?.as_bytes())))
}

/// `base64Decode` / `encoding.Base64Decode`
pub fn base64_decode(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("base64Decode", args, 1, 1)?;
    let s = string(&args[0])?;
    // Go's decoder skips newlines.
    let clean: String = s.chars().filter(|c| *c != '\n' && *c != '\r').collect();
    let bytes = base64::engine::general_purpose::STANDARD.decode(clean.as_bytes()).map_err(|e| match e {
        base64::DecodeError::InvalidByte(i, _) | base64::DecodeError::InvalidLastSymbol(i, _) => {
            format!("illegal base64 data at input byte {i}")
        }
        _ => format!("illegal base64 data at input byte {}", clean.len() - clean.len() % 4),
    })?;
    Ok(Value::from(String::from_utf8_lossy(&bytes).into_owned()))
}

/// `encoding.HexEncode`
pub fn hex_encode(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("encoding.HexEncode", args, 1, 1)?;
    super::cast::charged(cx, Value::from(string(&args[0])?.bytes().map(|b| format!("{b:02x}")).collect::<String>()))
}

/// `encoding.HexDecode`
pub fn hex_decode(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("encoding.HexDecode", args, 1, 1)?;
    let s = string(&args[0])?;
    let b = s.as_bytes();
    let mut out = Vec::with_capacity(b.len() / 2);
    for pair in b.chunks(2) {
        let d = |c: u8| (c as char).to_digit(16);
        match pair {
            [h, l] => match (d(*h), d(*l)) {
                (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
                (None, _) => {
                    return Err(format!(
                        "encoding/hex: invalid byte: U+{:04X} {}",
                        pair[0],
                        super::fmt::sprintf("%q", &[Value::Int(i64::from(pair[0]))])
                    ))
                }
                _ => {
                    return Err(format!(
                        "encoding/hex: invalid byte: U+{:04X} {}",
                        pair[1],
                        super::fmt::sprintf("%q", &[Value::Int(i64::from(pair[1]))])
                    ))
                }
            },
            _ => return Err("encoding/hex: odd length hex string".to_owned()),
        }
    }
    Ok(Value::from(String::from_utf8_lossy(&out).into_owned()))
}

/// Go's `encoding/json` number format for a float64.
pub fn json_float(x: f64) -> Result<String, String> {
    if !x.is_finite() {
        return Err(format!("json: unsupported value: {}", crate::template::value::format_float_v(x)));
    }
    let a = x.abs();
    if a != 0.0 && !(1e-6..1e21).contains(&a) {
        // strconv 'e' with the shortest digits, and e-09 cleaned up to e-9.
        return Ok(crate::template::value::format_float_e(x).replace("e-0", "e-"));
    }
    Ok(crate::template::value::format_float_f(x))
}

fn json_string(out: &mut String, s: &str, html: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '<' | '>' | '&' if html => out.push_str(&format!("\\u{:04x}", c as u32)),
            '\u{2028}' | '\u{2029}' => out.push_str(&format!("\\u{:04x}", c as u32)),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
}

/// How `jsonify` writes.
#[derive(Clone, Default)]
pub struct JsonOptions {
    /// Written at the start of every line after the first (with `indent`).
    pub prefix: String,
    /// One level of indentation; none writes compact JSON.
    pub indent: String,
    /// Leave `<`, `>` and `&` as they are.
    pub no_html_escape: bool,
}

/// A value as Go's `json.Marshal` (or an indenting `json.Encoder`) writes it.
///
/// # Errors
/// A float that is NaN or infinite.
pub fn to_json(v: &Value, opts: &JsonOptions) -> Result<String, String> {
    let mut out = String::new();
    write(&mut out, v, opts, 0)?;
    Ok(out)
}

fn newline(out: &mut String, opts: &JsonOptions, depth: usize) {
    out.push('\n');
    out.push_str(&opts.prefix);
    for _ in 0..depth {
        out.push_str(&opts.indent);
    }
}

fn write(out: &mut String, v: &Value, opts: &JsonOptions, depth: usize) -> Result<(), String> {
    let pretty = !opts.indent.is_empty() || !opts.prefix.is_empty();
    match v {
        Value::Nil => out.push_str("null"),
        Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(x) => out.push_str(&json_float(*x)?),
        Value::String(s) | Value::Safe(s, _) => json_string(out, s, !opts.no_html_escape),
        Value::List(items) => {
            if items.is_empty() {
                out.push_str("[]");
                return Ok(());
            }
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if pretty {
                    newline(out, opts, depth + 1);
                }
                write(out, item, opts, depth + 1)?;
            }
            if pretty {
                newline(out, opts, depth);
            }
            out.push(']');
        }
        Value::Map(m) => {
            if m.is_empty() {
                out.push_str("{}");
                return Ok(());
            }
            out.push('{');
            for (i, (k, item)) in m.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                if pretty {
                    newline(out, opts, depth + 1);
                }
                json_string(out, k, !opts.no_html_escape);
                out.push(':');
                if pretty {
                    out.push(' ');
                }
                write(out, item, opts, depth + 1)?;
            }
            if pretty {
                newline(out, opts, depth);
            }
            out.push('}');
        }
        Value::Object(o) => match o.data() {
            Some(d) => write(out, &d, opts, depth)?,
            None => out.push_str("{}"),
        },
    }
    Ok(())
}

/// `jsonify [OPTIONS] INPUT` / `encoding.Jsonify`: safe HTML.
pub fn jsonify(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (opts, obj) = match args {
        [] => return Ok(Value::safe("", Safe::Html)),
        [obj] => (JsonOptions::default(), obj),
        [Value::Map(m), obj] => {
            let mut o = JsonOptions::default();
            for (k, v) in m.iter() {
                match k.to_lowercase().as_str() {
                    "prefix" => o.prefix = string(v)?,
                    "indent" => o.indent = string(v)?,
                    "nohtmlescape" => {
                        o.no_html_escape = match v {
                            Value::Bool(b) => *b,
                            other => matches!(string(other)?.as_str(), "1" | "t" | "T" | "true" | "TRUE" | "True"),
                        }
                    }
                    _ => {}
                }
            }
            (o, obj)
        }
        [other, _] => return Err(format!("unable to cast {} of type {} to map[string]interface{{}}", other.text(), other.type_name())),
        _ => return Err("too many arguments to jsonify".to_owned()),
    };
    let json = to_json(obj, &opts)?;
    super::cast::charged(cx, Value::safe(json, Safe::Html))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::Map;

    #[test]
    fn json_floats_take_the_even_of_two_shortest_digit_strings_as_go() {
        // Hugo 0.168.0's `jsonify` (Rust's own `{:e}` writes 2.9802322387695313e-8).
        assert_eq!(json_float(2f64.powi(-25)).unwrap(), "2.9802322387695312e-8");
        assert_eq!(json_float(1658206780088562.2).unwrap(), "1658206780088562.2");
        assert_eq!(json_float(1e-7).unwrap(), "1e-7");
        assert_eq!(json_float(-1.5e21).unwrap(), "-1.5e+21");
    }

    #[test]
    fn json_is_written_as_go_writes_it() {
        let m: Map = [
            ("b".to_owned(), Value::from("<&>")),
            ("a".to_owned(), Value::list(vec![Value::Float(1e21), Value::Float(1e-7), Value::Float(1.5)])),
        ]
        .into_iter()
        .collect();
        let v = Value::map(m);
        assert_eq!(to_json(&v, &JsonOptions::default()).unwrap(), r#"{"a":[1e+21,1e-7,1.5],"b":"\u003c\u0026\u003e"}"#);
        let pretty = JsonOptions { indent: "  ".into(), ..Default::default() };
        assert_eq!(
            to_json(&v, &pretty).unwrap(),
            "{\n  \"a\": [\n    1e+21,\n    1e-7,\n    1.5\n  ],\n  \"b\": \"\\u003c\\u0026\\u003e\"\n}"
        );
        assert!(to_json(&Value::Float(f64::NAN), &JsonOptions::default()).is_err(), "NaN is not JSON");
    }
}
