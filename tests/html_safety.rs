//! Golden tests for every safety rule of the writer (tests/data/html-safety.txt),
//! plus the safety policy for each: no script, no handler, no bad URL.
//! `BLESS=1 cargo test --test html_safety` rewrites the expected HTML.

use recap::Options;

#[path = "common/policy.rs"]
mod policy;

struct Case {
    name: String,
    options: String,
    markdown: String,
    html: String,
}

fn parse(text: &str) -> Vec<Case> {
    let mut cases = Vec::new();
    for chunk in text.split("\n### ").skip(1) {
        let (name, rest) = chunk.split_once('\n').expect("a name line");
        let (options, rest) = rest.split_once('\n').expect("an options line");
        let rest = rest.strip_prefix("--- markdown\n").expect("--- markdown");
        let (markdown, html) = rest.split_once("\n--- html\n").expect("--- html");
        cases.push(Case {
            name: name.to_owned(),
            options: options.trim_start_matches("options: ").to_owned(),
            markdown: markdown.to_owned(),
            html: html.trim_end_matches('\n').to_owned(),
        });
    }
    cases
}

fn options(kind: &str) -> Options {
    let mut o = Options::default();
    match kind {
        "unsafe" => o.markup.goldmark.renderer.unsafe_html = true,
        "blocks" => o.markup.goldmark.parser.attribute_block = true,
        _ => {}
    }
    o
}

fn render(case: &Case) -> String {
    recap::internals::markdown::render_with(&case.markdown, &options(&case.options), None)
        .blocks
        .into_iter()
        .map(|b| b.html)
        .collect::<String>()
        .trim_end()
        .to_owned()
}

/// The properties every output must have, whatever the golden says: the
/// policy of SECURITY.md (tests/common/policy.rs).
fn assert_safe(name: &str, html: &str) {
    let found = policy::violations(html);
    assert!(found.is_empty(), "{name}: {found:?}");
}

#[test]
fn safety_goldens() {
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/html-safety.txt");
    let text = std::fs::read_to_string(path).expect("golden file");
    let cases = parse(&text);
    assert!(cases.len() >= 30, "the golden file has its cases");
    if std::env::var_os("BLESS").is_some() {
        let mut out: String = text.split("\n### ").next().unwrap_or("").to_owned();
        for case in &cases {
            out.push_str(&format!(
                "\n### {}\noptions: {}\n--- markdown\n{}\n--- html\n{}\n",
                case.name,
                case.options,
                case.markdown,
                render(case)
            ));
        }
        std::fs::write(path, out).expect("write goldens");
        return;
    }
    for case in &cases {
        let html = render(case);
        assert_safe(&case.name, &html);
        assert_eq!(html, case.html, "{}: the output should match the golden", case.name);
    }
}
