//! Integers read from text with one parser, i64's: each integer type's own
//! `from_str` is code of its own in the browser's module. Integers written, and
//! strings put together, without Rust's formatting machinery (`format!`,
//! `to_string` on numbers: core::fmt's writer, padding and digit tables, ~1 KB
//! brotli of the browser's module): [`decimal`], [`hex`], [`cat`].

/// `s` in base `radix` as `str::parse` / `from_str_radix` read it for a signed
/// type that holds it (an optional `+` or `-`, then digits).
pub(crate) fn signed<T: TryFrom<i64>>(s: &str, radix: u32) -> Option<T> {
    i64::from_str_radix(s, radix).ok()?.try_into().ok()
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
    let mut digits = Vec::new();
    let mut m = n.unsigned_abs();
    loop {
        digits.push(b'0' + (m % 10) as u8);
        m /= 10;
        if m == 0 {
            break;
        }
    }
    if n < 0 {
        digits.push(b'-');
    }
    digits.iter().rev().map(|&b| b as char).collect()
}

/// `n` in lower-case hexadecimal, at least `width` digits (`{:0width$x}`).
pub(crate) fn hex(n: u64, width: usize) -> String {
    let mut digits = Vec::new();
    let mut m = n;
    while m != 0 || digits.len() < width.max(1) {
        digits.push(b"0123456789abcdef"[(m % 16) as usize]);
        m /= 16;
    }
    digits.iter().rev().map(|&b| b as char).collect()
}

/// The strings one after another (`format!` of plain `{}`s; `[&str]::concat`
/// is str::join's code).
pub(crate) fn cat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
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
        assert_eq!(cat(&["a", "", "bc"]), "abc", "should put the parts one after another");
    }

    #[test]
    fn reads_as_from_str_radix_does() {
        for s in ["0", "+7", "-7", "-0", "255", "256", "-129", "2147483648", "-2147483648", "", "+", "-", " 1", "1_0", "ff", "+ff", "Ff"] {
            for radix in [10, 16] {
                assert_eq!(signed::<i32>(s, radix), i32::from_str_radix(s, radix).ok(), "{s} in base {radix}");
                assert_eq!(signed::<i8>(s, radix), i8::from_str_radix(s, radix).ok(), "{s} in base {radix}");
                assert_eq!(unsigned::<u8>(s, radix), u8::from_str_radix(s, radix).ok(), "{s} in base {radix}");
                assert_eq!(unsigned::<u32>(s, radix), u32::from_str_radix(s, radix).ok(), "{s} in base {radix}");
                assert_eq!(unsigned::<usize>(s, radix), usize::from_str_radix(s, radix).ok(), "{s} in base {radix}");
            }
        }
    }
}
