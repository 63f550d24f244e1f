//! Front-matter validation (tests/data/validation.txt): every diagnostic, with
//! its code and location, for posts checked against Hugo's fields and site schemas.

use recap::{Options, Severity};

fn schema(name: &str) -> Option<serde_json::Value> {
    let path = match name {
        "none" | "site-taxonomies" => return None,
        "example" => concat!(env!("CARGO_MANIFEST_DIR"), "/schemas/recap-post.schema.json").to_owned(),
        other => format!("{}/tests/data/schemas/{other}.json", env!("CARGO_MANIFEST_DIR")),
    };
    Some(serde_json::from_str(&std::fs::read_to_string(path).expect("schema file")).expect("schema JSON"))
}

fn options(schema_name: &str) -> Options {
    // now: 2026-01-01T00:00:00Z
    let mut o = Options { schema: schema(schema_name), now: Some(1_767_225_600), ..Options::default() };
    if schema_name == "site-taxonomies" {
        o.taxonomies.push("series".to_owned());
    }
    o
}

#[test]
fn validation_cases() {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/validation.txt")).unwrap();
    let mut failures = Vec::new();
    let mut count = 0;
    for chunk in text.split("\n### ").skip(1) {
        let (name, rest) = chunk.split_once('\n').unwrap();
        let (schema_line, rest) = rest.split_once('\n').unwrap();
        let rest = rest.strip_prefix("--- post\n").expect("--- post");
        let (post, expect) = rest.split_once("\n--- expect\n").expect("--- expect");
        let post = format!("{}\n", post.replace("\\r", "\r"));
        let expected: Vec<&str> = expect.lines().filter(|l| !l.is_empty()).collect();
        let r = recap::render(&post, &options(schema_line.trim_start_matches("schema: ")));
        let actual: Vec<String> = r.diagnostics.iter().map(|d| format!("{}@{}:{}", d.code, d.start.line, d.start.column)).collect();
        if actual != expected {
            let messages: Vec<_> = r.diagnostics.iter().map(|d| d.message.as_str()).collect();
            failures.push(format!("{name}:\n  expected {expected:?}\n  actual   {actual:?}\n  {messages:?}"));
        }
        count += 1;
    }
    assert!(count >= 60, "at least 60 cases, found {count}");
    assert!(failures.is_empty(), "{} of {count} cases fail:\n{}", failures.len(), failures.join("\n"));
}

fn check(post: &str, schema_name: &str) -> Vec<recap::Diagnostic> {
    recap::render(post, &options(schema_name)).diagnostics
}

#[test]
fn quick_fixes_are_machine_applicable() {
    let cases = [
        ("---\ntitle: x\nkeyword: [a]\n---\n", "none", "keywords: [a]", "renames a misspelled key"),
        ("---\ntitle: x\ndraft: \"yes\"\n---\n", "none", "draft: true", "replaces a quoted yes with true"),
        ("---\ntitle: [a, b]\n---\n", "none", "title: \"[a, b]\"", "quotes a value"),
        ("---\ntitle: Hello\nstatus: publised\nparams:\n  author: k\n---\n", "strict", "status: published", "uses the nearest enum value"),
    ];
    for (post, schema, expected, what) in cases {
        let d = check(post, schema).into_iter().find(|d| d.fix.is_some()).unwrap_or_else(|| panic!("a fix that {what}"));
        let fix = d.fix.unwrap();
        let fixed = format!("{}{}{}", &post[..fix.span.start], fix.replacement, &post[fix.span.end..]);
        assert!(fixed.contains(expected), "the fix {what}: {fixed}");
        assert!(
            check(&fixed, schema).iter().all(|d| d.code != "front-matter/unknown-field"
                && d.code != "front-matter/type-mismatch"
                && d.code != "front-matter/invalid-value"),
            "after the fix that {what}, the problem is gone"
        );
    }
}

#[test]
fn columns_are_right_in_characters_bytes_and_utf16() {
    let post = "---\ntitle: \"😀 é\"\nwéight: ☕x\n---\n";
    let d = &check(post, "none")[0];
    assert_eq!(d.code, "front-matter/unknown-field");
    let line_start = post.find("wéight").unwrap();
    assert_eq!(d.span.start - line_start, 0, "byte column of the key");
    let post = "---\ntitle: x\nweight: 😀abc\n---\n";
    let d = &check(post, "none")[0];
    assert_eq!((d.start.line, d.start.column, d.start.utf16_column), (3, 9, 9));
    assert_eq!((d.end.column, d.end.utf16_column), (13, 14), "the emoji is one character and two UTF-16 units");
    assert_eq!(d.span.end - d.span.start, "😀abc".len(), "the span covers the value's bytes");
}

#[test]
fn messages_say_what_where_and_how_to_fix() {
    let d = &check("---\ntitle: x\ndraft: \"yes\"\n---\n", "none")[0];
    assert_eq!(d.severity, Severity::Warning);
    assert!(d.message.contains("`draft`") && d.message.contains("publishes"), "{}", d.message);
    assert_eq!(d.path.as_deref(), Some("draft"));
    assert!(d.suggestion.as_deref().unwrap_or("").contains("draft: true"));
    let d = &check("---\ndate: 2021-13-01\n---\n", "none")[0];
    assert!(d.message.contains("month 13"), "the bad part is named: {}", d.message);
}
