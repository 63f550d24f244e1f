//! Differential: whatever the post, its rendered HTML re-parsed by html5ever (a
//! browser's parser) holds nothing SECURITY.md rules out.
#![no_main]
use libfuzzer_sys::fuzz_target;

#[path = "../../tests/common/policy.rs"]
mod policy;

fuzz_target!(|post: &str| {
    let mut options = recap::Options::default();
    options.markup.goldmark.renderer.unsafe_html = true;
    let r = recap::render(post, &options);
    for html in [&r.html, &r.summary_html, &r.toc_html] {
        let found = policy::violations(html);
        assert!(found.is_empty(), "{found:?}\n{html}");
    }
});
