//! `collections`: building and slicing lists and maps (`dict`, `slice`,
//! `append`, `merge`, `first`, `last`, `after`, `index`, `seq`, …) and set
//! operations (`in`, `intersect`, `union`, `symdiff`, `complement`, `uniq`),
//! with Hugo's rule that numbers are the same element whatever their type.
//! `where` and `sort` live in their own files.

use super::super::{Cx, Map, Value};
use super::cast::{self, arity, int, items};
use std::collections::HashSet;
use std::sync::Arc;

/// Hugo's `normalize`: the identity of an element for set operations
/// (numbers by value, safe strings apart from plain ones).
pub fn identity(v: &Value) -> String {
    match &*super::cast::scalar(v) {
        Value::Int(i) => format!("n:{}", *i as f64),
        Value::Float(x) => format!("n:{x}"),
        Value::String(s) => format!("s:{s}"),
        Value::Safe(s, k) => format!("{}:{s}", k.type_name()),
        Value::Bool(b) => format!("b:{b}"),
        Value::Nil => "nil".to_owned(),
        Value::Object(o) => format!("o:{:p}", Arc::as_ptr(o) as *const u8),
        other => format!("{other:?}"),
    }
}

fn list_or_string(v: &Value) -> Result<Seq, String> {
    match v {
        Value::Nil => Err("can't iterate over a nil value".to_owned()),
        Value::String(s) | Value::Safe(s, _) => Ok(Seq::Str(s.clone())),
        other => items(other).map(Seq::List).ok_or_else(|| format!("can't iterate over {}", other.type_name())),
    }
}

/// What `first`, `last` and `after` slice: a list, or a string's bytes.
enum Seq {
    List(Arc<Vec<Value>>),
    Str(Arc<str>),
}

impl Seq {
    fn len(&self) -> usize {
        match self {
            Seq::List(l) => l.len(),
            Seq::Str(s) => s.len(),
        }
    }

    fn slice(&self, from: usize, to: usize) -> Result<Value, String> {
        match self {
            Seq::List(l) => Ok(Value::list(l[from..to].to_vec())),
            // Go slices bytes; a cut inside a character leaves bytes that print as U+FFFD.
            Seq::Str(s) => Ok(Value::from(String::from_utf8_lossy(&s.as_bytes()[from..to]).into_owned())),
        }
    }
}

fn limit_and_seq(name: &str, args: &[Value]) -> Result<(i64, Seq), String> {
    arity(name, args, 2, 2)?;
    if args[0].is_nil() || args[1].is_nil() {
        return Err("both limit and seq must be provided".to_owned());
    }
    Ok((int(&args[0])?, list_or_string(&args[1])?))
}

/// `first N COLLECTION` / `collections.First`
pub fn first(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (n, seq) = limit_and_seq("first", args)?;
    if n < 0 {
        return Err("sequence length must be non-negative".to_owned());
    }
    seq.slice(0, (n as usize).min(seq.len()))
}

/// `last N COLLECTION` / `collections.Last`
pub fn last(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (n, seq) = limit_and_seq("last", args)?;
    if n < 0 {
        return Err("sequence length must be non-negative".to_owned());
    }
    let len = seq.len();
    seq.slice(len - (n as usize).min(len), len)
}

/// `after N COLLECTION` / `collections.After`
pub fn after(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let (n, seq) = limit_and_seq("after", args)?;
    if n < 0 {
        return Err(format!("sequence bounds out of range [{n}:]"));
    }
    let len = seq.len();
    seq.slice((n as usize).min(len), len)
}

/// `group KEY PAGES` / `collections.Group`: Hugo's `page.PageGroup`, a key
/// with its pages (for ranging over groups made by hand).
pub fn group(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("group", args, 2, 2)?;
    let pages = match &args[1] {
        Value::Nil => Value::list(Vec::new()),
        v => match items(v) {
            Some(l) if l.iter().all(|p| matches!(p, Value::Object(o) if o.type_name() == "*hugolib.pageState")) => Value::List(l),
            _ => return Err(format!("{} is not a page collection", v.type_name())),
        },
    };
    let mut m = Map::new();
    m.insert("Key", args[0].clone());
    m.insert("Pages", pages);
    Ok(Value::map(m))
}

/// `slice ITEMS…` / `collections.Slice`
pub fn slice(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    cx.work(args.len())?;
    Ok(Value::list(args.to_vec()))
}

/// `dict KEY VALUE …` / `collections.Dictionary`: a key may be a list of
/// keys, which nests maps.
pub fn dict(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    if !args.len().is_multiple_of(2) {
        return Err("invalid dictionary call".to_owned());
    }
    cx.work(args.len())?;
    let mut root = Map::new();
    for pair in args.chunks(2) {
        match &pair[0] {
            Value::String(k) | Value::Safe(k, _) if matches!(pair[0], Value::String(_)) => root.insert(k.to_string(), pair[1].clone()),
            Value::List(path) if !path.is_empty() && path.iter().all(|p| matches!(p, Value::String(_))) => {
                let keys: Vec<String> = path.iter().map(|p| p.as_str().unwrap_or_default().to_owned()).collect();
                insert_nested(&mut root, &keys, pair[1].clone())?;
            }
            _ => return Err("invalid dictionary key".to_owned()),
        }
    }
    Ok(Value::map(root))
}

fn insert_nested(map: &mut Map, keys: &[String], value: Value) -> Result<(), String> {
    if keys.len() == 1 {
        map.insert(keys[0].clone(), value);
        return Ok(());
    }
    let mut inner = match map.get(&keys[0]) {
        Some(Value::Map(m)) => (**m).clone(),
        Some(_) => return Err("invalid dictionary key".to_owned()),
        None => Map::new(),
    };
    insert_nested(&mut inner, &keys[1..], value)?;
    map.insert(keys[0].clone(), Value::map(inner));
    Ok(())
}

/// `append ITEMS… COLLECTION` / `collections.Append`
pub fn append(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    if args.len() < 2 {
        return Err("need at least 2 arguments to append".to_owned());
    }
    let (from, to) = args.split_at(args.len() - 1);
    let to = &to[0];
    let base = match to {
        Value::Nil => return Ok(Value::list(from.to_vec())),
        other => items(other).ok_or_else(|| format!("expected a slice, got {}", other.type_name()))?,
    };
    cx.work(base.len() + from.len())?;
    let mut out = (*base).clone();
    // A slice of slices gains each argument as one element (Go appends to a [][]T).
    if !out.is_empty() && out.iter().all(|v| matches!(v, Value::List(_))) {
        out.extend(from.iter().cloned());
        return Ok(Value::list(out));
    }
    match from {
        [Value::List(l)] => {
            if out.is_empty() {
                return Ok(from[0].clone());
            }
            cx.work(l.len())?;
            out.extend(l.iter().cloned());
        }
        _ => out.extend(from.iter().cloned()),
    }
    Ok(Value::list(out))
}

/// `merge MAP… MAP` / `collections.Merge`: the last map, with the keys of the
/// earlier ones it lacks (looked up without regard to case), nested maps merged.
pub fn merge(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    if args.len() < 2 {
        return Err("merge requires at least two parameters".to_owned());
    }
    let mut result = args[args.len() - 1].clone();
    for src in args[..args.len() - 1].iter().rev() {
        let Value::Map(dst) = &result else {
            return Err(format!("destination must be a map, got {}", result.type_name()));
        };
        if !src.truthy() {
            continue;
        }
        let Value::Map(src) = src else {
            return Err(format!("source must be a map, got {}", src.type_name()));
        };
        cx.work(src.len() + dst.len())?;
        result = Value::map(merge_maps(dst, src));
    }
    Ok(result)
}

fn merge_maps(dst: &Map, src: &Map) -> Map {
    let mut out = dst.clone();
    for (k, sv) in src.iter() {
        let found = dst.iter().find(|(dk, _)| dk.to_lowercase() == k.to_lowercase());
        match found {
            Some((dk, Value::Map(dm))) => {
                if let Value::Map(sm) = sv {
                    out.insert(dk.clone(), Value::map(merge_maps(dm, sm)));
                }
            }
            Some(_) => {}
            None => out.insert(k.clone(), sv.clone()),
        }
    }
    out
}

/// `in COLLECTION VALUE` / `collections.In`: list membership, or substring.
pub fn r#in(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("in", args, 2, 2)?;
    let (l, v) = (&args[0], &args[1]);
    if l.is_nil() || v.is_nil() {
        return Ok(Value::Bool(false));
    }
    if let Some(list) = items(l) {
        let key = identity(v);
        if list.iter().any(|x| !x.is_nil() && identity(x) == key) {
            return Ok(Value::Bool(true));
        }
    }
    match (cast::string(l), cast::string(v)) {
        (Ok(s), Ok(sub)) => Ok(Value::Bool(s.contains(&sub))),
        _ => Ok(Value::Bool(false)),
    }
}

/// `index COLLECTION KEYS…` / `collections.Index`: nested lookup; a missing
/// key or an index out of range is nil.
pub fn index(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("index", args, 1, usize::MAX)?;
    let item = &args[0];
    let keys: Vec<Value> = match &args[1..] {
        [Value::List(l)] => l.to_vec(),
        rest => rest.to_vec(),
    };
    let fail = |e: String| {
        let shown: Vec<String> = args[1..].iter().map(Value::text).collect();
        format!("index of type {} with args [{}] failed: {e}", item.type_name(), shown.join(" "))
    };
    let mut v = item.clone();
    for k in &keys {
        v = match &v {
            Value::Nil => return Ok(Value::Nil),
            Value::Map(m) => match k {
                Value::String(s) | Value::Safe(s, _) => m.get(s).cloned().unwrap_or(Value::Nil),
                Value::Nil => return Err(fail("value is nil; should be of type string".to_owned())),
                other => return Err(fail(format!("value has type {}; should be string", other.type_name()))),
            },
            Value::String(s) | Value::Safe(s, _) => match k {
                Value::Int(i) => match usize::try_from(*i).ok().and_then(|i| s.as_bytes().get(i)) {
                    Some(b) => Value::Int(i64::from(*b)),
                    None => Value::Nil,
                },
                Value::Nil => return Err(fail("cannot index slice/array with nil".to_owned())),
                other => return Err(fail(format!("cannot index slice/array with type {}", other.type_name()))),
            },
            other => match items(other) {
                Some(list) => match k {
                    Value::Int(i) => usize::try_from(*i).ok().and_then(|i| list.get(i).cloned()).unwrap_or(Value::Nil),
                    Value::Nil => return Err(fail("cannot index slice/array with nil".to_owned())),
                    other => return Err(fail(format!("cannot index slice/array with type {}", other.type_name()))),
                },
                None => match other {
                    Value::Object(o) => match (o.data(), k) {
                        (Some(Value::Map(m)), Value::String(s)) => m.get(s).cloned().unwrap_or(Value::Nil),
                        _ => return Err(fail(format!("can't index item of type {}", other.type_name()))),
                    },
                    _ => return Err(fail(format!("can't index item of type {}", other.type_name()))),
                },
            },
        };
    }
    Ok(v)
}

/// `isset COLLECTION KEY` / `collections.IsSet`: whether a map has the key
/// exactly as written (a params map stores its keys lowercase, so
/// `isset .Params "Foo"` is false, as in Hugo) or a list is longer than the index.
pub fn isset(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("isset", args, 2, 2)?;
    Ok(Value::Bool(match &args[0] {
        Value::Map(m) => match &args[1] {
            Value::String(k) => m.keys().any(|x| x == k.as_ref()),
            _ => false,
        },
        other => match items(other) {
            Some(l) => {
                let k = int(&args[1]).map_err(|_| format!("isset unable to use key of type {} as index", args[1].type_name()))?;
                (l.len() as i64) > k
            }
            None => false,
        },
    }))
}

/// `delimit COLLECTION DELIMITER [LAST]` / `collections.Delimit`
pub fn delimit(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("delimit", args, 2, 3)?;
    let sep = cast::string(&args[1])?;
    let last = args.get(2).and_then(|l| cast::string(l).ok());
    let values: Vec<Value> = match &args[0] {
        Value::Nil => return Err("can't iterate over a nil value".to_owned()),
        Value::Map(m) => super::sort::sorted(cx, &Value::Map(m.clone()), "", true)?,
        Value::String(s) | Value::Safe(s, _) => s.bytes().map(|b| Value::Int(i64::from(b))).collect(),
        other => items(other).ok_or_else(|| format!("can't iterate over {}", other.type_name()))?.to_vec(),
    };
    cx.work(values.len())?;
    let n = values.len();
    let mut out = String::new();
    for (i, v) in values.iter().enumerate() {
        let Ok(s) = cast::string(v) else { continue };
        out.push_str(&s);
        if i + 2 == n {
            if let Some(l) = &last {
                out.push_str(l);
                continue;
            }
        }
        if i + 1 < n {
            out.push_str(&sep);
        }
    }
    super::cast::charged(cx, Value::from(out))
}

/// `seq [FIRST [INCREMENT]] LAST` / `collections.Seq`, like GNU seq.
pub fn seq(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    if args.is_empty() || args.len() > 3 {
        return Err("invalid number of arguments to Seq".to_owned());
    }
    let n: Vec<i64> = args.iter().map(int).collect::<Result<_, _>>().map_err(|_| "invalid arguments to Seq".to_owned())?;
    let (first, inc, last) = match n.as_slice() {
        [0] => return Ok(Value::list(Vec::new())),
        [l] if *l > 0 => (1, 1, *l),
        [l] => (-1, -1, *l),
        [f, l] => (*f, if l < f { -1 } else { 1 }, *l),
        [f, i, l] => {
            if *i == 0 {
                return Err("'increment' must not be 0".to_owned());
            }
            if f < l && *i < 0 {
                return Err("'increment' must be > 0".to_owned());
            }
            if f > l && *i > 0 {
                return Err("'increment' must be < 0".to_owned());
            }
            (*f, *i, *l)
        }
        _ => unreachable!("one to three arguments"),
    };
    let size = (i128::from(last) - i128::from(first)) / i128::from(inc) + 1;
    if size <= 0 || size > crate::limits::TEMPLATE_SEQ as i128 {
        return Err(format!("size of result exceeds limit ({} numbers)", crate::limits::TEMPLATE_SEQ));
    }
    cx.work(size as usize)?;
    Ok(Value::list((0..size as i64).map(|k| Value::Int(first + k * inc)).collect()))
}

/// `collections.Reverse`
pub fn reverse(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("collections.Reverse", args, 1, 1)?;
    match &args[0] {
        Value::Nil => Ok(Value::Nil),
        Value::List(l) => {
            cx.work(l.len())?;
            Ok(Value::list(l.iter().rev().cloned().collect()))
        }
        _ => Err("argument must be a slice".to_owned()),
    }
}

/// `shuffle COLLECTION` / `collections.Shuffle`: a random order (from the
/// standard library's per-process random keys; not reproducible).
pub fn shuffle(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    use std::hash::{BuildHasher, Hasher};
    arity("shuffle", args, 1, 1)?;
    let mut list = match &args[0] {
        Value::Nil => return Err("both count and seq must be provided".to_owned()),
        Value::String(s) | Value::Safe(s, _) => s.bytes().map(|b| Value::Int(i64::from(b))).collect(),
        other => items(other).ok_or_else(|| format!("can't iterate over {}", other.type_name()))?.to_vec(),
    };
    cx.work(list.len())?;
    let state = std::collections::hash_map::RandomState::new();
    for i in (1..list.len()).rev() {
        let mut h = state.build_hasher();
        h.write_usize(i);
        let j = (h.finish() % (i as u64 + 1)) as usize;
        list.swap(i, j);
    }
    Ok(Value::list(list))
}

fn list_arg(v: &Value) -> Result<Arc<Vec<Value>>, String> {
    items(v).ok_or_else(|| format!("can't iterate over {}", v.type_name()))
}

/// `intersect A B` / `collections.Intersect`: elements of A also in B, once each.
pub fn intersect(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("intersect", args, 2, 2)?;
    if args[0].is_nil() || args[1].is_nil() {
        return Ok(Value::list(Vec::new()));
    }
    let (a, b) = (list_arg(&args[0])?, list_arg(&args[1])?);
    cx.work(a.len() + b.len())?;
    let inb: HashSet<String> = b.iter().map(identity_loose).collect();
    let mut seen = HashSet::new();
    Ok(Value::list(a.iter().filter(|v| inb.contains(&identity_loose(v)) && seen.insert(identity(v))).cloned().collect()))
}

/// Identity for `intersect`, where a string matches a safe string of the same text.
fn identity_loose(v: &Value) -> String {
    match v {
        Value::Safe(s, _) => format!("s:{s}"),
        other => identity(other),
    }
}

/// `union A B` / `collections.Union`
pub fn union(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("union", args, 2, 2)?;
    match (&args[0], &args[1]) {
        (Value::Nil, Value::Nil) => return Ok(Value::list(Vec::new())),
        (Value::Nil, b) => return Ok(b.clone()),
        (a, Value::Nil) => return Ok(a.clone()),
        _ => {}
    }
    let (a, b) = (list_arg(&args[0])?, list_arg(&args[1])?);
    cx.work(a.len() + b.len())?;
    let mut seen = HashSet::new();
    Ok(Value::list(a.iter().filter(|v| !v.is_nil()).chain(b.iter()).filter(|v| seen.insert(identity(v))).cloned().collect()))
}

/// `symdiff A B` / `collections.SymDiff`: elements in exactly one of B and A
/// (the piped collection's first).
pub fn symdiff(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("symdiff", args, 2, 2)?;
    let bad = || "arguments to symdiff must be slices or arrays".to_owned();
    let s2 = items(&args[0]).ok_or_else(bad)?;
    let s1 = items(&args[1]).ok_or_else(bad)?;
    cx.work(s1.len() + s2.len())?;
    let ids1: HashSet<String> = s1.iter().map(identity).collect();
    let ids2: HashSet<String> = s2.iter().map(identity).collect();
    Ok(Value::list(s1.iter().chain(s2.iter()).filter(|v| ids1.contains(&identity(v)) != ids2.contains(&identity(v))).cloned().collect()))
}

/// `complement SETS… UNIVERSE` / `collections.Complement`
pub fn complement(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    if args.len() < 2 {
        return Err("complement needs at least two arguments".to_owned());
    }
    let bad = || "arguments to complement must be slices or arrays".to_owned();
    let universe = items(&args[args.len() - 1]).ok_or_else(bad)?;
    let mut set = HashSet::new();
    for s in &args[..args.len() - 1] {
        let l = items(s).ok_or_else(bad)?;
        cx.work(l.len())?;
        set.extend(l.iter().map(identity));
    }
    cx.work(universe.len())?;
    Ok(Value::list(universe.iter().filter(|v| !set.contains(&identity(v))).cloned().collect()))
}

/// `uniq COLLECTION` / `collections.Uniq`
pub fn uniq(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("uniq", args, 1, 1)?;
    if args[0].is_nil() {
        return Ok(Value::list(Vec::new()));
    }
    let l = items(&args[0]).ok_or_else(|| format!("type {} not supported", args[0].type_name()))?;
    cx.work(l.len())?;
    let mut seen = HashSet::new();
    Ok(Value::list(l.iter().filter(|v| seen.insert(identity(v))).cloned().collect()))
}

/// `querify KEY VALUE …` (or a map, or a list of pairs) / `collections.Querify`:
/// a URL query string, keys sorted, as Go's `url.Values.Encode`.
pub fn querify(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    const WRONG: &str = "querify requires a map or an even number of arguments";
    let pairs: Vec<(String, String)> = match args {
        [Value::Map(m)] => m.iter().map(|(k, v)| Ok((k.clone(), cast::string(v)?))).collect::<Result<_, String>>()?,
        [Value::List(l)] => to_pairs(l, WRONG)?,
        [_] => return Err(WRONG.to_owned()),
        _ => to_pairs(args, WRONG)?,
    };
    if pairs.iter().any(|(k, _)| k.is_empty()) {
        return Err("querify requires that keys not be empty strings".to_owned());
    }
    let mut sorted = pairs;
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    let encoded: Vec<String> =
        sorted.iter().map(|(k, v)| format!("{}={}", super::urls::query_escape(k), super::urls::query_escape(v))).collect();
    Ok(Value::from(encoded.join("&")))
}

fn to_pairs(items: &[Value], wrong: &str) -> Result<Vec<(String, String)>, String> {
    if !items.len().is_multiple_of(2) {
        return Err(wrong.to_owned());
    }
    items.chunks(2).map(|p| Ok((cast::string(&p[0])?, cast::string(&p[1])?))).collect()
}

/// `apply COLLECTION FUNCTION ARGS…` / `collections.Apply`: the function called
/// for each element, with `"."` among the arguments standing for the element.
pub fn apply(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("apply", args, 2, usize::MAX)?;
    let list = items(&args[0]).ok_or_else(|| format!("can't apply over {}", args[0].text()))?;
    let name = cast::string(&args[1])?;
    let f = super::lookup(&name).ok_or_else(|| format!("can't find function {name}"))?;
    cx.work(list.len())?;
    let mut out = Vec::with_capacity(list.len());
    for v in list.iter() {
        let call: Vec<Value> = args[2..]
            .iter()
            .map(|a| if a.as_str() == Some(".") && matches!(a, Value::String(_)) { v.clone() } else { a.clone() })
            .collect();
        out.push(f(cx, &call)?);
    }
    Ok(Value::list(out))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::{Map, NoHost};

    fn ints(v: &[i64]) -> Value {
        Value::list(v.iter().map(|i| Value::Int(*i)).collect())
    }

    #[test]
    fn seq_counts_like_gnu_seq() {
        let mut cx = Cx::new(&NoHost);
        assert_eq!(seq(&mut cx, &[Value::Int(-3)]), Ok(ints(&[-1, -2, -3])), "seq -3 counts down from -1");
        assert_eq!(seq(&mut cx, &[Value::Int(1), Value::Int(2), Value::Int(6)]), Ok(ints(&[1, 3, 5])));
        assert_eq!(seq(&mut cx, &[Value::Int(5), Value::Int(1)]), Ok(ints(&[5, 4, 3, 2, 1])));
        assert!(seq(&mut cx, &[Value::Int(1_000_000_000)]).is_err(), "a huge seq should stop at the limit");
    }

    #[test]
    fn sets_treat_numbers_by_value() {
        let mut cx = Cx::new(&NoHost);
        let a = ints(&[1, 2, 3]);
        let b = Value::list(vec![Value::Float(2.0), Value::Int(3), Value::Int(4)]);
        assert_eq!(intersect(&mut cx, &[a.clone(), b]), Ok(ints(&[2, 3])), "2.0 should match 2");
        assert_eq!(symdiff(&mut cx, &[a, ints(&[3, 4])]), Ok(ints(&[4, 1, 2])), "Hugo lists the piped set's extras first");
        assert_eq!(uniq(&mut cx, &[ints(&[3, 1, 3])]), Ok(ints(&[3, 1])));
    }

    #[test]
    fn append_and_merge_follow_hugo() {
        let mut cx = Cx::new(&NoHost);
        assert_eq!(append(&mut cx, &[Value::Int(3), ints(&[1, 2])]), Ok(ints(&[1, 2, 3])));
        assert_eq!(append(&mut cx, &[ints(&[3]), ints(&[1, 2])]), Ok(ints(&[1, 2, 3])), "a single list is appended item by item");
        let m = |k: &str, v: i64| Value::map([(k.to_owned(), Value::Int(v))].into_iter().collect());
        assert_eq!(merge(&mut cx, &[m("A", 1), m("a", 2)]), Ok(m("a", 2)), "keys match without regard to case; the last map wins");
    }

    #[test]
    fn isset_matches_keys_exactly_even_in_params() {
        let mut cx = Cx::new(&NoHost);
        let mut p = Map::params();
        p.insert("MyKey", Value::from("v"));
        let p = Value::map(p);
        assert_eq!(isset(&mut cx, &[p.clone(), Value::from("mykey")]), Ok(Value::Bool(true)), "params keys are stored lowercase");
        assert_eq!(isset(&mut cx, &[p, Value::from("MyKey")]), Ok(Value::Bool(false)), "Hugo 0.168: isset site.Params \"MyKey\" is false");
    }

    #[test]
    fn index_and_delimit() {
        let mut cx = Cx::new(&NoHost);
        assert_eq!(index(&mut cx, &[ints(&[1, 2]), Value::Int(5)]), Ok(Value::Nil), "out of range is nil");
        assert!(index(&mut cx, &[ints(&[1, 2]), Value::from("x")]).is_err(), "a string cannot index a list");
        let d = delimit(&mut cx, &[ints(&[1, 2, 3]), Value::from(", "), Value::from(" and ")]);
        assert_eq!(d, Ok(Value::from("1, 2 and 3")));
        assert_eq!(
            querify(&mut cx, &[Value::from("b"), Value::Int(1), Value::from("a"), Value::from("x y&z")]),
            Ok(Value::from("a=x+y%26z&b=1"))
        );
    }
}
