//! The Go-template subset: any text as a site's shortcode template, called with
//! arguments and inner content. Never panics, never hangs, output stays safe.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|template: &str| {
    let _ = recap::internals::template::parse("t", template);
    let mut options = recap::Options::default();
    options.shortcodes.insert("t".to_owned(), template.to_owned());
    let post = "---\ntitle: T\nparams:\n  a: [1, 2]\n---\n{{< t \"x\" 2 >}}\n\n{{< t a=\"<b>\" b=true >}}inner *md*{{< /t >}}\n";
    let r = recap::render(post, &options);
    assert!(!r.html.contains("<script"), "{}", r.html);
});
