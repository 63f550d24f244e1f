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
