//! Summary, word count and reading time, computed on the rendered HTML as Hugo
//! computes them (`resources/page/page_markup.go`, `hugolib/page__content.go`).

use crate::search::{high_bits, ByteSet};

/// Hugo's manual summary divider.
pub const DIVIDER: &str = "<!--more-->";

/// Where Hugo's automatic summary ends: after the `</p>` of the paragraph in
/// which the word count reaches `words`, and, when that paragraph is inside
/// an element (a `<div>`, a list, a blockquote), after the end of the
/// outermost one, if it ends; the whole HTML if the count never gets there.
/// (Hugo 0.168 keeps the top-level element whole: found by building pages
/// with it, see the hugo-sites case `shortcodes/summary-cut`.)
pub fn auto_summary_end(html: &str, words: usize, cjk: bool) -> usize {
    let end = paragraph_end(html, words, cjk);
    top_level_end(html, end).unwrap_or(end)
}

/// The end of the top-level element open at `at` (after its end tag), or
/// `None` where none is open or it never ends.
fn top_level_end(html: &str, at: usize) -> Option<usize> {
    const VOID: &[&str] = &["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"];
    let mut depth = 0usize;
    let mut i = 0;
    while let Some(lt) = memchr::memchr(b'<', &html.as_bytes()[i..]).map(|p| i + p) {
        if lt >= at && depth == 0 {
            return None;
        }
        let rest = &html[lt..];
        let len = tag_length(rest)?;
        let tag = &rest[..len];
        if tag.starts_with("</") {
            depth = depth.saturating_sub(1);
            if depth == 0 && lt >= at {
                return Some(lt + len);
            }
        } else if !tag.starts_with("<!") {
            let name = &tag[1..1 + tag[1..].bytes().take_while(u8::is_ascii_alphanumeric).count()];
            if !name.is_empty() && !VOID.iter().any(|v| v.eq_ignore_ascii_case(name)) && !tag.ends_with("/>") {
                depth += 1;
            }
        }
        i = lt + len;
    }
    None
}

/// Hugo's automatic summary counts words paragraph by paragraph: the text
/// up to each `</p>`, from the `>` of the one before (tags and all). Where
/// the count reaches `words`, after that `</p>`. On a CJK page a word with
/// characters above ASCII counts each of them (see [`count_word`]).
fn paragraph_end(html: &str, words: usize, cjk: bool) -> usize {
    if words == 0 {
        return 0;
    }
    let spaces = ByteSet::new(ASCII_SPACES);
    let mut count = 0;
    let mut j = 0;
    while let Some(close) = crate::search::find(&html[j..], "</p>") {
        count_paragraph(&html[j..j + close], words, cjk, &mut count, &spaces);
        if count >= words {
            return j + close + 4;
        }
        j += close + 3;
    }
    html.len()
}

/// Hugo's loop over a paragraph: a word ends at each whitespace character
/// and at the last character (which it leaves out); tag-like tokens are not
/// counted. Adds to `count` until it reaches `limit`. (The paragraphs before
/// the limit are read whole: sixteen bytes a step to the next ASCII space or
/// character above ASCII.)
fn count_paragraph(paragraph: &str, limit: usize, cjk: bool, count: &mut usize, spaces: &ByteSet<6>) {
    let Some(last) = paragraph.char_indices().next_back().map(|(i, _)| i) else {
        return;
    };
    let bytes = paragraph.as_bytes();
    let (mut word_start, mut i) = (0, 0);
    loop {
        // The next whitespace character before the last character, and its length.
        let (mut at, mut len) = (last, 0);
        while let Some(k) = spaces.find_or_high(&bytes[i..last]).map(|k| i + k) {
            let c = paragraph[k..].chars().next().expect("a character starts where the scan stops");
            if c.is_whitespace() {
                (at, len) = (k, c.len_utf8());
                break;
            }
            i = k + c.len_utf8();
        }
        *count += count_word(&paragraph[word_start..at], cjk);
        if *count >= limit || at == last {
            return;
        }
        word_start = at;
        i = at + len;
    }
}

/// Hugo's `countWord`: nothing for a tag-like token; on a CJK page, for a
/// word whose text (tags stripped, as [`plain`] strips them) is not ASCII,
/// its characters; else one.
fn count_word(word: &str, cjk: bool) -> usize {
    let word = crate::search::trim(word);
    if word.is_empty() || is_probably_html_token(word) {
        return 0;
    }
    if !cjk || word.is_ascii() {
        return 1;
    }
    let text = plain(word);
    let chars = text.chars().count();
    if chars == text.len() {
        1
    } else {
        chars
    }
}

/// Hugo's `isProbablyHTMLToken`: `>`, `^</?[A-Za-z]+>?$` or `^[A-Za-z]+=["']`.
fn is_probably_html_token(s: &str) -> bool {
    if s == ">" {
        return true;
    }
    let b = s.as_bytes();
    let tag = {
        let rest = s.strip_prefix('<').map(|r| r.strip_prefix('/').unwrap_or(r));
        rest.is_some_and(|r| {
            let r = r.strip_suffix('>').unwrap_or(r);
            !r.is_empty() && r.bytes().all(|c| c.is_ascii_alphabetic())
        })
    };
    let letters = b.iter().take_while(|c| c.is_ascii_alphabetic()).count();
    let attribute = letters > 0 && b.get(letters) == Some(&b'=') && matches!(b.get(letters + 1), Some(b'"' | b'\''));
    tag || attribute
}

/// Hugo's `StripHTML`: tags removed, `</p>` and `<br>` kept as line breaks,
/// other newlines as spaces, runs of whitespace reduced to their first character.
pub fn plain(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    strip(html, |piece| out.push_str(piece));
    let mut collapsed = String::with_capacity(out.len());
    let mut was_space = false;
    for c in out.chars() {
        let space = c.is_whitespace();
        if !(space && was_space) {
            collapsed.push(c);
        }
        was_space = space;
    }
    collapsed
}

/// Calls `emit` with the text of `html` between tags, in order: newlines as
/// spaces, `</p>` and `<br>` as newlines, comments and tags dropped.
fn strip(html: &str, mut emit: impl FnMut(&str)) {
    let bytes = html.as_bytes();
    let mut i = 0;
    let mut start = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => {
                emit(&html[start..i]);
                emit(" ");
                i += 1;
                start = i;
            }
            b'<' => {
                emit(&html[start..i]);
                let end = tag_end(&html[i..]);
                if breaks_line(&html[i..i + end]) {
                    emit("\n");
                }
                i += end;
                start = i;
            }
            _ => i += 1,
        }
    }
    emit(&html[start..]);
}

/// Hugo's word count of rendered HTML, without building the plain text:
/// runs of non-whitespace; for CJK pages a word with multi-byte characters
/// counts each character.
pub fn count_words(html: &str, cjk: bool) -> usize {
    words(html, cjk).0
}

/// [`count_words`], and whether the text ends inside a word: when it does not,
/// the count of HTML after it adds on (blocks are counted one at a time).
///
/// The text is read as [`strip`] gives it, in one pass over the bytes that
/// does not build the pieces: this runs over every post's whole HTML, and was
/// the largest single item of a render's profile (11% natively, 6% in
/// Chromium). Sixty-four bytes a step ([`words_in_blocks`]), but on CJK pages,
/// where a word's characters are counted ([`words_by_char`]).
pub fn words(html: &str, cjk: bool) -> (usize, bool) {
    if cjk {
        return words_by_char(html, true);
    }
    let Some(counted) = words_in_blocks(html) else {
        return words_by_char(html, false);
    };
    // (Builds with debug assertions, the fuzz targets' among them, read every
    // HTML both ways.)
    debug_assert_eq!(counted, words_by_char(html, false));
    counted
}

/// [`words`] sixty-four bytes a step, with a bit for each byte: spaces
/// (ASCII ones, the characters above ASCII that `char::is_whitespace` takes,
/// and the tags that break the line), bytes inside a tag (dropped, so
/// `a<em>b</em>` is one word), and word bytes, the rest. The bytes inside
/// tags are those after an odd number of `<` and `>` (a prefix XOR of their
/// bits), when each `>` ends the tag the last `<` opened. A word starts at a
/// word byte whose last byte before it, tags aside, is a space: with each
/// run of a tag's bits filled from the byte before it (one addition carries
/// through the run), one shift and a population count. Only a comment, a tag
/// that may be `</p>` or `<br>`, a tag left open at the block's end and a
/// character above ASCII that may be a space are looked at one at a time.
///
/// `None` for HTML with a `<` inside a tag or a `>` outside one, which
/// [`words_by_char`] reads instead: the writer escapes both in text and
/// attributes, so only raw HTML or a shortcode's output can have them.
///
/// Natively 870 → ~3,000 MB/s over the posts' HTML, a render 1.12× (the
/// count was 11% of its profile); in Chromium the count's share of a
/// render 5.8 → 3.7%, a render 1.03×.
fn words_in_blocks(html: &str) -> Option<(usize, bool)> {
    let bytes = html.as_bytes();
    let (lt, gt, spaces) = (ByteSet::new([b'<']), ByteSet::new([b'>']), ByteSet::new(ASCII_SPACES));
    let [to_bang, to_slash, to_p, to_b, to_r] = [b'!', b'/', b'p', b'b', b'r'].map(|c| ByteSet::new([c]));
    let mut count = 0;
    // Whether the last byte read, tags aside, was a space (or none was read yet).
    let mut after_space = true;
    // A tag or space character begun in an earlier block ends at `until`; its
    // bytes in this one are spaces if `until_space`, else dropped.
    let (mut until, mut until_space) = (0usize, false);
    let mut at = 0;
    // The last bytes, zero-padded (set once: only the last block is short).
    let mut padded = [0; 64];
    while at < bytes.len() {
        let n = (bytes.len() - at).min(64);
        let block: &[u8; 64] = match bytes[at..].first_chunk() {
            Some(full) => full,
            None => {
                padded[..n].copy_from_slice(&bytes[at..]);
                &padded
            }
        };
        let [mut l, mut g, mut bang, mut slash, mut p, mut b, mut r, mut space, mut high] = [0u64; 9];
        for (k, chunk) in block.chunks_exact(16).enumerate() {
            let chunk: &[u8; 16] = chunk.try_into().expect("sixteen bytes");
            let shift = 16 * k;
            l |= u64::from(lt.matches(chunk)) << shift;
            g |= u64::from(gt.matches(chunk)) << shift;
            bang |= u64::from(to_bang.matches(chunk)) << shift;
            slash |= u64::from(to_slash.matches(chunk)) << shift;
            p |= u64::from(to_p.matches(chunk)) << shift;
            b |= u64::from(to_b.matches(chunk)) << shift;
            r |= u64::from(to_r.matches(chunk)) << shift;
            space |= u64::from(spaces.matches(chunk)) << shift;
            high |= u64::from(high_bits(chunk)) << shift;
        }
        let valid = bits(0, n);
        // What an earlier block began.
        let carried = bits(0, until.saturating_sub(at));
        let mut dropped = if until_space { 0 } else { carried };
        if until_space {
            space |= carried;
        }
        l &= valid & !carried;
        g &= valid & !carried;
        // Comments first (`<!-- raw HTML omitted -->` is the writer's own):
        // from `<!--` to `-->`, whatever is between.
        let mut comments = 0;
        let mut open = l & (bang >> 1);
        while open != 0 {
            let k = open.trailing_zeros() as usize;
            open &= open - 1;
            if comments >> k & 1 == 1 || !bytes[at + k..].starts_with(b"<!--") {
                continue;
            }
            let end = at + k + tag_end(&html[at + k..]);
            comments |= bits(k, end - at);
            if end > at + 64 {
                (until, until_space) = (end, false);
            }
        }
        l &= !comments;
        g &= !comments;
        let inside = prefix_xor(l | g);
        // (A comment opens only outside a tag.)
        if l & !inside != 0 || g & inside != 0 || comments & !(comments << 1) & inside != 0 {
            return None;
        }
        dropped |= inside | g | comments;
        // `</p>` and `<br>` break the line: the tags that start so are checked.
        let mut maybe = l & ((slash >> 1) & (p >> 2) | (b >> 1) & (r >> 2));
        while maybe != 0 {
            let k = maybe.trailing_zeros() as usize;
            maybe &= maybe - 1;
            let after = g & !bits(0, k + 1);
            if after != 0 {
                let end = after.trailing_zeros() as usize + 1;
                if breaks_line(&html[at + k..at + end]) {
                    space |= bits(k, end);
                    dropped &= !bits(k, end);
                }
            }
        }
        // A tag left open at the block's end: from the last `<` on.
        if inside >> (n - 1) & 1 == 1 {
            let k = 63 - l.leading_zeros() as usize;
            let end = at + k + tag_end(&html[at + k..]);
            until = end;
            until_space = breaks_line(&html[at + k..end]);
            if until_space {
                space |= bits(k, 64);
                dropped &= !bits(k, 64);
            }
        }
        // Characters above ASCII are word bytes, but for the spaces among
        // them, whose first byte is one of these four.
        let mut h = high & valid & !carried & !dropped;
        while h != 0 {
            let k = h.trailing_zeros() as usize;
            h &= h - 1;
            if matches!(block[k], 0xc2 | 0xe1 | 0xe2 | 0xe3) {
                let c = html[at + k..].chars().next().unwrap_or(' ');
                if c.is_whitespace() {
                    let end = at + k + c.len_utf8();
                    space |= bits(k, end - at);
                    if end > at + 64 {
                        (until, until_space) = (end, true);
                    }
                }
            }
        }
        let space = space & !dropped;
        let word = valid & !space & !dropped;
        // Spaces, and the dropped bytes after one: a word byte after either starts a word.
        let before = u64::from(after_space);
        let runs_after_space = ((space << 1) | before) & dropped;
        let spacing = space | (dropped & !dropped.wrapping_add(runs_after_space));
        count += (word & ((spacing << 1) | before)).count_ones() as usize;
        after_space = spacing >> (n - 1) & 1 == 1;
        at += n;
    }
    Some((count, !after_space))
}

/// Bit `k` set where an odd number of `x`'s bits are at `k` or below.
#[inline(always)]
fn prefix_xor(mut x: u64) -> u64 {
    x ^= x << 1;
    x ^= x << 2;
    x ^= x << 4;
    x ^= x << 8;
    x ^= x << 16;
    x ^ x << 32
}

/// Bits `from` (below 64) to `to` (not included, capped at 64) of a block's mask.
#[inline(always)]
fn bits(from: usize, to: usize) -> u64 {
    let below = if to >= 64 { !0 } else { (1 << to) - 1 };
    below & (!0 << from)
}

/// [`words`] byte by byte (a run of ASCII word bytes, or of characters above
/// ASCII, in a tight loop): for CJK pages, which count the characters of a
/// word with characters above ASCII, and HTML that [`words_in_blocks`]
/// leaves to it.
fn words_by_char(html: &str, cjk: bool) -> (usize, bool) {
    let bytes = html.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    // The current word's characters, and whether they are all ASCII (CJK pages count characters).
    let mut chars = 0;
    let mut ascii = true;
    let mut i = 0;
    while i < bytes.len() {
        let b = bytes[i];
        // Each arm either continues the word and the loop, or falls through to end the word.
        match b {
            b'<' => {
                let end = tag_end(&html[i..]);
                let tag = &html[i..i + end];
                i += end;
                // Tags are dropped, but for those that stand for line breaks.
                if !breaks_line(tag) {
                    continue;
                }
            }
            _ if is_ascii_space(b) => i += 1,
            0..0x80 => {
                let run = bytes[i..].iter().position(|&c| !is_ascii_word_byte(c)).unwrap_or(bytes.len() - i);
                i += run;
                in_word = true;
                chars += run;
                continue;
            }
            _ => {
                // Characters above ASCII up to a space: one for each first
                // byte (natively 675 -> 1,240 MB/s on Chinese text, where each was
                // decoded and looked up).
                let mut k = i;
                while let Some(&c) = bytes.get(k).filter(|&&c| c >= 0x80) {
                    if matches!(c, 0xC2 | 0xE1..=0xE3) && space_above_ascii(&bytes[k..]) > 0 {
                        break;
                    }
                    chars += usize::from(c & 0xC0 != 0x80);
                    k += 1;
                }
                if k > i {
                    i = k;
                    in_word = true;
                    ascii = false;
                    continue;
                }
                i += space_above_ascii(&bytes[i..]);
            }
        }
        if in_word {
            count += if cjk && !ascii { chars } else { 1 };
        }
        in_word = false;
        chars = 0;
        ascii = true;
    }
    if in_word {
        count += if cjk && !ascii { chars } else { 1 };
    }
    (count, in_word)
}

/// The length of the whitespace character above ASCII that `bytes` starts
/// with (U+0085, U+00A0, U+1680, U+2000–U+200A, U+2028, U+2029, U+202F,
/// U+205F, U+3000: those `char::is_whitespace` and Go's `unicode.IsSpace`
/// take), or 0.
fn space_above_ascii(bytes: &[u8]) -> usize {
    match bytes {
        [0xC2, 0x85 | 0xA0, ..] => 2,
        [0xE1, 0x9A, 0x80, ..] | [0xE2, 0x80, 0x80..=0x8A | 0xA8 | 0xA9 | 0xAF, ..] | [0xE2, 0x81, 0x9F, ..] | [0xE3, 0x80, 0x80, ..] => 3,
        _ => 0,
    }
}

/// ASCII whitespace as `char::is_whitespace` has it (with the vertical tab,
/// which `u8::is_ascii_whitespace` leaves out).
fn is_ascii_space(b: u8) -> bool {
    ASCII_SPACES.contains(&b)
}

/// The bytes [`is_ascii_space`] takes.
const ASCII_SPACES: [u8; 6] = [b' ', b'\t', b'\n', b'\r', 0x0b, 0x0c];

/// An ASCII byte that continues a word: not whitespace, not a tag's `<`.
fn is_ascii_word_byte(b: u8) -> bool {
    b < 0x80 && b != b'<' && !is_ascii_space(b)
}

/// Whether a tag stands for a line break in the plain text: `</p>` and `<br>`.
fn breaks_line(tag: &str) -> bool {
    matches!(tag, "</p>" | "<br>" | "<br />")
}

/// The length of the tag or comment at the start of `rest` (all of `rest` if it does not end).
fn tag_end(rest: &str) -> usize {
    tag_length(rest).unwrap_or(rest.len())
}

/// The length of the tag or comment at the start of `rest`, if it ends.
fn tag_length(rest: &str) -> Option<usize> {
    // (A chunk at a time rather than memchr: tags are short, and memchr's
    // set-up was most of each call in the wasm profile of highlighted pages.)
    if rest.starts_with("<!--") {
        crate::search::find(rest, "-->").map(|e| e + 3)
    } else {
        ByteSet::new([b'>']).find(rest.as_bytes()).map(|e| e + 1)
    }
}

/// Minutes to read: 212 words a minute, 500 for CJK pages.
pub fn reading_time(words: usize, cjk: bool) -> usize {
    let rate = if cjk { 500 } else { 212 };
    words.div_ceil(rate)
}

/// The summary a `<!--more-->` divider (already rendered as `marker`) ends:
/// the HTML before it, with its closing tag restored if the divider was
/// mid-paragraph. (The content without the divider is the blocks' own,
/// each with the marker taken out: see `render::render_with`.)
pub fn summary_at_divider(html: &str, marker: &str) -> Option<String> {
    let at = html.find(marker)?;
    let after = at + marker.len();
    let before = html[..at].trim_end_matches(char::is_whitespace);
    let summary = match before.strip_suffix("<p>") {
        // The divider starts its paragraph: the summary ends before it.
        Some(kept) => html[..kept.len()].to_owned(),
        None => {
            let mut summary = html[..at].to_owned();
            // Mid-paragraph: the paragraph's rest, to its closing tag.
            if let Some(end) = html[after..].find("</p>").filter(|_| !before.is_empty()) {
                summary.push_str(&html[after..after + end + 4]);
            }
            summary
        }
    };
    Some(summary.trim().to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::random::Random;

    /// Words in plain text: runs of non-whitespace. For CJK pages, a word with
    /// multi-byte characters counts each character.
    fn word_count(plain: &str, cjk: bool) -> usize {
        plain
            .split_whitespace()
            .map(|w| {
                let chars = w.chars().count();
                if cjk && chars != w.len() {
                    chars
                } else {
                    1
                }
            })
            .sum()
    }

    #[test]
    fn summary_ends_after_the_paragraph_that_reaches_the_limit() {
        let html = "<p>one two three</p>\n<p>four five six</p>\n<p>seven</p>\n";
        assert_eq!(&html[..auto_summary_end(html, 4, false)], "<p>one two three</p>\n<p>four five six</p>");
        assert_eq!(auto_summary_end(html, 100, false), html.len(), "short content is all summary");
    }

    #[test]
    fn summary_keeps_the_top_level_element_of_that_paragraph_whole() {
        let html = "<div><div><p>one two three</p><p>four five six</p></div><p>x</p></div>\n<p>after</p>\n";
        assert_eq!(&html[..auto_summary_end(html, 4, false)], "<div><div><p>one two three</p><p>four five six</p></div><p>x</p></div>");
        let unclosed = "<div>\n<p>one two three</p>\n<p>four five six</p>\n<p>more</p>\n";
        assert_eq!(
            &unclosed[..auto_summary_end(unclosed, 4, false)],
            "<div>\n<p>one two three</p>\n<p>four five six</p>",
            "an element that never ends is cut at the paragraph"
        );
        let voids = "<p>a<br>b c d e</p><hr><p>f</p>";
        assert_eq!(&voids[..auto_summary_end(voids, 2, false)], "<p>a<br>b c d e</p>", "void elements open nothing");
    }

    /// Hugo's summary loop as it reads, a character at a time: what
    /// [`paragraph_end`] must agree with.
    fn paragraph_end_by_chars(html: &str, words: usize, cjk: bool) -> usize {
        if words == 0 {
            return 0;
        }
        let mut count = 0;
        let mut j = 0;
        while let Some(close) = html[j..].find("</p>") {
            let paragraph = &html[j..j + close];
            let mut wi = 0;
            for (i, c) in paragraph.char_indices() {
                if c.is_whitespace() || i + c.len_utf8() == paragraph.len() {
                    count += count_word(&paragraph[wi..i], cjk);
                    wi = i;
                    if count >= words {
                        break;
                    }
                }
            }
            if count >= words {
                return j + close + 4;
            }
            j += close + 3;
        }
        html.len()
    }

    #[test]
    fn summary_end_agrees_with_hugos_loop() {
        let pieces = [
            "a",
            "word",
            " ",
            "\n",
            "<p>",
            "</p>",
            "</p>\n",
            "<em>",
            "<a href=\"x\">",
            "href='y'",
            ">",
            "é",
            "日本",
            "\u{a0}",
            "\u{3000}",
            "\u{2028}",
            "\x0b",
            "a few plain words in a longer run of text",
            "  \r\n\x0c ",
        ];
        let mut random = Random(0x9e37_79b9_7f4a_7c15);
        for n in 0..4000 {
            let html = random.joined(&pieces, if n < 2000 { 16 } else { 120 });
            for words in [0, 1, 2, 3, 5, 8, 70] {
                for cjk in [false, true] {
                    assert_eq!(paragraph_end(&html, words, cjk), paragraph_end_by_chars(&html, words, cjk), "{html:?} {words} {cjk}");
                }
            }
        }
    }

    #[test]
    fn tag_like_tokens_are_not_words() {
        assert!(is_probably_html_token("<em>"));
        assert!(is_probably_html_token("href=\"x\">y"));
        assert!(!is_probably_html_token("word"));
    }

    #[test]
    fn plain_text_and_counts() {
        let html = "<p>Hello <em>big</em>\nworld</p>\n<ul>\n<li>a</li>\n</ul>\n";
        let p = plain(html);
        assert_eq!(word_count(&p, false), 4);
        assert_eq!(count_words(html, false), 4, "counting without the plain text agrees");
        assert_eq!(count_words("<p>日本語 text</p>", true), 4);
        assert_eq!(reading_time(213, false), 2);
        assert_eq!(word_count("日本語 text", true), 4, "each CJK character counts");
    }

    #[test]
    fn counting_agrees_with_the_plain_text() {
        let cases = [
            "<p>a<!-- c d -->b</p>",
            "<p>one<br>two<br />three</p>four",
            "x<em>y</em>z w",
            "tail <b",
            "a<!-- never ends",
            "日本語<em>と</em> text\u{a0}here\u{3000}and",
            "\u{301}\u{301} a\tb\x0bc\x0cd\re",
            "<pre><code>fn main() {\n}</code></pre>\n<p>é è</p>",
            "",
            "   ",
        ];
        for html in cases {
            for cjk in [false, true] {
                assert_eq!(count_words(html, cjk), word_count(&plain(html), cjk), "{html:?} cjk={cjk}");
            }
        }
        // Strings built from the pieces that matter to either reading, pseudo-randomly.
        let pieces = [
            "a",
            "bc",
            " ",
            "\n",
            "\t",
            "<p>",
            "</p>",
            "<br>",
            "<br />",
            "<!--",
            "-->",
            ">",
            "<",
            "é",
            "日本",
            "\u{a0}",
            "\u{3000}",
            "\x0b",
            "a few plain words",
            "longer_words_without_spaces",
            "  \r\n\x0c ",
            "<a href=\"https://example.com/a/long/path/that/crosses/a/block/of/sixty-four/bytes\">",
            "</a>",
            "<!-- a comment longer than a block of sixty-four bytes, with <b> inside -->",
            "\u{2009}",
            "\u{85}",
            "\u{1680}",
            "\u{205f}",
            "\u{201c}",
            "\u{1f600}",
            "\u{e2}",
            // Around the spaces' bytes: U+200A is one, U+200B is not; U+3000 is, U+3001 and U+3002 are not.
            "\u{200a}",
            "\u{200b}",
            "\u{2028}",
            "\u{202f}",
            "\u{3001}",
            "\u{3002}",
            "ひらがな",
        ];
        let mut written_pieces: Vec<&str> = pieces.iter().copied().filter(|p| !matches!(*p, "<" | ">" | "<!--" | "-->")).collect();
        written_pieces.extend(["<!-- raw HTML omitted -->", "<!---->", "<!-->", "<!DOCTYPE html>"]);
        let mut random = Random(0x2545_f491_4f6c_dd1d);
        for n in 0..4000 {
            // Short strings, then ones long enough for the sixteen- and sixty-four-byte steps.
            let html = random.joined(&pieces, [12, 80, 300][n % 3]);
            for cjk in [false, true] {
                let plain = plain(&html);
                assert_eq!(count_words(&html, cjk), word_count(&plain, cjk), "{html:?} cjk={cjk}");
                assert_eq!(words(&html, cjk).1, plain.chars().last().is_some_and(|c| !c.is_whitespace()), "{html:?}");
            }
            // HTML as the writer writes it (comments whole, no `<` or `>` out
            // of turn) takes the sixty-four-byte steps, which read it alike.
            let mut written = random.joined(&written_pieces, [12, 80, 300][n % 3]);
            if n % 5 == 0 {
                written.push_str("<em");
            }
            let plain = plain(&written);
            let expected = (word_count(&plain, false), plain.chars().last().is_some_and(|c| !c.is_whitespace()));
            assert_eq!(words_in_blocks(&written), Some(expected), "{written:?}");
        }
        assert_eq!(words("a <b>c", false), (2, true));
        assert_eq!(words("a c</p>", false), (2, false));
    }

    #[test]
    fn divider_on_its_own_line() {
        let html = "<p>a</p>\n<p>MORE</p>\n<p>b</p>\n";
        assert_eq!(summary_at_divider(html, "MORE").as_deref(), Some("<p>a</p>"));
    }
}
