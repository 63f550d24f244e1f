//! The `recap` command as a user runs it.

mod common;

use common::shared;
use std::path::PathBuf;
use std::process::Command;

fn recap(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_recap")).args(args).output().expect("recap runs");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("recap-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn seed() -> String {
    shared("corpus/seed/december-2021-recap.md").to_string_lossy().into_owned()
}

#[test]
fn render_prints_the_body_html() {
    let (code, out, _) = recap(&["render", &seed()]);
    assert_eq!(code, 0);
    assert!(out.contains("<h2 id=\"news-and-updates\">News and updates</h2>"), "the body HTML is printed");
    assert!(out.contains("https://www.youtube.com/embed/fje09yl3vW4?"), "the YouTube shortcode is rendered");
}

#[test]
fn render_json_has_every_documented_key() {
    let (code, out, _) = recap(&["render", "--format", "json", &seed()]);
    assert_eq!(code, 0);
    let v: serde_json::Value = serde_json::from_str(&out).expect("one JSON object");
    for key in ["front_matter", "html", "blocks", "toc_html", "summary_html", "word_count", "reading_time", "diagnostics"] {
        assert!(v.get(key).is_some(), "the JSON has {key}");
    }
    assert_eq!(v["front_matter"]["params"]["author"], "kevinl");
    assert_eq!(v["word_count"], 606);
    let first = &v["blocks"][0];
    assert_eq!((first["start_line"].as_u64(), first["end_line"].as_u64()), (Some(14), Some(15)), "the first paragraph is on lines 14-15");
}

#[test]
fn render_page_is_a_whole_document_with_an_escaped_header() {
    let dir = temp_dir("page");
    let post = dir.join("p.md");
    std::fs::write(&post, "---\ntitle: \"<script>alert(1)</script>\"\nkeywords: [a]\n---\nBody\n").unwrap();
    let (code, out, _) = recap(&["render", "--format", "page", post.to_str().unwrap()]);
    assert_eq!(code, 0);
    assert!(out.starts_with("<!doctype html>"));
    assert!(out.contains("<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>"), "the title is escaped");
    assert!(!out.contains("<script>"), "no script reaches the page");
}

#[test]
fn check_prints_compiler_style_lines_and_fails_on_errors() {
    let dir = temp_dir("check");
    std::fs::write(dir.join("good.md"), "---\ntitle: Good\n---\nFine.\n").unwrap();
    std::fs::write(dir.join("bad-yaml.md"), "---\ntitle: \"unclosed\ndate: 2024-01-01\n---\nBody\n").unwrap();
    std::fs::write(dir.join("bad-shortcode.md"), "---\ntitle: x\n---\n\n{{< youtube not-an-id >}}\n").unwrap();
    let (code, out, err) = recap(&["check", dir.to_str().unwrap()]);
    assert_eq!(code, 1, "errors make check fail: {out}{err}");
    let bad_yaml = format!("{}:2:8: error[front-matter/yaml-syntax]:", dir.join("bad-yaml.md").display());
    assert!(out.lines().any(|l| l.starts_with(&bad_yaml)), "the YAML error is at the opening quote, line 2, column 8:\n{out}");
    let bad_sc = format!("{}:5:13: error[shortcode/invalid-argument]:", dir.join("bad-shortcode.md").display());
    assert!(out.lines().any(|l| l.starts_with(&bad_sc)), "the bad YouTube id is located:\n{out}");
    assert!(!out.contains("good.md"), "a clean post prints nothing");
    assert!(err.contains("checked 3 posts"), "a summary goes to stderr: {err}");
}

#[test]
fn check_passes_a_clean_post() {
    let (code, out, _) = recap(&["check", &seed()]);
    assert_eq!((code, out.as_str()), (0, ""));
}

#[test]
fn bad_input_is_a_one_line_error_with_status_2() {
    let dir = temp_dir("bad");
    let binary = dir.join("binary.md");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let bad_config = dir.join("hugo.yaml");
    std::fs::write(&bad_config, "markup: [\n").unwrap();
    let cases: Vec<Vec<String>> = vec![
        vec!["render".into(), dir.join("missing.md").to_string_lossy().into()],
        vec!["render".into(), binary.to_string_lossy().into()],
        vec!["render".into(), "--config".into(), dir.join("nope.yaml").to_string_lossy().into(), seed()],
        vec!["render".into(), "--config".into(), bad_config.to_string_lossy().into(), seed()],
        vec!["render".into(), "--format".into(), "xml".into(), seed()],
        vec!["check".into(), dir.join("missing.md").to_string_lossy().into()],
        vec!["frobnicate".into()],
    ];
    for args in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, out, err) = recap(&args);
        assert_eq!(code, 2, "{args:?} exits with 2");
        assert!(out.is_empty(), "{args:?} prints nothing on stdout");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?} prints one line: {err}");
        assert!(err.starts_with("recap: ") && !err.contains("panicked"), "{args:?}: {err}");
    }
}

#[test]
fn check_with_the_example_schema_finds_the_misspelled_keywords_key() {
    let dir = temp_dir("schema");
    let post = dir.join("recap.md");
    std::fs::write(&post, std::fs::read_to_string(seed()).unwrap().replacen("keywords:", "keyword:", 1)).unwrap();
    let schema = concat!(env!("CARGO_MANIFEST_DIR"), "/schemas/recap-post.schema.json");
    let (code, out, _) = recap(&["check", "--schema", schema, post.to_str().unwrap()]);
    assert_eq!(code, 1);
    let line = out.lines().find(|l| l.contains("front-matter/unknown-field")).expect("the unknown key is reported");
    assert!(line.starts_with(&format!("{}:8:1: ", post.display())), "at line 8, column 1: {line}");
    assert!(line.contains("did you mean `keywords`?"), "{line}");
    let (_, json, _) = recap(&["render", "--format", "json", "--schema", schema, post.to_str().unwrap()]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let d = v["diagnostics"].as_array().unwrap().iter().find(|d| d["code"] == "front-matter/unknown-field").unwrap();
    assert_eq!(d["fix"]["replacement"], "keywords", "a machine-applicable fix renames the key");
    assert_eq!((d["line"].as_u64(), d["column"].as_u64()), (Some(8), Some(1)));
}

#[test]
fn a_broken_schema_is_a_one_line_error() {
    let dir = temp_dir("bad-schema");
    let schema = dir.join("s.json");
    std::fs::write(&schema, r#"{"type": "strng"}"#).unwrap();
    let (code, _, err) = recap(&["check", "--schema", schema.to_str().unwrap(), &seed()]);
    assert_eq!(code, 2);
    assert!(err.contains("strng") && err.lines().count() == 1, "{err}");
}
