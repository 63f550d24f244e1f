//! `safe`: marking strings as safe for a context of `html/template`
//! (`safeHTML`, `safeHTMLAttr`, `safeCSS`, `safeJS`, `safeJSStr`, `safeURL`).
//! The engine's escaper writes such a string as it is in its context.

use super::super::{Cx, Safe, Value};
use super::cast::{arity, string};

fn mark(name: &str, args: &[Value], kind: Safe) -> Result<Value, String> {
    arity(name, args, 1, 1)?;
    Ok(Value::safe(string(&args[0])?, kind))
}

/// `safeHTML` / `safe.HTML`
pub fn html(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    mark("safeHTML", args, Safe::Html)
}

/// `safeHTMLAttr` / `safe.HTMLAttr`
pub fn html_attr(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    mark("safeHTMLAttr", args, Safe::HtmlAttr)
}

/// `safeCSS` / `safe.CSS`
pub fn css(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    mark("safeCSS", args, Safe::Css)
}

/// `safeJS` / `safe.JS`
pub fn js(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    mark("safeJS", args, Safe::Js)
}

/// `safeJSStr` / `safe.JSStr`
pub fn js_str(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    mark("safeJSStr", args, Safe::JsStr)
}

/// `safeURL` / `safe.URL`
pub fn url(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    mark("safeURL", args, Safe::Url)
}
