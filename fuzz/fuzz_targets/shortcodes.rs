//! The shortcode lexer and parser over any body: never panic, and every item and
//! diagnostic lies within the input.
#![no_main]
use libfuzzer_sys::fuzz_target;
use recap::internals::shortcode::lexer::Lexer;
use recap::internals::shortcode::parse::{parse, Registry};

/// Names with an `x` are undefined, names with an `i` read inner content, the
/// rest do not: the parser meets all three kinds.
struct Names;

impl Registry for Names {
    fn takes_inner(&self, name: &str) -> Option<bool> {
        (!name.contains('x')).then(|| name.contains('i'))
    }
}

fuzz_target!(|body: &str| {
    for item in Lexer::collect_all(body) {
        assert!(item.span.start <= item.span.end && item.span.end <= body.len(), "{item:?}");
    }
    let (_, diagnostics) = parse(body, &Names);
    for d in &diagnostics {
        assert!(d.span.end <= body.len(), "{d:?}");
    }
});
