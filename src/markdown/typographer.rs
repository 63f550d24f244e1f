//! Goldmark's typographer writes named entities (`&rsquo;`, `&ndash;`, …) where
//! pulldown-cmark's smart punctuation produces characters. A text event is a
//! substitution when its text is one of those characters and its source is not.

use crate::options::Typographer;

/// The HTML to write for a smart-punctuation event, or `None` if `text` (from
/// source `raw`) is ordinary text.
pub fn substitution<'t>(text: &str, raw: &str, typographer: &'t Typographer) -> Option<&'t str> {
    if text == raw {
        return None;
    }
    let s = match text {
        "\u{2018}" if raw == "'" => &typographer.left_single_quote,
        "\u{2019}" if raw == "'" => &typographer.right_single_quote,
        "\u{201C}" if raw == "\"" => &typographer.left_double_quote,
        "\u{201D}" if raw == "\"" => &typographer.right_double_quote,
        "\u{2013}" if raw == "--" => &typographer.en_dash,
        "\u{2014}" if raw == "---" => &typographer.em_dash,
        "\u{2026}" if raw == "..." => &typographer.ellipsis,
        _ => return None,
    };
    Some(s)
}

/// Whether a configured replacement may be written as is: a character reference.
/// Anything else is written as escaped text, so a site config cannot inject markup.
pub fn is_entity(s: &str) -> bool {
    let Some(inner) = s.strip_prefix('&').and_then(|r| r.strip_suffix(';')) else {
        return false;
    };
    let inner = inner
        .strip_prefix('#')
        .map_or(inner, |n| n.strip_prefix(['x', 'X']).unwrap_or(n));
    !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// Replaces `<<` and `>>` in plain text with the configured angle quotes.
pub fn angle_quotes(text: &str) -> Option<Vec<(usize, usize, bool)>> {
    if !text.contains("<<") && !text.contains(">>") {
        return None;
    }
    let mut found = Vec::new();
    let b = text.as_bytes();
    let mut i = 0;
    while i + 1 < b.len() {
        if (b[i] == b'<' || b[i] == b'>') && b[i + 1] == b[i] {
            found.push((i, i + 2, b[i] == b'<'));
            i += 2;
        } else {
            i += 1;
        }
    }
    Some(found)
}
