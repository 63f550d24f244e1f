//! The raw-HTML sanitizer, fed in two pieces as the Markdown writer feeds it: never
//! panics, and what it writes, parsed as a browser would, breaks no rule of SECURITY.md.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/policy.rs"]
mod policy;

fuzz_target!(|input: (&str, &str)| {
    let mut s = recap::internals::html::Sanitizer::new();
    let mut out = String::new();
    s.sanitize(&mut out, input.0);
    s.sanitize(&mut out, input.1);
    let found = policy::violations(&out);
    assert!(found.is_empty(), "{found:?}\n{out}");
});
