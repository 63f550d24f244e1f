//! `sort COLLECTION [KEY] [ORDER]`: a stable sort of a list, or of a map's
//! values (by key unless KEY is given), by an element's field path, with
//! Hugo's comparison (strings in the language's collation order).

use super::super::{Cx, Value};
use super::cast::{self, items};
use super::compare::compare_pair_collated;
use super::r#where::{field, split_path};

/// The sorted values of `collection`.
///
/// # Errors
/// A collection that is not a list or map, or a key path that cannot be followed.
pub fn sorted(cx: &mut Cx<'_>, collection: &Value, by: &str, asc: bool) -> Result<Vec<Value>, String> {
    let path = split_path(by);
    let mut pairs: Vec<(Option<Value>, Value)> = Vec::new();
    let key_of = |cx: &mut Cx<'_>, v: &Value| -> Result<Option<Value>, String> {
        if by.is_empty() || by == "value" {
            Ok(Some(v.clone()))
        } else {
            field(cx, v, &path)
        }
    };
    match collection {
        Value::Nil => return Err("sequence must be provided".to_owned()),
        Value::Map(m) => {
            cx.work(m.len())?;
            for (k, v) in m.iter() {
                let key = if by.is_empty() { Some(Value::from(k.as_str())) } else { key_of(cx, v)? };
                pairs.push((key, v.clone()));
            }
        }
        other => {
            let list = items(other).ok_or_else(|| format!("can't sort {}", other.type_name()))?;
            cx.work(list.len())?;
            for v in list.iter() {
                pairs.push((key_of(cx, v)?, v.clone()));
            }
        }
    }
    // Go's sort.Stable (a merge of insertion-sorted blocks) keeps equal keys
    // in order, as Rust's stable sort does; descending is the reversed Less.
    let n = pairs.len();
    cx.work(n.saturating_mul(usize::BITS as usize - n.leading_zeros() as usize))?;
    pairs.sort_by(|(a, _), (b, _)| {
        let less = |x: &Option<Value>, y: &Option<Value>| less(x, y);
        let (ab, ba) = if asc { (less(a, b), less(b, a)) } else { (less(b, a), less(a, b)) };
        if ab {
            std::cmp::Ordering::Less
        } else if ba {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    Ok(pairs.into_iter().map(|(_, v)| v).collect())
}

/// `pairList.Less`: a missing key is the zero value of the other's type.
fn less(a: &Option<Value>, b: &Option<Value>) -> bool {
    let zero = |v: &Value| match v {
        Value::String(_) | Value::Safe(..) => Value::from(""),
        Value::Float(_) => Value::Float(0.0),
        Value::Bool(_) => Value::Bool(false),
        _ => Value::Int(0),
    };
    let (l, r) = match (a, b) {
        (Some(a), Some(b)) => compare_pair_collated(a, b),
        (Some(a), None) => compare_pair_collated(a, &zero(a)),
        (None, Some(b)) => compare_pair_collated(&zero(b), b),
        (None, None) => return false,
    };
    l < r
}

/// `sort` / `collections.Sort`
pub fn sort(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    cast::arity("sort", args, 1, 3)?;
    let by = args.get(1).and_then(|v| cast::string(v).ok()).unwrap_or_default();
    let asc = !matches!(args.get(2).map(cast::string), Some(Ok(ref d)) if d == "desc");
    sorted(cx, &args[0], &by, asc).map(Value::list)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::template::{Map, NoHost};

    #[test]
    fn sorts_lists_maps_and_fields() {
        let mut cx = Cx::new(&NoHost);
        let l = Value::list(vec![Value::Int(3), Value::Int(1), Value::Int(2)]);
        assert_eq!(sorted(&mut cx, &l, "value", false).unwrap(), vec![Value::Int(3), Value::Int(2), Value::Int(1)], "desc reverses");
        let m: Map = [("b".to_owned(), Value::Int(1)), ("a".to_owned(), Value::Int(2))].into_iter().collect();
        assert_eq!(sorted(&mut cx, &Value::map(m.clone()), "", true).unwrap(), vec![Value::Int(2), Value::Int(1)], "a map sorts by key");
        assert_eq!(sorted(&mut cx, &Value::map(m), "value", true).unwrap(), vec![Value::Int(1), Value::Int(2)]);
        let row = |k: &str, v: i64| Value::map([(k.to_owned(), Value::Int(v))].into_iter().collect());
        let rows = Value::list(vec![row("n", 2), row("n", 1), row("x", 0)]);
        assert_eq!(sorted(&mut cx, &rows, "n", true).unwrap(), vec![row("x", 0), row("n", 1), row("n", 2)], "a missing key sorts as zero");
    }
}
