//! `path`: Go's `path` package on slash-separated paths (`path.Base`,
//! `path.Clean`, `path.Join`, …) and Hugo's `path.BaseName`.

use super::super::{Cx, Value};
use super::cast::{arity, string};

/// Go's `path.Clean`: the shortest equivalent path.
pub fn clean(p: &str) -> String {
    if p.is_empty() {
        return ".".to_owned();
    }
    let rooted = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for seg in p.split('/') {
        match seg {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|l| *l != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            s => parts.push(s),
        }
    }
    let body = parts.join("/");
    match (rooted, body.is_empty()) {
        (true, _) => format!("/{body}"),
        (false, true) => ".".to_owned(),
        (false, false) => body,
    }
}

/// Go's `path.Join`: non-empty elements joined with `/` and cleaned.
pub fn join(elems: &[String]) -> String {
    let parts: Vec<&str> = elems.iter().map(String::as_str).filter(|e| !e.is_empty()).collect();
    if parts.is_empty() {
        return String::new();
    }
    clean(&parts.join("/"))
}

/// Go's `path.Split`: everything up to the last `/`, and the rest.
fn split_at_slash(p: &str) -> (&str, &str) {
    match p.rfind('/') {
        Some(i) => (&p[..=i], &p[i + 1..]),
        None => ("", p),
    }
}

/// Go's `path.Base`.
pub fn base_str(p: &str) -> String {
    if p.is_empty() {
        return ".".to_owned();
    }
    let t = p.trim_end_matches('/');
    if t.is_empty() {
        return "/".to_owned();
    }
    split_at_slash(t).1.to_owned()
}

/// Go's `path.Ext`.
pub fn ext_str(p: &str) -> &str {
    let name = split_at_slash(p).1;
    name.rfind('.').map_or("", |i| &name[i..])
}

/// Go's `path.Dir`.
pub fn dir_str(p: &str) -> String {
    clean(split_at_slash(p).0)
}

/// The argument as a path (Hugo converts `\\` only on Windows, so never here).
fn arg(args: &[Value], i: usize) -> Result<String, String> {
    string(&args[i])
}

/// `path.Base`
pub fn base(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("path.Base", args, 1, 1)?;
    Ok(Value::from(base_str(&arg(args, 0)?)))
}

/// `path.BaseName`: the base without its extension.
pub fn base_name(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("path.BaseName", args, 1, 1)?;
    // Hugo: the base, less the extension of the whole path (`path.BaseName ""` is `.`).
    let p = arg(args, 0)?;
    let b = base_str(&p);
    let e = ext_str(&p);
    Ok(Value::from(b.strip_suffix(e).unwrap_or(&b)))
}

/// `path.Clean`
pub fn clean_fn(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("path.Clean", args, 1, 1)?;
    Ok(Value::from(clean(&arg(args, 0)?)))
}

/// `path.Dir`
pub fn dir(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("path.Dir", args, 1, 1)?;
    Ok(Value::from(dir_str(&arg(args, 0)?)))
}

/// `path.Ext`
pub fn ext(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("path.Ext", args, 1, 1)?;
    Ok(Value::from(ext_str(&arg(args, 0)?)))
}

/// `path.Join ELEMENT…` (lists are flattened).
pub fn join_fn(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let mut parts = Vec::new();
    for a in args {
        match a {
            Value::List(l) => {
                for v in l.iter() {
                    parts.push(string(v)?);
                }
            }
            other => parts.push(string(other)?),
        }
    }
    Ok(Value::from(join(&parts)))
}

/// Hugo's `paths.DirFile`: `Dir` and `File`, printed as `Dir|File`.
struct DirFile {
    dir: String,
    file: String,
}

impl super::super::value::Object for DirFile {
    fn type_name(&self) -> &str {
        "paths.DirFile"
    }

    fn member(&self, name: &str, _: &[Value], _: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(match name {
            "Dir" => Some(Value::from(self.dir.as_str())),
            "File" => Some(Value::from(self.file.as_str())),
            "String" => Some(Value::from(format!("{}|{}", self.dir, self.file))),
            _ => None,
        })
    }

    fn text(&self) -> String {
        format!("{}|{}", self.dir, self.file)
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }
}

/// `path.Split`: a `DirFile` with `Dir` and `File`.
pub fn split(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("path.Split", args, 1, 1)?;
    let p = arg(args, 0)?;
    let (d, f) = split_at_slash(&p);
    Ok(Value::object(DirFile { dir: d.to_owned(), file: f.to_owned() }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_follow_go() {
        assert_eq!(clean("a/../../b/./c//"), "../b/c");
        assert_eq!(clean("/../a"), "/a");
        assert_eq!(join(&["a".into(), "".into(), "/b/".into()]), "a/b");
        assert_eq!(base_str("a/b.html/"), "b.html");
        assert_eq!(dir_str("a/b/c"), "a/b");
        assert_eq!(ext_str("a.b/c.tar.gz"), ".gz");
    }
}
