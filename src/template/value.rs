//! Values in a template: what Go's `html/template` passes around as `any`.
//!
//! Go distinguishes `int` from `float64`, strings from the "safe" string types
//! of `html/template` (`template.HTML`, …), and ranges over maps in key order.
//! Hugo adds objects with fields and methods (pages, the site, resources,
//! URLs, times); those implement [`Object`] in the layer that owns them, so the
//! engine knows nothing of sites.

use super::Cx;
use std::any::Any;
use std::collections::BTreeMap;
use std::fmt;
use std::sync::Arc;

/// A template value. Cloning is cheap: strings, lists, maps and objects are shared.
#[derive(Clone, Default)]
pub enum Value {
    /// Go's `nil` (and a missing map key).
    #[default]
    Nil,
    /// `bool`
    Bool(bool),
    /// `int` (Go's ints are 64-bit on the platforms Hugo ships for).
    Int(i64),
    /// `float64`
    Float(f64),
    /// `string`
    String(Arc<str>),
    /// A string of one of `html/template`'s safe types: written as it is in its context.
    Safe(Arc<str>, Safe),
    /// `[]any`
    List(Arc<Vec<Value>>),
    /// `map[string]any` (or Hugo's case-insensitive `maps.Params`).
    Map(Arc<Map>),
    /// Anything with fields and methods: a page, the site, a resource, a URL, a time.
    Object(Arc<dyn Object>),
}

/// The string types of `html/template` that mark a string as safe for a context.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Safe {
    /// `template.HTML` (`safeHTML`)
    Html,
    /// `template.HTMLAttr` (`safeHTMLAttr`)
    HtmlAttr,
    /// `template.CSS` (`safeCSS`)
    Css,
    /// `template.URL` (`safeURL`)
    Url,
    /// `template.JS` (`safeJS`)
    Js,
    /// `template.JSStr`
    JsStr,
    /// `template.Srcset`
    Srcset,
}

impl Safe {
    /// The Go type's name, as `printf "%T"` writes it.
    pub fn type_name(self) -> &'static str {
        match self {
            Safe::Html => "template.HTML",
            Safe::HtmlAttr => "template.HTMLAttr",
            Safe::Css => "template.CSS",
            Safe::Url => "template.URL",
            Safe::Js => "template.JS",
            Safe::JsStr => "template.JSStr",
            Safe::Srcset => "template.Srcset",
        }
    }
}

/// A map with string keys, iterated in key order (as Go's templates range over maps).
#[derive(Clone, Default, PartialEq)]
pub struct Map {
    entries: BTreeMap<String, Value>,
    /// Hugo's `maps.Params`: keys are stored lowercase and looked up without regard to case.
    params: bool,
}

impl Map {
    /// An empty `map[string]any`.
    pub fn new() -> Map {
        Map::default()
    }

    /// An empty `maps.Params` (front-matter and site params): case-insensitive keys.
    pub fn params() -> Map {
        Map { entries: BTreeMap::new(), params: true }
    }

    /// Whether this is a case-insensitive params map.
    pub fn is_params(&self) -> bool {
        self.params
    }

    /// The value at `key` (case-insensitively in a params map).
    pub fn get(&self, key: &str) -> Option<&Value> {
        if self.params {
            if let Some(v) = self.entries.get(key) {
                return Some(v);
            }
            return self.entries.get(&key.to_lowercase());
        }
        self.entries.get(key)
    }

    /// Sets `key` (lowercased in a params map).
    pub fn insert(&mut self, key: impl Into<String>, value: Value) {
        let key = key.into();
        let key = if self.params { key.to_lowercase() } else { key };
        self.entries.insert(key, value);
    }

    /// Removes `key`.
    pub fn remove(&mut self, key: &str) -> Option<Value> {
        if self.params {
            return self.entries.remove(&key.to_lowercase());
        }
        self.entries.remove(key)
    }

    /// Entries in key order.
    pub fn iter(&self) -> impl Iterator<Item = (&String, &Value)> {
        self.entries.iter()
    }

    /// Keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &String> {
        self.entries.keys()
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Whether the map is empty.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// Whether `key` is present.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }
}

impl FromIterator<(String, Value)> for Map {
    fn from_iter<I: IntoIterator<Item = (String, Value)>>(iter: I) -> Map {
        Map { entries: iter.into_iter().collect(), params: false }
    }
}

/// A value with fields and methods, owned by the layer that makes it (the site
/// model, a render hook's context, the URL and time functions).
pub trait Object: Send + Sync {
    /// Go's type name, for `printf "%T"` and messages (`*url.URL`, `page.Page`).
    fn type_name(&self) -> &str;

    /// `.Name` or `.Name arg…`. `Ok(None)` when there is no such field or method:
    /// the engine then reports it with the template position.
    ///
    /// # Errors
    /// A method that fails (a bad argument), as its message.
    fn member(&self, name: &str, args: &[Value], cx: &mut Cx<'_>) -> Result<Option<Value>, String>;

    /// How `{{ . }}` and `%v` print it (Go calls `String()` where there is one).
    fn text(&self) -> String {
        String::new()
    }

    /// Go's truth of it (a non-nil pointer is true).
    fn truthy(&self) -> bool {
        true
    }

    /// The object as plain data, where it has a natural one (`jsonify`, `index`,
    /// `range`): a page's params, a time's string. `None` if it has none.
    fn data(&self) -> Option<Value> {
        None
    }

    /// For functions that work on a specific kind of object (`where` on pages, …).
    fn as_any(&self) -> &dyn Any;
}

impl fmt::Debug for dyn Object {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}({})", self.type_name(), self.text())
    }
}

impl fmt::Debug for Value {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Value::Nil => write!(f, "nil"),
            Value::Bool(b) => write!(f, "{b}"),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::String(s) => write!(f, "{s:?}"),
            Value::Safe(s, k) => write!(f, "{}({s:?})", k.type_name()),
            Value::List(l) => f.debug_list().entries(l.iter()).finish(),
            Value::Map(m) => f.debug_map().entries(m.iter()).finish(),
            Value::Object(o) => write!(f, "{o:?}"),
        }
    }
}

impl PartialEq for Value {
    /// Go's `==` where both sides are comparable; objects are equal when they are the same object.
    fn eq(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Nil, Value::Nil) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a == b,
            (Value::Int(a), Value::Float(b)) | (Value::Float(b), Value::Int(a)) => (*a as f64) == *b,
            (Value::String(a) | Value::Safe(a, _), Value::String(b) | Value::Safe(b, _)) => a == b,
            (Value::List(a), Value::List(b)) => a == b,
            (Value::Map(a), Value::Map(b)) => a == b,
            (Value::Object(a), Value::Object(b)) => {
                Arc::ptr_eq(a, b) || (a.type_name() == b.type_name() && a.text() == b.text() && !a.text().is_empty())
            }
            _ => false,
        }
    }
}

impl Value {
    /// A string value.
    pub fn string(s: impl Into<Arc<str>>) -> Value {
        Value::String(s.into())
    }

    /// A safe string of `kind`.
    pub fn safe(s: impl Into<Arc<str>>, kind: Safe) -> Value {
        Value::Safe(s.into(), kind)
    }

    /// A list value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Arc::new(items))
    }

    /// A map value.
    pub fn map(map: Map) -> Value {
        Value::Map(Arc::new(map))
    }

    /// An object value.
    pub fn object(o: impl Object + 'static) -> Value {
        Value::Object(Arc::new(o))
    }

    /// Whether this is `nil`.
    pub fn is_nil(&self) -> bool {
        matches!(self, Value::Nil)
    }

    /// Go's truth: false, 0, nil and empty strings, lists and maps are false.
    pub fn truthy(&self) -> bool {
        match self {
            Value::Nil => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Float(x) => *x != 0.0,
            Value::String(s) | Value::Safe(s, _) => !s.is_empty(),
            Value::List(l) => !l.is_empty(),
            Value::Map(m) => !m.is_empty(),
            Value::Object(o) => o.truthy(),
        }
    }

    /// The string inside a string value (safe or not).
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Value::String(s) | Value::Safe(s, _) => Some(s),
            _ => None,
        }
    }

    /// The object, if this is one of type `T`.
    pub fn downcast<T: 'static>(&self) -> Option<&T> {
        match self {
            Value::Object(o) => o.as_any().downcast_ref::<T>(),
            _ => None,
        }
    }

    /// Go's type name, as `printf "%T"` writes it.
    pub fn type_name(&self) -> String {
        match self {
            Value::Nil => "<nil>".to_owned(),
            Value::Bool(_) => "bool".to_owned(),
            Value::Int(_) => "int".to_owned(),
            Value::Float(_) => "float64".to_owned(),
            Value::String(_) => "string".to_owned(),
            Value::Safe(_, k) => k.type_name().to_owned(),
            Value::List(_) => "[]interface {}".to_owned(),
            Value::Map(m) if m.is_params() => "maps.Params".to_owned(),
            Value::Map(_) => "map[string]interface {}".to_owned(),
            Value::Object(o) => o.type_name().to_owned(),
        }
    }

    /// The value as `{{ . }}` prints it (Go's `%v`; `nil` prints nothing, as
    /// `html/template` writes it).
    pub fn text(&self) -> String {
        match self {
            Value::Nil => String::new(),
            Value::String(s) | Value::Safe(s, _) => s.to_string(),
            other => {
                let mut out = String::new();
                other.write_go(&mut out);
                out
            }
        }
    }

    /// Go's `%v` of the value (`<nil>` for nil, `[a b]`, `map[k:v]`).
    pub fn write_go(&self, out: &mut String) {
        match self {
            Value::Nil => out.push_str("<nil>"),
            Value::Bool(b) => out.push_str(if *b { "true" } else { "false" }),
            Value::Int(i) => out.push_str(&i.to_string()),
            Value::Float(x) => out.push_str(&format_float_v(*x)),
            Value::String(s) | Value::Safe(s, _) => out.push_str(s),
            Value::List(l) => {
                out.push('[');
                for (i, v) in l.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    v.write_go(out);
                }
                out.push(']');
            }
            Value::Map(m) => {
                out.push_str("map[");
                for (i, (k, v)) in m.iter().enumerate() {
                    if i > 0 {
                        out.push(' ');
                    }
                    out.push_str(k);
                    out.push(':');
                    v.write_go(out);
                }
                out.push(']');
            }
            Value::Object(o) => match o.data() {
                Some(v) if o.text().is_empty() => v.write_go(out),
                _ => out.push_str(&o.text()),
            },
        }
    }

    /// The value as an `i64`, as Hugo's `cast.ToInt` reads it (numbers, numeric strings, bools).
    pub fn to_int(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Float(x) if x.is_finite() => Some(x.trunc() as i64),
            Value::Bool(b) => Some(i64::from(*b)),
            Value::Nil => Some(0),
            Value::String(s) | Value::Safe(s, _) => {
                let t = s.trim();
                if t.is_empty() {
                    return Some(0);
                }
                t.parse::<i64>().ok().or_else(|| crate::float::parse(t).filter(|x| x.is_finite() && x.fract() == 0.0).map(|x| x as i64))
            }
            _ => None,
        }
    }

    /// The value as an `f64`, as Hugo's `cast.ToFloat` reads it.
    pub fn to_float(&self) -> Option<f64> {
        match self {
            Value::Int(i) => Some(*i as f64),
            Value::Float(x) => Some(*x),
            Value::Bool(b) => Some(f64::from(u8::from(*b))),
            Value::Nil => Some(0.0),
            Value::String(s) | Value::Safe(s, _) => {
                let t = s.trim();
                if t.is_empty() {
                    return Some(0.0);
                }
                crate::float::parse(t)
            }
            _ => None,
        }
    }

    /// Items to range over: a list's items with their indexes, a map's entries
    /// in key order, `0..n` for an int. `None` if the value cannot be ranged over.
    pub fn entries(&self) -> Option<Vec<(Value, Value)>> {
        Some(match self {
            Value::Nil => Vec::new(),
            Value::List(l) => l.iter().enumerate().map(|(i, v)| (Value::Int(i as i64), v.clone())).collect(),
            Value::Map(m) => m.iter().map(|(k, v)| (Value::string(k.as_str()), v.clone())).collect(),
            Value::Object(o) => return o.data().and_then(|d| d.entries()),
            _ => return None,
        })
    }

    /// The value as plain data: objects replaced by their data (or nil).
    pub fn to_data(&self) -> Value {
        match self {
            Value::Object(o) => o.data().map(|d| d.to_data()).unwrap_or(Value::Nil),
            Value::List(l) if l.iter().any(|v| matches!(v, Value::Object(_) | Value::List(_) | Value::Map(_))) => {
                Value::list(l.iter().map(Value::to_data).collect())
            }
            Value::Map(m) if m.iter().any(|(_, v)| matches!(v, Value::Object(_) | Value::List(_) | Value::Map(_))) => {
                let mut out = if m.is_params() { Map::params() } else { Map::new() };
                for (k, v) in m.iter() {
                    out.insert(k.clone(), v.to_data());
                }
                Value::map(out)
            }
            other => other.clone(),
        }
    }
}

impl From<&str> for Value {
    fn from(s: &str) -> Value {
        Value::String(s.into())
    }
}

impl From<String> for Value {
    fn from(s: String) -> Value {
        Value::String(s.into())
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<usize> for Value {
    fn from(i: usize) -> Value {
        Value::Int(i as i64)
    }
}

impl From<f64> for Value {
    fn from(x: f64) -> Value {
        Value::Float(x)
    }
}

impl From<Vec<Value>> for Value {
    fn from(items: Vec<Value>) -> Value {
        Value::list(items)
    }
}

impl From<Map> for Value {
    fn from(map: Map) -> Value {
        Value::map(map)
    }
}

/// JSON data as a template value, as Hugo reads data files and front matter:
/// whole numbers stay ints, objects become maps (params maps when `params`).
pub fn from_json(v: &serde_json::Value, params: bool) -> Value {
    match v {
        serde_json::Value::Null => Value::Nil,
        serde_json::Value::Bool(b) => Value::Bool(*b),
        serde_json::Value::Number(n) => match n.as_i64() {
            Some(i) => Value::Int(i),
            None => Value::Float(n.as_f64().unwrap_or(0.0)),
        },
        serde_json::Value::String(s) => Value::string(s.as_str()),
        serde_json::Value::Array(a) => Value::list(a.iter().map(|v| from_json(v, params)).collect()),
        serde_json::Value::Object(o) => {
            let mut m = if params { Map::params() } else { Map::new() };
            for (k, v) in o {
                m.insert(k.clone(), from_json(v, params));
            }
            Value::map(m)
        }
    }
}

/// A template value as JSON (objects as their data; non-finite floats as null).
pub fn to_json(v: &Value) -> serde_json::Value {
    match v {
        Value::Nil => serde_json::Value::Null,
        Value::Bool(b) => serde_json::Value::Bool(*b),
        Value::Int(i) => serde_json::Value::from(*i),
        Value::Float(x) => serde_json::Number::from_f64(*x).map_or(serde_json::Value::Null, serde_json::Value::Number),
        Value::String(s) | Value::Safe(s, _) => serde_json::Value::String(s.to_string()),
        Value::List(l) => serde_json::Value::Array(l.iter().map(to_json).collect()),
        Value::Map(m) => serde_json::Value::Object(m.iter().map(|(k, v)| (k.clone(), to_json(v))).collect()),
        Value::Object(o) => o.data().map_or(serde_json::Value::Null, |d| to_json(&d)),
    }
}

/// Go's `%v` for a `float64`: `strconv.FormatFloat(x, 'g', -1, 64)` — the
/// shortest digits that read back as `x`, in exponent form when the exponent
/// is below -4 or at least 6 (`1e+06`, `1.5e+07`).
pub fn format_float_v(x: f64) -> String {
    format_float_g(x, 6)
}

/// The shortest digits of `x` in Go's `%g` layout, with exponent form when the
/// exponent is below -4 or at least `eprec`.
pub fn format_float_g(x: f64, eprec: i32) -> String {
    if x.is_nan() {
        return "NaN".to_owned();
    }
    if x.is_infinite() {
        return if x > 0.0 { "+Inf".to_owned() } else { "-Inf".to_owned() };
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0".to_owned() } else { "0".to_owned() };
    }
    signed_shortest(x, |out, digits, exp| {
        if exp < -4 || exp >= eprec {
            push_exponent_form(out, digits, exp);
        } else {
            push_fixed(out, digits, exp);
        }
    })
}

/// Go's `strconv.FormatFloat(x, 'f', -1, 64)`: the shortest digits that read
/// back as `x`, without an exponent (`1e+21` is `1000000000000000000000`).
pub fn format_float_f(x: f64) -> String {
    if !x.is_finite() {
        return format_float_g(x, 6);
    }
    if x == 0.0 {
        return if x.is_sign_negative() { "-0".to_owned() } else { "0".to_owned() };
    }
    signed_shortest(x, push_fixed)
}

/// Go's `strconv.FormatFloat(x, 'e', -1, 64)`: the shortest digits that read
/// back as `x` (finite), in exponent form (`1.5e+07`, `2e-05`).
pub fn format_float_e(x: f64) -> String {
    if x == 0.0 {
        return if x.is_sign_negative() { "-0e+00".to_owned() } else { "0e+00".to_owned() };
    }
    signed_shortest(x, push_exponent_form)
}

/// `x` (finite, not zero): its sign, then its shortest digits as `write` lays
/// them out (given the power of ten of the first).
fn signed_shortest(x: f64, write: impl Fn(&mut String, &str, i32)) -> String {
    let (digits, exp) = crate::float::shortest(x);
    let mut out = String::new();
    if x < 0.0 {
        out.push('-');
    }
    write(&mut out, &digits, exp);
    out
}

/// `digits` (the first at 10^`exp`) as `d.ddde±XX`, at least two exponent digits.
fn push_exponent_form(out: &mut String, digits: &str, exp: i32) {
    out.push_str(&digits[..1]);
    if digits.len() > 1 {
        out.push('.');
        out.push_str(&digits[1..]);
    }
    out.push('e');
    out.push(if exp < 0 { '-' } else { '+' });
    let a = exp.unsigned_abs();
    if a < 10 {
        out.push('0');
    }
    out.push_str(&a.to_string());
}

/// `digits` (the first at 10^`exp`) written out without an exponent.
fn push_fixed(out: &mut String, digits: &str, exp: i32) {
    if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(digits);
    } else {
        let point = exp as usize + 1;
        if digits.len() <= point {
            out.push_str(digits);
            for _ in digits.len()..point {
                out.push('0');
            }
        } else {
            out.push_str(&digits[..point]);
            out.push('.');
            out.push_str(&digits[point..]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_print_as_go_prints_them_with_v() {
        for (x, go) in [
            (1.0, "1"),
            (1.5, "1.5"),
            (0.1, "0.1"),
            (1e6, "1e+06"),
            (123456789.0, "1.23456789e+08"),
            (123456.0, "123456"),
            (1234567.0, "1.234567e+06"),
            (1e21, "1e+21"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-2.5, "-2.5"),
            (100.0, "100"),
            (2.71, "2.71"),
        ] {
            assert_eq!(format_float_v(x), go, "%v of {x} should be Go's {go}");
        }
    }

    #[test]
    fn ties_between_shortest_digits_go_to_the_even_one_as_in_go() {
        // Each checked with Hugo 0.168.0 (`printf "%v"`, `string`; `jsonify` in encoding.rs);
        // Rust's own `{:e}` writes ...313e-8, ...623e+15 and ...313e+13.
        let tie = 2f64.powi(-25);
        assert_eq!(format_float_v(tie), "2.9802322387695312e-08");
        assert_eq!(format_float_f(tie), "0.000000029802322387695312");
        assert_eq!(format_float_v(1658206780088562.2), "1.6582067800885622e+15");
        assert_eq!(format_float_f(1658206780088562.2), "1658206780088562.2");
        assert_eq!(format_float_v(-26829767983277.312), "-2.6829767983277312e+13");
        assert_eq!(format_float_f(-0.0), "-0");
        assert_eq!(format_float_f(1e21), "1000000000000000000000");
    }

    #[test]
    fn params_maps_are_case_insensitive_and_ranged_in_key_order() {
        let mut m = Map::params();
        m.insert("Zeta", Value::Int(1));
        m.insert("alpha", Value::Int(2));
        assert_eq!(m.get("ZETA"), Some(&Value::Int(1)), "a params key should be found in any case");
        let keys: Vec<_> = m.keys().cloned().collect();
        assert_eq!(keys, ["alpha", "zeta"], "entries should come in key order, keys lowercased");
        let plain: Map = [("Name".to_owned(), Value::Int(1))].into_iter().collect();
        assert_eq!(plain.get("name"), None, "a plain map should be case-sensitive");
    }

    #[test]
    fn truth_and_printing_follow_go() {
        assert!(!Value::string("").truthy(), "an empty string should be false");
        assert!(!Value::list(vec![]).truthy(), "an empty list should be false");
        assert!(Value::Float(0.5).truthy(), "a non-zero float should be true");
        let v = Value::list(vec![Value::Int(1), Value::string("a"), Value::Nil]);
        assert_eq!(v.text(), "[1 a <nil>]", "a list should print as Go's %v");
        assert_eq!(Value::Nil.text(), "", "nil should print nothing in html/template");
    }
}
