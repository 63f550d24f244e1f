//! Cases rendered by Hugo 0.168.0 itself (tests/data/hugo-oracle/*.json, made
//! by tests/oracle/hugo_oracle.py), compared with Recap's output as trees.

mod common;

use common::{first_difference, normalize};
use recap::Options;
use serde_json::Value;

fn cases(name: &str) -> Vec<(String, String)> {
    let text = std::fs::read_to_string(format!("{}/tests/data/hugo-oracle/{name}.txt", env!("CARGO_MANIFEST_DIR"))).unwrap();
    text.split("\n### ")
        .skip(1)
        .map(|chunk| {
            let (name, body) = chunk.split_once('\n').unwrap_or((chunk, ""));
            (name.trim().to_owned(), body.trim_end_matches('\n').to_owned() + "\n")
        })
        .collect()
}

fn golden(name: &str) -> Value {
    serde_json::from_str(&std::fs::read_to_string(format!("{}/tests/data/hugo-oracle/{name}.json", env!("CARGO_MANIFEST_DIR"))).unwrap())
        .unwrap()
}

/// Runs a case file; returns the names whose output differs, with the difference.
fn run(file: &str, options: &Options) -> Vec<String> {
    let golden = golden(file);
    let mut failures = Vec::new();
    for (name, body) in cases(file) {
        let post = if body.trim_start().starts_with("---") { body.clone() } else { format!("---\ntitle: case\n---\n{body}") };
        let r = recap::render(&post, options);
        let g = &golden[&name];
        for (what, expected, actual) in [
            ("content", g["content"].as_str().unwrap(), r.html.as_str()),
            ("toc", g["toc"].as_str().unwrap(), r.toc_html.as_str()),
            ("summary", g["summary"].as_str().unwrap(), r.summary_html.as_str()),
        ] {
            let (e, a) = (normalize(expected), normalize(actual));
            if e != a {
                failures.push(format!("{name} ({what}): {}", first_difference(&e, &a)));
            }
        }
        if g["word_count"].as_u64() != Some(r.word_count as u64) {
            failures.push(format!("{name}: word count {} where Hugo counts {}", r.word_count, g["word_count"]));
        }
    }
    failures
}

/// Runs case file `name` with its config: every case as Hugo rendered it.
fn assert_as_hugo(name: &str) {
    let failures = run(name, &options(name));
    assert!(failures.is_empty(), "these cases differ from Hugo:\n{}", failures.join("\n"));
}

/// The site config a case file was rendered with (`NAME.yaml`), if it has one,
/// and the site templates of `shortcodes/`.
fn options(name: &str) -> Options {
    let dir = format!("{}/tests/data/hugo-oracle", env!("CARGO_MANIFEST_DIR"));
    let mut options = match std::fs::read_to_string(format!("{dir}/{name}.yaml")) {
        Ok(text) => Options::from_config(&text, None).expect("the oracle config loads"),
        Err(_) => Options::default(),
    };
    options.shortcodes = recap::load_templates(std::path::Path::new(&format!("{dir}/shortcodes"))).expect("templates");
    options
}

#[test]
fn markdown_features_render_as_hugo_renders_them() {
    assert_as_hugo("markdown");
}

#[test]
fn block_attributes_unsafe_html_and_standalone_images_render_as_hugo_renders_them() {
    assert_as_hugo("attributes");
}

#[test]
fn shortcodes_render_as_hugo_renders_them() {
    assert_as_hugo("shortcodes");
}

#[test]
fn inline_and_block_constructs_render_as_hugo_renders_them() {
    assert_as_hugo("inline");
}

#[test]
fn text_runs_render_as_hugo_renders_them() {
    assert_as_hugo("text-runs");
}

#[test]
fn cjk_pages_count_words_and_cut_summaries_as_hugo_does() {
    assert_as_hugo("cjk");
}

#[test]
fn has_cjk_language_finds_cjk_pages_as_hugo_does() {
    assert_as_hugo("cjk-detect");
}

#[test]
fn heading_ids_in_hugos_other_styles_are_hugos() {
    assert_as_hugo("heading-ids-github-ascii");
    assert_as_hugo("heading-ids-blackfriday");
}

#[test]
fn definitions_are_tight_or_loose_one_by_one_as_hugo_writes_them() {
    assert_as_hugo("definition-lists");
}

#[test]
fn definition_terms_take_ids_with_the_headings_as_hugo_gives_them() {
    assert_as_hugo("term-ids");
}

#[test]
fn block_constructs_and_destinations_render_as_hugo_renders_them() {
    assert_as_hugo("blocks");
}

#[test]
fn raw_html_renders_as_hugo_renders_it_where_the_policy_keeps_it() {
    assert_as_hugo("raw-html");
}

#[test]
fn extension_edge_cases_render_as_hugo_renders_them() {
    assert_as_hugo("extensions");
}
