//! `lang`: number formatting (`lang.FormatNumber`, `FormatPercent`,
//! `FormatCurrency`, `FormatAccounting`, `FormatNumberCustom`).
//!
//! Hugo formats with the site language's CLDR data (bep/golocales). Recap
//! formats as English does (Hugo's default language): `.` for decimals, `,`
//! between thousands, a currency's English symbol before the number. The
//! symbols are CLDR's English ones (Unicode License) for the currencies that
//! have one; any other currency is written as its code.
//! `lang.Translate`/`i18n`/`T` ask the host for the site's translation;
//! `lang.Merge` merges page collections.

use super::super::{Cx, Value};
use super::cast::{arity, float, int, string};

/// English currency symbols (CLDR `en`), by ISO code.
const SYMBOLS: &[(&str, &str)] = &[
    ("AUD", "A$"),
    ("BRL", "R$"),
    ("CAD", "CA$"),
    ("CNY", "CN¥"),
    ("EUR", "€"),
    ("GBP", "£"),
    ("HKD", "HK$"),
    ("ILS", "₪"),
    ("INR", "₹"),
    ("JPY", "¥"),
    ("KRW", "₩"),
    ("MXN", "MX$"),
    ("NZD", "NZ$"),
    ("PHP", "₱"),
    ("TWD", "NT$"),
    ("USD", "$"),
    ("VND", "₫"),
    ("XAF", "FCFA"),
    ("XCD", "EC$"),
    ("XOF", "F\u{202f}CFA"),
    ("XPF", "CFPF"),
];

/// Hugo's number layout: rounded half away from zero at `prec` decimals,
/// `grp` between thousands, `dec` before the decimals, `neg` before a negative.
pub fn layout(n: f64, prec: usize, neg: &str, dec: &str, grp: &str) -> String {
    let exp = super::gomath::pow(10.0, prec as f64);
    let r = (n * exp).round() / exp;
    let s = format!("{:.*}", prec, r.abs());
    let (whole, frac) = match s.split_once('.') {
        Some((w, f)) => (w, Some(f)),
        None => (s.as_str(), None),
    };
    let mut out = String::new();
    if n < 0.0 {
        out.push_str(neg);
    }
    let digits = whole.len();
    for (i, c) in whole.chars().enumerate() {
        if i > 0 && (digits - i) % 3 == 0 {
            out.push_str(grp);
        }
        out.push(c);
    }
    if let Some(f) = frac {
        out.push_str(dec);
        out.push_str(f);
    }
    out
}

fn precision_number(args: &[Value]) -> Result<(usize, f64), String> {
    let p = int(&args[0])?;
    if p > 20 {
        return Err(format!("invalid precision: {p}"));
    }
    Ok((p.max(0) as usize, float(&args[args.len() - 1])?))
}

/// `lang.FormatNumber PRECISION NUMBER`
pub fn format_number(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("lang.FormatNumber", args, 2, 2)?;
    let (p, n) = precision_number(args)?;
    Ok(Value::from(layout(n, p, "-", ".", ",")))
}

/// `lang.FormatPercent PRECISION NUMBER`: the number (not multiplied) and `%`.
pub fn format_percent(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("lang.FormatPercent", args, 2, 2)?;
    let (p, n) = precision_number(args)?;
    Ok(Value::from(layout(n, p, "-", ".", ",") + "%"))
}

fn currency(name: &str, args: &[Value]) -> Result<Value, String> {
    arity(name, args, 3, 3)?;
    let (p, n) = precision_number(args)?;
    let code = string(&args[1]).unwrap_or_default();
    let symbol = SYMBOLS.iter().find(|(c, _)| *c == code).map_or(code.as_str(), |(_, s)| s);
    Ok(Value::from(format!("{symbol}{}", layout(n, p, "-", ".", ","))))
}

/// `lang.FormatCurrency PRECISION CURRENCY NUMBER`
pub fn format_currency(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    currency("lang.FormatCurrency", args)
}

/// `lang.FormatAccounting PRECISION CURRENCY NUMBER` (English writes it as currency).
pub fn format_accounting(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    currency("lang.FormatAccounting", args)
}

/// `lang.FormatNumberCustom PRECISION NUMBER [OPTIONS [DELIMITER]]`: OPTIONS
/// gives the minus sign, decimal point and grouping separator, split at DELIMITER (a space).
pub fn format_number_custom(_: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("lang.FormatNumberCustom", args, 2, 4)?;
    let prec = int(&args[0])?;
    let n = float(&args[1])?;
    let (mut neg, mut dec, mut grp) = ("-".to_owned(), ".".to_owned(), ",".to_owned());
    if args.len() > 2 {
        let delim = match args.get(3) {
            Some(d) => string(d)?,
            None => " ".to_owned(),
        };
        let opts = string(&args[2])?;
        let fields: Vec<String> = if delim.is_empty() {
            opts.chars().map(String::from).collect()
        } else {
            opts.split(delim.as_str()).map(str::to_owned).collect()
        };
        (neg, dec, grp) = (String::new(), String::new(), String::new());
        match fields.as_slice() {
            [] => {}
            [a] => neg = a.clone(),
            [a, b] => (neg, dec) = (a.clone(), b.clone()),
            [a, b, c] => (neg, dec, grp) = (a.clone(), b.clone(), c.clone()),
            _ => return Err("too many fields in options parameter to NumFmt".to_owned()),
        }
    }
    Ok(Value::from(layout(n, prec.clamp(0, 1000) as usize, &neg, &dec, &grp)))
}

/// `T ID [DATA]` / `i18n` / `lang.Translate`: the site's translation of `ID`
/// (an empty string where it has none).
pub fn translate(cx: &mut Cx<'_>, args: &[Value]) -> Result<Value, String> {
    arity("lang.Translate", args, 1, 2)?;
    let id = string(&args[0])?;
    let data = args.get(1).cloned().unwrap_or_default();
    Ok(Value::from(cx.host.translate(&id, &data)?.unwrap_or_default()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_laid_out_as_hugo_lays_them_out_in_english() {
        assert_eq!(layout(1234.5678, 2, "-", ".", ","), "1,234.57");
        assert_eq!(layout(1234.5, 0, "-", ".", ","), "1,235", "halves round away from zero");
        assert_eq!(layout(1.005, 2, "-", ".", ","), "1.00", "1.005 is a little below 1.005 in binary");
        assert_eq!(layout(-0.0004, 3, "-", ".", ","), "-0.000", "a negative keeps its sign");
        assert_eq!(layout(1e15, 2, "-", ".", ","), "1,000,000,000,000,000.00");
    }
}
