//! CommonMark 0.31.2 and the GFM extension examples, run through Recap's writer.
//!
//! Recap writes Hugo's HTML, so two things differ from the reference renderers
//! by design and are normalized here: table alignment (`align="x"` there,
//! `style="text-align: x"` in Hugo) and raw HTML, which Recap sanitizes even
//! with `unsafe: true`. Examples that fail are listed, with the reason, in
//! `tests/data/commonmark-known-failures.txt`; the list must stay exact.

mod common;

use common::{normalize, shared};
use recap::Options;
use serde_json::Value;
use std::collections::BTreeMap;
use std::fs;

fn cases(file: &str) -> Vec<Value> {
    serde_json::from_str::<Vec<Value>>(&fs::read_to_string(shared(&format!("commonmark/{file}"))).expect("spec file")).expect("spec JSON")
}

/// Plain CommonMark: every Goldmark extension, the typographer and auto IDs off.
fn commonmark_options() -> Options {
    let mut o = Options::default();
    let g = &mut o.markup.goldmark;
    g.renderer.unsafe_html = true;
    g.parser.auto_heading_id = false;
    g.parser.attribute_title = false;
    let e = &mut g.extensions;
    e.table = false;
    e.strikethrough = false;
    e.linkify = false;
    e.task_list = false;
    e.definition_list = false;
    e.footnote = false;
    e.typographer.disable = true;
    o.markup.highlight.options.code_fences = false;
    o
}

/// The spec examples are Markdown bodies, not posts (a leading `---` would be front matter).
fn render_body(markdown: &str, options: &Options) -> String {
    recap::internals::markdown::render_with(markdown, options, None).blocks.into_iter().map(|b| b.html).collect()
}

fn known_failures() -> BTreeMap<u64, String> {
    let text =
        fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/commonmark-known-failures.txt")).expect("known failures list");
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (n, reason) = l.split_once(' ').unwrap_or((l, ""));
            (n.parse().expect("example number"), reason.trim().to_owned())
        })
        .collect()
}

#[test]
fn commonmark_spec_passes_except_the_listed_examples() {
    let options = commonmark_options();
    let known = known_failures();
    let all = cases("spec.json");
    let mut failed = Vec::new();
    for case in &all {
        let n = case["example"].as_u64().unwrap();
        let expected = normalize(case["html"].as_str().unwrap());
        let actual = normalize(&render_body(case["markdown"].as_str().unwrap(), &options));
        if expected != actual {
            failed.push(n);
            if !known.contains_key(&n) {
                eprintln!("example {n} ({}):\n{}\nexpected:{expected}\nactual:{actual}\n", case["section"], case["markdown"]);
            }
        }
    }
    let passed = all.len() - failed.len();
    println!("CommonMark: {passed} of {} examples pass", all.len());
    let unexpected: Vec<_> = failed.iter().filter(|n| !known.contains_key(n)).collect();
    let fixed: Vec<_> = known.keys().filter(|n| !failed.contains(n)).collect();
    assert!(unexpected.is_empty(), "these examples should pass but fail: {unexpected:?}");
    assert!(fixed.is_empty(), "these examples now pass: remove them from the known-failures list: {fixed:?}");
    assert!(passed >= 640, "at least 640 of 655 examples should pass, {passed} do");
}

/// Recap writes Hugo's tables: alignment as `style` where the GFM spec writes
/// `align`, and always a `<tbody>` (Hugo's table template writes one even when empty).
fn hugo_tables(html: &str) -> String {
    let mut s = html.to_owned();
    if s.contains("</thead>\n</table>") {
        s = s.replace("</thead>\n</table>", "</thead>\n<tbody></tbody></table>");
    }
    for a in ["left", "center", "right"] {
        s = s.replace(&format!(" align=\"{a}\""), &format!(" style=\"text-align: {a}\""));
    }
    s
}

/// GFM examples Recap renders differently on purpose.
const GFM_DIFFERENCES: &[(u64, &str)] = &[(628, "ftp: is not an allowed URL scheme, so ftp://foo.bar.baz stays text")];

#[test]
fn gfm_extension_examples_pass() {
    let mut all = cases("gfm-spec.json");
    all.extend(cases("gfm-spec-tasklist.json"));
    let mut checked = 0;
    for case in &all {
        let extensions: Vec<&str> = case["extensions"].as_array().unwrap().iter().filter_map(Value::as_str).collect();
        let mut options = commonmark_options();
        let e = &mut options.markup.goldmark.extensions;
        match extensions.as_slice() {
            ["table"] => e.table = true,
            ["strikethrough"] => e.strikethrough = true,
            ["autolink"] => {
                e.linkify = true;
                e.linkify_protocol = "http".to_owned();
            }
            ["tasklist"] => e.task_list = true,
            _ => continue,
        }
        checked += 1;
        let n = case["example"].as_u64().unwrap();
        let expected = normalize(&hugo_tables(case["html"].as_str().unwrap()));
        let actual = normalize(&render_body(case["markdown"].as_str().unwrap(), &options));
        if GFM_DIFFERENCES.iter().any(|(k, _)| *k == n) {
            assert_ne!(actual, expected, "GFM example {n} is listed as different but now matches: update GFM_DIFFERENCES");
            continue;
        }
        assert_eq!(actual, expected, "GFM example {n} ({extensions:?}) should render as cmark-gfm does:\n{}", case["markdown"]);
    }
    assert_eq!(checked, 8 + 2 + 11 + 2, "every table, strikethrough, autolink and task-list example is checked");
}
