//! Strings put together and searched with the least code in the browser's
//! module: `format!` brings core::fmt (see crate::num), `[&str]::concat` is
//! str::join's code, and `str::find` with a string is the Two-Way searcher
//! (~1.7 KB before wasm-opt); the strings here are short.

/// The strings one after another (`format!` of plain `{}`s; `[&str]::concat`
/// is str::join's code).
pub(crate) fn cat(parts: &[&str]) -> String {
    let mut out = String::with_capacity(parts.iter().map(|p| p.len()).sum());
    for p in parts {
        out.push_str(p);
    }
    out
}

/// The byte offset of the first `needle` (not empty) in `hay` (`hay.find(needle)`).
pub(crate) fn find(hay: &str, needle: &str) -> Option<usize> {
    hay.as_bytes().windows(needle.len()).position(|w| w == needle.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cat_and_find_as_std_does() {
        assert_eq!(cat(&["a", "", "bc"]), "abc", "should put the parts one after another");
        for (hay, needle) in [("a: b", ": "), ("", ": "), (":", ": "), ("x\nregistry\ny", "\nregistry\n"), ("é: x", ": "), ("aaa", "aa")] {
            assert_eq!(find(hay, needle), hay.find(needle), "{needle:?} in {hay:?}");
        }
    }
}
