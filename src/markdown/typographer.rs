//! Goldmark's typographer, rule for rule (`extension/typographer.go`): quotes,
//! dashes, ellipses and angle quotes become the entities a Hugo site configures.
//!
//! pulldown-cmark's smart punctuation follows different quote rules, so Recap
//! runs its own scan over text as written. Like Goldmark it looks at the
//! character before each quote in the source and the rest of the source line
//! after it, and counts unclosed quotes per block.

use crate::go_unicode::{is_digit, is_letter, is_punct, is_symbol};
use crate::options::Typographer;
use crate::search::ByteSet;
use std::ops::Range;

/// A substitution.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sub {
    /// `'` opening
    LeftSingle,
    /// `'` closing
    RightSingle,
    /// `"` opening
    LeftDouble,
    /// `"` closing
    RightDouble,
    /// `--`
    EnDash,
    /// `---`
    EmDash,
    /// `...`
    Ellipsis,
    /// `<<`
    LeftAngle,
    /// `>>`
    RightAngle,
    /// `'` inside a word or before a decade
    Apostrophe,
}

impl Sub {
    /// The configured replacement.
    pub fn replacement(self, t: &Typographer) -> &str {
        match self {
            Sub::LeftSingle => &t.left_single_quote,
            Sub::RightSingle => &t.right_single_quote,
            Sub::LeftDouble => &t.left_double_quote,
            Sub::RightDouble => &t.right_double_quote,
            Sub::EnDash => &t.en_dash,
            Sub::EmDash => &t.em_dash,
            Sub::Ellipsis => &t.ellipsis,
            Sub::LeftAngle => &t.left_angle_quote,
            Sub::RightAngle => &t.right_angle_quote,
            Sub::Apostrophe => &t.apostrophe,
        }
    }
}

/// Quotes opened and not yet closed in the current block.
#[derive(Debug, Default, Clone, Copy)]
pub struct Quotes {
    single: usize,
    double: usize,
}

/// A piece of text: a source range, and the substitution it becomes, if any.
pub type Piece = (Range<usize>, Option<Sub>);

/// Splits `source[range]` (text as written) into plain runs and
/// substitutions, as they are read (a text run had a vector of its own).
pub fn pieces<'q>(source: &'q str, range: Range<usize>, quotes: &'q mut Quotes) -> Pieces<'q> {
    let specials = ByteSet::new([b'-', b'.', b'<', b'>', b'\'', b'"']);
    let before_next = *quotes;
    Pieces {
        source,
        end: range.end,
        i: range.start,
        plain_start: range.start,
        source_line_end: 0,
        quotes,
        next: None,
        before_next,
        specials,
    }
}

/// The iterator [`pieces`] gives.
pub struct Pieces<'q> {
    source: &'q str,
    end: usize,
    i: usize,
    plain_start: usize,
    /// The end of the source line `i` is on, found once per line (not per quote).
    source_line_end: usize,
    quotes: &'q mut Quotes,
    /// A substitution found after a plain run, given after it.
    next: Option<Piece>,
    /// The quotes before the last substitution was found (see [`Pieces::unread_last`]).
    before_next: Quotes,
    /// The bytes a substitution starts with.
    specials: ByteSet<6>,
}

impl Iterator for Pieces<'_> {
    type Item = Piece;

    fn next(&mut self) -> Option<Piece> {
        if let Some(piece) = self.next.take() {
            return Some(piece);
        }
        let (source, end) = (self.source, self.end);
        let bytes = source.as_bytes();
        while self.i < end {
            let Some(n) = self.specials.find(&bytes[self.i..end]) else {
                break;
            };
            let i = self.i + n;
            self.before_next = *self.quotes;
            let found = sub_at(source, i, end, &mut self.source_line_end, self.quotes);
            let Some((sub, len)) = found else {
                self.i = i + 1;
                continue;
            };
            let plain = self.plain_start..i;
            self.i = i + len;
            self.plain_start = self.i;
            let sub = (i..i + len, Some(sub));
            if plain.is_empty() {
                return Some(sub);
            }
            self.next = Some(sub);
            return Some((plain, None));
        }
        self.i = end;
        let plain = self.plain_start..end;
        self.plain_start = end;
        (!plain.is_empty()).then_some((plain, None))
    }
}

impl Pieces<'_> {
    /// Stops after the substitution just given, as if it had not been read:
    /// the quotes go back to what they were before it (a quote that a
    /// linkified URL takes is no quote).
    pub fn unread_last(self) {
        *self.quotes = self.before_next;
    }
}

/// The substitution that starts at `source[i]`, a byte of text as written
/// that ends at `end`, and its length. `line_end` keeps the end of the
/// source line last looked for (a quote's rules read the rest of its line),
/// so that it is found once a line, not once a quote.
fn sub_at(source: &str, i: usize, end: usize, line_end: &mut usize, quotes: &mut Quotes) -> Option<(Sub, usize)> {
    let bytes = source.as_bytes();
    let c = bytes[i];
    // The rest of the source line (Goldmark looks at it); dashes and dots need only three bytes.
    let rest_end = if matches!(c, b'\'' | b'"') {
        if *line_end <= i {
            *line_end = memchr::memchr(b'\n', &bytes[i..]).map_or(source.len(), |n| i + n + 1);
        }
        *line_end
    } else {
        (i + 3).min(bytes.len())
    };
    let line = &bytes[i..rest_end];
    let fits = |n: usize| i + n <= end;
    match c {
        // A character escaped with a backslash is text to Goldmark, which its
        // typographer never sees (pulldown-cmark's text starts after the backslash).
        _ if escaped(bytes, i) => None,
        b'-' if line.starts_with(b"---") && fits(3) => Some((Sub::EmDash, 3)),
        b'-' if line.starts_with(b"--") && fits(2) => Some((Sub::EnDash, 2)),
        b'.' if line.starts_with(b"...") && fits(3) => Some((Sub::Ellipsis, 3)),
        b'<' if line.starts_with(b"<<") && fits(2) => Some((Sub::LeftAngle, 2)),
        b'>' if line.starts_with(b">>") && fits(2) => Some((Sub::RightAngle, 2)),
        b'\'' | b'"' => quote(source, i, line, quotes).map(|s| (s, 1)),
        _ => None,
    }
}

/// The bytes [`write_html`] stops at: a substitution's first bytes and the bytes text escaping replaces.
const WRITE_HTML_BYTES: [u8; 8] = [b'-', b'.', b'<', b'>', b'\'', b'"', b'&', 0];

/// Typographs `source[range]` (text as written) and escapes it as
/// [`crate::html::escape_text`] does, into HTML `out`, in one pass: what
/// [`pieces`] and escaping each piece give, with each byte read once.
pub fn write_html(out: &mut String, source: &str, range: Range<usize>, quotes: &mut Quotes, t: &Typographer) {
    // The typographer's bytes and escaping's (`crate::html::TEXT_SPECIALS`, a test checks).
    let specials = ByteSet::new(WRITE_HTML_BYTES);
    let bytes = source.as_bytes();
    let (mut i, end) = (range.start, range.end);
    let mut last = i;
    let mut line_end = 0;
    while let Some(n) = specials.find(&bytes[i..end]) {
        let at = i + n;
        i = at + 1;
        let escaped = match sub_at(source, at, end, &mut line_end, quotes) {
            Some((sub, len)) => {
                out.push_str(&source[last..at]);
                write(out, sub, t);
                i = at + len;
                last = i;
                continue;
            }
            None => match crate::html::text_escape(bytes[at]) {
                Some(escaped) => escaped,
                None => continue,
            },
        };
        out.push_str(&source[last..at]);
        out.push_str(escaped);
        last = i;
    }
    out.push_str(&source[last..end]);
}

/// Whether the byte at `i` of Markdown `source` is escaped: an odd number of
/// backslashes right before it (an even number escape each other). Only
/// asked of ASCII punctuation in text, which a backslash before always escapes.
pub(crate) fn escaped(source: &[u8], i: usize) -> bool {
    source[..i].iter().rev().take_while(|&&b| b == b'\\').count() % 2 == 1
}

/// Inline HTML and autolinks that Goldmark's typographer takes apart:
/// Goldmark reads `<<` as an angle quote before it looks for a tag or an
/// autolink at the second `<`, so in `<<name>>` there is no `<name>` tag and
/// in `<<https://example.com>>` no `<https://example.com>` autolink, only
/// text (in which linkify may then find the URL); pulldown-cmark leaves the
/// first `<` as text and reads a tag or an autolink from the second. Each
/// such element becomes text as written (its own source; an autolink's three
/// events one), which the writer then joins with the text around it and
/// typographs. The `<` before it must be text as written and unpaired: an odd
/// number of them, none escaped, right before it.
pub(crate) fn angle_quoted_as_text<'a>(source: &'a str, events: &mut Vec<(pulldown_cmark::Event<'a>, Range<usize>)>) {
    use pulldown_cmark::{Event, LinkType, Tag, TagEnd};
    let bytes = source.as_bytes();
    let mut k = 1;
    while k < events.len() {
        // The element's source and how many events it is.
        let element = match &events[k] {
            (Event::InlineHtml(_), range) => Some((range.clone(), 1)),
            (Event::Start(Tag::Link { link_type: LinkType::Autolink | LinkType::Email, .. }), range)
                if matches!(events.get(k + 2), Some((Event::End(TagEnd::Link), _))) =>
            {
                Some((range.clone(), 3))
            }
            _ => None,
        };
        let Some((range, n)) = element else {
            k += 1;
            continue;
        };
        let at = range.start;
        let (Event::Text(before), text) = &events[k - 1] else {
            k += 1;
            continue;
        };
        if text.end != at || bytes.get(at) != Some(&b'<') || source.get(text.clone()) != Some(&**before) {
            k += 1;
            continue;
        }
        // (A `<` right before a tag can only be text: no other construct ends in one.)
        let mut run = 0;
        while run < at && bytes[at - run - 1] == b'<' && !escaped(bytes, at - run - 1) {
            run += 1;
        }
        if run % 2 == 1 {
            events[k] = (Event::Text(source[range.clone()].into()), range);
            events.drain(k + 1..k + n);
        }
        k += 1;
    }
}

/// Goldmark's `util.IsPunctRune`: punctuation or symbol.
fn is_punct_or_symbol(c: char) -> bool {
    is_punct(c) || is_symbol(c)
}

/// Whether a quote that is open closes here: it can only close, or it can do
/// both and punctuation then punctuation or a space (or the end) follows.
fn closes(line: &[u8], can_open: bool, can_close: bool) -> bool {
    let len = line.len();
    let is_close = can_close && !can_open;
    let maybe_close = can_close
        && can_open
        && len > 1
        && is_punct(rune_at(line, 1))
        && (len == 2 || (len > 2 && byte_punct(line[2])) || byte_space(line[2]));
    is_close || maybe_close
}

/// Go's `util.ToRune`: the rune that contains byte `pos` of `line`.
fn rune_at(line: &[u8], pos: usize) -> char {
    let mut i = pos.min(line.len().saturating_sub(1));
    while i > 0 && (line[i] & 0xC0) == 0x80 {
        i -= 1;
    }
    // (At most one character's bytes are decoded: the line can be long.)
    let end = (i + 4).min(line.len());
    line[i..end].utf8_chunks().next().and_then(|c| c.valid().chars().next()).unwrap_or(' ')
}

fn byte_punct(b: u8) -> bool {
    b.is_ascii_punctuation()
}

fn byte_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c')
}

/// The quote at `source[i]`, with `line` the rest of its source line.
fn quote(source: &str, i: usize, line: &[u8], quotes: &mut Quotes) -> Option<Sub> {
    let c = line[0];
    let before = source[..i].chars().next_back().unwrap_or('\n');
    // Goldmark's ScanDelimiter for the run of this quote character.
    let run = line.iter().take_while(|b| **b == c).count();
    let after = if run < line.len() { rune_at(line, run) } else { ' ' };
    let before_punct = is_punct_or_symbol(before);
    let before_space = before.is_whitespace();
    let after_punct = is_punct_or_symbol(after);
    let after_space = after.is_whitespace();
    let can_open = !after_space && (!after_punct || before_space || before_punct);
    let can_close = !before_space && (!before_punct || after_space || after_punct);
    let len = line.len();
    if c == b'\'' {
        // Decades: '90s
        if can_open && !can_close && len > 3 && line[1].is_ascii_digit() && line[2].is_ascii_digit() && line[3] == b's' {
            let after = if len > 4 { rune_at(line, 4) } else { ' ' };
            if len == 3 || after.is_whitespace() || is_punct_or_symbol(after) {
                return Some(Sub::Apostrophe);
            }
        }
        // Abbreviations: 'tis, 'em, 'n', 'll
        if len > 1 && (is_punct(before) || before.is_whitespace()) && matches!(line[1], b't' | b'e' | b'n' | b'l') {
            return Some(Sub::Apostrophe);
        }
        // Inside a word: it's, rock'n'roll
        if len > 1 && (is_digit(before) || is_letter(before)) && is_letter(rune_at(line, 1)) {
            return Some(Sub::Apostrophe);
        }
        if can_open && !can_close {
            let mut sub = Sub::LeftSingle;
            if len > 1 && matches!(line[1], b's' | b'm' | b't' | b'd') && (len < 3 || byte_punct(line[2]) || byte_space(line[2])) {
                sub = Sub::RightSingle;
            }
            if len > 2
                && matches!((line[1], line[2]), (b'v', b'e') | (b'l', b'l') | (b'r', b'e'))
                && (len < 4 || byte_punct(line[3]) || byte_space(line[3]))
            {
                sub = Sub::RightSingle;
            }
            if sub == Sub::LeftSingle {
                quotes.single += 1;
            }
            return Some(sub);
        }
        let first = rune_at(line, 0);
        if (len > 1 && first.is_whitespace()) || (is_punct(first) && len > 2 && !is_digit(rune_at(line, 1))) {
            return Some(Sub::RightSingle);
        }
        if quotes.single > 0 && closes(line, can_open, can_close) {
            quotes.single -= 1;
            return Some(Sub::RightSingle);
        }
        return None;
    }
    if can_open && !can_close {
        quotes.double += 1;
        return Some(Sub::LeftDouble);
    }
    if quotes.double > 0 && closes(line, can_open, can_close) {
        // "Monitor 21""
        if len > 1 && line[1] == b'"' && is_digit(before) {
            return None;
        }
        quotes.double -= 1;
        return Some(Sub::RightDouble);
    }
    None
}

/// Writes the replacement for `sub` that the site configures (`t`) into
/// HTML `out` (text or an attribute value): an entity as it is, other text
/// escaped.
pub fn write(out: &mut String, sub: Sub, t: &Typographer) {
    let replacement = sub.replacement(t);
    if is_entity(replacement) {
        out.push_str(replacement);
    } else {
        crate::html::escape_text(out, replacement);
    }
}

/// Whether a configured replacement may be written as is: a character reference.
/// Anything else is written as escaped text, so a site config cannot inject markup.
fn is_entity(s: &str) -> bool {
    let Some(inner) = s.strip_prefix('&').and_then(|r| r.strip_suffix(';')) else {
        return false;
    };
    let inner = inner.strip_prefix('#').map_or(inner, |n| n.strip_prefix(['x', 'X']).unwrap_or(n));
    !inner.is_empty() && inner.bytes().all(|b| b.is_ascii_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn render(s: &str) -> String {
        let mut q = Quotes::default();
        let t = Typographer::default();
        pieces(s, 0..s.len(), &mut q)
            .map(|(r, sub)| match sub {
                Some(sub) => sub.replacement(&t).to_owned(),
                None => s[r].to_owned(),
            })
            .collect()
    }

    #[test]
    fn quotes_dashes_and_ellipses() {
        assert_eq!(render("\"Hi\" -- it's 'ok'..."), "&ldquo;Hi&rdquo; &ndash; it&rsquo;s &lsquo;ok&rsquo;&hellip;");
        assert_eq!(render("a---b <<c>>"), "a&mdash;b &laquo;c&raquo;");
        assert_eq!(render("the '90s"), "the &rsquo;90s");
    }

    #[test]
    fn one_pass_stops_at_every_byte_escaping_replaces() {
        for b in crate::html::TEXT_SPECIALS {
            assert!(WRITE_HTML_BYTES.contains(&b), "{b}");
        }
    }

    #[test]
    fn one_pass_writes_what_pieces_and_escaping_write() {
        let parts = ["a", " ", "'", "\"", "-", "--", "...", ".", "<", "<<", ">>", ">", "&", "\0", "\\", "é", "\n", "90s", "x"];
        let t = Typographer::default();
        let mut seed = 7u64;
        for _ in 0..4000 {
            let mut text = String::new();
            for _ in 0..12 {
                seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                text.push_str(parts[(seed >> 33) as usize % parts.len()]);
            }
            let (mut q1, mut q2) = (Quotes::default(), Quotes::default());
            let mut expected = String::new();
            for (piece, sub) in pieces(&text, 0..text.len(), &mut q1) {
                match sub {
                    Some(sub) => write(&mut expected, sub, &t),
                    None => crate::html::escape_text(&mut expected, &text[piece]),
                }
            }
            let mut actual = String::new();
            write_html(&mut actual, &text, 0..text.len(), &mut q2, &t);
            assert_eq!(actual, expected, "{text:?}");
            assert_eq!((q1.single, q1.double), (q2.single, q2.double), "{text:?}");
        }
    }

    #[test]
    fn escaped_characters_are_not_substituted() {
        assert_eq!(render("\\\"a\\\" it's"), "\\\"a\\\" it&rsquo;s");
        assert_eq!(render("\\\\\"a\""), "\\\\&ldquo;a&rdquo;", "an escaped backslash escapes nothing");
        assert_eq!(render("a\\--b \\...c \\<<d"), "a\\--b \\...c \\<<d");
        assert_eq!(render("a\\---b"), "a\\-&ndash;b");
    }

    #[test]
    fn a_quote_at_the_end_of_a_line_stays_straight() {
        assert_eq!(render("of mTLS'\nchecks"), "of mTLS'\nchecks", "Goldmark needs two characters after it");
        assert_eq!(render("of mTLS' checks"), "of mTLS&rsquo; checks");
    }
}
