//! Finding a fixed, short needle in a whole post or its HTML: `{{`, the
//! summary divider, Recap's placeholder tokens; and bytes of a small set,
//! sixteen at a time (escaping, the typographer, the word count). Written
//! here rather than taken from a crate: std's `str::find` compares byte by byte in wasm (five
//! such searches of a 200 KB post took 1.3 ms of each key: issue 17), and
//! memchr's `memmem` costs 2.2 KB (brotli) of the default module. memchr's
//! `memchr` (linked already) finds each candidate first byte; the rest is
//! compared there. The needles' first bytes are rare in prose, and the
//! needles short, so the worst case, O(text × needle), stays small.

/// `text.trim()`, its ASCII ends taken byte by byte: std's trim steps through
/// a char searcher and `char::is_whitespace` from each end, which cost about
/// 20 ns a call in wasm (0.6% of a render with a call for each block). The
/// answer is std's: when an end is not ASCII, std's trim decides.
pub(crate) fn trim(text: &str) -> &str {
    // (`char::is_whitespace`'s ASCII members: `u8::is_ascii_whitespace` leaves out U+000B.)
    let space = |b: &u8| matches!(b, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ');
    let bytes = text.as_bytes();
    let start = bytes.iter().position(|b| !space(b)).unwrap_or(bytes.len());
    let end = bytes.iter().rposition(|b| !space(b)).map_or(start, |i| i + 1);
    if bytes.get(start).is_some_and(u8::is_ascii) && bytes.get(end.wrapping_sub(1)).is_some_and(u8::is_ascii) || start == end {
        // (Both ends are ASCII and not spaces, or it is all ASCII spaces.)
        return &text[start..end];
    }
    text.trim()
}

/// Where `needle` first occurs in `text`.
pub(crate) fn find(text: &str, needle: &str) -> Option<usize> {
    find_iter(text, needle).next()
}

/// Whether `needle` occurs in `text`.
pub(crate) fn contains(text: &str, needle: &str) -> bool {
    find(text, needle).is_some()
}

/// Where `needle` occurs in `text`, left to right, without overlaps (as
/// `str::match_indices`).
pub(crate) fn find_iter<'a>(text: &'a str, needle: &'a str) -> impl Iterator<Item = usize> + 'a {
    let (hay, pat) = (text.as_bytes(), needle.as_bytes());
    let mut from = 0;
    std::iter::from_fn(move || {
        let (&first, rest) = pat.split_first()?;
        while from + pat.len() <= hay.len() {
            let at = from + memchr::memchr(first, &hay[from..=hay.len() - pat.len()])?;
            if hay[at + 1..at + pat.len()] == *rest {
                from = at + pat.len();
                return Some(at);
            }
            from = at + 1;
        }
        None
    })
}

impl<const N: usize> ByteSet<N> {
    /// Where the first byte of `hay` that is in the set is: the scan under
    /// escaping and the typographer, whose bytes are rare in prose. memchr
    /// stops at three needles; this takes up to a handful, a chunk a step.
    /// (The set is made once by the caller, which searches again and again.)
    pub(crate) fn find(&self, hay: &[u8]) -> Option<usize> {
        first(hay, |chunk| self.matches(chunk))
    }

    /// How many bytes of `hay` are in the set, a chunk a step.
    pub(crate) fn count(&self, hay: &[u8]) -> usize {
        let mut chunks = hay.chunks_exact(16);
        let mut n = 0;
        for chunk in &mut chunks {
            n += self.matches(chunk.try_into().expect("sixteen bytes")).count_ones() as usize;
        }
        let mut last = [0; 16];
        let rest = chunks.remainder();
        last[..rest.len()].copy_from_slice(rest);
        n + (self.matches(&last) & ((1 << rest.len()) - 1)).count_ones() as usize
    }

    /// As [`ByteSet::find`], and stopping at any byte above ASCII too (the
    /// start of a character for the caller to look at).
    pub(crate) fn find_or_high(&self, hay: &[u8]) -> Option<usize> {
        first(hay, |chunk| self.matches(chunk) | high_bits(chunk))
    }
}

/// Where the first byte of `hay` whose bit `mask` sets is, a chunk a step.
#[inline(always)]
fn first(hay: &[u8], mask: impl Fn(&[u8; 16]) -> u32) -> Option<usize> {
    let mut chunks = hay.chunks_exact(16);
    let mut at = 0;
    for chunk in chunks.by_ref() {
        let bits = mask(chunk.try_into().expect("chunks_exact gives 16 bytes"));
        if bits != 0 {
            return Some(at + bits.trailing_zeros() as usize);
        }
        at += 16;
    }
    // The last bytes (all of a short text) as a chunk too, zero-padded, with
    // the padding's bits masked off: byte by byte, `set.contains` is a loop
    // of its own per byte in the size-optimised wasm.
    let rest = chunks.remainder();
    let mut last = [0; 16];
    last[..rest.len()].copy_from_slice(rest);
    let bits = mask(&last) & ((1 << rest.len()) - 1);
    (bits != 0).then(|| at + bits.trailing_zeros() as usize)
}

/// A few bytes to look for sixteen at a time: with 128-bit vectors where the
/// target has them (simd128 in the package's wasm; SSE2 or NEON natively,
/// through LLVM's vectoriser). Vectors are made from arrays, with no pointer
/// loads, so it stays safe code.
pub(crate) use vector::{high_bits, ByteSet};

#[cfg(all(target_arch = "wasm32", target_feature = "simd128"))]
mod vector {
    use core::arch::wasm32::{u64x2, u8x16_bitmask, u8x16_eq, u8x16_splat, v128, v128_or};

    /// The chunk as one vector. Read as two 64-bit words, which LLVM loads
    /// as one vector (sixteen byte lanes would be sixteen loads).
    #[inline(always)]
    fn load(chunk: &[u8; 16]) -> v128 {
        let (lo, hi) = chunk.split_at(8);
        let word = |half: &[u8]| u64::from_le_bytes(half.try_into().expect("eight bytes"));
        u64x2(word(lo), word(hi))
    }

    /// Bit `k` set where `chunk[k]` is 0x80 or above (not ASCII).
    #[inline(always)]
    pub(crate) fn high_bits(chunk: &[u8; 16]) -> u32 {
        u32::from(u8x16_bitmask(load(chunk)))
    }

    /// The set's bytes, each in all sixteen lanes.
    pub(crate) struct ByteSet<const N: usize>([v128; N]);

    impl<const N: usize> ByteSet<N> {
        pub(crate) fn new(set: [u8; N]) -> Self {
            ByteSet(set.map(|b| u8x16_splat(b)))
        }

        /// Bit `k` set where `chunk[k]` is in the set.
        #[inline(always)]
        pub(crate) fn matches(&self, chunk: &[u8; 16]) -> u32 {
            let v = load(chunk);
            let mut any = u8x16_splat(0);
            for s in &self.0 {
                any = v128_or(any, u8x16_eq(v, *s));
            }
            u32::from(u8x16_bitmask(any))
        }
    }
}

/// SSE2 natively on x86_64 (through `safe_arch`): the lane-by-lane version
/// below vectorises the comparisons but gathers their bits with
/// multiplications, which made the word count's nine masks a block slower
/// than its byte-by-byte loop (500 against 870 MB/s).
#[cfg(target_arch = "x86_64")]
mod vector {
    use safe_arch::{bitor_m128i, cmp_eq_mask_i8_m128i, m128i, move_mask_i8_m128i, set_splat_i8_m128i, zeroed_m128i};

    /// Bit `k` set where `chunk[k]` is 0x80 or above (not ASCII).
    #[inline(always)]
    pub(crate) fn high_bits(chunk: &[u8; 16]) -> u32 {
        move_mask_i8_m128i(m128i::from(*chunk)) as u32
    }

    /// The set's bytes, each in all sixteen lanes.
    pub(crate) struct ByteSet<const N: usize>([m128i; N]);

    impl<const N: usize> ByteSet<N> {
        pub(crate) fn new(set: [u8; N]) -> Self {
            ByteSet(set.map(|b| set_splat_i8_m128i(b as i8)))
        }

        /// Bit `k` set where `chunk[k]` is in the set.
        #[inline(always)]
        pub(crate) fn matches(&self, chunk: &[u8; 16]) -> u32 {
            let v = m128i::from(*chunk);
            let mut any = zeroed_m128i();
            for s in &self.0 {
                any = bitor_m128i(any, cmp_eq_mask_i8_m128i(v, *s));
            }
            move_mask_i8_m128i(any) as u32
        }
    }
}

/// Written lane by lane, with no early exit, so that LLVM's vectoriser makes
/// vectors of it (at opt-level 3) on targets with neither of the above.
#[cfg(not(any(all(target_arch = "wasm32", target_feature = "simd128"), target_arch = "x86_64")))]
mod vector {
    /// Bit `k` set where `chunk[k]` is 0x80 or above (not ASCII).
    #[inline(always)]
    pub(crate) fn high_bits(chunk: &[u8; 16]) -> u32 {
        let (lo, hi) = chunk.split_at(8);
        let top = |half: &[u8]| gather(u64::from_le_bytes(half.try_into().expect("eight bytes")) >> 7 & 0x0101_0101_0101_0101);
        top(lo) | top(hi) << 8
    }

    /// Eight lanes of 0 or 1 as eight bits, by one multiplication: byte `k`
    /// lands on bit `k` of the top byte, with no carries. (Shifting each lane
    /// into place vectorised into a ladder of unpacks.)
    #[inline(always)]
    fn gather(lanes: u64) -> u32 {
        (lanes.wrapping_mul(0x0102_0408_1020_4080) >> 56) as u32
    }

    /// The set's bytes.
    pub(crate) struct ByteSet<const N: usize>([u8; N]);

    impl<const N: usize> ByteSet<N> {
        pub(crate) fn new(set: [u8; N]) -> Self {
            ByteSet(set)
        }

        /// Bit `k` set where `chunk[k]` is in the set.
        #[inline(always)]
        pub(crate) fn matches(&self, chunk: &[u8; 16]) -> u32 {
            let mut hits = [0u8; 16];
            for (hit, b) in hits.iter_mut().zip(chunk) {
                for s in self.0 {
                    *hit |= u8::from(*b == s);
                }
            }
            let (lo, hi) = hits.split_at(8);
            let bits = |half: &[u8]| gather(u64::from_le_bytes(half.try_into().expect("eight bytes")));
            bits(lo) | bits(hi) << 8
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn as_std_does() {
        let texts = ["", "{", "{{", "{{{", "a{{b{{{{c", "<!--more--> <!--more", "RCPSCQ RCPSC", "é{{ü", "aaa"];
        let needles = ["{{", "<!--more-->", "RCPSC", "a", "aa", "é"];
        for text in texts {
            for needle in needles {
                let ours: Vec<usize> = find_iter(text, needle).collect();
                let std: Vec<usize> = text.match_indices(needle).map(|(i, _)| i).collect();
                assert_eq!(ours, std, "{needle:?} in {text:?}");
                assert_eq!(find(text, needle), text.find(needle));
                assert_eq!(contains(text, needle), text.contains(needle));
            }
        }
        assert_eq!(find_iter("abc", "").next(), None, "an empty needle finds nothing");
        // Long texts, where the needles' first bytes come often.
        let mut text = String::new();
        for i in 0..300 {
            text.push_str(["<span>", "<", "<t", "<table", "x", "</p>", "é", "<ta"][i * 7 % 8]);
            let t = &text[..];
            for needle in ["<table", "</p>", "<t", "<", "é<", "xx", "<spa"] {
                let ours: Vec<usize> = find_iter(t, needle).collect();
                let std: Vec<usize> = t.match_indices(needle).map(|(i, _)| i).collect();
                assert_eq!(ours, std, "{needle:?} in {t:?}");
            }
        }
    }

    #[test]
    fn trim_as_std_does() {
        // Every string of up to four pieces: ASCII and other whitespace
        // (U+000B, which `u8::is_ascii_whitespace` leaves out; NEL, a no-break
        // space, an ideographic space), text, markup and a non-ASCII letter.
        let pieces = ["", " ", "\n", "\t", "\u{b}", "\u{c}", "\r", "\u{85}", "\u{a0}", "\u{3000}", "a", "<p>", "é", "x y"];
        let n = pieces.len();
        for i in 0..n * n * n * n {
            let text: String = [i % n, i / n % n, i / n / n % n, i / n / n / n].iter().map(|&k| pieces[k]).collect();
            assert_eq!(trim(&text), text.trim(), "{text:?}");
        }
    }

    #[test]
    fn find_as_position_does() {
        let mut text = String::new();
        for (i, c) in "ab<c\"-d&e.f\u{0}é'>".chars().cycle().take(200).enumerate() {
            text.push(if i % 7 == 0 { c } else { 'x' });
        }
        let bytes = text.as_bytes();
        for from in 0..bytes.len() {
            let hay = &bytes[from..];
            let set = [b'&', b'<', b'>', b'"', 0];
            assert_eq!(ByteSet::new(set).find(hay), hay.iter().position(|b| set.contains(b)), "from {from}");
            assert_eq!(ByteSet::new([b'.']).find(hay), hay.iter().position(|&b| b == b'.'), "from {from}");
        }
        assert_eq!(ByteSet::new([b'a']).find(b""), None);
        for from in 0..bytes.len() {
            for to in from..bytes.len() {
                let hay = &bytes[from..to];
                let expected = hay.iter().filter(|&&b| b == b'x' || b == 0).count();
                assert_eq!(ByteSet::new([b'x', 0]).count(hay), expected, "{from}..{to}");
            }
        }
        assert_eq!(ByteSet::new([0xff]).find(&[0xff; 40]), Some(0), "bytes above 0x7f compare as bytes");
        let chunk: [u8; 16] = *b"a\x80b\xffcdefghijklm\xc3";
        assert_eq!(high_bits(&chunk), 0b1000_0000_0000_1010);
    }
}
