//! Go's `text/template` built-in functions that Hugo keeps: `len`, `not`,
//! `html`, `urlquery` (Hugo's `js` is a namespace). (`and`/`or` evaluate lazily and are the engine's;
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

/// `js`: in Hugo the `js` namespace (bundling), which takes the place of
/// Go's `js` escaper; its functions are not in Recap. As a value it is the
/// namespace.
pub fn js(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    if !args.is_empty() {
        return Err(format!("wrong number of args for js: want 0 got {}", args.len()));
    }
    Ok(Value::object(Namespace("*js.Namespace")))
}

/// A Hugo function namespace used as a value (`printf "%T" js`).
struct Namespace(&'static str);

impl crate::template::Object for Namespace {
    fn type_name(&self) -> &str {
        self.0
    }

    fn member(&self, _: &str, _: &[Value], _: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(None)
    }

    fn text(&self) -> String {
        "&{}".to_owned()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `urlquery`: the arguments' text, escaped for a URL query.
pub fn urlquery(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    Ok(Value::from(super::urls::query_escape(&joined(args))))
}
