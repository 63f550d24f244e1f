//! `compare`: `eq`, `ne`, `lt`, `le`, `gt`, `ge` with Hugo's rules (numbers
//! by value whatever their type, strings that read as numbers compared as
//! numbers by `lt` and friends, lists and maps by length, times by instant),
//! `default`, and `cond`.

use super::super::{Cx, Value};
use super::time::Time;

/// Hugo's `version.VersionString` (what `hugo.Version` gives, `%T` says
/// `version.VersionString` in 0.168): an object of that type name whose text is the version.
fn version_text(v: &Value) -> Option<String> {
    match v {
        Value::Object(o) if matches!(o.type_name(), "version.VersionString" | "hugo.VersionString") => Some(o.text()),
        _ => None,
    }
}

/// A version's numbers and whether it has a suffix (`0.168.0-DEV` comes before `0.168.0`).
fn version_key(s: &str) -> (u64, u64, u64, bool) {
    let s = s.trim().trim_start_matches('v');
    let (nums, suffix) = match s.find('-') {
        Some(i) => (&s[..i], true),
        None => (s, false),
    };
    let mut n = nums.split('.').map(|p| p.parse::<u64>().unwrap_or(0));
    (n.next().unwrap_or(0), n.next().unwrap_or(0), n.next().unwrap_or(0), !suffix)
}

/// Hugo's `eq` for two values.
pub fn equal(a: &Value, b: &Value) -> bool {
    // VersionString.Eq: the same text.
    if let Some(v) = version_text(a) {
        return super::cast::string(b).is_ok_and(|s| s == v);
    }
    if let Some(v) = version_text(b) {
        return super::cast::string(a).is_ok_and(|s| s == v);
    }
    let (a, b) = (&*super::cast::scalar(a), &*super::cast::scalar(b));
    if let (Some(x), Some(y)) = (a.downcast::<Time>(), b.downcast::<Time>()) {
        // Go's reflect.DeepEqual of two time.Time: the same instant in the same zone.
        return x == y;
    }
    match (a, b) {
        (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => as_f64(a) == as_f64(b),
        (Value::List(_) | Value::Map(_), _) => deep_equal(a, b),
        _ => a == b,
    }
}

/// Go's `reflect.DeepEqual` of the values inside lists and maps: the same
/// type and value (an int never equals a float there, nor a safe string a plain one).
fn deep_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Nil, Value::Nil) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::String(x), Value::String(y)) => x == y,
        (Value::Safe(x, k), Value::Safe(y, l)) => k == l && x == y,
        (Value::List(x), Value::List(y)) => x.len() == y.len() && x.iter().zip(y.iter()).all(|(a, b)| deep_equal(a, b)),
        (Value::Map(x), Value::Map(y)) => {
            x.is_params() == y.is_params() && x.len() == y.len() && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| deep_equal(v, w)))
        }
        (Value::Object(x), Value::Object(y)) => {
            std::sync::Arc::ptr_eq(x, y) || matches!((a.downcast::<Time>(), b.downcast::<Time>()), (Some(s), Some(t)) if s == t)
        }
        _ => false,
    }
}

fn as_f64(v: &Value) -> f64 {
    match v {
        Value::Int(i) => *i as f64,
        Value::Float(x) => *x,
        _ => 0.0,
    }
}

/// One side of Hugo's `compareGet`: a number, or a string that is not one.
fn side(v: &Value) -> (f64, Option<String>) {
    let v = &*super::cast::scalar(v);
    if let Some(t) = v.downcast::<Time>() {
        return (t.instant().0 as f64, None);
    }
    match v {
        Value::List(l) => (l.len() as f64, None),
        Value::Map(m) => (m.len() as f64, None),
        Value::Int(i) => (*i as f64, None),
        Value::Float(x) => (*x, None),
        Value::Bool(b) => (f64::from(u8::from(*b)), None),
        Value::String(s) | Value::Safe(s, _) => match go_parse_float(s) {
            Some(x) if x.is_finite() => (x, None),
            _ => (0.0, Some(s.to_string())),
        },
        _ => (0.0, None),
    }
}

/// Go's `strconv.ParseFloat` (no surrounding space).
fn go_parse_float(s: &str) -> Option<f64> {
    if s.trim() != s {
        return None;
    }
    crate::float::parse(s)
}

/// Hugo's `compareGet`: the two values as numbers to compare.
pub fn compare_pair(a: &Value, b: &Value) -> (f64, f64) {
    compare_with(a, b, false)
}

/// `compareGet` with the language's collator for strings, as `sort` compares.
pub fn compare_pair_collated(a: &Value, b: &Value) -> (f64, f64) {
    compare_with(a, b, true)
}

fn compare_with(a: &Value, b: &Value, collate: bool) -> (f64, f64) {
    // A compare.Comparer (hugo.Version) compares itself with the other side, as a version.
    let versions = match (version_text(a), version_text(b)) {
        (Some(x), _) => Some((x, super::cast::string(b).unwrap_or_default())),
        (None, Some(y)) => Some((super::cast::string(a).unwrap_or_default(), y)),
        _ => None,
    };
    if let Some((x, y)) = versions {
        return match version_key(&x).cmp(&version_key(&y)) {
            std::cmp::Ordering::Less => (0.0, 1.0),
            std::cmp::Ordering::Equal => (0.0, 0.0),
            std::cmp::Ordering::Greater => (1.0, 0.0),
        };
    }
    if let (Value::String(x), Value::String(y)) = (a, b) {
        return strings(x, y, collate);
    }
    let (l, ls) = side(a);
    let (r, rs) = side(b);
    if let (Some(x), Some(y)) = (ls, rs) {
        return strings(&x, &y, collate);
    }
    (l, r)
}

fn strings(a: &str, b: &str, collate: bool) -> (f64, f64) {
    let order = if collate { crate::template::collate::compare(a, b) } else { a.cmp(b) };
    match order {
        std::cmp::Ordering::Less => (0.0, 1.0),
        std::cmp::Ordering::Greater => (1.0, 0.0),
        std::cmp::Ordering::Equal => (0.0, 0.0),
    }
}

fn check(args: &[Value]) -> Result<(), String> {
    if args.len() < 2 {
        return Err("missing arguments for comparison".to_owned());
    }
    Ok(())
}

/// `eq` / `compare.Eq`: whether the first argument equals any of the others.
pub fn eq(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    check(args)?;
    Ok(Value::Bool(args[1..].iter().any(|o| equal(&args[0], o))))
}

/// `ne` / `compare.Ne`: whether the first argument equals none of the others.
pub fn ne(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    check(args)?;
    Ok(Value::Bool(!args[1..].iter().any(|o| equal(&args[0], o))))
}

fn all(args: &[Value], test: fn(f64, f64) -> bool) -> Result<Value, String> {
    check(args)?;
    Ok(Value::Bool(args[1..].iter().all(|o| {
        let (l, r) = compare_pair(&args[0], o);
        test(l, r)
    })))
}

/// `lt` / `compare.Lt`
pub fn lt(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    all(args, |l, r| l < r)
}

/// `le` / `compare.Le`
pub fn le(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    all(args, |l, r| l <= r)
}

/// `gt` / `compare.Gt`
pub fn gt(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    all(args, |l, r| l > r)
}

/// `ge` / `compare.Ge`
pub fn ge(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    all(args, |l, r| l >= r)
}

/// Hugo's "is set" of `default`: non-zero numbers and times, non-empty
/// strings, lists and maps, any bool, any object.
pub fn is_set(v: &Value) -> bool {
    if let Some(t) = v.downcast::<Time>() {
        return !t.is_zero();
    }
    match v {
        Value::Nil => false,
        Value::Bool(_) => true,
        Value::Object(_) => true,
        other => other.truthy(),
    }
}

/// `default DEFAULT GIVEN` / `compare.Default`
pub fn default(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    match args.len() {
        0 => Err("wrong number of args for default: want 2 got 0".to_owned()),
        1 => Ok(args[0].clone()),
        2 => Ok(if is_set(&args[1]) { args[1].clone() } else { args[0].clone() }),
        n => Err(format!("wrong number of args for default: want 2 got {n}")),
    }
}

/// `cond CONTROL A B` / `compare.Conditional`
pub fn cond(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    super::cast::arity("cond", args, 3, 3)?;
    Ok(if args[0].truthy() { args[1].clone() } else { args[2].clone() })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_compare_by_value_and_numeric_strings_as_numbers() {
        assert!(equal(&Value::Int(1), &Value::Float(1.0)), "eq 1 1.0 should be true");
        assert!(!equal(&Value::from("1"), &Value::Int(1)), "eq \"1\" 1 should be false");
        assert!(equal(&Value::from("a"), &Value::safe("a", crate::template::Safe::Html)), "a safe string equals its text");
        let (l, r) = compare_pair(&Value::Int(1), &Value::from("2"));
        assert!(l < r, "lt 1 \"2\" should compare numbers");
        let (l, r) = compare_pair(&Value::from("abc"), &Value::Int(2));
        assert!(l < r, "a non-numeric string counts as 0 against a number");
    }

    struct Version;
    impl crate::template::Object for Version {
        fn type_name(&self) -> &str {
            "version.VersionString"
        }
        fn member(&self, _: &str, _: &[Value], _: &mut Cx<'_>) -> Result<Option<Value>, String> {
            Ok(None)
        }
        fn text(&self) -> String {
            "0.168.0".to_owned()
        }
        fn as_any(&self) -> &dyn std::any::Any {
            self
        }
    }

    #[test]
    fn hugo_version_compares_as_a_version() {
        let v = Value::object(Version);
        let (l, r) = compare_pair(&v, &Value::from("0.80"));
        assert!(l > r, "0.168.0 is after 0.80 (as versions, not as strings)");
        let (l, r) = compare_pair(&Value::from("0.200"), &v);
        assert!(l > r, "0.200 is after 0.168.0");
        assert!(equal(&v, &Value::from("0.168.0")), "eq compares the text");
        let (l, r) = compare_pair(&v, &Value::from("0.168.0-DEV"));
        assert!(l > r, "a release is after its -DEV");
    }

    #[test]
    fn default_keeps_set_values() {
        let mut cx = Cx::new(&crate::template::NoHost);
        assert_eq!(default(&mut cx, &[Value::from("d"), Value::Bool(false)]), Ok(Value::Bool(false)), "any bool is set");
        assert_eq!(default(&mut cx, &[Value::from("d"), Value::Int(0)]), Ok(Value::from("d")), "0 is not set");
        assert_eq!(default(&mut cx, &[Value::from("d")]), Ok(Value::from("d")), "a missing piped value gives the default");
    }
}
