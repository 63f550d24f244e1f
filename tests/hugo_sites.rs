//! Small Hugo sites rendered by Recap as Hugo 0.168 rendered them: every case
//! of `tests/data/hugo-sites/<set>/<case>.txtar` (render hooks, shortcodes,
//! config) with Hugo's `<case>.json` beside it (`tests/oracle/txtar_oracle.py`).
//!
//! Each case is loaded as a site (`Site::load`), and every content page Hugo
//! rendered is rendered with `Renderer::render_page`:
//! * `.Content`, `.TableOfContents` and `.Summary` should equal Hugo's as
//!   trees (tests/common's `normalize`);
//! * the page should be in the site's page map with Hugo's kind, section,
//!   type, title and relative permalink, and the page map should hold no
//!   page Hugo did not publish;
//! * where Hugo logged an error for a page (or failed the build) Recap should
//!   report an error, where it logged a warning a warning or worse; where
//!   Hugo logged no error Recap should report none.
//!
//! A difference fails the test unless `known-differences.tsv` lists the case
//! and page with the reason (`set/case path<TAB>reason`, or `set/case` for
//! the whole case); a listed page that now matches fails it too.

mod common;
#[path = "common/txtar.rs"]
mod txtar;

use common::{first_difference, normalize};
use recap::internals::fs::is_text_path;
use recap::Site;
use recap::{File, Files};
use recap::{Renderer, Severity};
use serde_json::Value;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hugo-sites")
}

/// The cases, as `(set/case, txtar path)`, in order.
fn cases() -> Vec<(String, PathBuf)> {
    let mut out = Vec::new();
    for set in std::fs::read_dir(root()).expect("tests/data/hugo-sites").flatten() {
        if !set.path().is_dir() {
            continue;
        }
        for case in std::fs::read_dir(set.path()).unwrap().flatten() {
            let p = case.path();
            if p.extension().is_some_and(|x| x == "txtar") {
                let name = format!("{}/{}", set.file_name().to_string_lossy(), p.file_stem().unwrap().to_string_lossy());
                out.push((name, p));
            }
        }
    }
    out.sort();
    out
}

/// `key<TAB>reason` lines; `#` starts a comment.
fn known_differences(path: &Path) -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (k, why) = l.split_once('\t').unwrap_or_else(|| panic!("known difference without a reason: {l}"));
            (k.trim().to_owned(), why.to_owned())
        })
        .collect()
}

/// The site of an archive, as the CLI would read it from a folder, and its
/// environment (the `environment:` line of the comment; `production`).
fn site_of(archive: &txtar::Archive) -> (Files, String) {
    let mut files = Files::default();
    for (name, data) in &archive.files {
        if is_text_path(name) {
            files.insert(name, File::Text(data.clone()));
        } else {
            files.insert(name, File::Binary { size: data.len() as u64 });
        }
    }
    let environment = archive
        .comment
        .lines()
        .find_map(|l| l.strip_prefix("environment:"))
        .map_or_else(|| "production".to_owned(), |e| e.trim().to_owned());
    (files, environment)
}

/// What one case does differently from Hugo: `(key, what)` where the key is
/// `set/case` or `set/case path`.
fn check_case(name: &str, txtar_path: &Path, pages_seen: &mut (usize, usize)) -> Vec<(String, String)> {
    let archive = txtar::parse(&std::fs::read_to_string(txtar_path).unwrap());
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(txtar_path.with_extension("json")).unwrap())
        .unwrap_or_else(|e| panic!("{name}.json: {e}"));
    let (files, environment) = site_of(&archive);
    let site = Arc::new(Site::load(files.clone(), &environment, None));
    let renderer = Renderer::for_site(site.clone());
    let mut diffs = Vec::new();
    let build_failed = !expected["build_error"].is_null();
    let mut any_error = site.problems.iter().any(|p| p.fatal);
    let mut any_problem = !site.problems.is_empty();

    let hugo_pages = expected["pages"].as_object().cloned().unwrap_or_default();
    if !build_failed {
        let recap_pages: BTreeSet<String> = site.pages.pages().iter().filter_map(|p| p.file.clone()).collect();
        let hugo_set: BTreeSet<String> = hugo_pages.keys().cloned().collect();
        if recap_pages != hugo_set {
            diffs.push((
                name.to_owned(),
                format!(
                    "the page map should hold the pages Hugo published: Hugo only {:?}, Recap only {:?}",
                    hugo_set.difference(&recap_pages).collect::<Vec<_>>(),
                    recap_pages.difference(&hugo_set).collect::<Vec<_>>()
                ),
            ));
        }
    }
    // Every content page is rendered (Hugo's or not), for the diagnostics a failed build needs.
    let content_files: Vec<String> =
        files.paths_under("content/").filter(|p| p.ends_with(".md")).map(|p| p["content/".len()..].to_owned()).collect();
    for path in &content_files {
        let source = files.text(&format!("content/{path}")).unwrap_or_default();
        let rendered = renderer.render_page(source, path);
        let errors: Vec<_> = rendered.diagnostics.iter().filter(|d| d.severity == Severity::Error).collect();
        let problems: Vec<_> = rendered.diagnostics.iter().filter(|d| d.severity <= Severity::Warning).collect();
        any_error |= !errors.is_empty();
        any_problem |= !problems.is_empty();
        let Some(hugo) = hugo_pages.get(path) else { continue };
        pages_seen.0 += 1;
        let key = format!("{name} {path}");
        let before = diffs.len();
        let mut differ = |what: String| diffs.push((key.clone(), what));

        match site.page_of(path).map(|i| site.pages.get(i)) {
            None => differ("the page should be in the site's page map".to_owned()),
            Some(page) => {
                for (field, recap) in [
                    ("kind", page.kind.name().to_owned()),
                    ("section", page.section.clone()),
                    ("type", page.page_type.clone()),
                    ("title", page.title.clone()),
                    ("rel_permalink", page.rel_permalink.clone()),
                ] {
                    let want = hugo[field].as_str().unwrap_or_default();
                    if want != recap {
                        differ(format!("{field} should be {want:?}, not {recap:?}"));
                    }
                }
            }
        }
        let mut content_differs = false;
        for (field, recap) in [("content", &rendered.html), ("toc", &rendered.toc_html), ("summary", &rendered.summary_html)] {
            let Some(want) = hugo[field].as_str() else { continue };
            let (e, a) = (normalize(want), normalize(recap));
            // The summary is cut from the content: a content difference is reported once.
            if e != a && !(field == "summary" && content_differs) {
                differ(format!("{field} should be Hugo's: {}", first_difference(&e, &a)));
            }
            content_differs |= field == "content" && e != a;
        }
        let hugo_errors = hugo["errors"].as_array().map_or(0, Vec::len);
        let hugo_warnings = hugo["warnings"].as_array().map_or(0, Vec::len);
        let listed = |ds: &[&recap::Diagnostic]| ds.iter().map(|d| format!("{}: {}", d.code, d.message)).collect::<Vec<_>>();
        if hugo_errors > 0 && errors.is_empty() {
            differ(format!("an error should be reported, as Hugo logged {:?}", hugo["errors"]));
        }
        if hugo_errors == 0 && !build_failed && !errors.is_empty() {
            differ(format!("no error should be reported, as Hugo logged none; Recap: {:?}", listed(&errors)));
        }
        if hugo_warnings > 0 && problems.is_empty() {
            differ(format!("a warning should be reported, as Hugo logged {:?}", hugo["warnings"]));
        }
        if diffs.len() == before {
            pages_seen.1 += 1;
        }
    }
    if build_failed && !any_error {
        diffs.push((name.to_owned(), format!("an error should be reported, as Hugo failed the build: {}", expected["build_error"])));
    }
    let site_logs = expected["errors"].as_array().map_or(0, Vec::len) + expected["warnings"].as_array().map_or(0, Vec::len);
    if site_logs > 0 && !any_problem {
        diffs.push((
            name.to_owned(),
            format!("a problem should be reported, as Hugo logged {} {}", expected["errors"], expected["warnings"]),
        ));
    }
    diffs
}

#[test]
fn hugo_site_cases_render_as_hugo_renders_them() {
    let known = known_differences(&root().join("known-differences.tsv"));
    let mut by_set: BTreeMap<String, (usize, usize, usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut listed_and_differing: HashMap<String, bool> = known.keys().map(|k| (k.clone(), false)).collect();
    let all = cases();
    assert!(all.len() >= 40, "the site cases should be present");
    for (name, path) in &all {
        let mut pages = (0, 0);
        let diffs = check_case(name, path, &mut pages);
        let set = name.split('/').next().unwrap().to_owned();
        let entry = by_set.entry(set).or_default();
        entry.0 += 1;
        entry.1 += usize::from(diffs.is_empty());
        entry.2 += pages.0;
        entry.3 += pages.1;
        for (key, what) in diffs {
            let listed = known.get(&key).map(|_| key.clone()).or_else(|| known.get(name).map(|_| name.clone()));
            match listed {
                Some(k) => {
                    listed_and_differing.insert(k, true);
                }
                None => failures.push(format!("{key}: {what}")),
            }
        }
    }
    let mut total = (0, 0, 0, 0);
    for (set, (cases, cases_ok, pages, pages_ok)) in &by_set {
        println!("{set:>13}: {cases_ok}/{cases} cases, {pages_ok}/{pages} pages as Hugo");
        total = (total.0 + cases, total.1 + cases_ok, total.2 + pages, total.3 + pages_ok);
    }
    println!("{:>13}: {}/{} cases, {}/{} pages as Hugo ({} known differences)", "all", total.1, total.0, total.3, total.2, known.len());
    let stale: Vec<_> = listed_and_differing.iter().filter(|(_, differs)| !**differs).map(|(k, _)| k.as_str()).collect();
    assert!(stale.is_empty(), "known differences that now match Hugo (remove them from known-differences.tsv): {stale:?}");
    assert!(failures.is_empty(), "{} differences from Hugo:\n{}", failures.len(), failures.join("\n\n"));
}
