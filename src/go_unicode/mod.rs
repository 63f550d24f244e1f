//! Go's `unicode` character classes, which Hugo's rules are written in.
//!
//! Rust's `char::is_alphabetic` and `is_numeric` use the Alphabetic and Numeric
//! properties, which include combining vowel signs, `½` and `Ⅻ`; Go's
//! `IsLetter` and `IsDigit` are the general categories L* and Nd. Hugo's
//! heading IDs, shortcode names and typographer all depend on the difference.

mod scripts;
mod table;

/// The class of a non-ASCII character (see `table.rs`).
fn class(c: char) -> u8 {
    let c = c as u32;
    let Some(chunk) = table::INDEX.partition_point(|&s| s <= c).checked_sub(1) else { return 0 };
    let first = chunk * table::STEP;
    let runs = &table::RUNS[first..table::RUNS.len().min(first + table::STEP)];
    let mut start = table::INDEX[chunk];
    let mut class = runs[0] & 7;
    for &run in &runs[1..] {
        start += u32::from(run >> 3);
        if start > c {
            break;
        }
        class = run & 7;
    }
    class as u8
}

/// Whether `text` has a character of the Han, Hangul, Hiragana or Katakana
/// script: Hugo's test of a page for `hasCJKLanguage`. (Only a byte of 0xE1
/// or more can start one: the others are stepped over.)
pub fn has_cjk_script(text: &str) -> bool {
    text.bytes().enumerate().any(|(i, b)| {
        b >= 0xE1 && {
            let c = text[i..].chars().next().map_or(0, u32::from);
            let at = scripts::CJK.partition_point(|&(_, last)| last < c);
            scripts::CJK.get(at).is_some_and(|&(first, _)| first <= c)
        }
    })
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
    is_letter(c) || is_mark(c) || is_number(c) || is_punct(c) || is_symbol(c)
}

/// `unicode.IsNumber`: general category N* (Nd, Nl, No), which is what
/// Rust's `is_numeric` tests.
pub fn is_number(c: char) -> bool {
    c.is_numeric()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cjk_scripts_are_the_regexp_classes_hugo_uses() {
        let re = regex::Regex::new(r"\p{Han}|\p{Hangul}|\p{Hiragana}|\p{Katakana}").expect("the classes");
        let mut buf = [0; 4];
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let text = c.encode_utf8(&mut buf);
            assert_eq!(has_cjk_script(text), re.is_match(text), "{c:?} U+{:04X}", c as u32);
        }
        assert!(has_cjk_script("Linkerd 是一个服务网格"));
        assert!(has_cjk_script("カタカナ") && has_cjk_script("한국어") && has_cjk_script("ひらがな"));
        assert!(!has_cjk_script("naïve café — 「」、。 Ｆｕｌｌｗｉｄｔｈ 😀"), "CJK punctuation and fullwidth Latin are other scripts");
    }

    #[test]
    fn lookups_cross_the_long_runs() {
        assert!(is_letter('\u{4e00}') && is_letter('\u{9fff}'), "the CJK block is letters end to end");
        assert!(is_letter('\u{ac00}') && is_letter('\u{d7a3}'), "so are the Hangul syllables");
        assert!(is_letter('\u{20000}') && is_letter('\u{2a6df}') && is_letter('\u{30000}'), "and CJK past the BMP");
        assert!(is_mark('\u{e0100}') && is_mark('\u{e01ef}'), "variation selectors in plane 14 are marks");
        assert!(class('\u{e0001}') == 0 && class('\u{f0000}') == 0 && class('\u{10ffff}') == 0, "tags and private use are other");
        assert!(is_symbol('\u{1f600}') && is_digit('\u{ff10}') && class('\u{80}') == 0);
    }

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
