//! `fmt`: `print`, `printf`, `println`, `errorf`, `warnf`, `erroridf`,
//! `warnidf` — with Go's `fmt` verbs, flags, widths, precisions and argument
//! indexes, and Go's `%!verb(type=value)` marks for mismatches.
//!
//! Written here rather than taken from a crate: Rust's formatting crates
//! implement C's printf, whose verbs, flags and error marks differ from Go's
//! in the ways templates show (`%v`, `%q`, `%!d(string=x)`, `%[2]d`).

use super::super::{Cx, Value};
use super::cast::arity;
use crate::go_unicode::{quote, quote_rune};
use crate::template::value::format_float_g;

/// The flags, width and precision of one verb.
#[derive(Default, Clone, Copy)]
struct Spec {
    minus: bool,
    plus: bool,
    sharp: bool,
    space: bool,
    zero: bool,
    width: Option<usize>,
    prec: Option<usize>,
}

/// Go's `fmt.Sprintf`, parsed as Go's `doPrintf` parses a format.
pub fn sprintf(format: &str, args: &[Value]) -> String {
    let mut out = String::new();
    let bytes = format.as_bytes();
    let end = bytes.len();
    let mut i = 0;
    let mut argi = 0;
    let mut reordered = false;
    while i < end {
        let mut good = true;
        let start = i;
        while i < end && bytes[i] != b'%' {
            i += 1;
        }
        out.push_str(&format[start..i]);
        if i >= end {
            break;
        }
        i += 1; // '%'
        let mut spec = Spec::default();
        while i < end {
            match bytes[i] {
                b'#' => spec.sharp = true,
                b'0' => spec.zero = true,
                b'+' => spec.plus = true,
                b'-' => spec.minus = true,
                b' ' => spec.space = true,
                _ => break,
            }
            i += 1;
        }
        if spec.minus {
            spec.zero = false;
        }
        let (a, ni, found) = arg_index(format, i, argi, args.len(), &mut reordered, &mut good);
        argi = a;
        i = ni;
        let mut after_index = found;
        if i < end && bytes[i] == b'*' {
            i += 1;
            match int_arg(args, argi) {
                Some(n) => {
                    if n < 0 {
                        spec.minus = true;
                        spec.zero = false;
                    }
                    spec.width = Some(n.unsigned_abs() as usize);
                }
                None => out.push_str("%!(BADWIDTH)"),
            }
            argi += 1;
            after_index = false;
        } else {
            let (n, ni) = number(format, i);
            spec.width = n;
            i = ni;
            if after_index && n.is_some() {
                good = false;
            }
        }
        if i + 1 < end && bytes[i] == b'.' {
            i += 1;
            if after_index {
                good = false;
            }
            let (a, ni, found) = arg_index(format, i, argi, args.len(), &mut reordered, &mut good);
            argi = a;
            i = ni;
            after_index = found;
            if i < end && bytes[i] == b'*' {
                i += 1;
                match int_arg(args, argi) {
                    Some(n) if n >= 0 => spec.prec = Some(n as usize),
                    Some(_) => spec.prec = None,
                    None => out.push_str("%!(BADPREC)"),
                }
                argi += 1;
                after_index = false;
            } else {
                let (n, ni) = number(format, i);
                spec.prec = Some(n.unwrap_or(0));
                i = ni;
            }
        }
        if !after_index {
            let (a, ni, _) = arg_index(format, i, argi, args.len(), &mut reordered, &mut good);
            argi = a;
            i = ni;
        }
        if i >= end {
            out.push_str("%!(NOVERB)");
            break;
        }
        let verb = format[i..].chars().next().expect("in bounds");
        i += verb.len_utf8();
        if verb == '%' {
            out.push('%');
            continue;
        }
        if !good {
            out.push_str(&format!("%!{verb}(BADINDEX)"));
            continue;
        }
        if argi >= args.len() {
            out.push_str(&format!("%!{verb}(MISSING)"));
            continue;
        }
        let arg = &args[argi];
        argi += 1;
        if verb == 'v' {
            // `%+v` asks for struct field names, which template values do not have; never a sign.
            spec.plus = false;
        }
        format_arg(&mut out, arg, verb, spec);
    }
    if !reordered && argi < args.len() {
        out.push_str("%!(EXTRA ");
        for (n, a) in args[argi..].iter().enumerate() {
            if n > 0 {
                out.push_str(", ");
            }
            if a.is_nil() {
                out.push_str("<nil>");
            } else {
                out.push_str(&a.type_name());
                out.push('=');
                format_arg(&mut out, a, 'v', Spec::default());
            }
        }
        out.push(')');
    }
    out
}

/// Go's `intFromArg`: a width or precision from an int operand (not a string or float).
fn int_arg(args: &[Value], i: usize) -> Option<i64> {
    match args.get(i)? {
        Value::Int(n) if (-1_000_000..=1_000_000).contains(n) => Some(*n),
        _ => None,
    }
}

/// Go's `argNumber`: `[n]` at `i` gives the argument index (1-based in the
/// format); returns the index to use, where parsing goes on, and whether one was found.
fn arg_index(format: &str, i: usize, argi: usize, nargs: usize, reordered: &mut bool, good: &mut bool) -> (usize, usize, bool) {
    let bytes = format.as_bytes();
    if i >= bytes.len() || bytes[i] != b'[' {
        return (argi, i, false);
    }
    *reordered = true;
    let rest = &bytes[i..];
    if rest.len() < 3 {
        *good = false;
        return (argi, i + 1, false);
    }
    match rest[1..].iter().position(|&b| b == b']') {
        Some(close) => {
            let close = close + 1;
            let (n, stop) = number(format, i + 1);
            match n {
                Some(n) if stop == i + close && n >= 1 && n <= nargs => (n - 1, i + close + 1, true),
                Some(_) if stop == i + close => {
                    *good = false;
                    (argi, i + close + 1, true)
                }
                _ => {
                    *good = false;
                    (argi, i + close + 1, false)
                }
            }
        }
        None => {
            *good = false;
            (argi, i + 1, false)
        }
    }
}

fn number(format: &str, i: usize) -> (Option<usize>, usize) {
    let bytes = format.as_bytes();
    let mut j = i;
    let mut n: usize = 0;
    while j < bytes.len() && bytes[j].is_ascii_digit() {
        n = n.saturating_mul(10).saturating_add(usize::from(bytes[j] - b'0')).min(1_000_000);
        j += 1;
    }
    if j == i {
        (None, i)
    } else {
        (Some(n), j)
    }
}

/// Pads `s` to the spec's width: spaces, or with the `0` flag zeros (after
/// the sign when `signed`, as for numbers), on the left unless `-`.
fn pad(out: &mut String, s: &str, spec: Spec, signed: bool) {
    let len = s.chars().count();
    let width = spec.width.unwrap_or(0);
    if len >= width {
        out.push_str(s);
        return;
    }
    let fill = width - len;
    if spec.minus {
        out.push_str(s);
        out.extend(std::iter::repeat_n(' ', fill));
    } else if spec.zero {
        let sign = signed && s.starts_with(['+', '-', ' ']);
        if sign {
            out.push_str(&s[..1]);
        }
        out.extend(std::iter::repeat_n('0', fill));
        out.push_str(if sign { &s[1..] } else { s });
    } else {
        out.extend(std::iter::repeat_n(' ', fill));
        out.push_str(s);
    }
}

/// `%!verb(type=value)`, the value printed with `%v` and the verb's flags, as Go does.
fn bad_verb(out: &mut String, arg: &Value, verb: char, spec: Spec) {
    out.push_str("%!");
    out.push(verb);
    out.push('(');
    if arg.is_nil() {
        out.push_str("<nil>");
    } else {
        out.push_str(&arg.type_name());
        out.push('=');
        format_arg(out, arg, 'v', Spec { plus: false, ..spec });
    }
    out.push(')');
}

fn format_arg(out: &mut String, arg: &Value, verb: char, spec: Spec) {
    match verb {
        'T' => return pad(out, &arg.type_name(), spec, false),
        'p' => return bad_verb(out, arg, verb, spec),
        _ => {}
    }
    match arg {
        Value::Nil => match verb {
            'v' => pad(out, "<nil>", spec, false),
            _ => bad_verb(out, arg, verb, spec),
        },
        Value::Bool(b) => match verb {
            't' | 'v' => pad(out, if *b { "true" } else { "false" }, spec, false),
            _ => bad_verb(out, arg, verb, spec),
        },
        Value::Int(i) => format_int(out, *i, verb, spec, arg),
        Value::Float(x) => format_float(out, *x, verb, spec, arg),
        Value::String(s) | Value::Safe(s, _) => format_str(out, s, verb, spec, arg),
        Value::List(items) => {
            if spec.sharp && verb == 'v' {
                out.push_str(&go_syntax(arg));
                return;
            }
            out.push('[');
            for (n, item) in items.iter().enumerate() {
                if n > 0 {
                    out.push(' ');
                }
                format_arg(out, item, verb, spec);
            }
            out.push(']');
        }
        Value::Map(m) => {
            if spec.sharp && verb == 'v' {
                out.push_str(&go_syntax(arg));
                return;
            }
            out.push_str("map[");
            for (n, (k, v)) in m.iter().enumerate() {
                if n > 0 {
                    out.push(' ');
                }
                format_str(out, k, verb, spec, &Value::from(k.as_str()));
                out.push(':');
                format_arg(out, v, verb, spec);
            }
            out.push(']');
        }
        Value::Object(o) => {
            let text = o.text();
            match verb {
                'v' | 's' => pad(out, &text, spec, false),
                'q' => format_str(out, &text, verb, spec, arg),
                _ => match o.data() {
                    Some(d) if !matches!(d, Value::Object(_)) => format_arg(out, &d, verb, spec),
                    _ => bad_verb(out, arg, verb, spec),
                },
            }
        }
    }
}

/// Go-syntax representation (`%#v`).
fn go_syntax(v: &Value) -> String {
    match v {
        Value::Nil => "<nil>".to_owned(),
        Value::String(s) => quote(s, false),
        Value::Safe(s, _) => quote(s, false),
        Value::Float(x) => crate::template::value::format_float_v(*x),
        Value::List(items) => {
            let inner: Vec<String> = items.iter().map(go_syntax).collect();
            format!("[]interface {{}}{{{}}}", inner.join(", "))
        }
        Value::Map(m) => {
            let inner: Vec<String> = m.iter().map(|(k, v)| format!("{}:{}", quote(k, false), go_syntax(v))).collect();
            format!("{}{{{}}}", v.type_name(), inner.join(", "))
        }
        other => other.text(),
    }
}

fn format_int(out: &mut String, i: i64, verb: char, spec: Spec, arg: &Value) {
    let negative = i < 0;
    let magnitude = i.unsigned_abs();
    let (mut digits, prefix) = match verb {
        'd' | 'v' => {
            if spec.sharp && verb == 'v' {
                return pad(out, &i.to_string(), spec, true);
            }
            (magnitude.to_string(), "")
        }
        'b' => (format!("{magnitude:b}"), if spec.sharp { "0b" } else { "" }),
        'o' => (format!("{magnitude:o}"), if spec.sharp { "0" } else { "" }),
        'O' => (format!("{magnitude:o}"), "0o"),
        'x' => (format!("{magnitude:x}"), if spec.sharp { "0x" } else { "" }),
        'X' => (format!("{magnitude:X}"), if spec.sharp { "0X" } else { "" }),
        'c' => {
            let c = u32::try_from(i).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
            return pad(out, &c.to_string(), spec, false);
        }
        'q' => {
            let c = u32::try_from(i).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}');
            return pad(out, &quote_rune(c, spec.plus), spec, false);
        }
        'U' => {
            let mut s = format!("U+{:04X}", i as u64);
            if spec.sharp {
                if let Some(c) = u32::try_from(i).ok().and_then(char::from_u32) {
                    if !c.is_control() {
                        s.push_str(&format!(" '{c}'"));
                    }
                }
            }
            return pad(out, &s, spec, false);
        }
        _ => return bad_verb(out, arg, verb, spec),
    };
    if let Some(p) = spec.prec {
        if p == 0 && magnitude == 0 {
            digits.clear();
        }
        while digits.len() < p {
            digits.insert(0, '0');
        }
    }
    // `#` with `%o` adds a leading 0 only if there is none.
    let prefix = if verb == 'o' && digits.starts_with('0') { "" } else { prefix };
    let sign = if negative {
        "-"
    } else if spec.plus {
        "+"
    } else if spec.space {
        " "
    } else {
        ""
    };
    let body = format!("{prefix}{digits}");
    let zero = spec.zero && spec.prec.is_none() && !spec.minus;
    let width = spec.width.unwrap_or(0);
    if zero && sign.len() + body.len() < width {
        out.push_str(sign);
        out.push_str(prefix);
        out.extend(std::iter::repeat_n('0', width - sign.len() - body.len()));
        out.push_str(&digits);
    } else {
        pad(out, &format!("{sign}{body}"), Spec { zero: false, ..spec }, false);
    }
}

/// `%e` digits: Rust's `{:.p$e}` (`1.5e3`) in Go's layout (`1.5e+03`).
fn exp_form(x: f64, prec: usize, upper: bool) -> String {
    let s = format!("{x:.prec$e}");
    let (m, e) = s.split_once('e').expect("exponent");
    let e: i32 = e.parse().expect("integer exponent");
    let sign = if e < 0 { '-' } else { '+' };
    let a = e.unsigned_abs();
    let exp = if a < 10 { format!("0{a}") } else { a.to_string() };
    format!("{m}{}{sign}{exp}", if upper { 'E' } else { 'e' })
}

/// Go's `%g` with a precision: `prec` significant digits, trailing zeros dropped.
fn g_form(x: f64, prec: Option<usize>, upper: bool, sharp: bool) -> String {
    let Some(p) = prec.or(if sharp { Some(6) } else { None }) else {
        let s = format_float_g(x, 6);
        return if upper { s.to_uppercase() } else { s };
    };
    let p = p.max(1);
    let e = format!("{x:.*e}", p - 1);
    let (m, exp) = e.split_once('e').expect("exponent");
    let exp: i32 = exp.parse().expect("integer exponent");
    let negative = m.starts_with('-');
    let mut digits: String = m.chars().filter(char::is_ascii_digit).collect();
    if !sharp {
        while digits.len() > 1 && digits.ends_with('0') {
            digits.pop();
        }
    }
    let nd = digits.len() as i32;
    let dp = exp + 1;
    let mut eprec = p as i32;
    if eprec > nd && nd >= dp {
        eprec = nd;
    }
    if sharp {
        eprec = p as i32;
    }
    let mut out = String::new();
    if negative {
        out.push('-');
    }
    if exp < -4 || exp >= eprec {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push(if upper { 'E' } else { 'e' });
        out.push(if exp < 0 { '-' } else { '+' });
        let a = exp.unsigned_abs();
        if a < 10 {
            out.push('0');
        }
        out.push_str(&a.to_string());
    } else if dp <= 0 {
        out.push_str("0.");
        out.extend(std::iter::repeat_n('0', (-dp) as usize));
        out.push_str(&digits);
    } else if (dp as usize) >= digits.len() {
        out.push_str(&digits);
        out.extend(std::iter::repeat_n('0', dp as usize - digits.len()));
    } else {
        out.push_str(&digits[..dp as usize]);
        out.push('.');
        out.push_str(&digits[dp as usize..]);
    }
    out
}

fn format_float(out: &mut String, x: f64, verb: char, spec: Spec, arg: &Value) {
    let mut s = match verb {
        'v' if spec.sharp => crate::template::value::format_float_v(x),
        'v' | 'g' => g_form(x, spec.prec, false, spec.sharp),
        'G' => g_form(x, spec.prec, true, spec.sharp),
        'e' | 'E' if x.is_finite() => exp_form(x, spec.prec.unwrap_or(6), verb == 'E'),
        'f' | 'F' if x.is_finite() => format!("{x:.*}", spec.prec.unwrap_or(6)),
        'e' | 'E' | 'f' | 'F' => format_float_g(x, 6),
        'x' | 'X' if x.is_finite() => hex_float(x, spec.prec, verb == 'X'),
        'x' | 'X' => format_float_g(x, 6),
        _ => return bad_verb(out, arg, verb, spec),
    };
    if !x.is_finite() {
        // Go pads infinities and NaN with spaces, never zeros; NaN has no sign.
        if x.is_nan() {
            s = if spec.plus {
                "+NaN".to_owned()
            } else if spec.space {
                " NaN".to_owned()
            } else {
                "NaN".to_owned()
            };
        } else if x > 0.0 && !spec.plus {
            s = if spec.space { " Inf".to_owned() } else { "Inf".to_owned() };
        }
        return pad(out, &s, Spec { zero: false, ..spec }, false);
    }
    if spec.sharp && verb != 'v' && !s.contains('.') {
        // `#` keeps a decimal point, before any exponent.
        match s.find(['e', 'E']) {
            Some(e) => s.insert(e, '.'),
            None => s.push('.'),
        }
    }
    if !s.starts_with('-') {
        if spec.plus {
            s.insert(0, '+');
        } else if spec.space {
            s.insert(0, ' ');
        }
    }
    pad(out, &s, spec, !spec.minus);
}

/// Go's `%x` of a float: `[-]0x1.hhhp±dd`, the shortest digits unless a precision is given.
fn hex_float(x: f64, prec: Option<usize>, upper: bool) -> String {
    let bits = x.to_bits();
    let negative = bits >> 63 == 1;
    let mut exp = ((bits >> 52) & 0x7ff) as i32;
    let mut mant = bits & ((1u64 << 52) - 1);
    let mut s = String::from(if negative { "-" } else { "" });
    if exp == 0 && mant == 0 {
        s.push_str("0x0");
        if let Some(p) = prec.filter(|p| *p > 0) {
            s.push('.');
            s.extend(std::iter::repeat_n('0', p));
        }
        s.push_str("p+00");
        return if upper { s.to_uppercase() } else { s };
    }
    if exp == 0 {
        // Subnormal: shift until the leading 1 is in place.
        exp = 1;
        while mant & (1u64 << 52) == 0 {
            mant <<= 1;
            exp -= 1;
        }
        mant &= (1u64 << 52) - 1;
    }
    exp -= 1023;
    // 52 mantissa bits are 13 hex digits.
    let mut lead = 1u64;
    let mut digits = format!("{mant:013x}");
    if let Some(p) = prec {
        if p < 13 {
            // Round half to even at the requested digit.
            let shift = 4 * (13 - p) as u32;
            let full = (1u64 << 52) | mant;
            let half = 1u64 << (shift - 1);
            let rem = full & ((1u64 << shift) - 1);
            let mut kept = full >> shift;
            if rem > half || (rem == half && kept & 1 == 1) {
                kept += 1;
            }
            if kept >> (4 * p as u32) > 1 {
                kept >>= 1;
                exp += 1;
            }
            lead = kept >> (4 * p as u32);
            let frac = kept & ((1u64 << (4 * p as u32)) - 1);
            digits = if p == 0 { String::new() } else { format!("{frac:0p$x}") };
        } else {
            digits.extend(std::iter::repeat_n('0', p - 13));
        }
    } else {
        while digits.ends_with('0') {
            digits.pop();
        }
    }
    s.push_str(&format!("0x{lead}"));
    if !digits.is_empty() {
        s.push('.');
        s.push_str(&digits);
    }
    s.push('p');
    s.push(if exp < 0 { '-' } else { '+' });
    s.push_str(&format!("{:02}", exp.unsigned_abs()));
    if upper {
        s.to_uppercase()
    } else {
        s
    }
}

fn format_str(out: &mut String, s: &str, verb: char, spec: Spec, arg: &Value) {
    let truncated: String = match spec.prec {
        Some(p) if matches!(verb, 's' | 'v' | 'q') => s.chars().take(p).collect(),
        _ => s.to_owned(),
    };
    match verb {
        's' | 'v' => {
            if verb == 'v' && spec.sharp {
                return pad(out, &quote(&truncated, false), spec, false);
            }
            pad(out, &truncated, spec, false)
        }
        'q' => {
            if spec.sharp && !truncated.contains('`') && truncated.chars().all(|c| c == '\t' || !c.is_control()) {
                return pad(out, &format!("`{truncated}`"), spec, false);
            }
            pad(out, &quote(&truncated, spec.plus), spec, false)
        }
        'x' | 'X' => {
            let bytes: &[u8] = match spec.prec {
                Some(p) => &s.as_bytes()[..p.min(s.len())],
                None => s.as_bytes(),
            };
            let mut h = String::new();
            for (n, b) in bytes.iter().enumerate() {
                if spec.space && n > 0 {
                    h.push(' ');
                }
                if spec.sharp && (spec.space || n == 0) {
                    h.push_str(if verb == 'x' { "0x" } else { "0X" });
                }
                if verb == 'x' {
                    h.push_str(&format!("{b:02x}"));
                } else {
                    h.push_str(&format!("{b:02X}"));
                }
            }
            pad(out, &h, spec, false)
        }
        _ => bad_verb(out, arg, verb, spec),
    }
}

/// Go's `fmt.Sprint`: operands printed with `%v`, a space between two that are not strings.
pub fn sprint(args: &[Value]) -> String {
    let mut out = String::new();
    for (n, a) in args.iter().enumerate() {
        let is_string = matches!(a, Value::String(_) | Value::Safe(..));
        if n > 0 && !is_string && !matches!(args[n - 1], Value::String(_) | Value::Safe(..)) {
            out.push(' ');
        }
        format_arg(&mut out, a, 'v', Spec::default());
    }
    out
}

/// Go's `fmt.Sprintln`: operands with `%v`, always spaced, and a newline.
pub fn sprintln(args: &[Value]) -> String {
    let mut out = String::new();
    for (n, a) in args.iter().enumerate() {
        if n > 0 {
            out.push(' ');
        }
        format_arg(&mut out, a, 'v', Spec::default());
    }
    out.push('\n');
    out
}

fn format_of(name: &str, args: &[Value]) -> Result<String, String> {
    arity(name, args, 1, usize::MAX)?;
    Ok(sprintf(&super::cast::string(&args[0])?, &args[1..]))
}

/// `print` / `fmt.Print`
pub fn print(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    super::cast::charged(cx, Value::from(sprint(args)))
}

/// `printf` / `fmt.Printf`
pub fn printf(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    super::cast::charged(cx, Value::from(format_of("printf", args)?))
}

/// `println` / `fmt.Println`
pub fn println(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    super::cast::charged(cx, Value::from(sprintln(args)))
}

/// `errorf` / `fmt.Errorf`: an error message (Hugo fails the build); returns "".
pub fn errorf(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let text = format_of("errorf", args)?;
    cx.message(true, text);
    Ok(Value::from(""))
}

/// `warnf` / `fmt.Warnf`: a warning; returns "".
pub fn warnf(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    let text = format_of("warnf", args)?;
    cx.message(false, text);
    Ok(Value::from(""))
}

/// `erroridf ID FORMAT ARGS…` / `fmt.Erroridf`: an error that the site's
/// `ignoreLogs` may silence by ID; the ID is part of the message as Hugo logs it.
pub fn erroridf(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("erroridf", args, 2, usize::MAX)?;
    let id = super::cast::string(&args[0])?;
    let text = format_of("erroridf", &args[1..])?;
    if cx.host.ignores_log(&id) {
        return Ok(Value::from(""));
    }
    cx.message(
        true,
        format!("{text}\nYou can suppress this error by adding the following to your project configuration:\nignoreLogs = ['{id}']"),
    );
    Ok(Value::from(""))
}

/// `warnidf ID FORMAT ARGS…` / `fmt.Warnidf`
pub fn warnidf(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("warnidf", args, 2, usize::MAX)?;
    let id = super::cast::string(&args[0])?;
    let text = format_of("warnidf", &args[1..])?;
    if cx.host.ignores_log(&id) {
        return Ok(Value::from(""));
    }
    cx.message(
        false,
        format!("{text}\nYou can suppress this warning by adding the following to your project configuration:\nignoreLogs = ['{id}']"),
    );
    Ok(Value::from(""))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(format: &str, args: &[Value]) -> String {
        sprintf(format, args)
    }

    #[test]
    fn verbs_flags_and_widths_follow_go() {
        let args = [Value::Float(1.23456), Value::Int(42), Value::Int(42), Value::Int(255), Value::Int(255), Value::Int(8), Value::Int(5)];
        assert_eq!(f("%5.2f|%-5d|%05d|%x|%X|%o|%b", &args), " 1.23|42   |00042|ff|FF|10|101", "Go's printf output");
        assert_eq!(f("%e|%g", &[Value::Float(1234.5678), Value::Float(0.000012345)]), "1.234568e+03|1.2345e-05");
        assert_eq!(f("%q|%U|%c", &[Value::from("hi"), Value::Int(0x1F600), Value::Int(65)]), "\"hi\"|U+1F600|A");
        assert_eq!(f("%+d|% d|%#x|%#o", &[Value::Int(5), Value::Int(5), Value::Int(255), Value::Int(8)]), "+5| 5|0xff|010");
        assert_eq!(
            f("%8.3e|%G|%.0f|%.1f", &[Value::Float(123456.789), Value::Float(1e-7), Value::Float(2.5), Value::Float(0.25)]),
            "1.235e+05|1E-07|2|0.2"
        );
        assert_eq!(
            f("%6.2v|%.3s|%t|%x", &[Value::Float(1.23456), Value::from("abcdef"), Value::Bool(true), Value::from("hi")]),
            "   1.2|abc|true|6869"
        );
    }

    #[test]
    fn mismatches_are_marked_as_go_marks_them() {
        assert_eq!(f("%s %v %d", &[Value::Int(1), Value::from("a"), Value::from("x")]), "%!s(int=1) a %!d(string=x)");
        assert_eq!(f("%d", &[]), "%!d(MISSING)", "a missing operand");
        assert_eq!(f("%[2]d %[1]d", &[Value::Int(1), Value::Int(2)]), "2 1", "explicit indexes");
        assert_eq!(f("%!", &[]), "%!!(MISSING)", "an unknown verb without operand");
        assert_eq!(f("%d", &[Value::Int(1), Value::from("x")]), "1%!(EXTRA string=x)", "an extra operand");
    }

    #[test]
    fn composite_values_print_as_go_prints_them() {
        let m: crate::template::Map = [("a".to_owned(), Value::Int(1))].into_iter().collect();
        assert_eq!(
            f("%v|%+v|%#v", &[Value::map(m.clone()), Value::map(m.clone()), Value::map(m)]),
            "map[a:1]|map[a:1]|map[string]interface {}{\"a\":1}"
        );
        assert_eq!(f("%d", &[Value::list(vec![Value::Int(1), Value::Int(2)])]), "[1 2]", "the verb applies to each element");
        assert_eq!(f("%T|%T", &[Value::Float(1.0), Value::from("s")]), "float64|string");
    }

    #[test]
    fn building_large_strings_spends_the_budget() {
        let mut cx = Cx::new(&crate::template::NoHost);
        let args = [Value::from("%*d"), Value::Int(1_000_000), Value::Int(1)];
        let calls = (0..10_000).take_while(|_| printf(&mut cx, &args).is_ok()).count();
        assert!(calls < 10, "a loop of megabyte strings should stop within a few calls, not after {calls}");
    }

    #[test]
    fn print_spaces_operands_that_are_not_strings() {
        assert_eq!(sprint(&[Value::Int(1), Value::Int(2), Value::from("a"), Value::Int(3)]), "1 2a3");
        assert_eq!(sprintln(&[Value::Int(1), Value::from("a")]), "1 a\n");
    }
}
