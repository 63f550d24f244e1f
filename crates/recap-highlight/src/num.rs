//! Integers read from text with one parser, i64's: each integer type's own
//! `from_str` is code of its own in the browser's module.

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

#[cfg(test)]
mod tests {
    use super::*;

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
