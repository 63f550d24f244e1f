//! Go's `unicode` character classes, which Hugo's rules are written in.
//!
//! Rust's `char::is_alphabetic` and `is_numeric` use the Alphabetic and Numeric
//! properties, which include combining vowel signs, `½` and `Ⅻ`; Go's
//! `IsLetter` and `IsDigit` are the general categories L* and Nd. Hugo's
//! heading IDs, shortcode names and typographer all depend on the difference.

mod table;

/// The class of a non-ASCII character (see `table.rs`).
fn class(c: char) -> u8 {
    let i = table::STARTS.partition_point(|&s| s <= c as u32);
    if i == 0 {
        0
    } else {
        table::CLASSES[i - 1]
    }
}

/// `unicode.IsLetter`: general category L*.
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    class(c) == 1
}

/// `unicode.IsDigit`: general category Nd.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    class(c) == 3
}

/// `unicode.IsPunct`: general category P*.
pub fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation() && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    class(c) == 4
}

/// `unicode.IsSymbol`: general category S*.
pub fn is_symbol(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    class(c) == 5
}

/// `unicode.IsMark`: general category M*.
pub fn is_mark(c: char) -> bool {
    !c.is_ascii() && class(c) == 2
}

/// `unicode.ToLower`: the simple (one-character) lowercase mapping. Rust's
/// `to_lowercase` is the full mapping, which differs only for `İ`.
pub fn to_lower(c: char) -> char {
    if c == '\u{130}' {
        return 'i';
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) => l,
        _ => c,
    }
}

/// Go's `strconv.Quote` (or `QuoteToASCII` with `ascii`): what Hugo's `%q`
/// messages show, and how Recap's own messages quote a value (not `{:?}`,
/// which prints nothing in the package's wasm, built with -Zfmt-debug=none).
pub fn quote(s: &str, ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    out.push('"');
    for c in s.chars() {
        push_escaped(&mut out, c, '"', ascii);
    }
    out.push('"');
    out
}

/// Go's `strconv.QuoteRune` (or `QuoteRuneToASCII` with `ascii`).
#[cfg_attr(not(feature = "templates"), allow(dead_code))]
pub fn quote_rune(c: char, ascii: bool) -> String {
    let mut out = String::from("'");
    push_escaped(&mut out, c, '\'', ascii);
    out.push('\'');
    out
}

fn push_escaped(out: &mut String, c: char, quote: char, ascii: bool) {
    match c {
        _ if c == quote || c == '\\' => {
            out.push('\\');
            out.push(c);
        }
        '\x07' => out.push_str("\\a"),
        '\x08' => out.push_str("\\b"),
        '\x0c' => out.push_str("\\f"),
        '\n' => out.push_str("\\n"),
        '\r' => out.push_str("\\r"),
        '\t' => out.push_str("\\t"),
        '\x0b' => out.push_str("\\v"),
        _ if (ascii && !c.is_ascii()) || !is_print(c) => {
            let n = c as u32;
            if n < 0x80 {
                out.push_str(&format!("\\x{n:02x}"));
            } else if n < 0x10000 {
                out.push_str(&format!("\\u{n:04x}"));
            } else {
                out.push_str(&format!("\\U{n:08x}"));
            }
        }
        _ => out.push(c),
    }
}

/// Go's `strconv.IsPrint`: letters, marks, numbers, punctuation, symbols and the ASCII space.
fn is_print(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    is_letter(c) || is_mark(c) || is_digit(c) || is_punct(c) || is_symbol(c) || is_number_other(c)
}

/// Unicode numbers that are not decimal digits (Nl, No), which Go counts as printable.
fn is_number_other(c: char) -> bool {
    c.is_numeric() && !c.is_control()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn classes_follow_go_not_rust() {
        assert!(!is_letter('\u{93f}'), "a Devanagari vowel sign is Mc, not a letter");
        assert!(!is_digit('½') && !is_digit('Ⅻ'), "No and Nl are not Nd");
        assert!(is_digit('٣'), "Arabic-Indic digits are Nd");
        assert!(is_punct('\'') && is_punct('¿') && !is_punct('+'), "ASCII + is a symbol in Go");
        assert!(is_symbol('€') && is_symbol('+'));
        assert_eq!(to_lower('İ'), 'i');
        assert_eq!(to_lower('Σ'), 'σ');
    }
}
