//! String order for `sort`: Hugo sorts strings with the site language's
//! collator (golang.org/x/text/collate, the Unicode Collation Algorithm with
//! CLDR's root order). This is that order for the characters templates sort
//! in practice: spaces and ASCII punctuation in CLDR's order before digits,
//! digits before letters, letters without regard to accents or case first,
//! then accents, then lowercase before uppercase. Other characters sort
//! after these by code point.
//!
//! Data: the accented Latin letters and their base letters come from Unicode's
//! canonical decompositions (U+00C0–U+024F), generated with Python's
//! unicodedata; the punctuation order is CLDR's root collation order.

use std::cmp::Ordering;

/// ASCII spaces, punctuation and symbols in CLDR root order.
const PUNCT: &str = "\t\n\u{b}\u{c}\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$";

/// Accented Latin letters and the letter each is built on.
const BASE: &[(char, char)] = &[
    ('À', 'A'),
    ('Á', 'A'),
    ('Â', 'A'),
    ('Ã', 'A'),
    ('Ä', 'A'),
    ('Å', 'A'),
    ('Ç', 'C'),
    ('È', 'E'),
    ('É', 'E'),
    ('Ê', 'E'),
    ('Ë', 'E'),
    ('Ì', 'I'),
    ('Í', 'I'),
    ('Î', 'I'),
    ('Ï', 'I'),
    ('Ñ', 'N'),
    ('Ò', 'O'),
    ('Ó', 'O'),
    ('Ô', 'O'),
    ('Õ', 'O'),
    ('Ö', 'O'),
    ('Ù', 'U'),
    ('Ú', 'U'),
    ('Û', 'U'),
    ('Ü', 'U'),
    ('Ý', 'Y'),
    ('à', 'a'),
    ('á', 'a'),
    ('â', 'a'),
    ('ã', 'a'),
    ('ä', 'a'),
    ('å', 'a'),
    ('ç', 'c'),
    ('è', 'e'),
    ('é', 'e'),
    ('ê', 'e'),
    ('ë', 'e'),
    ('ì', 'i'),
    ('í', 'i'),
    ('î', 'i'),
    ('ï', 'i'),
    ('ñ', 'n'),
    ('ò', 'o'),
    ('ó', 'o'),
    ('ô', 'o'),
    ('õ', 'o'),
    ('ö', 'o'),
    ('ù', 'u'),
    ('ú', 'u'),
    ('û', 'u'),
    ('ü', 'u'),
    ('ý', 'y'),
    ('ÿ', 'y'),
    ('Ā', 'A'),
    ('ā', 'a'),
    ('Ă', 'A'),
    ('ă', 'a'),
    ('Ą', 'A'),
    ('ą', 'a'),
    ('Ć', 'C'),
    ('ć', 'c'),
    ('Ĉ', 'C'),
    ('ĉ', 'c'),
    ('Ċ', 'C'),
    ('ċ', 'c'),
    ('Č', 'C'),
    ('č', 'c'),
    ('Ď', 'D'),
    ('ď', 'd'),
    ('Ē', 'E'),
    ('ē', 'e'),
    ('Ĕ', 'E'),
    ('ĕ', 'e'),
    ('Ė', 'E'),
    ('ė', 'e'),
    ('Ę', 'E'),
    ('ę', 'e'),
    ('Ě', 'E'),
    ('ě', 'e'),
    ('Ĝ', 'G'),
    ('ĝ', 'g'),
    ('Ğ', 'G'),
    ('ğ', 'g'),
    ('Ġ', 'G'),
    ('ġ', 'g'),
    ('Ģ', 'G'),
    ('ģ', 'g'),
    ('Ĥ', 'H'),
    ('ĥ', 'h'),
    ('Ĩ', 'I'),
    ('ĩ', 'i'),
    ('Ī', 'I'),
    ('ī', 'i'),
    ('Ĭ', 'I'),
    ('ĭ', 'i'),
    ('Į', 'I'),
    ('į', 'i'),
    ('İ', 'I'),
    ('Ĵ', 'J'),
    ('ĵ', 'j'),
    ('Ķ', 'K'),
    ('ķ', 'k'),
    ('Ĺ', 'L'),
    ('ĺ', 'l'),
    ('Ļ', 'L'),
    ('ļ', 'l'),
    ('Ľ', 'L'),
    ('ľ', 'l'),
    ('Ń', 'N'),
    ('ń', 'n'),
    ('Ņ', 'N'),
    ('ņ', 'n'),
    ('Ň', 'N'),
    ('ň', 'n'),
    ('Ō', 'O'),
    ('ō', 'o'),
    ('Ŏ', 'O'),
    ('ŏ', 'o'),
    ('Ő', 'O'),
    ('ő', 'o'),
    ('Ŕ', 'R'),
    ('ŕ', 'r'),
    ('Ŗ', 'R'),
    ('ŗ', 'r'),
    ('Ř', 'R'),
    ('ř', 'r'),
    ('Ś', 'S'),
    ('ś', 's'),
    ('Ŝ', 'S'),
    ('ŝ', 's'),
    ('Ş', 'S'),
    ('ş', 's'),
    ('Š', 'S'),
    ('š', 's'),
    ('Ţ', 'T'),
    ('ţ', 't'),
    ('Ť', 'T'),
    ('ť', 't'),
    ('Ũ', 'U'),
    ('ũ', 'u'),
    ('Ū', 'U'),
    ('ū', 'u'),
    ('Ŭ', 'U'),
    ('ŭ', 'u'),
    ('Ů', 'U'),
    ('ů', 'u'),
    ('Ű', 'U'),
    ('ű', 'u'),
    ('Ų', 'U'),
    ('ų', 'u'),
    ('Ŵ', 'W'),
    ('ŵ', 'w'),
    ('Ŷ', 'Y'),
    ('ŷ', 'y'),
    ('Ÿ', 'Y'),
    ('Ź', 'Z'),
    ('ź', 'z'),
    ('Ż', 'Z'),
    ('ż', 'z'),
    ('Ž', 'Z'),
    ('ž', 'z'),
    ('Ơ', 'O'),
    ('ơ', 'o'),
    ('Ư', 'U'),
    ('ư', 'u'),
    ('Ǎ', 'A'),
    ('ǎ', 'a'),
    ('Ǐ', 'I'),
    ('ǐ', 'i'),
    ('Ǒ', 'O'),
    ('ǒ', 'o'),
    ('Ǔ', 'U'),
    ('ǔ', 'u'),
    ('Ǖ', 'U'),
    ('ǖ', 'u'),
    ('Ǘ', 'U'),
    ('ǘ', 'u'),
    ('Ǚ', 'U'),
    ('ǚ', 'u'),
    ('Ǜ', 'U'),
    ('ǜ', 'u'),
    ('Ǟ', 'A'),
    ('ǟ', 'a'),
    ('Ǡ', 'A'),
    ('ǡ', 'a'),
    ('Ǧ', 'G'),
    ('ǧ', 'g'),
    ('Ǩ', 'K'),
    ('ǩ', 'k'),
    ('Ǫ', 'O'),
    ('ǫ', 'o'),
    ('Ǭ', 'O'),
    ('ǭ', 'o'),
    ('ǰ', 'j'),
    ('Ǵ', 'G'),
    ('ǵ', 'g'),
    ('Ǹ', 'N'),
    ('ǹ', 'n'),
    ('Ǻ', 'A'),
    ('ǻ', 'a'),
    ('Ȁ', 'A'),
    ('ȁ', 'a'),
    ('Ȃ', 'A'),
    ('ȃ', 'a'),
    ('Ȅ', 'E'),
    ('ȅ', 'e'),
    ('Ȇ', 'E'),
    ('ȇ', 'e'),
    ('Ȉ', 'I'),
    ('ȉ', 'i'),
    ('Ȋ', 'I'),
    ('ȋ', 'i'),
    ('Ȍ', 'O'),
    ('ȍ', 'o'),
    ('Ȏ', 'O'),
    ('ȏ', 'o'),
    ('Ȑ', 'R'),
    ('ȑ', 'r'),
    ('Ȓ', 'R'),
    ('ȓ', 'r'),
    ('Ȕ', 'U'),
    ('ȕ', 'u'),
    ('Ȗ', 'U'),
    ('ȗ', 'u'),
    ('Ș', 'S'),
    ('ș', 's'),
    ('Ț', 'T'),
    ('ț', 't'),
    ('Ȟ', 'H'),
    ('ȟ', 'h'),
    ('Ȧ', 'A'),
    ('ȧ', 'a'),
    ('Ȩ', 'E'),
    ('ȩ', 'e'),
    ('Ȫ', 'O'),
    ('ȫ', 'o'),
    ('Ȭ', 'O'),
    ('ȭ', 'o'),
    ('Ȯ', 'O'),
    ('ȯ', 'o'),
    ('Ȱ', 'O'),
    ('ȱ', 'o'),
    ('Ȳ', 'Y'),
    ('ȳ', 'y'),
];

/// The weights of one character at the three levels.
fn weights(c: char) -> (u32, u32, u32) {
    if let Some(i) = PUNCT.chars().position(|p| p == c) {
        return (1 + i as u32, 0, 0);
    }
    if c.is_ascii_digit() {
        return (100 + (c as u32 - '0' as u32), 0, 0);
    }
    let (base, accent) = match BASE.binary_search_by(|(a, _)| a.cmp(&c)) {
        Ok(i) => (BASE[i].1, c as u32),
        Err(_) => (c, 0),
    };
    let upper = u32::from(base.is_uppercase());
    if base.is_ascii_alphabetic() {
        return (200 + (base.to_ascii_lowercase() as u32 - 'a' as u32), accent, upper);
    }
    let lower = base.to_lowercase().next().unwrap_or(base);
    (1000 + lower as u32, accent, upper)
}

/// Compares two strings in collation order.
pub fn compare(a: &str, b: &str) -> Ordering {
    let wa: Vec<_> = a.chars().map(weights).collect();
    let wb: Vec<_> = b.chars().map(weights).collect();
    let level = |f: fn(&(u32, u32, u32)) -> u32| wa.iter().map(f).cmp(wb.iter().map(f));
    level(|w| w.0).then_with(|| level(|w| w.1)).then_with(|| level(|w| w.2)).then_with(|| a.cmp(b))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_sort_as_hugos_english_collator_sorts_them() {
        let mut v = ["b", "B", "a", "A", "_x", "1", "10", "9", "é", "e", "f", "Z", "ab", "a b", "a-b"];
        v.sort_by(|a, b| compare(a, b));
        assert_eq!(v, ["_x", "1", "10", "9", "a", "A", "a b", "a-b", "ab", "b", "B", "e", "é", "f", "Z"], "Hugo 0.168's sort order");
    }

    #[test]
    fn the_accent_table_is_sorted() {
        assert!(BASE.windows(2).all(|w| w[0].0 < w[1].0), "BASE must be sorted for binary search");
    }
}
