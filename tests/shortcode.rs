//! Shortcode grammar and error cases (tests/data/shortcodes.txt): what the HTML
//! must and must not contain, and every diagnostic with its location.

use recap::Options;
use std::path::Path;

const FRONT_MATTER: &str = "---\ntitle: T\nparams:\n  author: kevin\n  site: https://example.org/\n  social:\n    x: \"@k\"\n---\n";

struct Case {
    name: String,
    body: String,
    has: Vec<String>,
    hasnt: Vec<String>,
    diagnostics: Vec<String>,
}

fn cases() -> Vec<Case> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/shortcodes.txt")).unwrap();
    text.split("\n### ")
        .skip(1)
        .map(|chunk| {
            let (name, rest) = chunk.split_once('\n').unwrap();
            let rest = rest.strip_prefix("--- body\n").expect("--- body");
            let (body, rest) = rest.split_once("\n--- has\n").expect("--- has");
            let (has, rest) = rest.split_once("--- hasnt\n").expect("--- hasnt");
            let (hasnt, diagnostics) = rest.split_once("--- diagnostics\n").expect("--- diagnostics");
            let lines = |s: &str| s.lines().filter(|l| !l.is_empty()).map(str::to_owned).collect::<Vec<_>>();
            Case { name: name.to_owned(), body: body.to_owned(), has: lines(has), hasnt: lines(hasnt), diagnostics: lines(diagnostics) }
        })
        .collect()
}

fn options() -> Options {
    let mut o = Options::default();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for dir in ["tests/data/hugo-oracle/shortcodes", "tests/data/shortcode-templates"] {
        o.shortcodes.extend(recap::load_templates(&root.join(dir)).unwrap());
    }
    o
}

/// With a page map, as a site's build would pass it.
fn options_with_pages() -> Options {
    let mut o = options();
    o.pages.insert("blog/post.md".into(), "/blog/post/".into());
    o.pages.insert("blog/other.md".into(), "/blog/other/".into());
    o
}

#[test]
fn shortcode_cases() {
    let plain = options();
    let with_pages = options_with_pages();
    let cases = cases();
    assert!(cases.len() >= 80, "at least 80 cases, found {}", cases.len());
    let offset = FRONT_MATTER.lines().count() as u32;
    let mut failures = Vec::new();
    for case in &cases {
        let options = if case.name.contains("page map") && !case.name.contains("without") { &with_pages } else { &plain };
        let r = recap::render(&format!("{FRONT_MATTER}{}\n", case.body), options);
        for needle in &case.has {
            let needle = needle.replace("\\n", "\n");
            if !r.html.contains(&needle) {
                failures.push(format!("{}: the HTML should contain {needle:?}\n{}", case.name, r.html));
            }
        }
        for needle in &case.hasnt {
            if r.html.contains(needle.as_str()) {
                failures.push(format!("{}: the HTML should not contain {needle:?}\n{}", case.name, r.html));
            }
        }
        let located: Vec<String> =
            r.diagnostics.iter().map(|d| format!("{}@{}:{}", d.code, d.start.line - offset, d.start.column)).collect();
        if located != case.diagnostics {
            failures.push(format!(
                "{}: diagnostics {located:?}, expected {:?} ({:?})",
                case.name,
                case.diagnostics,
                r.diagnostics.iter().map(|d| &d.message).collect::<Vec<_>>()
            ));
        }
    }
    assert!(failures.is_empty(), "{} of {} cases fail:\n{}", failures.len(), cases.len(), failures.join("\n\n"));
}

#[test]
fn a_template_recap_cannot_run_still_pairs_its_closing_tag_as_hugo_does() {
    // Hugo pairs a call by whether the template's text uses `.Inner`; so does
    // Recap, even when it cannot run the template (here: `partial`).
    let mut options = Options::default();
    options.shortcodes.insert("note".to_owned(), "{{ partial \"alert\" (dict \"content\" .Inner) }}".to_owned());
    let r = recap::render("Before.\n\n{{< note >}}\nInside.\n{{< /note >}}\n", &options);
    let codes: Vec<&str> = r.diagnostics.iter().map(|d| d.code).collect();
    assert_eq!(codes, ["shortcode/template"], "one problem, with the template; no stray closing tag");
}
