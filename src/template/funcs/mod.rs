//! Hugo's template functions, by namespace (https://gohugo.io/functions/):
//! every function under every name Hugo gives it (`strings.TrimPrefix`, and
//! aliases such as `trim`, `safeHTML`, `dict`).
//!
//! A function receives its arguments in call order, a piped value last, and
//! returns a value or a message; the engine adds the template position.
//! `and`/`or` (which do not evaluate every argument) and the `partial` family
//! (which run other templates) are the engine's, in `eval`.

use super::Func;

/// Every function, by name (aliases included), sorted by name for lookup.
static FUNCS: &[(&str, Func)] = &[];

/// The function named `name`, if Recap has it.
pub fn lookup(name: &str) -> Option<Func> {
    FUNCS.binary_search_by(|(n, _)| (*n).cmp(name)).ok().map(|i| FUNCS[i].1)
}

/// Hugo functions Recap does not run, with the reason given in the diagnostic.
pub const UNSUPPORTED: &[(&str, &str)] = &[];

/// Why `name` is not available, if it is a Hugo function Recap leaves out.
pub fn unsupported(name: &str) -> Option<&'static str> {
    UNSUPPORTED.iter().find(|(n, _)| *n == name || (n.ends_with(".*") && name.starts_with(&n[..n.len() - 1]))).map(|(_, why)| *why)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_has_no_duplicates() {
        for pair in FUNCS.windows(2) {
            assert!(pair[0].0 < pair[1].0, "{} should sort before {} (and appear once)", pair[0].0, pair[1].0);
        }
    }
}
