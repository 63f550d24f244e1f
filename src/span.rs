//! Byte spans, and the one place where byte offsets become lines and columns.
//!
//! Everything inside Recap works in byte offsets into the post's source. Humans
//! and editors want lines and columns; JavaScript wants UTF-16 code units. The
//! [`LineIndex`] does both conversions, so no other module has to count.

use serde::Serialize;

/// A half-open byte range `start..end` into a post's source.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    /// Byte offset of the first byte.
    pub start: usize,
    /// Byte offset one past the last byte.
    pub end: usize,
}

impl Span {
    /// A span from `start` to `end` (swapped if given backwards).
    pub fn new(start: usize, end: usize) -> Span {
        if start <= end {
            Span { start, end }
        } else {
            Span { start: end, end: start }
        }
    }

    /// This span moved `by` bytes to the right.
    pub fn shift(self, by: usize) -> Span {
        Span::new(self.start + by, self.end + by)
    }

    /// Number of bytes covered.
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span covers no byte.
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }
}

impl From<std::ops::Range<usize>> for Span {
    fn from(r: std::ops::Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// A place in the source, as people and editors count it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Position {
    /// 1-based line number. Lines end at `\n`; a `\r` before it belongs to the line ending.
    pub line: u32,
    /// 1-based column in Unicode scalar values (what a person counts; a tab is one).
    pub column: u32,
    /// 1-based column in UTF-16 code units (what JavaScript editors count).
    pub utf16_column: u32,
    /// 0-based offset in UTF-16 code units from the start of the source.
    pub utf16_offset: u32,
}

/// Converts byte offsets of one source text into [`Position`]s.
#[derive(Debug, Clone)]
pub struct LineIndex<'a> {
    source: &'a str,
    /// Byte offset at which each line starts.
    line_starts: Vec<usize>,
    /// The UTF-16 units before every [`UTF16_MARK`]th byte (moved back to a
    /// character's start), as far into the source as a `position` call has
    /// asked: only diagnostics need them, most of them near the start. (A
    /// table of every line's UTF-16 start, counted line by line over the whole
    /// source at the first call, was 2.1% of rendering the linkerd.io pages
    /// in Chromium.)
    utf16_marks: std::cell::RefCell<Vec<(usize, u32)>>,
    /// For long lines that are not ASCII: every [`CHECKPOINT`] bytes, the
    /// characters and UTF-16 units before it, so that a column costs at most
    /// that many bytes to count however long the line (built on demand).
    checkpoints: std::cell::RefCell<std::collections::HashMap<usize, Vec<Checkpoint>>>,
}

/// A point on a long line: its byte offset, and the characters and UTF-16 units before it on the line.
type Checkpoint = (usize, u32, u32);

/// The stride of a long line's column checkpoints, in bytes.
const CHECKPOINT: usize = 256;

/// The stride of [`LineIndex`]'s UTF-16 marks, in bytes: a position's UTF-16
/// offset counts at most this many bytes past its mark.
const UTF16_MARK: usize = 4096;

impl<'a> LineIndex<'a> {
    /// Indexes `source` once; each lookup is then a binary search plus a scan of one line.
    pub fn new(source: &'a str) -> LineIndex<'a> {
        // (Sized for lines of 32 bytes: posts' lines are longer, and the
        // vector grew by doubling in seven or eight steps a render.)
        let mut line_starts = Vec::with_capacity(source.len() / 32 + 1);
        line_starts.push(0);
        line_starts.extend(memchr::memchr_iter(b'\n', source.as_bytes()).map(|i| i + 1));
        LineIndex {
            source,
            line_starts,
            utf16_marks: std::cell::RefCell::new(vec![(0, 0)]),
            checkpoints: std::cell::RefCell::new(std::collections::HashMap::new()),
        }
    }

    /// UTF-16 code units in `text`: one per byte, less the continuation bytes,
    /// plus one more for each four-byte (astral) character. Sixteen bytes at
    /// a time: an ASCII run (most of a post's HTML) is one vector test
    /// (`search::high_bits`), other bytes are counted eight at a time (a whole
    /// post is counted at a diagnostic's first position, and each block's
    /// HTML for JavaScript).
    pub(crate) fn utf16_len(text: &str) -> u32 {
        const HIGH: u64 = 0x8080_8080_8080_8080;
        let units = |w: u64| {
            // The top bit of each byte: continuation (10xxxxxx), and four-byte lead (11110xxx or more).
            let continuation = w & !(w << 1) & HIGH;
            let astral = w & (w << 1) & (w << 2) & (w << 3) & HIGH;
            8 - continuation.count_ones() + astral.count_ones()
        };
        let bytes = text.as_bytes();
        let mut chunks = bytes.chunks_exact(16);
        let mut n = 0;
        for chunk in &mut chunks {
            let chunk: &[u8; 16] = chunk.try_into().expect("sixteen bytes");
            if crate::search::high_bits(chunk) == 0 {
                n += 16;
                continue;
            }
            let (lo, hi) = chunk.split_at(8);
            let word = |half: &[u8]| u64::from_le_bytes(half.try_into().expect("eight bytes"));
            n += units(word(lo)) + units(word(hi));
        }
        n + chunks.remainder().iter().map(|&b| u32::from((b & 0xC0) != 0x80) + u32::from(b >= 0xF0)).sum::<u32>()
    }

    /// The 1-based line holding byte `offset`.
    pub fn line(&self, offset: usize) -> u32 {
        let offset = self.clamp(offset);
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The position of byte `offset` (clamped to the source, and moved back to a char boundary).
    pub fn position(&self, offset: usize) -> Position {
        let offset = self.clamp(offset);
        let line = self.line(offset);
        let start = self.line_starts[line as usize - 1];
        let (chars, utf16) = self.columns(line as usize - 1, start, offset);
        Position { line, column: chars + 1, utf16_column: utf16 + 1, utf16_offset: self.utf16_before(offset) }
    }

    /// UTF-16 units in the source before byte `offset` (a character's start):
    /// from the last mark before it, the marks added as far as it.
    fn utf16_before(&self, offset: usize) -> u32 {
        let mut marks = self.utf16_marks.borrow_mut();
        while let Some(&(at, units)) = marks.last().filter(|(at, _)| at + UTF16_MARK <= offset) {
            let mut next = at + UTF16_MARK;
            while !self.source.is_char_boundary(next) {
                next -= 1;
            }
            marks.push((next, units + Self::utf16_len(&self.source[at..next])));
        }
        let (at, units) = marks[marks.partition_point(|m| m.0 <= offset) - 1];
        units + Self::utf16_len(&self.source[at..offset])
    }

    /// Characters and UTF-16 units from the start of line `line` (at byte `start`) to `offset`:
    /// a subtraction when the text between is ASCII, a count when it is
    /// short, else a count from the nearest checkpoint.
    fn columns(&self, line: usize, start: usize, offset: usize) -> (u32, u32) {
        let count = |text: &str| {
            if text.is_ascii() {
                let n = text.len() as u32;
                return (n, n);
            }
            (text.chars().count() as u32, text.chars().map(|c| c.len_utf16() as u32).sum::<u32>())
        };
        if offset - start <= CHECKPOINT {
            return count(&self.source[start..offset]);
        }
        let mut cache = self.checkpoints.borrow_mut();
        let points = cache.entry(line).or_insert_with(|| {
            let end = self.line_starts.get(line + 1).copied().unwrap_or(self.source.len());
            let mut points = vec![(start, 0, 0)];
            let (mut chars, mut utf16) = (0u32, 0u32);
            let mut next = start + CHECKPOINT;
            for (i, c) in self.source[start..end].char_indices() {
                let at = start + i;
                if at >= next {
                    points.push((at, chars, utf16));
                    next = at + CHECKPOINT;
                }
                chars += 1;
                utf16 += c.len_utf16() as u32;
            }
            points
        });
        let i = points.partition_point(|p| p.0 <= offset) - 1;
        let (from, chars, utf16) = points[i];
        let (c, u) = count(&self.source[from..offset]);
        (chars + c, utf16 + u)
    }

    /// Byte offset of a 1-based line and 1-based column counted in Unicode scalar values.
    /// Out-of-range values are clamped to the line or the source.
    pub fn offset(&self, line: usize, column: usize) -> usize {
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
            return self.source.len();
        };
        let end = self.line_end(start);
        self.source[start..end].char_indices().nth(column.saturating_sub(1)).map_or(end, |(i, _)| start + i)
    }

    /// Byte offset where the line starting at `start` ends (before `\r\n` or `\n`).
    fn line_end(&self, start: usize) -> usize {
        let rest = &self.source[start..];
        let end = rest.find('\n').map_or(self.source.len(), |i| start + i);
        if end > start && self.source.as_bytes()[end - 1] == b'\r' {
            end - 1
        } else {
            end
        }
    }

    /// Number of lines (a source ending in `\n` has an empty last line).
    pub fn line_count(&self) -> u32 {
        self.line_starts.len() as u32
    }

    fn clamp(&self, offset: usize) -> usize {
        let mut offset = offset.min(self.source.len());
        while !self.source.is_char_boundary(offset) {
            offset -= 1;
        }
        offset
    }
}

/// The lines of offsets asked one after another (a post's blocks, in order):
/// the newlines between the last offset asked and the next are counted,
/// sixteen bytes a step, with no table of line starts. (A [`LineIndex`] of
/// each post, for its blocks' lines, was 2% of rendering the linkerd.io pages
/// in Chromium.)
pub(crate) struct LineCounter<'a> {
    bytes: &'a [u8],
    at: usize,
    line: u32,
}

impl<'a> LineCounter<'a> {
    pub(crate) fn new(source: &'a str) -> LineCounter<'a> {
        LineCounter { bytes: source.as_bytes(), at: 0, line: 1 }
    }

    /// The 1-based line holding byte `offset`, as [`LineIndex::line`] gives it.
    pub(crate) fn line(&mut self, offset: usize) -> u32 {
        let offset = offset.min(self.bytes.len());
        let newlines = crate::search::ByteSet::new([b'\n']);
        if offset >= self.at {
            self.line += newlines.count(&self.bytes[self.at..offset]) as u32;
        } else {
            self.line -= newlines.count(&self.bytes[offset..self.at]) as u32;
        }
        self.at = offset;
        self.line
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn counted_lines_are_the_index_lines_in_any_order() {
        let pieces = ["a", "\n", "é", "\n\n", "<p>x</p>\n", "日本"];
        let mut random = crate::random::Random(5);
        for _ in 0..300 {
            let text = random.joined(&pieces, 40);
            let index = LineIndex::new(&text);
            let mut counter = LineCounter::new(&text);
            for _ in 0..20 {
                let offset = random.below(text.len() + 3);
                assert_eq!(counter.line(offset), index.line(offset), "{text:?} at {offset}");
            }
        }
    }

    #[test]
    fn utf16_lengths_agree_with_encoding() {
        let mut text = String::new();
        // (With ASCII runs of sixteen bytes and more, which are counted apart.)
        let chars = "aé€𝄞\u{7f}\u{80}\u{7ff}\u{800}\u{ffff}\u{10000}\u{10ffff}b<p class=\"x\">seventeen bytes!</p>";
        for (i, c) in chars.chars().cycle().take(600).enumerate() {
            text.push(c);
            let t = &text[..];
            assert_eq!(LineIndex::utf16_len(t), t.encode_utf16().count() as u32, "{i}");
        }
    }
    use super::*;

    #[test]
    fn positions_count_chars_and_utf16_units() {
        let src = "a: é😀x\nb";
        let idx = LineIndex::new(src);
        let x = src.find('x').unwrap();
        let p = idx.position(x);
        assert_eq!((p.line, p.column, p.utf16_column), (1, 6, 7), "é is one char and one unit, 😀 one char and two units");
        assert_eq!(idx.position(src.len()).line, 2, "the last line is line 2");
        assert_eq!(idx.position(x).utf16_offset, 6, "UTF-16 offset of x");
    }

    #[test]
    fn offset_is_the_inverse_of_position() {
        let src = "one\r\ntwo é\nthree";
        let idx = LineIndex::new(src);
        for (i, _) in src.char_indices() {
            let p = idx.position(i);
            if src[i..].starts_with('\n') || src[i..].starts_with('\r') {
                continue;
            }
            assert_eq!(idx.offset(p.line as usize, p.column as usize), i, "round trip at byte {i}");
        }
    }

    #[test]
    fn positions_agree_with_counting_from_the_start_in_any_order() {
        // Lines short and long (past a column checkpoint and a UTF-16 mark),
        // ASCII and not, with characters across the marks' boundaries.
        let mut src = String::new();
        for i in 0..3000 {
            src.push_str(["ab é\n", "x😀y€\r\n", "plain ascii line\n", ""][i % 4]);
            if i % 700 == 0 {
                src.push_str(&"é😀a".repeat(1500));
                src.push_str(&"z".repeat(5000));
                src.push('\n');
            }
        }
        let idx = LineIndex::new(&src);
        let offsets: Vec<usize> = (0..src.len()).step_by(97).filter(|&o| src.is_char_boundary(o)).collect();
        let mut order = offsets.clone();
        order.reverse();
        order.extend(offsets.iter().step_by(3));
        for offset in order {
            let before = &src[..offset];
            let line_start = before.rfind('\n').map_or(0, |i| i + 1);
            let column = &src[line_start..offset];
            let p = idx.position(offset);
            let expected = (
                before.matches('\n').count() as u32 + 1,
                column.chars().count() as u32 + 1,
                column.encode_utf16().count() as u32 + 1,
                before.encode_utf16().count() as u32,
            );
            assert_eq!((p.line, p.column, p.utf16_column, p.utf16_offset), expected, "at {offset}");
        }
    }

    #[test]
    fn offsets_inside_a_char_move_back_to_its_start() {
        let idx = LineIndex::new("é");
        assert_eq!(idx.position(1).column, 1, "byte 1 is inside é");
    }
}
