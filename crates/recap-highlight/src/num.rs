//! Integers read from text with one parser, i64's: each integer type's own
//! `from_str` is code of its own in the browser's module. Integers written
//! without Rust's formatting machinery (`format!`, `to_string` on numbers:
//! core::fmt's writer, padding and digit tables, ~0.8 KB brotli of the
//! browser's module): [`decimal`], [`hex`].

/// `s` in base `radix` as `str::parse` / `from_str_radix` read it for a signed
/// type that holds it (an optional `+` or `-`, then digits).
/// (Its own loop: i64::from_str_radix's is larger in the browser's module.)
pub(crate) fn signed<T: TryFrom<i64>>(s: &str, radix: u32) -> Option<T> {
    i64_digits(s, radix)?.try_into().ok()
}

/// [`signed`]'s loop, once for every type it reads.
#[inline(never)]
fn i64_digits(s: &str, radix: u32) -> Option<i64> {
    let b = s.as_bytes();
    let (negative, digits) = match b.first() {
        Some(b'-') => (true, &b[1..]),
        Some(b'+') => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() {
        return None;
    }
    let mut n: i64 = 0;
    for &d in digits {
        let v = (d as char).to_digit(radix)? as i64;
        n = n.checked_mul(radix as i64)?;
        n = if negative { n.checked_sub(v)? } else { n.checked_add(v)? };
    }
    Some(n)
}

/// As [`signed`], for an unsigned type: no `-` (not even `-0`).
pub(crate) fn unsigned<T: TryFrom<i64>>(s: &str, radix: u32) -> Option<T> {
    if s.starts_with('-') {
        return None;
    }
    signed(s, radix)
}

/// `n` in decimal, as `n.to_string()` writes it.
pub(crate) fn decimal(n: i64) -> String {
    digits(n.unsigned_abs(), 10, 1, n < 0)
}

/// `n` in lower-case hexadecimal, at least `width` digits (`{:0width$x}`).
pub(crate) fn hex(n: u64, width: usize) -> String {
    digits(n, 16, width, false)
}

/// `m` in base `radix` (up to 16), at least `width` digits, after a `-` if `negative`.
#[inline(never)]
fn digits(mut m: u64, radix: u64, width: usize, negative: bool) -> String {
    let mut d = Vec::new();
    while m != 0 || d.len() < width.max(1) {
        d.push(b"0123456789abcdef"[(m % radix) as usize]);
        m /= radix;
    }
    if negative {
        d.push(b'-');
    }
    d.iter().rev().map(|&b| b as char).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn writes_as_rust_formatting_does() {
        for n in [0, 1, -1, 9, 10, 99, 100, 12345, -987654321, i64::MAX, i64::MIN] {
            assert_eq!(decimal(n), n.to_string(), "{n} in decimal");
        }
        for n in [0u64, 1, 15, 16, 255, 0x272822, 0xffffff, 0x1000000, u64::MAX] {
            assert_eq!(hex(n, 6), format!("{n:06x}"), "{n} in hex");
            assert_eq!(hex(n, 0), format!("{n:x}"), "{n} in hex");
        }
    }

    #[test]
    fn reads_as_from_str_radix_does() {
        // At i64's ends (an unsigned type wider than i64 is read only up to i64::MAX).
        for s in ["9223372036854775807", "9223372036854775808", "-9223372036854775808", "-9223372036854775809"] {
            assert_eq!(signed::<i64>(s, 10), s.parse::<i64>().ok(), "{s} as an i64");
        }
        for s in [
            "0",
            "+7",
            "-7",
            "-0",
            "255",
            "256",
            "-129",
            "2147483648",
            "-2147483648",
            "",
            "+",
            "-",
            " 1",
            "1_0",
            "ff",
            "+ff",
            "Ff",
            "+-1",
            "0x10",
            "z",
            "é",
        ] {
            assert_eq!(signed::<i64>(s, 10), s.parse::<i64>().ok(), "{s} as an i64");
            for radix in [2, 8, 10, 16] {
                assert_eq!(signed::<i64>(s, radix), i64::from_str_radix(s, radix).ok(), "{s} in base {radix}");
                assert_eq!(signed::<i32>(s, radix), i32::from_str_radix(s, radix).ok(), "{s} in base {radix}");
                assert_eq!(signed::<i8>(s, radix), i8::from_str_radix(s, radix).ok(), "{s} in base {radix}");
                assert_eq!(unsigned::<u8>(s, radix), u8::from_str_radix(s, radix).ok(), "{s} in base {radix}");
                assert_eq!(unsigned::<u32>(s, radix), u32::from_str_radix(s, radix).ok(), "{s} in base {radix}");
                assert_eq!(unsigned::<usize>(s, radix), usize::from_str_radix(s, radix).ok(), "{s} in base {radix}");
            }
        }
    }
}
