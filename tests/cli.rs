//! The `recap` command as a user runs it: render, and check a whole site in CI
//! (the fixture sites are in tests/data/sites/, see its README).

mod common;

use common::shared;
use serde_json::Value;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Run {
    code: i32,
    out: String,
    err: String,
}

fn recap_in(dir: &Path, args: &[&str], stdin: Option<&str>) -> Run {
    let mut child = Command::new(env!("CARGO_BIN_EXE_recap"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("recap runs");
    let mut input = child.stdin.take().unwrap();
    if let Some(text) = stdin {
        // A run may end before reading its input (`check --fix -` refuses stdin up front): a
        // broken pipe then is the program's answer, not a failure of the test.
        if let Err(e) = input.write_all(text.as_bytes()) {
            assert_eq!(e.kind(), std::io::ErrorKind::BrokenPipe, "writing recap's stdin: {e}");
        }
    }
    drop(input);
    let out = child.wait_with_output().unwrap();
    Run {
        code: out.status.code().unwrap_or(-1),
        out: String::from_utf8_lossy(&out.stdout).into_owned(),
        err: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

fn recap(args: &[&str]) -> (i32, String, String) {
    let r = recap_in(Path::new(env!("CARGO_MANIFEST_DIR")), args, None);
    (r.code, r.out, r.err)
}

fn temp_dir(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("recap-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let path = entry.unwrap().path();
        let target = to.join(path.file_name().unwrap());
        if path.is_dir() {
            copy_dir(&path, &target);
        } else {
            std::fs::copy(&path, &target).unwrap();
        }
    }
}

fn fixture(site: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/sites").join(site)
}

/// A copy of a fixture site, to change.
fn site_copy(site: &str, name: &str) -> PathBuf {
    let dir = temp_dir(name).join(site);
    copy_dir(&fixture(site), &dir);
    dir
}

fn seed() -> String {
    shared("corpus/seed/december-2021-recap.md").to_string_lossy().into_owned()
}

// --- render -----------------------------------------------------------------

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
    let v: Value = serde_json::from_str(&out).expect("one JSON object");
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
fn render_uses_the_site_of_the_post() {
    let post = fixture("blog").join("content/posts/good.md");
    let (code, out, err) = recap(&["render", post.to_str().unwrap()]);
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("<aside class=\"note\">"), "the site's own shortcode template is found: {out}");
}

#[test]
fn bad_usage_and_unreadable_input_to_render_is_a_one_line_error_with_status_2() {
    let dir = temp_dir("bad");
    let binary = dir.join("binary.md");
    std::fs::write(&binary, [0xff, 0xfe, 0x00, 0x41]).unwrap();
    let bad_site = dir.join("bad-site");
    std::fs::create_dir_all(&bad_site).unwrap();
    std::fs::write(bad_site.join("hugo.yaml"), "markup: [\n").unwrap();
    std::fs::write(bad_site.join("post.md"), "Hello\n").unwrap();
    let cases: Vec<Vec<String>> = vec![
        vec!["render".into(), dir.join("missing.md").to_string_lossy().into()],
        vec!["render".into(), binary.to_string_lossy().into()],
        vec!["render".into(), "--config".into(), dir.join("nope.yaml").to_string_lossy().into(), seed()],
        vec!["render".into(), bad_site.join("post.md").to_string_lossy().into()],
        vec!["render".into(), "--format".into(), "xml".into(), seed()],
        vec!["check".into(), bad_site.join("post.md").to_string_lossy().into()],
        vec!["check".into(), "--format".into(), "xml".into(), seed()],
        vec!["check".into(), "--max-warnings".into(), "many".into(), seed()],
        vec!["check".into(), "--dry-run".into(), seed()],
        vec!["check".into(), "--frobnicate".into()],
        vec!["frobnicate".into()],
    ];
    for args in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let (code, out, err) = recap(&args);
        assert_eq!(code, 2, "{args:?} exits with 2: {err}");
        assert!(out.is_empty(), "{args:?} prints nothing on stdout");
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?} prints one line: {err}");
        assert!(err.starts_with("recap: ") && !err.contains("panicked"), "{args:?}: {err}");
    }
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

// --- check: finding sites, never dropping a report --------------------------

#[test]
fn check_with_no_argument_checks_the_content_of_the_site_it_stands_in() {
    let site = fixture("blog");
    for dir in [site.clone(), site.join("content/posts"), site.join("layouts")] {
        let r = recap_in(&dir, &["check", "--color", "never"], None);
        assert_eq!(r.code, 1, "errors make check fail: {}{}", r.out, r.err);
        assert!(r.err.contains("checked 6 posts: 2 errors, 2 warnings"), "every post of the site, from {dir:?}: {}", r.err);
        let shown = if dir == site { "content/posts/bad.md" } else { "bad.md" };
        assert!(r.out.contains(&format!("{shown}:3:7: error[front-matter/invalid-date]")), "located: {}", r.out);
        assert!(r.out.contains("content/posts/bad.md:6:1: error[shortcode/unknown]: there is no shortcode named `nonesuch`"), "{}", r.out);
    }
    let r = recap_in(&site, &["check"], None);
    for clean in ["good.md", "manual/page.md", "docs/page.md", "_index.md"] {
        assert!(
            !r.out.contains(clean),
            "{clean} is clean: its shortcodes come from the site, its section or its cascaded type:\n{}",
            r.out
        );
    }
}

#[test]
fn check_uses_each_posts_own_site() {
    let sites = fixture("");
    let r = recap_in(&sites, &["check", "blog/content/posts/good.md", "other/content"], None);
    assert_eq!(r.code, 1);
    assert!(!r.out.contains("good.md"), "`note` is the blog's own shortcode: {}", r.out);
    assert!(r.out.contains("other/content/post.md:6:1: error[shortcode/unknown]: there is no shortcode named `note`"), "{}", r.out);
    let outside = temp_dir("no-site");
    let r = recap_in(&outside, &["check"], None);
    assert_eq!(r.code, 2, "no site here is a usage problem");
    assert!(r.err.contains("not in a Hugo site") && r.err.contains("--site"), "{}", r.err);
    let r = recap_in(&outside, &["check", "--site", fixture("blog").to_str().unwrap()], None);
    assert!(r.err.contains("checked 6 posts"), "--site names it: {}", r.err);
}

#[test]
fn a_site_that_cannot_be_read_is_status_2() {
    let site = site_copy("blog", "bad-zone");
    std::fs::write(site.join("hugo.yaml"), "timeZone: Mars/Olympus_Mons\n").unwrap();
    let r = recap_in(&site, &["check"], None);
    assert_eq!(r.code, 2);
    assert!(r.err.contains("Mars/Olympus_Mons") && r.err.lines().count() == 1, "{}", r.err);
}

#[test]
fn check_never_drops_a_report_and_orders_it_the_same_on_any_number_of_threads() {
    let site = site_copy("blog", "never-drop");
    let posts = site.join("content/posts");
    std::fs::write(posts.join("binary.md"), [b'-', b'-', b'-', b'\n', 0xff, 0xfe, b'\n']).unwrap();
    std::os::unix::fs::symlink(site.join("nowhere.md"), posts.join("dangling.md")).unwrap();
    std::fs::File::create(posts.join("huge.md")).unwrap().set_len(65 << 20).unwrap();
    let one = recap_in(&site, &["check", "--jobs", "1"], None);
    let many = recap_in(&site, &["check", "--jobs", "4"], None);
    assert_eq!(one.code, 1, "problems, not a crash or a usage error: {}", one.err);
    assert_eq!(one.out, many.out, "the same report in the same order, whatever the threads");
    let lines: Vec<&str> = one.out.lines().collect();
    let expected_order =
        ["bad.md:3:7", "bad.md:6:1", "binary.md:1:1", "dangling.md:1:1", "fixable.md:3:1", "fixable.md:4:8", "huge.md:1:1"];
    let found: Vec<usize> = expected_order.iter().map(|e| lines.iter().position(|l| l.contains(e)).unwrap_or(usize::MAX)).collect();
    assert!(found.windows(2).all(|w| w[0] < w[1] && w[1] != usize::MAX), "every file, in path order:\n{}", one.out);
    assert!(
        one.out.contains("binary.md:1:1: error[io/not-utf8]: this file is not UTF-8 text: the byte at offset 4 (line 2)"),
        "{}",
        one.out
    );
    assert!(one.out.contains("dangling.md:1:1: error[io/unreadable]: cannot read this file: no such file"), "{}", one.out);
    assert!(one.out.contains("huge.md:1:1: error[io/too-large]"), "{}", one.out);
    assert!(one.err.contains("checked 9 posts: 5 errors, 2 warnings"), "{}", one.err);
    // A missing file named on the command line is one problem too.
    let r = recap_in(&site, &["check", "content/posts/good.md", "missing.md"], None);
    assert_eq!(r.code, 1);
    assert_eq!(r.out.trim(), "missing.md:1:1: error[io/unreadable]: cannot read this file: no such file");
}

#[test]
fn pages_rendered_on_other_threads_are_no_recursion() {
    // Checked on several threads, a page that includes another (`.RenderShortcodes`)
    // and pages that read others' fragments: each thread's renders are its own
    // (a page another thread rendered was taken for one including itself).
    let site = temp_dir("threads");
    let write = |path: &str, text: &str| {
        let path = site.join(path);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    write("hugo.toml", "baseURL = \"https://example.org/\"\n");
    write("layouts/_shortcodes/include.html", "{{ with site.GetPage (.Get 0) }}{{ .RenderShortcodes }}{{ end }}");
    write(
        "layouts/_markup/render-link.html",
        "{{ $u := urls.Parse .Destination }}{{ with $.PageInner.GetPage $u.Path }}{{ .Fragments.Identifiers.Contains $u.Fragment }}{{ end }}<a href=\"{{ .Destination }}\">{{ .Text }}</a>",
    );
    write("content/common/part.md", "---\ntitle: part\nbuild: {render: never, list: never}\n---\nSee [the intro](/all/#intro).\n");
    for i in 0..8 {
        write(&format!("content/all{i}.md"), "---\ntitle: all\n---\n## Intro\n\n{{% include \"/common/part\" %}}\n");
    }
    write("content/all.md", "---\ntitle: all\n---\n## Intro\n\n{{% include \"/common/part\" %}}\n");
    for _ in 0..5 {
        let run = recap_in(&site, &["check", "--jobs", "4"], None);
        assert_eq!(run.code, 0, "{}{}", run.out, run.err);
        assert!(run.out.is_empty(), "{}", run.out);
    }
}

#[test]
fn check_exit_status_quiet_and_max_warnings() {
    let site = fixture("blog");
    let fixable = "content/posts/fixable.md";
    let warnings_only = recap_in(&site, &["check", fixable], None);
    assert_eq!(warnings_only.code, 0, "warnings alone pass: {}", warnings_only.out);
    assert_eq!(warnings_only.out.lines().count(), 2);
    assert_eq!(recap_in(&site, &["check", "--max-warnings", "1", fixable], None).code, 1, "more warnings than allowed fail");
    assert_eq!(recap_in(&site, &["check", "--max-warnings", "2", fixable], None).code, 0);
    let quiet = recap_in(&site, &["check", "--quiet", fixable, "content/posts/bad.md"], None);
    assert_eq!(quiet.code, 1);
    assert!(quiet.out.lines().all(|l| l.contains(": error[")), "only errors with --quiet: {}", quiet.out);
    assert_eq!(quiet.out.lines().count(), 2);
    assert!(quiet.err.is_empty(), "no summary with --quiet: {}", quiet.err);
    assert_eq!(recap_in(&site, &["check", "content/posts/good.md"], None).code, 0, "a clean post passes");
}

#[test]
fn check_colours_only_when_asked_or_on_a_terminal() {
    let site = fixture("blog");
    let plain = recap_in(&site, &["check", "content/posts/bad.md"], None);
    assert!(!plain.out.contains('\x1b'), "no colour into a pipe");
    let coloured = recap_in(&site, &["check", "--color", "always", "content/posts/bad.md"], None);
    assert!(coloured.out.contains("\x1b[1;31merror\x1b[0m"), "{:?}", coloured.out);
}

// --- check: formats ----------------------------------------------------------

#[test]
fn check_json_is_one_array_with_the_fields_of_render_json_and_file() {
    let site = fixture("blog");
    let r = recap_in(&site, &["check", "--format", "json"], None);
    assert_eq!(r.code, 1);
    let all: Value = serde_json::from_str(&r.out).expect("one JSON array");
    let all = all.as_array().unwrap();
    assert_eq!(all.len(), 4);
    let (_, render_json, _) = recap(&["render", "--format", "json", fixture("blog").join("content/posts/bad.md").to_str().unwrap()]);
    let rendered: Value = serde_json::from_str(&render_json).unwrap();
    let render_keys: Vec<&String> = rendered["diagnostics"][0].as_object().unwrap().keys().collect();
    let check_keys: Vec<&String> = all[0].as_object().unwrap().keys().filter(|k| *k != "file").collect();
    assert_eq!(check_keys, render_keys, "the same fields, in the same order");
    assert_eq!(all[0]["file"], "content/posts/bad.md");
    assert_eq!((all[0]["line"].as_u64(), all[0]["column"].as_u64()), (Some(3), Some(7)));
    let fix = &all.iter().find(|d| d["code"] == "front-matter/unknown-field").unwrap()["fix"];
    assert_eq!(fix["replacement"], "keywords");
    let clean = recap_in(&site, &["check", "--format", "json", "content/posts/good.md"], None);
    assert_eq!(serde_json::from_str::<Value>(&clean.out).unwrap(), serde_json::json!([]), "no problems: an empty array");
}

#[test]
fn check_sarif_is_valid_sarif_2_1_0_with_help_for_every_rule() {
    let site = fixture("blog");
    let r = recap_in(&site, &["check", "--format", "sarif"], None);
    assert_eq!(r.code, 1);
    let log: Value = serde_json::from_str(&r.out).expect("one JSON document");
    let schema: Value = serde_json::from_str(include_str!("data/sarif/sarif-schema-2.1.0.json")).unwrap();
    let mut schemas = boon::Schemas::new();
    let mut compiler = boon::Compiler::new();
    compiler.add_resource("file:///sarif-schema-2.1.0.json", schema).unwrap();
    let index = compiler.compile("file:///sarif-schema-2.1.0.json", &mut schemas).unwrap();
    if let Err(e) = schemas.validate(&log, index) {
        panic!("the SARIF log does not validate: {e:#}");
    }
    let mut broken = log.clone();
    broken["runs"][0]["results"][0]["level"] = "fatal".into();
    assert!(schemas.validate(&broken, index).is_err(), "the schema check can fail");
    let run = &log["runs"][0];
    assert_eq!(log["version"], "2.1.0");
    assert_eq!(run["columnKind"], "unicodeCodePoints", "columns are declared as code points");
    let rules = run["tool"]["driver"]["rules"].as_array().unwrap();
    for rule in rules {
        assert!(rule["help"]["text"].as_str().is_some_and(|h| h.len() > 40), "every rule has help: {rule}");
    }
    let results = run["results"].as_array().unwrap();
    assert_eq!(results.len(), 4);
    let bad = &results[0];
    assert_eq!(bad["ruleId"], "front-matter/invalid-date");
    assert_eq!(rules[bad["ruleIndex"].as_u64().unwrap() as usize]["id"], "front-matter/invalid-date");
    assert_eq!(bad["level"], "error");
    let location = &bad["locations"][0]["physicalLocation"];
    assert_eq!(location["artifactLocation"]["uri"], "content/posts/bad.md");
    assert_eq!(location["region"], serde_json::json!({"startLine": 3, "startColumn": 7, "endLine": 3, "endColumn": 21}));
    let (_, explained, _) = recap(&["explain", "front-matter/invalid-date"]);
    let help = rules.iter().find(|r| r["id"] == "front-matter/invalid-date").unwrap()["help"]["text"].as_str().unwrap();
    assert!(explained.split_whitespace().collect::<Vec<_>>().join(" ").contains(help), "explain prints the rule's help");
}

#[test]
fn check_github_writes_workflow_commands_escaped_as_github_documents() {
    let site = site_copy("blog", "github");
    std::fs::write(site.join("content/posts/odd, name: 100%.md"), "---\ntitle: x\n---\n{{< nonesuch >}}\n").unwrap();
    std::fs::write(site.join("content/posts/multi.md"), "---\ntitle: x\ndraft:\n  - a\n  - b\n---\n").unwrap();
    let r = recap_in(&site, &["check", "--format", "github"], None);
    assert_eq!(r.code, 1);
    let lines: Vec<&str> = r.out.lines().collect();
    assert!(lines.iter().all(|l| l.starts_with("::error ") || l.starts_with("::warning ") || l.starts_with("::notice ")), "{}", r.out);
    assert!(lines.contains(&"::error file=content/posts/bad.md,line=6,col=1,endLine=6,endColumn=16,title=shortcode/unknown::there is no shortcode named `nonesuch` (built-in shortcodes are comment, details, figure, highlight, instagram, param, qr, ref, relref, vimeo, x, youtube; a site's own go in layouts/_shortcodes)"), "{}", r.out);
    assert!(
        lines.iter().any(|l| l
            .starts_with("::warning file=content/posts/fixable.md,line=4,col=8,endLine=4,endColumn=12,title=front-matter/type-mismatch::")),
        "{}",
        r.out
    );
    assert!(r.out.contains("file=content/posts/odd%2C name%3A 100%25.md,line=4,"), "`,` `:` and `%` escaped in properties: {}", r.out);
    let multi = lines.iter().find(|l| l.contains("multi.md")).expect("the multi-line problem");
    assert!(
        multi.contains(",line=4,endLine=5,title=") && !multi.contains("col="),
        "no columns when the lines differ, as GitHub requires: {multi}"
    );
}

// --- check: fixes ------------------------------------------------------------

#[test]
fn check_fix_dry_run_prints_a_diff_and_fix_applies_it_once() {
    let site = site_copy("blog", "fix");
    let post = site.join("content/posts/fixable.md");
    let before = std::fs::read_to_string(&post).unwrap();
    let dry = recap_in(&site, &["check", "--fix", "--dry-run", "content/posts/fixable.md"], None);
    assert_eq!(dry.code, 1, "a diff to apply fails the dry run");
    assert_eq!(
        dry.out,
        "--- a/content/posts/fixable.md\n+++ b/content/posts/fixable.md\n@@ -1,7 +1,7 @@\n ---\n title: A post with fixable problems\n-keyword: [fixtures]\n-draft: \"yes\"\n+keywords: [fixtures]\n+draft: true\n ---\n \n Body.\n"
    );
    assert!(dry.err.contains("would fix 2 problems in 1 file"), "{}", dry.err);
    assert_eq!(std::fs::read_to_string(&post).unwrap(), before, "a dry run writes nothing");

    let fixed = recap_in(&site, &["check", "--fix"], None);
    assert_eq!(fixed.code, 1, "bad.md still has errors that have no fix");
    assert!(fixed.err.contains("fixed 2 problems in 1 file"), "{}", fixed.err);
    assert!(!fixed.out.contains("fixable.md"), "nothing is left in the fixed post: {}", fixed.out);
    assert_eq!(std::fs::read_to_string(&post).unwrap(), before.replace("keyword:", "keywords:").replace("\"yes\"", "true"));
    let leftovers: Vec<_> = std::fs::read_dir(post.parent().unwrap())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().contains("recap-fix"))
        .collect();
    assert!(leftovers.is_empty(), "no temporary file is left");

    let again = recap_in(&site, &["check", "--fix", "--dry-run", "content/posts/fixable.md"], None);
    assert_eq!((again.code, again.out.as_str()), (0, ""), "a second run finds nothing to fix: {}", again.err);
}

// --- check: stdin, help, explain ---------------------------------------------

#[test]
fn check_reads_stdin_as_the_named_post_of_its_site() {
    let site = fixture("blog");
    let text = std::fs::read_to_string(site.join("content/posts/bad.md")).unwrap();
    let r = recap_in(&site, &["check", "--stdin-filename", "content/posts/from-stdin.md", "-"], Some(&text));
    assert_eq!(r.code, 1);
    assert!(r.out.starts_with("content/posts/from-stdin.md:3:7: error[front-matter/invalid-date]"), "{}", r.out);
    let docs = "---\ntitle: x\n---\n{{< callout \"hi\" >}}\n";
    let r = recap_in(&site, &["check", "--stdin-filename", "content/docs/new.md", "-"], Some(docs));
    assert_eq!((r.code, r.out.as_str()), (0, ""), "the docs shortcode is found for a post named under content/docs: {}", r.err);
    let r = recap_in(&site, &["check", "-"], Some("---\ntitle: [\n---\n"));
    assert!(r.out.starts_with("<stdin>:"), "{}", r.out);
    let r = recap_in(&site, &["check", "--fix", "-"], Some(&text));
    assert_eq!(r.code, 2, "stdin cannot be fixed in place");
}

#[test]
fn help_has_usage_and_examples_for_every_command() {
    let (code, top, _) = recap(&["--help"]);
    assert_eq!(code, 0);
    for command in ["check", "render", "explain", "help"] {
        assert!(top.contains(&format!("\n  {command} ")), "recap --help lists {command}:\n{top}");
        let (code, help, _) = recap(&["help", command]);
        assert_eq!(code, 0);
        assert!(help.contains("Usage:") && help.contains("Examples:"), "recap help {command}:\n{help}");
        let (code, same, _) = recap(&[command, "--help"]);
        assert_eq!((code, same), (0, help.clone()), "recap {command} --help is recap help {command}");
    }
    let (code, _, err) = recap(&["help", "frobnicate"]);
    assert_eq!(code, 2);
    assert!(err.contains("frobnicate"));
}

#[test]
fn explain_prints_what_a_code_means_and_lists_the_codes() {
    let (code, out, _) = recap(&["explain", "front-matter/unknown-field"]);
    assert_eq!(code, 0);
    assert!(out.starts_with("front-matter/unknown-field: "), "{out}");
    assert!(out.contains("typo"), "{out}");
    let (code, list, _) = recap(&["explain"]);
    assert_eq!(code, 0);
    assert_eq!(list.lines().count(), recap::codes::CODES.len());
    let (code, _, err) = recap(&["explain", "unknown-field"]);
    assert_eq!(code, 2);
    assert!(err.contains("did you mean front-matter/unknown-field"), "{err}");
}

// --- check: dates as Hugo reads them -----------------------------------------

#[test]
fn check_reads_dates_in_the_sites_time_zone() {
    let site = site_copy("blog", "dates");
    let posts = site.join("content/posts");
    // In New York (the site's zone) this is 2099-01-01T05:00Z: in the future.
    std::fs::write(posts.join("future.md"), "---\ntitle: x\ndate: 2099-01-01\nlastmod: \"\"\n---\n").unwrap();
    let r = recap_in(&site, &["check", "--format", "json", "content/posts/future.md"], None);
    let all: Value = serde_json::from_str(&r.out).unwrap();
    let codes: Vec<(&str, &str)> =
        all.as_array().unwrap().iter().map(|d| (d["code"].as_str().unwrap(), d["severity"].as_str().unwrap())).collect();
    assert_eq!(codes, [("front-matter/future-date", "info"), ("front-matter/invalid-date", "warning")], "{}", r.out);
    assert!(all[1]["message"].as_str().unwrap().contains("Hugo leaves it unset"));
}

/// `recap css` prints what `hugo gen chromastyles` prints for the same flags
/// (tests/data/chromastyles.json, made by tools/chroma/chromastyles.py with
/// Hugo 0.168.0), and refuses what Hugo refuses with Hugo's message; every
/// style Hugo ships gives Hugo's stylesheet.
#[test]
fn css_prints_hugo_gen_chromastyles() {
    let golden: Value = serde_json::from_str(include_str!("data/chromastyles.json")).unwrap();
    for case in golden["cases"].as_array().unwrap() {
        let mut args = vec!["css"];
        args.extend(case["args"].as_array().unwrap().iter().map(|a| a.as_str().unwrap()));
        let (code, out, err) = recap(&args);
        match case["css"].as_str() {
            Some(css) => {
                assert_eq!(code, 0, "{args:?}: {err}");
                assert_eq!(out, css, "{args:?}");
            }
            None => {
                let message = case["error"].as_str().unwrap().trim_start_matches("ERROR ");
                assert_eq!(code, 2, "{args:?}");
                assert!(err.contains(message), "{args:?}: {err} (Hugo: {message})");
            }
        }
    }
    let styles: Value = serde_json::from_str(include_str!("../crates/recap-highlight/tests/data/styles.json")).unwrap();
    let styles = styles["styles"].as_object().unwrap();
    let (_, list, _) = recap(&["css", "--list"]);
    assert_eq!(list.lines().count(), styles.len(), "every style is listed");
    for (name, css) in styles {
        let (code, out, err) = recap(&["css", "--style", name]);
        assert_eq!(code, 0, "{name}: {err}");
        assert_eq!(out, css.as_str().unwrap(), "{name}");
    }
    let (_, _, err) = recap(&["css", "--style", "monokia"]);
    assert!(err.contains("did you mean monokai?"), "{err}");
}
