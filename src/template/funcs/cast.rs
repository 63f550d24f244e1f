//! `cast`: `int`, `float`, `string` — and the conversions every other
//! namespace makes of its arguments, as Hugo makes them with spf13/cast
//! (`ToStringE`, `ToIntE`, `ToFloat64E`), so that each rule has one home.

use super::super::{Cx, Value};

/// Go's `%#v`-ish rendering of a value for "unable to cast" messages.
fn described(v: &Value) -> String {
    match v {
        Value::String(s) | Value::Safe(s, _) => format!("{s:?}"),
        other => other.text(),
    }
}

/// `cast.ToStringE`: strings (safe or not), numbers, bools, nil (as ""), and
/// objects that print themselves; lists and maps are an error.
///
/// # Errors
/// A value with no string form.
pub fn string(v: &Value) -> Result<String, String> {
    match v {
        Value::Nil => Ok(String::new()),
        Value::String(s) | Value::Safe(s, _) => Ok(s.to_string()),
        Value::Bool(b) => Ok(b.to_string()),
        Value::Int(i) => Ok(i.to_string()),
        Value::Float(x) => Ok(crate::template::value::format_float_f(*x)),
        Value::Object(o) if !o.text().is_empty() => Ok(o.text()),
        other => Err(format!("unable to cast {} of type {} to string", described(other), other.type_name())),
    }
}

/// Go's `strconv.ParseInt(s, 0, 64)`: an optional sign, a `0x`/`0o`/`0b`/`0`
/// prefix, and `_` between digits.
pub fn parse_go_int(s: &str) -> Option<i64> {
    let (negative, body) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let lower = body.to_ascii_lowercase();
    let (radix, digits, prefixed) = if let Some(d) = lower.strip_prefix("0x") {
        (16, d.to_owned(), true)
    } else if let Some(d) = lower.strip_prefix("0o") {
        (8, d.to_owned(), true)
    } else if let Some(d) = lower.strip_prefix("0b") {
        (2, d.to_owned(), true)
    } else if lower.len() > 1 && lower.starts_with('0') {
        (8, lower[1..].to_owned(), true)
    } else {
        (10, lower.clone(), false)
    };
    if digits.is_empty() {
        return None;
    }
    // Underscores may separate digits (and follow a prefix), never lead, trail or double.
    if digits.contains('_') {
        let ok_edges = !digits.ends_with('_') && (prefixed || !digits.starts_with('_')) && !digits.contains("__");
        if !ok_edges {
            return None;
        }
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if clean.is_empty() || !clean.chars().all(|c| c.is_digit(radix)) {
        return None;
    }
    let magnitude = u64::from_str_radix(&clean, radix).ok()?;
    if negative {
        if magnitude <= i64::MAX as u64 + 1 {
            Some((magnitude as i64).wrapping_neg())
        } else {
            None
        }
    } else {
        i64::try_from(magnitude).ok()
    }
}

/// spf13/cast drops a decimal part of digits before parsing an int (`"1.5"` is 1).
fn trim_decimal(s: &str) -> &str {
    match s.find('.') {
        Some(i) if s[i + 1..].bytes().all(|b| b.is_ascii_digit()) => &s[..i],
        _ => s,
    }
}

/// `cast.ToIntE`: ints, floats (truncated), bools, nil (0), and strings Go's
/// `ParseInt` reads with base prefixes (a decimal part is dropped).
///
/// # Errors
/// A value that is not a number.
pub fn int(v: &Value) -> Result<i64, String> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Float(x) => Ok(x.trunc() as i64),
        Value::Bool(b) => Ok(i64::from(*b)),
        Value::Nil => Ok(0),
        Value::String(s) | Value::Safe(s, _) => {
            if s.is_empty() {
                return Ok(0);
            }
            let t = trim_decimal(s);
            let t = if t.is_empty() || t == "-" || t == "+" { "0" } else { t };
            parse_go_int(t).ok_or_else(|| {
                format!("unable to cast {s:?} of type {} to int: strconv.ParseInt: parsing {s:?}: invalid syntax", v.type_name())
            })
        }
        Value::Object(o) => match o.data() {
            Some(d) if !matches!(d, Value::Object(_)) => int(&d),
            _ => Err(format!("unable to cast {} of type {} to int", o.text(), o.type_name())),
        },
        other => Err(format!("unable to cast {} of type {} to int", described(other), other.type_name())),
    }
}

/// `cast.ToFloat64E`: numbers, bools, nil (0) and strings `ParseFloat` reads.
///
/// # Errors
/// A value that is not a number.
pub fn float(v: &Value) -> Result<f64, String> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Float(x) => Ok(*x),
        Value::Bool(b) => Ok(f64::from(u8::from(*b))),
        Value::Nil => Ok(0.0),
        Value::String(s) | Value::Safe(s, _) => {
            if s.is_empty() {
                return Ok(0.0);
            }
            crate::float::parse(s).ok_or_else(|| {
                format!("unable to cast {s:?} of type {} to float64: strconv.ParseFloat: parsing {s:?}: invalid syntax", v.type_name())
            })
        }
        other => Err(format!("unable to cast {} of type {} to float64", described(other), other.type_name())),
    }
}

/// An object of a Go integer or float type (`time.Month`, `time.Weekday`,
/// `time.Duration`) as the number it is; any other value as it is. Hugo's
/// comparisons and arithmetic see such values by their kind, a number.
pub fn scalar(v: &Value) -> std::borrow::Cow<'_, Value> {
    match v {
        Value::Object(o) => match o.data() {
            Some(d @ (Value::Int(_) | Value::Float(_))) => std::borrow::Cow::Owned(d),
            _ => std::borrow::Cow::Borrowed(v),
        },
        _ => std::borrow::Cow::Borrowed(v),
    }
}

/// Go's `reflect` number kinds: is this an int or a float?
pub fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Float(_))
}

/// The items of a list-like value (a list, or an object's list data), if it is one.
pub fn items(v: &Value) -> Option<std::sync::Arc<Vec<Value>>> {
    match v {
        Value::List(l) => Some(l.clone()),
        Value::Object(o) => match o.data() {
            Some(Value::List(l)) => Some(l),
            _ => None,
        },
        _ => None,
    }
}

/// Counts the work of making a string result (a unit per 64 bytes), so that a
/// loop building large strings (`printf "%*d" 1000000 0`, `replace` growing
/// text) reaches the budget instead of running on.
///
/// # Errors
/// When the budget is spent.
pub fn charged(cx: &mut Cx<'_>, v: Value) -> Result<Value, String> {
    if let Some(s) = v.as_str() {
        cx.work(s.len() / 64)?;
    }
    Ok(v)
}

/// Checks the argument count: Go's "wrong number of args for NAME: want N got M".
///
/// # Errors
/// Too few or too many arguments.
pub fn arity(name: &str, args: &[Value], min: usize, max: usize) -> Result<(), String> {
    if args.len() < min || args.len() > max {
        let want = if min == max {
            min.to_string()
        } else if max == usize::MAX {
            format!("at least {min}")
        } else {
            format!("{min} to {max}")
        };
        return Err(format!("wrong number of args for {name}: want {want} got {}", args.len()));
    }
    Ok(())
}

/// `int` / `cast.ToInt`
pub fn to_int(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("int", args, 1, 1)?;
    int(&args[0]).map(Value::Int)
}

/// `float` / `cast.ToFloat`
pub fn to_float(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("float", args, 1, 1)?;
    float(&args[0]).map(Value::Float)
}

/// `string` / `cast.ToString`
pub fn to_string(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("string", args, 1, 1)?;
    string(&args[0]).map(Value::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ints_are_read_as_go_parse_int_with_base_prefixes() {
        for (s, want) in
            [("0x1F", Some(31)), ("017", Some(15)), ("1_000", Some(1000)), ("+5", Some(5)), ("08", None), ("1e3", None), (" 12 ", None)]
        {
            assert_eq!(parse_go_int(s), want, "ParseInt({s:?}, 0) should be {want:?}");
        }
    }

    #[test]
    fn to_int_drops_a_decimal_part_as_cast_does() {
        assert_eq!(int(&Value::from("1.5")), Ok(1), "\"1.5\" should cast to 1");
        assert_eq!(int(&Value::from("-1.5")), Ok(-1), "\"-1.5\" should cast to -1");
        assert_eq!(int(&Value::from(".5")), Ok(0), "\".5\" should cast to 0");
        assert_eq!(int(&Value::Float(-3.9)), Ok(-3), "floats should truncate");
        assert!(int(&Value::from("08")).is_err(), "\"08\" is not octal and should fail");
    }

    #[test]
    fn strings_of_floats_never_use_exponents() {
        assert_eq!(string(&Value::Float(1e21)).unwrap(), "1000000000000000000000", "cast uses FormatFloat 'f' -1");
        assert_eq!(string(&Value::Float(3.0)).unwrap(), "3", "a whole float should print without a point");
        assert!(string(&Value::list(vec![])).is_err(), "a list has no string form");
    }
}
