//! Front matter split and parsed in each format: never panics, and errors point into the input.
#![no_main]
use libfuzzer_sys::fuzz_target;
use recap::internals::front_matter::{self, Format};

fuzz_target!(|text: &str| {
    let mut diagnostics = Vec::new();
    let fm = front_matter::parse(text, &mut diagnostics);
    assert!(fm.body_start <= text.len());
    for d in &diagnostics {
        assert!(d.span.end <= text.len(), "{d:?}");
    }
    for format in [Format::Yaml, Format::Toml, Format::Json] {
        if let Err(e) = front_matter::parse_tree(text, 0, format) {
            assert!(e.offset <= text.len(), "{format:?}: {e:?}");
        }
    }
});
