//! The seed and the linkerd.io sample posts against Hugo's own rendering
//! (`../shared/corpus`, rendered by Hugo v0.168.0), compared as HTML trees.

mod common;

use common::{first_difference, normalize, shared};
use recap::Options;
use serde_json::Value;
use std::fs;

fn hugo(path: &str) -> Value {
    serde_json::from_str(&fs::read_to_string(shared(path)).expect("golden file")).expect("golden JSON")
}

fn sample_options() -> Options {
    let text = fs::read_to_string(shared("corpus/linkerd-sample/hugo.yaml")).expect("hugo.yaml");
    Options::from_config(&text, None).expect("the sample site config loads")
}

fn sample_posts() -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(shared("corpus/linkerd-sample"))
        .expect("sample dir")
        .filter_map(|e| e.ok()?.file_name().into_string().ok())
        .filter(|n| n.ends_with(".md"))
        .map(|n| n.trim_end_matches(".md").to_owned())
        .collect();
    names.sort();
    names
}

/// The `id` of every heading, in order.
fn heading_ids(html: &str) -> Vec<String> {
    let doc = scraper::Html::parse_fragment(html);
    let selector = scraper::Selector::parse("h1, h2, h3, h4, h5, h6").expect("selector");
    doc.select(&selector).map(|h| h.value().attr("id").unwrap_or("").to_owned()).collect()
}

#[test]
fn the_seed_renders_as_hugo_renders_it() {
    let source = fs::read_to_string(shared("corpus/seed/december-2021-recap.md")).unwrap();
    let golden = hugo("corpus/seed/december-2021-recap.hugo.json");
    let rendered = recap::render(&source, &Options::default());
    let expected = normalize(golden["content_html_plain_code"].as_str().unwrap());
    let actual = normalize(&rendered.html);
    assert!(expected == actual, "the seed's body should equal Hugo's as a tree: {}", first_difference(&expected, &actual));
    assert_eq!(normalize(&rendered.toc_html), normalize(golden["toc_html"].as_str().unwrap()), "the TOC should equal Hugo's");
    assert_eq!(rendered.word_count as u64, golden["word_count"].as_u64().unwrap(), "the word count should equal Hugo's");
    assert_eq!(rendered.reading_time as u64, golden["reading_time"].as_u64().unwrap(), "the reading time should equal Hugo's");
    assert_eq!(
        normalize(&rendered.summary_html),
        normalize(golden["summary_plain_code"].as_str().unwrap()),
        "the summary should equal Hugo's"
    );
    assert_eq!(rendered.truncated, golden["truncated"].as_bool().unwrap(), "truncated should equal Hugo's");
    assert!(rendered.diagnostics.is_empty(), "the seed has no problems: {:?}", rendered.diagnostics);
    assert_eq!(rendered.front_matter["title"], golden["title"], "the title is read from the front matter");
    assert_eq!(rendered.front_matter["description"], golden["description"], "the |- block scalar is read as Hugo reads it");
}

#[test]
fn sample_posts_without_shortcodes_render_as_hugo_renders_them() {
    let options = sample_options();
    let mut compared = 0;
    for name in sample_posts() {
        let source = fs::read_to_string(shared(&format!("corpus/linkerd-sample/{name}.md"))).unwrap();
        if source.contains("{{<") || source.contains("{{%") {
            continue;
        }
        compared += 1;
        let golden = hugo(&format!("corpus/linkerd-sample/{name}.hugo.json"));
        let rendered = recap::render(&source, &options);
        let expected = normalize(golden["content_html_plain_code"].as_str().unwrap());
        let actual = normalize(&rendered.html);
        assert!(expected == actual, "{name} should equal Hugo's HTML as a tree: {}", first_difference(&expected, &actual));
        assert_eq!(rendered.word_count as u64, golden["word_count"].as_u64().unwrap(), "{name}: word count");
    }
    assert_eq!(compared, 21, "21 of the 29 sample posts have no shortcodes");
}

#[test]
fn every_sample_post_has_hugos_heading_ids_and_toc() {
    let options = sample_options();
    let names = sample_posts();
    assert_eq!(names.len(), 29);
    for name in names {
        let source = fs::read_to_string(shared(&format!("corpus/linkerd-sample/{name}.md"))).unwrap();
        let golden = hugo(&format!("corpus/linkerd-sample/{name}.hugo.json"));
        let rendered = recap::render(&source, &options);
        assert_eq!(
            heading_ids(&rendered.html),
            heading_ids(golden["content_html_plain_code"].as_str().unwrap()),
            "{name}: heading IDs should equal Hugo's"
        );
        assert_eq!(normalize(&rendered.toc_html), normalize(golden["toc_html"].as_str().unwrap()), "{name}: the TOC should equal Hugo's");
    }
}

#[test]
fn all_sample_posts_render_as_hugo_renders_them_with_the_site_shortcodes() {
    let mut options = sample_options();
    options.shortcodes = recap::load_templates(&shared("corpus/linkerd-sample/_shortcodes")).expect("the stub templates load unmodified");
    let mut failures = Vec::new();
    for name in sample_posts() {
        let source = fs::read_to_string(shared(&format!("corpus/linkerd-sample/{name}.md"))).unwrap();
        let golden = hugo(&format!("corpus/linkerd-sample/{name}.hugo.json"));
        let rendered = recap::render(&source, &options);
        let expected = normalize(golden["content_html_plain_code"].as_str().unwrap());
        let actual = normalize(&rendered.html);
        if expected != actual {
            failures.push(format!("{name}: {}", first_difference(&expected, &actual)));
        }
        let errors: Vec<_> = rendered.diagnostics.iter().filter(|d| d.severity == recap::Severity::Error).collect();
        if !errors.is_empty() {
            failures.push(format!("{name}: unexpected errors {errors:?}"));
        }
    }
    assert!(failures.is_empty(), "all 29 posts should equal Hugo's HTML as trees:\n{}", failures.join("\n"));
}

/// What the sample posts really get wrong against the example schema
/// (tests/data/sample-schema-report.txt; `BLESS=1` rewrites it).
#[test]
fn sample_posts_checked_against_the_example_schema() {
    let mut options = sample_options();
    options.shortcodes = recap::load_templates(&shared("corpus/linkerd-sample/_shortcodes")).unwrap();
    let doc = fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/schemas/recap-post.schema.json")).unwrap();
    options.schema = Some(serde_json::from_str(&doc).unwrap());
    let seed = fs::read_to_string(shared("corpus/seed/december-2021-recap.md")).unwrap();
    assert!(recap::render(&seed, &options).diagnostics.is_empty(), "the seed is clean against the example schema");
    let mut report = String::new();
    for name in sample_posts() {
        let source = fs::read_to_string(shared(&format!("corpus/linkerd-sample/{name}.md"))).unwrap();
        for d in recap::render(&source, &options).diagnostics {
            report.push_str(&format!("{name}.md:{}:{}: {}[{}] {}\n", d.start.line, d.start.column, d.severity.as_str(), d.code, d.message));
        }
    }
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/sample-schema-report.txt");
    if std::env::var_os("BLESS").is_some() {
        fs::write(path, &report).unwrap();
    }
    assert_eq!(report, fs::read_to_string(path).unwrap(), "the report should match tests/data/sample-schema-report.txt");
}

/// With Hugo's default `codeFences: true`, fenced code is Chroma's output: the
/// same posts against `content_html` (linkerd.io's `github-dark` style).
#[test]
fn all_sample_posts_highlight_code_as_hugo_does() {
    let mut options = sample_options();
    options.markup.highlight.options.code_fences = true;
    options.markup.highlight.options.style = "github-dark".to_owned();
    options.shortcodes = recap::load_templates(&shared("corpus/linkerd-sample/_shortcodes")).expect("the stub templates load unmodified");
    let (mut failures, mut with_code) = (Vec::new(), 0);
    for name in sample_posts() {
        let source = fs::read_to_string(shared(&format!("corpus/linkerd-sample/{name}.md"))).unwrap();
        let golden = hugo(&format!("corpus/linkerd-sample/{name}.hugo.json"));
        let highlighted = golden["content_html"].as_str().unwrap();
        with_code += usize::from(highlighted.contains("class=\"highlight\""));
        let rendered = recap::render(&source, &options);
        let (expected, actual) = (normalize(highlighted), normalize(&rendered.html));
        if expected != actual {
            failures.push(format!("{name}: {}", first_difference(&expected, &actual)));
        }
    }
    assert!(with_code >= 9, "the sample has highlighted code to compare ({with_code} posts)");
    assert!(failures.is_empty(), "all 29 posts should equal Hugo's highlighted HTML as trees:\n{}", failures.join("\n"));
}
