//! Hugo's own shortcode lexer table (tests/data/hugo/shortcode-lexer.json,
//! Apache-2.0, see the README there), run against Recap's lexer.

use recap::internals::shortcode::lexer::{Kind, Lexer};
use serde_json::Value;

fn kind_name(kind: &Kind) -> &'static str {
    match kind {
        Kind::Text => "Text",
        Kind::Indentation => "Indentation",
        Kind::LeftNoMarkup => "LeftNoMarkup",
        Kind::RightNoMarkup => "RightNoMarkup",
        Kind::LeftMarkup => "LeftMarkup",
        Kind::RightMarkup => "RightMarkup",
        Kind::Close => "Close",
        Kind::Name => "Name",
        Kind::NameInline => "NameInline",
        Kind::Param => "Param",
        Kind::ParamValue => "ParamValue",
        Kind::Error => "Error",
        Kind::Eof => "EOF",
    }
}

#[test]
fn hugo_lexer_table() {
    let text = include_str!("data/hugo/shortcode-lexer.json");
    let cases: Vec<Value> = serde_json::from_str(text).expect("lexer table");
    assert_eq!(cases.len(), 65, "every case of Hugo's table is here");
    let mut failures = Vec::new();
    for case in &cases {
        let input = case["input"].as_str().unwrap();
        let expected: Vec<(String, String)> = case["items"]
            .as_array()
            .unwrap()
            .iter()
            .map(|i| (i[0].as_str().unwrap().to_owned(), i[1].as_str().unwrap().to_owned()))
            .collect();
        let actual: Vec<(String, String)> =
            Lexer::collect_all(input).into_iter().map(|i| (kind_name(&i.kind).to_owned(), i.value)).collect();
        if actual != expected {
            failures.push(format!("{}: {input:?}\n  expected {expected:?}\n  actual   {actual:?}", case["name"]));
        }
    }
    assert!(failures.is_empty(), "the lexer should emit Hugo's items:\n{}", failures.join("\n"));
}
