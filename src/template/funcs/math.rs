//! `math`: arithmetic with Go's typing (int op int is an int, anything with a
//! float is a float, `+` joins two strings), Hugo's list-or-scalar folds
//! (`Sum`, `Product`, `Max`, `Min`) and the float functions of Go's `math`.

use super::super::{Cx, Value};
use super::cast::{arity, float, int};
use std::sync::atomic::{AtomicU64, Ordering};

const CANT: &str = "can't apply the operator to the values";

/// Go's `DoArithmetic` for two values.
///
/// # Errors
/// Operands that are not numbers (or strings for `+`), and division by zero.
pub fn arithmetic(a: &Value, b: &Value, op: char) -> Result<Value, String> {
    let (a, b) = (&*super::cast::scalar(a), &*super::cast::scalar(b));
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(Value::Int(match op {
            '+' => x.wrapping_add(*y),
            '-' => x.wrapping_sub(*y),
            '*' => x.wrapping_mul(*y),
            _ => {
                if *y == 0 {
                    return Err("can't divide the value by 0".to_owned());
                }
                x.wrapping_div(*y)
            }
        })),
        (Value::Int(_) | Value::Float(_), Value::Int(_) | Value::Float(_)) => {
            let (x, y) = (float(a)?, float(b)?);
            Ok(Value::Float(match op {
                '+' => x + y,
                '-' => x - y,
                '*' => x * y,
                _ => {
                    if y == 0.0 {
                        return Err("can't divide the value by 0".to_owned());
                    }
                    x / y
                }
            }))
        }
        (Value::String(x) | Value::Safe(x, _), Value::String(y) | Value::Safe(y, _)) if op == '+' => Ok(Value::from(format!("{x}{y}"))),
        _ => Err(CANT.to_owned()),
    }
}

fn fold(args: &[Value], op: char) -> Result<Value, String> {
    if args.len() < 2 {
        return Err("must provide at least two numbers".to_owned());
    }
    let mut acc = args[0].clone();
    for b in &args[1..] {
        acc = arithmetic(&acc, b, op)?;
    }
    Ok(acc)
}

/// `add` / `math.Add`
pub fn add(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    fold(args, '+')
}

/// `sub` / `math.Sub`
pub fn sub(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    fold(args, '-')
}

/// `mul` / `math.Mul`
pub fn mul(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    fold(args, '*')
}

/// `div` / `math.Div`
pub fn div(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    fold(args, '/')
}

/// Hugo's `applyOpToScalarsOrSlices`: every number of the arguments, lists flattened one level.
fn scalars_or_slices(name: &str, args: &[Value], op: fn(f64, f64) -> f64) -> Result<Value, String> {
    let mut result: Option<f64> = None;
    let mut has_value = false;
    let bad = || format!("{name} operator can't be used with non-float values");
    for a in args {
        let values: Vec<f64> = match a {
            Value::List(items) => {
                has_value = true;
                items.iter().map(|v| float(v).map_err(|_| bad())).collect::<Result<_, _>>()?
            }
            other => vec![float(other).map_err(|_| bad())?],
        };
        for v in values {
            has_value = true;
            result = Some(match result {
                None => v,
                Some(r) => op(r, v),
            });
        }
    }
    if !has_value {
        return Err("must provide at least one number".to_owned());
    }
    Ok(Value::Float(result.unwrap_or(0.0)))
}

/// `math.Sum`
pub fn sum(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    scalars_or_slices("Sum", args, |x, y| x + y)
}

/// `math.Product`
pub fn product(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    scalars_or_slices("Product", args, |x, y| x * y)
}

/// `math.Max`
pub fn max(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    scalars_or_slices("Max", args, go_max)
}

/// `math.Min`
pub fn min(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    scalars_or_slices("Min", args, go_min)
}

/// Go's `math.Max`: NaN wins, +0 beats -0.
fn go_max(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && y == 0.0 {
        return if x.is_sign_negative() { y } else { x };
    }
    x.max(y)
}

/// Go's `math.Min`: NaN wins, -0 beats +0.
fn go_min(x: f64, y: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if x == 0.0 && y == 0.0 {
        return if x.is_sign_negative() { x } else { y };
    }
    x.min(y)
}

fn unary(name: &str, args: &[Value], message: &str, f: fn(f64) -> f64) -> Result<Value, String> {
    arity(name, args, 1, 1)?;
    let x = float(&args[0]).map_err(|_| message.to_owned())?;
    Ok(Value::Float(f(x)))
}

macro_rules! unary_fns {
    ($($(#[$doc:meta])* $fn:ident, $name:literal, $msg:literal, $f:expr;)*) => {
        $(
            $(#[$doc])*
            pub fn $fn(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
                unary($name, args, $msg, $f)
            }
        )*
    };
}

unary_fns! {
    /// `math.Abs`
    abs, "math.Abs", "the math.Abs function requires a numeric argument", f64::abs;
    /// `math.Acos`
    acos, "math.Acos", "requires a numeric argument", super::gomath::acos;
    /// `math.Asin`
    asin, "math.Asin", "requires a numeric argument", super::gomath::asin;
    /// `math.Atan`
    atan, "math.Atan", "requires a numeric argument", super::gomath::atan;
    /// `math.Ceil`
    ceil, "math.Ceil", "Ceil operator can't be used with non-float value", f64::ceil;
    /// `math.Cos`
    cos, "math.Cos", "requires a numeric argument", super::gomath::cos;
    /// `math.Floor`
    floor, "math.Floor", "Floor operator can't be used with non-float value", f64::floor;
    /// `math.Log`
    log, "math.Log", "Log operator can't be used with non integer or float value", super::gomath::log;
    /// `math.Round`: half away from zero, as Go's `math.Round`.
    round, "math.Round", "Round operator can't be used with non-float value", f64::round;
    /// `math.Sin`
    sin, "math.Sin", "requires a numeric argument", super::gomath::sin;
    /// `math.Sqrt`
    sqrt, "math.Sqrt", "Sqrt operator can't be used with non integer or float value", f64::sqrt;
    /// `math.Tan`
    tan, "math.Tan", "requires a numeric argument", super::gomath::tan;
    /// `math.ToDegrees`
    to_degrees, "math.ToDegrees", "requires a numeric argument", |x| x * 180.0 / std::f64::consts::PI;
    /// `math.ToRadians`
    to_radians, "math.ToRadians", "requires a numeric argument", |x| x * std::f64::consts::PI / 180.0;
}

/// `math.Atan2`
pub fn atan2(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("math.Atan2", args, 2, 2)?;
    let y = float(&args[0]).map_err(|_| "requires numeric arguments".to_owned())?;
    let x = float(&args[1]).map_err(|_| "requires numeric arguments".to_owned())?;
    Ok(Value::Float(super::gomath::atan2(y, x)))
}

/// `pow` / `math.Pow`
pub fn pow(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("math.Pow", args, 2, 2)?;
    match (float(&args[0]), float(&args[1])) {
        (Ok(a), Ok(b)) => Ok(Value::Float(super::gomath::pow(a, b))),
        _ => Err("Pow operator can't be used with non-float value".to_owned()),
    }
}

fn modulo(args: &[Value]) -> Result<i64, String> {
    arity("math.Mod", args, 2, 2)?;
    match (int(&args[0]), int(&args[1])) {
        (Ok(_), Ok(0)) => Err("the number can't be divided by zero at modulo operation".to_owned()),
        (Ok(a), Ok(b)) => Ok(a.wrapping_rem(b)),
        _ => Err("modulo operator can't be used with non integer value".to_owned()),
    }
}

/// `mod` / `math.Mod`: integer remainder (operands cast to ints).
pub fn r#mod(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    modulo(args).map(Value::Int)
}

/// `modBool` / `math.ModBool`
pub fn mod_bool(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    modulo(args).map(|r| Value::Bool(r == 0))
}

/// `math.Pi`
pub fn pi(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("math.Pi", args, 0, 0)?;
    Ok(Value::Float(std::f64::consts::PI))
}

/// `math.MaxInt64`
pub fn max_int64(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("math.MaxInt64", args, 0, 0)?;
    Ok(Value::Int(i64::MAX))
}

static COUNTER: AtomicU64 = AtomicU64::new(0);

/// `math.Counter`: 1, 2, 3, … across the run (Hugo's is per build).
pub fn counter(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("math.Counter", args, 0, 0)?;
    Ok(Value::Int(COUNTER.fetch_add(1, Ordering::Relaxed) as i64 + 1))
}

/// `math.Rand`: a pseudo-random float in [0, 1). Seeded from the standard
/// library's per-process random hash keys; not for anything secret.
pub fn rand(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    use std::hash::{BuildHasher, Hasher};
    arity("math.Rand", args, 0, 0)?;
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(0, Ordering::Relaxed));
    h.write_u64(RAND_CALLS.fetch_add(1, Ordering::Relaxed));
    Ok(Value::Float((h.finish() >> 11) as f64 / (1u64 << 53) as f64))
}

static RAND_CALLS: AtomicU64 = AtomicU64::new(0);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arithmetic_keeps_go_types() {
        assert_eq!(arithmetic(&Value::Int(7), &Value::Int(2), '/'), Ok(Value::Int(3)), "int / int should be an int");
        assert!(
            matches!(arithmetic(&Value::Int(7), &Value::Float(2.0), '/'), Ok(Value::Float(x)) if x == 3.5),
            "int / float should be a float"
        );
        assert_eq!(arithmetic(&Value::from("a"), &Value::from("b"), '+'), Ok(Value::from("ab")), "+ should join strings");
        assert_eq!(arithmetic(&Value::Int(1), &Value::from("2"), '+'), Err(CANT.to_owned()), "strings are not cast to numbers");
        assert!(arithmetic(&Value::Int(1), &Value::Int(0), '/').is_err(), "division by zero should fail");
    }

    #[test]
    fn folds_take_lists_and_scalars() {
        let mut cx = Cx::new(&crate::template::NoHost);
        let args = [Value::list(vec![Value::Int(1), Value::Int(5)]), Value::Int(3)];
        assert_eq!(max(&mut cx, &args), Ok(Value::Float(5.0)), "Max should look into lists");
        assert_eq!(sum(&mut cx, &args), Ok(Value::Float(9.0)), "Sum should add lists and scalars");
        assert!(sum(&mut cx, &[]).is_err(), "Sum of nothing should fail");
        assert_eq!(r#mod(&mut cx, &[Value::Int(7), Value::Float(2.5)]), Ok(Value::Int(1)), "Mod casts to ints");
        assert_eq!(round(&mut cx, &[Value::Float(-2.5)]), Ok(Value::Float(-3.0)), "Round goes half away from zero");
    }
}
