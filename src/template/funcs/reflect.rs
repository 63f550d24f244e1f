//! `reflect`: `reflect.IsMap`, `reflect.IsSlice`, and the resource and page
//! tests, which ask the value's type.

use super::super::{Cx, Value};
use super::cast::arity;

/// `reflect.IsMap`
pub fn is_map(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("reflect.IsMap", args, 1, 1)?;
    Ok(Value::Bool(matches!(args[0], Value::Map(_))))
}

/// `reflect.IsSlice`
pub fn is_slice(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("reflect.IsSlice", args, 1, 1)?;
    Ok(Value::Bool(matches!(args[0], Value::List(_))))
}

fn type_is(name: &str, args: &[Value], test: fn(&str) -> bool) -> Result<Value, String> {
    arity(name, args, 1, 1)?;
    Ok(Value::Bool(matches!(&args[0], Value::Object(o) if test(o.type_name()))))
}

/// `reflect.IsPage`: an object of Hugo's page type (`*hugolib.pageState`, as the site layer names its pages).
pub fn is_page(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    type_is("reflect.IsPage", args, |t| t.ends_with("pageState") || t == "page.Page")
}

/// `reflect.IsSite`: an object of Hugo's site type (`*hugolib.siteWrapper`).
pub fn is_site(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    type_is("reflect.IsSite", args, |t| t.starts_with("*hugolib.site") || t == "page.Site")
}

/// `reflect.IsResource`: one resource (`*resources.genericResource`), not a
/// collection of them; a page is one too (Hugo's pages are resources).
pub fn is_resource(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    type_is("reflect.IsResource", args, |t| t.starts_with("*resources.") || t == "resource.Resource" || t.ends_with("pageState"))
}

/// `reflect.IsImageResource` (and the processable/meta variants): Recap's
/// resources are text assets, never images.
pub fn is_image_resource(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    type_is("reflect.IsImageResource", args, |t| t.contains("image"))
}
