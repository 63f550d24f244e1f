//! The functions of the template subset: Go's built-ins and the Hugo functions
//! shortcodes use most. Arguments arrive in call order, a piped value last.

use super::eval::{print_value, Safe, V};
use super::Host;
use serde_json::{Map, Value};

/// Every function name the subset knows.
pub const NAMES: &[&str] = &[
    "and",
    "or",
    "not",
    "eq",
    "ne",
    "lt",
    "le",
    "gt",
    "ge",
    "len",
    "index",
    "slice",
    "print",
    "printf",
    "println",
    "html",
    "urlquery",
    "default",
    "cond",
    "jsonify",
    "markdownify",
    "safeHTML",
    "safeHTMLAttr",
    "safeCSS",
    "safeURL",
    "safeJS",
    "urlize",
    "anchorize",
    "lower",
    "upper",
    "title",
    "trim",
    "replace",
    "chomp",
    "plainify",
    "htmlEscape",
    "htmlUnescape",
    "strings.TrimPrefix",
    "strings.TrimSuffix",
    "strings.TrimSpace",
    "strings.TrimLeft",
    "strings.TrimRight",
    "strings.Contains",
    "strings.HasPrefix",
    "strings.HasSuffix",
    "strings.ToLower",
    "strings.ToUpper",
    "strings.Replace",
    "strings.Split",
    "strings.Title",
    "strings.Repeat",
    "split",
    "delimit",
    "in",
    "isset",
    "first",
    "last",
    "dict",
    "int",
    "float",
    "string",
    "add",
    "sub",
    "mul",
    "div",
    "mod",
    "append",
    "merge",
    "querify",
    "seq",
    "countwords",
    "truncate",
    "absURL",
    "relURL",
    "errorf",
    "warnf",
    "math.Add",
    "math.Sub",
    "math.Mul",
    "math.Div",
    "transform.Markdownify",
    "collections.Dictionary",
    "collections.Slice",
    "collections.In",
    "collections.Index",
    "collections.IsSet",
    "collections.Delimit",
];

fn s(v: &V<'_>) -> String {
    v.text()
}

fn num(v: &V<'_>) -> Result<f64, String> {
    match v.json() {
        Value::Number(n) => n.as_f64().ok_or_else(|| "not a number".to_owned()),
        Value::String(t) => crate::float::parse(t.trim()).ok_or_else(|| format!("{t:?} is not a number")),
        Value::Bool(b) => Ok(f64::from(u8::from(b))),
        Value::Null => Ok(0.0),
        other => Err(format!("{} is not a number", print_value(&other))),
    }
}

fn number<'a>(n: f64) -> V<'a> {
    V::Json(if n.fract() == 0.0 && n.abs() < 9e15 {
        Value::from(n as i64)
    } else {
        serde_json::Number::from_f64(n).map_or(Value::Null, Value::Number)
    })
}

fn need(args: &[V<'_>], n: usize) -> Result<(), String> {
    if args.len() < n {
        Err(format!("needs {n} argument{}", if n == 1 { "" } else { "s" }))
    } else {
        Ok(())
    }
}

/// Go's `eq` for two values: numbers by value, everything else by JSON equality.
fn equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::Number(x), Value::Number(y)) => x.as_f64() == y.as_f64(),
        _ => a == b,
    }
}

fn compare(a: &V<'_>, b: &V<'_>) -> Result<std::cmp::Ordering, String> {
    match (a.json(), b.json()) {
        (Value::String(x), Value::String(y)) => Ok(x.cmp(&y)),
        _ => Ok(num(a)?.partial_cmp(&num(b)?).unwrap_or(std::cmp::Ordering::Equal)),
    }
}

/// JSON as Go's `json.Marshal` writes it: map keys sorted, `<`, `>` and `&` escaped.
pub fn go_json(v: &Value) -> String {
    fn sorted(v: &Value) -> Value {
        match v {
            Value::Object(o) => {
                let mut keys: Vec<_> = o.keys().cloned().collect();
                keys.sort();
                Value::Object(keys.into_iter().map(|k| (k.clone(), sorted(&o[&k]))).collect::<Map<_, _>>())
            }
            Value::Array(a) => Value::Array(a.iter().map(sorted).collect()),
            other => other.clone(),
        }
    }
    serde_json::to_string(&sorted(v)).unwrap_or_default().replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026")
}

/// Go's `fmt.Sprintf` for the verbs templates use: %s %v %d %f %.Nf %q %t %x %%.
fn printf(format: &str, args: &[V<'_>]) -> String {
    let mut out = String::new();
    let mut args = args.iter();
    let mut chars = format.chars().peekable();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = String::new();
        while let Some(&n) = chars.peek() {
            if n.is_ascii_digit() || n == '.' || n == '-' || n == '+' || n == '#' {
                spec.push(n);
                chars.next();
            } else {
                break;
            }
        }
        let Some(verb) = chars.next() else { break };
        if verb == '%' {
            out.push('%');
            continue;
        }
        let Some(arg) = args.next() else {
            out.push_str(&format!("%!{verb}(MISSING)"));
            continue;
        };
        match verb {
            'd' => out.push_str(&num(arg).map(|n| format!("{}", n as i64)).unwrap_or_else(|_| s(arg))),
            'f' | 'g' | 'e' => {
                let precision = spec.split('.').nth(1).and_then(|p| p.parse::<usize>().ok()).unwrap_or(6);
                out.push_str(&num(arg).map(|n| format!("{n:.precision$}")).unwrap_or_else(|_| s(arg)));
            }
            'q' => out.push_str(&serde_json::to_string(&s(arg)).unwrap_or_default()),
            'x' => out.push_str(&s(arg).bytes().map(|b| format!("{b:02x}")).collect::<String>()),
            _ => out.push_str(&s(arg)),
        }
    }
    out
}

/// Hugo's `anchorize`: a heading-ID-style anchor.
fn anchorize(text: &str) -> String {
    crate::markdown::heading_id::anchor(text)
}

/// Hugo's `urlize`: lowercased; letters, digits, marks and `./\\_#+~-@` kept; a run
/// of spaces becomes one `-`; everything else dropped; non-ASCII percent-encoded.
fn urlize(text: &str) -> String {
    let mut kept = String::new();
    let mut hyphen = false;
    for c in text.chars() {
        let allowed =
            crate::go_unicode::is_letter(c) || crate::go_unicode::is_digit(c) || ".\\/_#+~-@".contains(c) || crate::go_unicode::is_mark(c);
        if allowed {
            if hyphen && !kept.is_empty() {
                kept.push('-');
            }
            hyphen = false;
            kept.push(c);
        } else if c.is_whitespace() {
            hyphen = true;
        }
    }
    let mut out = String::new();
    for c in kept.to_lowercase().chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            let mut buf = [0; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// Calls `name`.
///
/// # Errors
/// A message for a wrong argument.
pub fn call<'a>(name: &str, args: Vec<V<'a>>, host: &dyn Host) -> Result<V<'a>, String> {
    let name = name.trim_start_matches("collections.").trim_start_matches("transform.").trim_start_matches("math.");
    Ok(match name {
        "and" => {
            need(&args, 1)?;
            args.iter().find(|a| !a.truthy()).cloned().unwrap_or_else(|| args.last().cloned().unwrap_or_else(V::nil))
        }
        "or" => {
            need(&args, 1)?;
            args.iter().find(|a| a.truthy()).cloned().unwrap_or_else(|| args.last().cloned().unwrap_or_else(V::nil))
        }
        "not" => {
            need(&args, 1)?;
            V::Json(Value::Bool(!args[0].truthy()))
        }
        "eq" => {
            need(&args, 2)?;
            let first = args[0].json();
            V::Json(Value::Bool(args[1..].iter().any(|a| equal(&first, &a.json()))))
        }
        "ne" => {
            need(&args, 2)?;
            V::Json(Value::Bool(!equal(&args[0].json(), &args[1].json())))
        }
        "lt" | "le" | "gt" | "ge" => {
            need(&args, 2)?;
            let o = compare(&args[0], &args[1])?;
            V::Json(Value::Bool(match name {
                "lt" => o.is_lt(),
                "le" => o.is_le(),
                "gt" => o.is_gt(),
                _ => o.is_ge(),
            }))
        }
        "len" => {
            need(&args, 1)?;
            V::Json(Value::from(match args[0].json() {
                Value::String(t) => t.chars().count(),
                Value::Array(a) => a.len(),
                Value::Object(o) => o.len(),
                Value::Null => 0,
                other => return Err(format!("cannot take the length of {}", print_value(&other))),
            }))
        }
        "index" | "Index" => {
            need(&args, 2)?;
            let mut cur = args[0].json();
            for key in &args[1..] {
                cur = match (&cur, key.json()) {
                    (Value::Array(a), k) => a.get(num(&V::Json(k))? as usize).cloned().unwrap_or(Value::Null),
                    (Value::Object(o), Value::String(k)) => o.get(&k).cloned().unwrap_or(Value::Null),
                    _ => Value::Null,
                };
            }
            V::Json(cur)
        }
        "slice" | "Slice" => V::Json(Value::Array(args.iter().map(V::json).collect())),
        "dict" | "Dictionary" => {
            if args.len() % 2 != 0 {
                return Err("needs key and value pairs".to_owned());
            }
            V::Json(Value::Object(args.chunks(2).map(|p| (s(&p[0]), p[1].json())).collect()))
        }
        "print" => V::string(args.iter().map(s).collect::<Vec<_>>().join("")),
        "println" => V::string(args.iter().map(s).collect::<Vec<_>>().join(" ") + "\n"),
        "printf" => {
            need(&args, 1)?;
            V::string(printf(&s(&args[0]), &args[1..]))
        }
        "html" | "htmlEscape" => {
            need(&args, 1)?;
            let mut out = String::new();
            super::escape::html_escape(&mut out, &s(&args[0]));
            V::string(out)
        }
        "htmlUnescape" => {
            need(&args, 1)?;
            V::string(crate::html::decode_entities(&s(&args[0])))
        }
        "urlquery" => {
            need(&args, 1)?;
            V::string(
                s(&args[0])
                    .bytes()
                    .map(|b| if b.is_ascii_alphanumeric() || b"-._~".contains(&b) { (b as char).to_string() } else { format!("%{b:02X}") })
                    .collect::<String>(),
            )
        }
        "default" => {
            need(&args, 2)?;
            if args[1].truthy() {
                args[1].clone()
            } else {
                args[0].clone()
            }
        }
        "cond" => {
            need(&args, 3)?;
            if args[0].truthy() {
                args[1].clone()
            } else {
                args[2].clone()
            }
        }
        "jsonify" => {
            need(&args, 1)?;
            V::Safe(go_json(&args.last().expect("checked").json()), Safe::Html)
        }
        "markdownify" | "Markdownify" => {
            need(&args, 1)?;
            V::Safe(host.render_markdown(&s(&args[0]), false), Safe::Html)
        }
        "safeHTML" | "safeHTMLAttr" | "safeCSS" | "safeURL" | "safeJS" => {
            need(&args, 1)?;
            let kind = match name {
                "safeHTML" => Safe::Html,
                "safeHTMLAttr" => Safe::HtmlAttr,
                "safeCSS" => Safe::Css,
                "safeURL" => Safe::Url,
                _ => Safe::Js,
            };
            V::Safe(s(&args[0]), kind)
        }
        "urlize" => V::string(urlize(&s(args.first().ok_or("needs 1 argument")?))),
        "anchorize" => V::string(anchorize(&s(args.first().ok_or("needs 1 argument")?))),
        "lower" | "strings.ToLower" => V::string(s(args.first().ok_or("needs 1 argument")?).to_lowercase()),
        "upper" | "strings.ToUpper" => V::string(s(args.first().ok_or("needs 1 argument")?).to_uppercase()),
        "title" | "strings.Title" => {
            let t = s(args.first().ok_or("needs 1 argument")?);
            V::string(
                t.split(' ')
                    .map(|w| {
                        let mut c = w.chars();
                        c.next().map(|f| f.to_uppercase().collect::<String>() + c.as_str()).unwrap_or_default()
                    })
                    .collect::<Vec<_>>()
                    .join(" "),
            )
        }
        "trim" => {
            need(&args, 2)?;
            let cut = s(&args[1]);
            V::string(s(&args[0]).trim_matches(|c| cut.contains(c)).to_owned())
        }
        "strings.TrimLeft" => {
            need(&args, 2)?;
            let cut = s(&args[0]);
            V::string(s(&args[1]).trim_start_matches(|c| cut.contains(c)).to_owned())
        }
        "strings.TrimRight" => {
            need(&args, 2)?;
            let cut = s(&args[0]);
            V::string(s(&args[1]).trim_end_matches(|c| cut.contains(c)).to_owned())
        }
        "strings.TrimSpace" => V::string(s(args.first().ok_or("needs 1 argument")?).trim().to_owned()),
        "chomp" => V::string(s(args.first().ok_or("needs 1 argument")?).trim_end_matches(['\r', '\n']).to_owned()),
        "strings.TrimPrefix" => {
            need(&args, 2)?;
            let (p, t) = (s(&args[0]), s(&args[1]));
            V::string(t.strip_prefix(p.as_str()).unwrap_or(&t).to_owned())
        }
        "strings.TrimSuffix" => {
            need(&args, 2)?;
            let (p, t) = (s(&args[0]), s(&args[1]));
            V::string(t.strip_suffix(p.as_str()).unwrap_or(&t).to_owned())
        }
        "replace" | "strings.Replace" => {
            need(&args, 3)?;
            V::string(s(&args[0]).replace(&s(&args[1]), &s(&args[2])))
        }
        "strings.Contains" | "strings.HasPrefix" | "strings.HasSuffix" => {
            need(&args, 2)?;
            let (t, p) = (s(&args[0]), s(&args[1]));
            V::Json(Value::Bool(match name {
                "strings.Contains" => t.contains(&p),
                "strings.HasPrefix" => t.starts_with(&p),
                _ => t.ends_with(&p),
            }))
        }
        "strings.Repeat" => {
            need(&args, 2)?;
            let n = num(&args[0])?.clamp(0.0, 10_000.0) as usize;
            let text = s(&args[1]);
            if text.len().saturating_mul(n) > super::eval::MAX_OUTPUT {
                return Err(format!("strings.Repeat would make more than {} KiB", super::eval::MAX_OUTPUT >> 10));
            }
            V::string(text.repeat(n))
        }
        "split" | "strings.Split" => {
            need(&args, 2)?;
            V::Json(Value::Array(s(&args[0]).split(&s(&args[1])).map(|p| Value::String(p.to_owned())).collect()))
        }
        "delimit" | "Delimit" => {
            need(&args, 2)?;
            let items: Vec<String> = match args[0].json() {
                Value::Array(a) => a.iter().map(print_value).collect(),
                Value::Object(o) => {
                    let mut kv: Vec<_> = o.into_iter().collect();
                    kv.sort_by(|a, b| a.0.cmp(&b.0));
                    kv.iter().map(|(_, v)| print_value(v)).collect()
                }
                other => vec![print_value(&other)],
            };
            let sep = s(&args[1]);
            let joined = match (args.get(2), items.len()) {
                (Some(last), n) if n > 1 => format!("{}{}{}", items[..n - 1].join(&sep), s(last), items[n - 1]),
                _ => items.join(&sep),
            };
            V::string(joined)
        }
        "in" | "In" => {
            need(&args, 2)?;
            let item = args[1].json();
            V::Json(Value::Bool(match args[0].json() {
                Value::Array(a) => a.iter().any(|v| equal(v, &item)),
                Value::String(t) => t.contains(&print_value(&item)),
                _ => false,
            }))
        }
        "isset" | "IsSet" => {
            need(&args, 2)?;
            V::Json(Value::Bool(match (args[0].json(), args[1].json()) {
                (Value::Object(o), Value::String(k)) => o.keys().any(|x| x.eq_ignore_ascii_case(&k)),
                (Value::Array(a), k) => num(&V::Json(k)).map(|i| (i as usize) < a.len()).unwrap_or(false),
                _ => false,
            }))
        }
        "first" | "last" => {
            need(&args, 2)?;
            let n = num(&args[0])? as usize;
            let Value::Array(a) = args[1].json() else {
                return Err("needs a list".to_owned());
            };
            let part: Vec<Value> = if name == "first" { a.into_iter().take(n).collect() } else { a[a.len().saturating_sub(n)..].to_vec() };
            V::Json(Value::Array(part))
        }
        "int" => number(num(args.first().ok_or("needs 1 argument")?)?.trunc()),
        "float" => number(num(args.first().ok_or("needs 1 argument")?)?),
        "string" => V::string(s(args.first().ok_or("needs 1 argument")?)),
        "add" | "Add" | "sub" | "Sub" | "mul" | "Mul" | "div" | "Div" | "mod" => {
            need(&args, 2)?;
            if matches!(name, "add" | "Add") {
                if let (Value::String(a), Value::String(b)) = (args[0].json(), args[1].json()) {
                    return Ok(V::string(a + &b));
                }
            }
            let (a, b) = (num(&args[0])?, num(&args[1])?);
            number(match name {
                "add" | "Add" => a + b,
                "sub" | "Sub" => a - b,
                "mul" | "Mul" => a * b,
                _ if b == 0.0 => return Err("division by zero".to_owned()),
                "mod" => (a as i64 % b as i64) as f64,
                _ => a / b,
            })
        }
        "append" => {
            need(&args, 2)?;
            let Value::Array(mut list) = args.last().expect("checked").json() else {
                return Err("needs a list last".to_owned());
            };
            list.extend(args[..args.len() - 1].iter().map(V::json));
            V::Json(Value::Array(list))
        }
        "merge" => {
            need(&args, 2)?;
            let mut out = Map::new();
            for a in args.iter().rev() {
                if let Value::Object(o) = a.json() {
                    for (k, v) in o {
                        out.entry(k).or_insert(v);
                    }
                }
            }
            V::Json(Value::Object(out))
        }
        "querify" => {
            let pairs: Vec<(String, String)> = match args.as_slice() {
                [one] => match one.json() {
                    Value::Object(o) => o.into_iter().map(|(k, v)| (k, print_value(&v))).collect(),
                    _ => Vec::new(),
                },
                many => many.chunks(2).filter(|p| p.len() == 2).map(|p| (s(&p[0]), s(&p[1]))).collect(),
            };
            let mut pairs = pairs;
            pairs.sort();
            V::string(pairs.iter().map(|(k, v)| format!("{}={}", k, v)).collect::<Vec<_>>().join("&"))
        }
        "seq" => {
            need(&args, 1)?;
            let (from, to) = if args.len() >= 2 { (num(&args[0])?, num(&args[1])?) } else { (1.0, num(&args[0])?) };
            if (to - from).abs() > 10_000.0 {
                return Err("a sequence may have at most 10000 numbers".to_owned());
            }
            let (from, to) = (from as i64, to as i64);
            let items: Vec<Value> =
                if from <= to { (from..=to).map(Value::from).collect() } else { (to..=from).rev().map(Value::from).collect() };
            V::Json(Value::Array(items))
        }
        "plainify" => V::string(crate::markdown::summary::plain(&s(args.first().ok_or("needs 1 argument")?)).trim().to_owned()),
        "countwords" => V::Json(Value::from(s(args.first().ok_or("needs 1 argument")?).split_whitespace().count())),
        "truncate" => {
            need(&args, 2)?;
            let n = num(&args[0])? as usize;
            let text = s(args.last().expect("checked"));
            let ellipsis = if args.len() == 3 { s(&args[1]) } else { "…".to_owned() };
            if text.chars().count() <= n {
                V::string(text)
            } else {
                V::string(text.chars().take(n).collect::<String>().trim_end().to_owned() + &ellipsis)
            }
        }
        "absURL" | "relURL" => V::string(s(args.first().ok_or("needs 1 argument")?)),
        "errorf" | "warnf" => {
            need(&args, 1)?;
            return Err(printf(&s(&args[0]), &args[1..]));
        }
        other => return Err(format!("`{other}` is not supported in Recap's template subset")),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn json_sorts_keys_and_escapes_html() {
        let v = serde_json::json!({"user": "a<b", "id": "1"});
        assert_eq!(go_json(&v), r#"{"id":"1","user":"a\u003cb"}"#);
    }

    #[test]
    fn printf_verbs() {
        assert_eq!(
            printf("%s=%d %.2f %q %%", &[V::string("a"), V::Json(3.into()), V::Json(serde_json::json!(1.5)), V::string("x")]),
            "a=3 1.50 \"x\" %"
        );
    }
}
