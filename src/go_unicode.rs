//! Go's `unicode` character classes, which Hugo's rules are written in.
//!
//! Rust's `char::is_alphabetic` and `is_numeric` use the Alphabetic and Numeric
//! properties, which include combining vowel signs, `½` and `Ⅻ`; Go's
//! `IsLetter` and `IsDigit` are the general categories L* and Nd. Hugo's
//! heading IDs, shortcode names and typographer all depend on the difference.

use unicode_general_category::{get_general_category, GeneralCategory as G};

/// `unicode.IsLetter`: general category L*.
pub fn is_letter(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    matches!(get_general_category(c), G::UppercaseLetter | G::LowercaseLetter | G::TitlecaseLetter | G::ModifierLetter | G::OtherLetter)
}

/// `unicode.IsDigit`: general category Nd.
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    get_general_category(c) == G::DecimalNumber
}

/// `unicode.IsPunct`: general category P*.
pub fn is_punct(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_punctuation() && !matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(
        get_general_category(c),
        G::ConnectorPunctuation
            | G::DashPunctuation
            | G::OpenPunctuation
            | G::ClosePunctuation
            | G::InitialPunctuation
            | G::FinalPunctuation
            | G::OtherPunctuation
    )
}

/// `unicode.IsSymbol`: general category S*.
pub fn is_symbol(c: char) -> bool {
    if c.is_ascii() {
        return matches!(c, '$' | '+' | '<' | '=' | '>' | '^' | '`' | '|' | '~');
    }
    matches!(get_general_category(c), G::MathSymbol | G::CurrencySymbol | G::ModifierSymbol | G::OtherSymbol)
}

/// `unicode.IsMark`: general category M*.
pub fn is_mark(c: char) -> bool {
    !c.is_ascii() && matches!(get_general_category(c), G::NonspacingMark | G::SpacingMark | G::EnclosingMark)
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
