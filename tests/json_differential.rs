//! Recap's JSON parser against serde_json: the same documents accepted, the same
//! values (integer and float types included). Documents are a set of JSON
//! objects covering the grammar and every one-character edit of them (a
//! deletion, or an insertion from a set of delimiters).

use recap::front_matter::parse_tree;
use recap::Format;
use serde_json::Value;

const DOCS: &[&str] = &[
    "{}",
    " {\"title\": \"December 2021 Recap\", \"date\": \"2021-12-22\", \"draft\": false, \"tags\": [\"a\", \"b\"]}\n",
    "{\"params\": {\"author\": {\"name\": \"k\", \"id\": 3}}, \"weight\": -12, \"ratio\": 0.25, \"none\": null}",
    "{\"n\": [0, -0, 1e3, 1E+3, 2.5e-3, -1.0, 18446744073709551615, 18446744073709551616, -9223372036854775808, -9223372036854775809]}",
    "{\"s\": \"quote \\\" backslash \\\\ slash \\/ \\b\\f\\n\\r\\t \\u00e9 \\uD83D\\uDE00 é 😀\"}",
    "{\n\t\"nested\": [[1, [2, [3]]], {\"a\": {\"b\": {}}}, []],\r\n  \"dup\": 1, \"dup\": 2\n}\n",
    "{\"\": \"\", \"k\": true, \"e\": 1.7976931348623157e308, \"tiny\": 5e-324, \"long\": 0.1000000000000000055511151231257827}",
];

const INSERTS: &[char] = &['"', '\\', '[', ']', '{', '}', ':', ',', ' ', '\n', '0', '-', '+', '.', 'e', 'u', 'x', '\u{1}'];

fn reference(text: &str) -> Option<Value> {
    serde_json::from_str::<Value>(text).ok().filter(Value::is_object)
}

fn ours(text: &str) -> Result<Value, String> {
    parse_tree(text, 0, Format::Json).map(|n| n.to_value()).map_err(|e| e.message)
}

fn compare(text: &str, failures: &mut Vec<String>) {
    match (reference(text), ours(text)) {
        (Some(a), Ok(b)) if a != b => failures.push(format!("{text:?}: values differ\n  serde_json: {a}\n  recap:      {b}")),
        (Some(_), Err(e)) => failures.push(format!("{text:?}: serde_json accepts, recap says {e}")),
        (None, Ok(v)) => failures.push(format!("{text:?}: serde_json refuses, recap reads {v}")),
        _ => {}
    }
}

#[test]
fn documents_agree() {
    let mut failures = Vec::new();
    for text in DOCS {
        compare(text, &mut failures);
        assert!(ours(text).is_ok(), "{text:?} parses");
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn one_character_edits_agree() {
    let mut failures = Vec::new();
    let mut cases = 0;
    for text in DOCS {
        let boundaries: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
        for (n, &i) in boundaries.iter().enumerate() {
            if let Some(&next) = boundaries.get(n + 1) {
                compare(&format!("{}{}", &text[..i], &text[next..]), &mut failures);
                cases += 1;
            }
            for c in INSERTS {
                compare(&format!("{}{c}{}", &text[..i], &text[i..]), &mut failures);
                cases += 1;
            }
        }
    }
    assert!(cases > 10_000, "{cases} edits");
    assert!(
        failures.is_empty(),
        "{} of {cases} edits disagree:\n{}",
        failures.len(),
        failures.iter().take(30).cloned().collect::<Vec<_>>().join("\n")
    );
}

#[test]
fn nesting_limit_matches() {
    for depth in [126, 127, 128, 129] {
        let text = format!("{{\"a\":{}{}}}", "[".repeat(depth), "]".repeat(depth));
        assert_eq!(reference(&text).is_some(), ours(&text).is_ok(), "depth {depth}");
    }
}
