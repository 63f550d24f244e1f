//! `where COLLECTION KEY [OPERATOR] VALUE`: the elements (maps or objects such
//! as pages) whose field at KEY (a dotted path) passes the comparison, with
//! every operator Hugo has and its typing rules (ints with ints, strings with
//! strings, numbers of mixed types as floats, times by instant, lists for
//! `in`/`not in`/`intersect`, regular expressions for `like`).

use super::super::{Cx, Value};
use super::cast::{self, items};
use super::time::Time;

/// The value at `path` in `v`, as `where` and `sort` find it: map keys (a
/// params map answers the rest of the path without regard to case), object
/// fields and methods. `Ok(None)` where a step finds nothing.
///
/// # Errors
/// A step that cannot be taken (not a map or object, or an unknown field).
pub fn field(cx: &mut Cx<'_>, v: &Value, path: &[&str]) -> Result<Option<Value>, String> {
    let mut cur = v.clone();
    for (i, name) in path.iter().enumerate() {
        cur = match &cur {
            Value::Map(m) if m.is_params() => return Ok(nested(m, &path[i..])),
            Value::Map(m) => match m.get(name) {
                Some(x) => x.clone(),
                None if i + 1 == path.len() => return Ok(None),
                None => return Err("can't evaluate an invalid value".to_owned()),
            },
            Value::Object(_) => cx.member(&cur, name, &[])?,
            Value::Nil => return Err(format!("can't evaluate a nil pointer by a struct field or map key name {name}")),
            other => return Err(format!("{name} is neither a struct field, a method nor a map element of type {}", other.type_name())),
        };
    }
    Ok(Some(cur))
}

/// `maps.Params.GetNested`: keys looked up without regard to case, nil where missing.
fn nested(m: &super::super::Map, path: &[&str]) -> Option<Value> {
    let mut cur = m.get(path[0])?.clone();
    for name in &path[1..] {
        cur = match &cur {
            Value::Map(inner) => inner.get(name)?.clone(),
            _ => return None,
        };
    }
    Some(cur)
}

/// Splits a `where`/`sort` key into its path (`.Params.tags` → `Params`, `tags`).
pub fn split_path(key: &str) -> Vec<&str> {
    key.trim_matches('.').split('.').collect()
}

/// `where` / `collections.Where`
pub fn r#where(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    if args.len() < 3 || args.len() > 4 {
        return Err("can't evaluate the array by no match argument or more than or equal to two arguments".to_owned());
    }
    let (c, key) = (&args[0], &args[1]);
    if c.is_nil() {
        return Err("can't iterate over a nil value".to_owned());
    }
    let (op, mv) = if args.len() == 4 {
        let Value::String(op) = &args[2] else {
            return Err("operator argument must be string type".to_owned());
        };
        (op.trim().to_lowercase(), &args[3])
    } else {
        (String::new(), &args[2])
    };
    if let Value::Map(m) = c {
        // A map of lists: the entries whose list has a match.
        let mut out = super::super::Map::new();
        for (k, v) in m.iter() {
            if let Some(list) = items(v) {
                if !filter(cx, &list, key, &op, mv)?.is_empty() {
                    out.insert(k.clone(), v.clone());
                }
            }
        }
        return Ok(Value::map(out));
    }
    let list = items(c).ok_or_else(|| format!("can't iterate over {}", c.type_name()))?;
    Ok(Value::list(filter(cx, &list, key, &op, mv)?))
}

fn filter(cx: &mut Cx<'_>, list: &[Value], key: &Value, op: &str, mv: &Value) -> Result<Vec<Value>, String> {
    cx.work(list.len())?;
    let path = key.as_str().filter(|_| matches!(key, Value::String(_))).map(split_path);
    let mut out = Vec::new();
    for item in list {
        let v = match &path {
            Some(path) => field(cx, item, path).ok().flatten().unwrap_or(Value::Nil),
            None => match (item, key) {
                (Value::Map(m), Value::Safe(k, _)) => m.get(k).cloned().unwrap_or(Value::Nil),
                _ => Value::Nil,
            },
        };
        if condition(&v, mv, op)? {
            out.push(item.clone());
        }
    }
    Ok(out)
}

/// What a value is, for `checkCondition`'s same-kind rules.
#[derive(PartialEq, Clone, Copy)]
enum Kind {
    Int,
    Float,
    Str,
    Time,
    List,
    Other,
}

fn kind(v: &Value) -> Kind {
    if v.downcast::<Time>().is_some() {
        return Kind::Time;
    }
    match v {
        Value::Int(_) => Kind::Int,
        Value::Float(_) => Kind::Float,
        Value::String(_) | Value::Safe(..) => Kind::Str,
        Value::List(_) => Kind::List,
        _ => Kind::Other,
    }
}

fn unix(v: &Value) -> Option<i64> {
    v.downcast::<Time>().map(|t| t.instant().0)
}

/// Hugo's `checkCondition`.
///
/// # Errors
/// An unknown operator, or a `like` pattern that does not compile.
pub fn condition(v: &Value, mv: &Value, op: &str) -> Result<bool, String> {
    let (v, mv) = (&*super::cast::scalar(v), &*super::cast::scalar(mv));
    let is_eq = matches!(op, "" | "=" | "==" | "eq");
    let is_ne = matches!(op, "!=" | "<>" | "ne");
    if v.is_nil() || mv.is_nil() {
        return Ok(if is_eq {
            v.is_nil() == mv.is_nil()
        } else if is_ne {
            v.is_nil() != mv.is_nil()
        } else {
            false
        });
    }
    if let (Value::Bool(a), Value::Bool(b)) = (v, mv) {
        return Ok(if is_eq {
            a == b
        } else if is_ne {
            a != b
        } else {
            false
        });
    }
    if is_eq || is_ne {
        if let (Some(a), Some(b)) = (v.downcast::<Time>(), mv.downcast::<Time>()) {
            return Ok((a.instant() == b.instant()) == is_eq);
        }
    }
    let (kv, kmv) = (kind(v), kind(mv));
    let mut ints: Option<(i64, i64)> = None;
    let mut floats: Option<(f64, f64)> = None;
    let mut strs: Option<(String, String)> = None;
    let mut lists: Option<(Value, Value)> = None;
    let mut vi: Option<i64> = None;
    let mut vf: Option<f64> = None;
    let mut vs: Option<String> = None;
    let (mut ima, mut fma, mut sma) = (Vec::new(), Vec::new(), Vec::new());
    if kv == kmv {
        match kv {
            Kind::Int => ints = Some((cast::int(v)?, cast::int(mv)?)),
            Kind::Float => floats = Some((cast::float(v)?, cast::float(mv)?)),
            Kind::Str => strs = Some((cast::string(v)?, cast::string(mv)?)),
            Kind::Time => ints = unix(v).zip(unix(mv)),
            Kind::List => lists = Some((v.clone(), mv.clone())),
            Kind::Other => {}
        }
    } else if cast::is_number(v) && cast::is_number(mv) {
        floats = Some((cast::float(v)?, cast::float(mv)?));
    } else {
        let Some(list) = items(mv) else { return Ok(false) };
        if list.is_empty() {
            return Ok(op == "not in");
        }
        match kv {
            Kind::Int => {
                vi = Some(cast::int(v)?);
                ima = list.iter().filter(|x| cast::is_number(x)).filter_map(|x| cast::int(x).ok()).collect();
            }
            Kind::Str => {
                vs = Some(cast::string(v)?);
                sma = list.iter().filter(|x| kind(x) == Kind::Str).filter_map(|x| cast::string(x).ok()).collect();
            }
            Kind::Float => {
                vf = Some(cast::float(v)?);
                fma = list.iter().filter(|x| cast::is_number(x)).filter_map(|x| cast::float(x).ok()).collect();
            }
            Kind::Time => {
                vi = unix(v);
                ima = list.iter().filter_map(unix).collect();
            }
            Kind::List => lists = Some((v.clone(), mv.clone())),
            Kind::Other => {}
        }
    }
    let cmp = |f: fn(std::cmp::Ordering) -> bool| -> Option<bool> {
        if let Some((a, b)) = ints {
            return Some(f(a.cmp(&b)));
        }
        if let Some((a, b)) = &strs {
            return Some(f(a.cmp(b)));
        }
        if let Some((a, b)) = floats {
            return a.partial_cmp(&b).map(f).or(Some(false));
        }
        None
    };
    let r = match op {
        "" | "=" | "==" | "eq" => cmp(|o| o.is_eq()),
        "!=" | "<>" | "ne" => cmp(|o| o.is_ne()),
        ">=" | "ge" => cmp(|o| o.is_ge()),
        ">" | "gt" => cmp(|o| o.is_gt()),
        "<=" | "le" => cmp(|o| o.is_le()),
        "<" | "lt" => cmp(|o| o.is_lt()),
        "in" | "not in" => {
            let found = if let (Some(x), false) = (vi.or(ints.map(|p| p.0)), ima.is_empty()) {
                ima.contains(&x)
            } else if let (Some(x), false) = (vf.or(floats.map(|p| p.0)), fma.is_empty()) {
                fma.contains(&x)
            } else if let Some(x) = vs.clone().or(strs.as_ref().map(|p| p.0.clone())) {
                if !sma.is_empty() {
                    sma.contains(&x)
                } else if let Some((_, m)) = &strs {
                    m.contains(&x)
                } else {
                    return Ok(false);
                }
            } else {
                return Ok(false);
            };
            Some(if op == "not in" { !found } else { found })
        }
        "intersect" => match &lists {
            Some((a, b)) => {
                let (a, b) = (items(a).unwrap_or_default(), items(b).unwrap_or_default());
                let ids: std::collections::HashSet<String> = b.iter().map(super::collections::identity).collect();
                Some(a.iter().any(|x| ids.contains(&super::collections::identity(x))))
            }
            None => return Err("invalid intersect values".to_owned()),
        },
        "like" => match &strs {
            Some((s, pattern)) => Some(super::regexp::compile(pattern)?.is_match(s)),
            None => None,
        },
        _ => return Err("no such operator".to_owned()),
    };
    Ok(r.unwrap_or(false))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::{Map, NoHost};

    fn rows(key: &str, vals: &[Value]) -> Value {
        Value::list(vals.iter().map(|v| Value::map([(key.to_owned(), v.clone())].into_iter().collect::<Map>())).collect())
    }

    #[test]
    fn operators_compare_with_hugos_typing() {
        assert!(condition(&Value::Int(2), &Value::Int(1), ">").unwrap(), "2 > 1");
        assert!(condition(&Value::Int(2), &Value::Float(2.0), "eq").unwrap(), "mixed numbers compare as floats");
        assert!(!condition(&Value::from("2"), &Value::Int(2), "eq").unwrap(), "a string never equals a number");
        assert!(condition(&Value::Int(2), &Value::list(vec![Value::Int(2), Value::Int(3)]), "in").unwrap());
        assert!(condition(&Value::from("b"), &Value::from("abc"), "in").unwrap(), "in a string is a substring test");
        assert!(condition(&Value::Int(9), &Value::list(vec![]), "not in").unwrap(), "nothing is in an empty list");
        assert!(condition(&Value::Nil, &Value::Nil, "eq").unwrap(), "nil equals nil");
        assert!(condition(&Value::Int(1), &Value::Int(1), "nonsense").is_err(), "an unknown operator is an error");
    }

    #[test]
    fn where_filters_maps_by_nested_keys() {
        let mut cx = Cx::new(&NoHost);
        let l = rows("a", &[Value::Int(1), Value::Int(2), Value::Int(3)]);
        let got = r#where(&mut cx, &[l, Value::from("a"), Value::from(">"), Value::Int(1)]).unwrap();
        assert_eq!(got, rows("a", &[Value::Int(2), Value::Int(3)]));
        let mut params = Map::params();
        params.insert("Tags", Value::list(vec![Value::from("x")]));
        let page: Map = [("Params".to_owned(), Value::map(params))].into_iter().collect();
        let pages = Value::list(vec![Value::map(page)]);
        let got =
            r#where(&mut cx, &[pages.clone(), Value::from(".Params.tags"), Value::from("intersect"), Value::list(vec![Value::from("x")])])
                .unwrap();
        assert_eq!(got, pages, "a params map should answer without regard to case");
    }
}
