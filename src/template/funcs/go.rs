//! Go's `text/template` built-in functions that Hugo keeps: `len`, `not`,
//! `html`, `js`, `urlquery`. (`and`/`or` evaluate lazily and are the engine's;
//! `index`, `slice`, `eq`… are Hugo's own, in their namespaces; `print*` are in `fmt`.)

use super::super::{Cx, Value};
use super::cast::arity;
use super::fmt::sprint;

/// `len`: bytes of a string, items of a list or map.
pub fn len(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("len", args, 1, 1)?;
    match &args[0] {
        Value::String(s) | Value::Safe(s, _) => Ok(Value::Int(s.len() as i64)),
        Value::List(l) => Ok(Value::Int(l.len() as i64)),
        Value::Map(m) => Ok(Value::Int(m.len() as i64)),
        Value::Nil => Err("len of nil pointer".to_owned()),
        Value::Object(o) => match o.data() {
            Some(Value::List(l)) => Ok(Value::Int(l.len() as i64)),
            Some(Value::Map(m)) => Ok(Value::Int(m.len() as i64)),
            _ => Err(format!("len of type {}", o.type_name())),
        },
        other => Err(format!("len of type {}", other.type_name())),
    }
}

/// `not`
pub fn not(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("not", args, 1, 1)?;
    Ok(Value::Bool(!args[0].truthy()))
}

/// Go's `template.HTMLEscapeString`.
pub fn html_escape_go(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '"' => out.push_str("&#34;"),
            '\'' => out.push_str("&#39;"),
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '\0' => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}

/// Go's `template.JSEscapeString`.
pub fn js_escape_go(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\'' => out.push_str("\\'"),
            '"' => out.push_str("\\\""),
            '<' => out.push_str("\\u003C"),
            '>' => out.push_str("\\u003E"),
            '&' => out.push_str("\\u0026"),
            '=' => out.push_str("\\u003D"),
            c if (c as u32) < 0x20 || (!c.is_ascii() && c.is_control()) => out.push_str(&format!("\\u{:04X}", c as u32)),
            c => out.push(c),
        }
    }
    out
}

/// The one string Go's escaping built-ins make of their arguments (text/template's `evalArgs`).
pub fn eval_args(args: &[Value]) -> String {
    joined(args)
}

fn joined(args: &[Value]) -> String {
    match args {
        [Value::String(s) | Value::Safe(s, _)] => s.to_string(),
        _ => sprint(args),
    }
}

/// `html`: the arguments' text, HTML-escaped.
pub fn html(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    Ok(Value::from(html_escape_go(&joined(args))))
}

/// `js`: the arguments' text, escaped for a JavaScript string.
pub fn js(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    Ok(Value::from(js_escape_go(&joined(args))))
}

/// `urlquery`: the arguments' text, escaped for a URL query.
pub fn urlquery(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    Ok(Value::from(super::urls::query_escape(&joined(args))))
}
