//! The seed and the linkerd.io sample posts against Hugo's own rendering.

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

#[test]
fn report_sample_status() {
    let options = sample_options();
    let mut matched = 0;
    for name in sample_posts() {
        let source = fs::read_to_string(shared(&format!("corpus/linkerd-sample/{name}.md"))).unwrap();
        let golden = hugo(&format!("corpus/linkerd-sample/{name}.hugo.json"));
        let rendered = recap::render(&source, &options);
        let expected = normalize(golden["content_html_plain_code"].as_str().unwrap());
        let actual = normalize(&rendered.html);
        let toc_ok = normalize(golden["toc_html"].as_str().unwrap()) == normalize(&rendered.toc_html);
        let ok = expected == actual;
        if ok {
            matched += 1;
        }
        println!(
            "{name}: body {} toc {} words {}/{} {}",
            ok,
            toc_ok,
            rendered.word_count,
            golden["word_count"],
            if ok { String::new() } else { first_difference(&expected, &actual) }
        );
    }
    println!("matched {matched}");
}
