//! Front-matter splitting and syntax errors, located in the post's source.
//! Each case: a post, and the diagnostics it must produce as `code@line:col`.

use recap::Options;

fn located(source: &str) -> Vec<String> {
    recap::render(source, &Options::default())
        .diagnostics
        .iter()
        .map(|d| format!("{}@{}:{}", d.code, d.start.line, d.start.column))
        .collect()
}

const CASES: &[(&str, &str, &[&str])] = &[
    ("clean YAML", "---\ntitle: x\n---\nbody\n", &[]),
    ("clean TOML", "+++\ntitle = 'x'\n+++\nbody\n", &[]),
    ("clean JSON", "{\n  \"title\": \"x\"\n}\nbody\n", &[]),
    ("empty YAML", "---\n---\nbody\n", &[]),
    ("no front matter", "# Title\n", &[]),
    ("unclosed quote points at the quote", "---\ntitle: \"unclosed\ndate: 2024-01-01\n---\n", &["front-matter/yaml-syntax@2:8"]),
    ("bad indentation", "---\ntitle: x\n  bad: y\n---\n", &["front-matter/yaml-syntax@3:6"]),
    ("unclosed flow list", "---\ntags: [a, b\ntitle: x\n---\n", &["front-matter/yaml-syntax@3:6"]),
    ("tab indentation", "---\nparams:\n\tauthor: x\n---\n", &["front-matter/yaml-syntax@3:1"]),
    ("non-ASCII before the error", "---\ntitre: «é»\nclé: : x\n---\n", &["front-matter/yaml-syntax@3:6"]),
    ("YAML that is not a mapping", "---\n- a\n- b\n---\n", &["front-matter/yaml-syntax@2:1"]),
    ("unclosed YAML", "---\ntitle: x\n", &["front-matter/unclosed@1:1"]),
    ("unclosed TOML", "+++\ntitle = 'x'\n", &["front-matter/unclosed@1:1"]),
    ("unclosed JSON", "{\"title\": \"x\"\n", &["front-matter/unclosed@1:1"]),
    ("a list item is not front matter", "- item\n", &["front-matter/invalid-delimiter@1:1"]),
    ("TOML syntax error", "+++\ntitle = 'x'\ndate = \n+++\n", &["front-matter/toml-syntax@3:8"]),
    ("TOML duplicate key", "+++\na = 1\na = 2\n+++\n", &["front-matter/toml-syntax@3:1"]),
    ("JSON syntax error", "{\n  \"title\": \"x\",\n  \"draft\": tru\n}\n", &["front-matter/json-syntax@3:12"]),
    ("CRLF YAML", "---\r\ntitle: \"x\r\n---\r\n", &["front-matter/yaml-syntax@2:8"]),
    ("BOM YAML", "\u{feff}---\ntitle: x\n  bad: y\n---\n", &["front-matter/yaml-syntax@3:6"]),
    ("leading blank lines", "\n\n---\ntitle: [\n---\n", &["front-matter/yaml-syntax@5:1"]),
];

#[test]
fn syntax_errors_are_located() {
    let mut failures = Vec::new();
    for (name, source, expected) in CASES {
        let got = located(source);
        if got != *expected {
            let messages: Vec<String> = recap::render(source, &Options::default()).diagnostics.iter().map(|d| d.message.clone()).collect();
            failures.push(format!("{name}: expected {expected:?}, got {got:?} {messages:?}"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn a_post_opening_with_a_shortcode_is_told_why_it_is_read_as_front_matter() {
    for source in ["{{< youtube abc >}}\n", "{{% notice %}}\nx\n{{% /notice %}}\n"] {
        let r = recap::render(source, &Options::default());
        let d = r.diagnostics.iter().find(|d| d.code == "front-matter/json-syntax").expect("a JSON syntax error, as Hugo has");
        assert!(d.suggestion.as_deref().is_some_and(|s| s.contains("shortcode")), "{source:?}: {d:?}");
    }
    let plain = recap::render("{\n  \"title\": tru\n}\n", &Options::default());
    assert!(
        plain.diagnostics.iter().all(|d| d.suggestion.as_deref().is_none_or(|s| !s.contains("shortcode"))),
        "only where a shortcode opens the post"
    );
}

#[test]
fn the_body_still_renders_when_the_front_matter_is_broken() {
    let r = recap::render("---\ntitle: [\n---\n\nHello *world*\n", &Options::default());
    assert_eq!(r.html, "<p>Hello <em>world</em></p>\n", "the body renders");
    assert_eq!(r.front_matter, serde_json::json!({}), "broken front matter gives no fields");
}

#[test]
fn crlf_and_bom_posts_parse() {
    let r = recap::render("\u{feff}---\r\ntitle: Hi\r\ntags: [a, b]\r\n---\r\nBody\r\n", &Options::default());
    assert!(r.diagnostics.is_empty(), "{:?}", r.diagnostics);
    assert_eq!(r.front_matter["title"], "Hi");
    assert_eq!(r.front_matter["tags"], serde_json::json!(["a", "b"]));
    assert_eq!(r.html, "<p>Body</p>\n");
}

#[test]
fn toml_and_json_values_become_json() {
    let r = recap::render("+++\ntitle = 'T'\ndate = 2021-12-22T00:00:00Z\nweight = 3\n[params]\nauthor = 'k'\n+++\n", &Options::default());
    assert_eq!(r.front_matter["date"], "2021-12-22T00:00:00Z", "TOML dates become RFC 3339 strings");
    assert_eq!(r.front_matter["params"]["author"], "k");
    assert_eq!(r.front_matter["weight"], 3);
}

#[test]
fn utf16_columns_count_surrogate_pairs() {
    let r = recap::render("---\nt: \"😀\"\nx: : y\n---\n", &Options::default());
    let d = &r.diagnostics[0];
    assert_eq!((d.start.line, d.start.column), (3, 4));
    let r = recap::render("---\nt: 😀 : y\n---\n", &Options::default());
    let d = &r.diagnostics[0];
    assert_eq!(d.start.column + 1, d.start.utf16_column, "the emoji is one char and two UTF-16 units: {d:?}");
}
