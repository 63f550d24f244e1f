//! Golden tests: Hugo 0.168.0's own output for fenced blocks and stylesheets
//! (tests/data/*.json, made by tools/chroma/goldens.py with the hugo binary),
//! compared byte for byte with recap-highlight's.
#![cfg(feature = "native")]

use recap_highlight::{highlight_fence, stylesheet, Fence, Options, Value};
use serde_json::Value as J;
use std::collections::BTreeMap;

fn value(v: &J) -> Value {
    match v {
        J::Bool(b) => Value::Bool(*b),
        J::Number(n) => Value::Number(n.as_f64().unwrap()),
        J::String(s) => Value::String(s.clone()),
        J::Array(a) => Value::Array(a.iter().map(value).collect()),
        _ => panic!("unexpected attribute value {v}"),
    }
}

#[test]
fn fenced_blocks_match_hugo() {
    let data: J = serde_json::from_str(include_str!("data/goldens.json")).unwrap();
    let site = Options::default();
    let mut per_lang: BTreeMap<String, (usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    for case in data["cases"].as_array().unwrap() {
        let name = case["name"].as_str().unwrap();
        let lang = case["lang"].as_str().unwrap();
        let code = case["code"].as_str().unwrap();
        let attrs: Vec<(String, Value)> =
            case["attrs"].as_array().unwrap().iter().map(|kv| (kv[0].as_str().unwrap().to_string(), value(&kv[1]))).collect();
        let want = case["html"].as_str().unwrap();
        // Chroma's Markdown sample has a ```cql block, highlighted by a lexer
        // outside the built-in set: only with every lexer built in.
        if cfg!(not(feature = "all-lexers")) && name.starts_with("markdown/chroma:markdown/") {
            println!("{name}: skipped (needs the all-lexers feature)");
            continue;
        }
        let got = highlight_fence(&Fence { code, lang, attributes: &attrs, ordinal: 0 }, &site).html;
        let mode = name.rsplit('/').next().unwrap();
        let e = per_lang.entry(format!("{lang:>14} {mode}")).or_default();
        e.1 += 1;
        if got == want {
            e.0 += 1;
        } else {
            let at = got.bytes().zip(want.bytes()).position(|(a, b)| a != b).unwrap_or(got.len().min(want.len()));
            let lo = at.saturating_sub(80);
            failures.push(format!(
                "{name}: differs at byte {at}\n  want …{}…\n  got  …{}…",
                &want[lo.min(want.len())..(at + 80).min(want.len())],
                &got[lo.min(got.len())..(at + 80).min(got.len())]
            ));
        }
    }
    for (k, (ok, n)) in &per_lang {
        println!("{k}: {ok}/{n}");
    }
    let total: usize = per_lang.values().map(|v| v.1).sum();
    println!("{} of {total} cases match", total - failures.len());
    assert!(failures.is_empty(), "{} cases differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn stylesheets_match_hugo() {
    let data: J = serde_json::from_str(include_str!("data/styles.json")).unwrap();
    let mut bad = Vec::new();
    let styles = data["styles"].as_object().unwrap();
    for (name, css) in styles {
        let got = stylesheet(name).unwrap_or_default();
        if got != css.as_str().unwrap() {
            bad.push(name.clone());
        }
    }
    println!("{} of {} styles match", styles.len() - bad.len(), styles.len());
    assert!(bad.is_empty(), "styles differ: {bad:?}");
}

/// transform.Highlight with an option string (the `highlight` shortcode calls
/// it on its inner text trimmed of line breaks), rendered by Hugo from a layout.
#[test]
fn highlight_shortcode_matches_hugo() {
    let data: J = serde_json::from_str(include_str!("data/goldens.json")).unwrap();
    let cases = data["shortcodes"].as_array().unwrap();
    assert!(cases.len() >= 10, "the goldens have option-string cases");
    let mut failures = Vec::new();
    for case in cases {
        let name = case["name"].as_str().unwrap();
        let opts = Options::default().with_option_string(case["options"].as_str().unwrap()).unwrap();
        let got = recap_highlight::highlight(case["code"].as_str().unwrap(), case["lang"].as_str().unwrap(), &opts);
        let want = case["html"].as_str().unwrap();
        if got != want {
            let at = got.bytes().zip(want.bytes()).position(|(a, b)| a != b).unwrap_or(got.len().min(want.len()));
            failures.push(format!(
                "{name}: differs at byte {at}: want …{}…",
                &want[at.saturating_sub(60).min(want.len())..(at + 60).min(want.len())]
            ));
        }
    }
    println!("{} of {} transform.Highlight cases match", cases.len() - failures.len(), cases.len());
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
