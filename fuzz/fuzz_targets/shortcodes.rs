//! The shortcode lexer and parser over any body: never panic, and every item and
//! diagnostic lies within the input.
#![no_main]
use libfuzzer_sys::fuzz_target;
use recap::shortcode::{lexer::Lexer, parse, Shortcodes};

fuzz_target!(|body: &str| {
    for item in Lexer::collect_all(body) {
        assert!(item.span.start <= item.span.end && item.span.end <= body.len(), "{item:?}");
    }
    let registry = Shortcodes::new(&recap::Options::default());
    let (_, diagnostics) = parse::parse(body, &registry);
    for d in &diagnostics {
        assert!(d.span.end <= body.len(), "{d:?}");
    }
});
