//! A whole post, rendered with Hugo's defaults and with `unsafe = true`: never panics.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|post: &str| {
    let mut options = recap::Options::default();
    let r = recap::render(post, &options);
    for d in &r.diagnostics {
        assert!(d.span.start <= d.span.end && d.span.end <= post.len(), "{d:?}");
    }
    options.markup.goldmark.renderer.unsafe_html = true;
    recap::render(post, &options);
});
