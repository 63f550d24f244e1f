//! A real Hugo site rendered as Hugo renders it: linkerd.io's layouts (render
//! hooks, shortcodes calling partials and reading data, a config directory)
//! over the 50 pages of `../shared/corpus/linkerd-site/`, each compared as a
//! tree with Hugo 0.168's `content_html_plain_code` for it.
//!
//! `RECAP_SITE=DIR RECAP_SITE_ORACLE=DIR cargo test --test site -- --ignored`
//! holds a whole site to expectations made by `tests/oracle/site_oracle.py`
//! (the full linkerd.io, fetched; not in CI).

mod common;

use common::{first_difference, normalize, shared};
use recap::Renderer;
use recap::Site;
use serde_json::Value;
use std::path::Path;
use std::sync::Arc;

/// Pages whose difference has another explanation than a missing page or a
/// deliberate difference (see [`DELIBERATE`]).
const EXPLAINED: &[(&str, &str)] = &[
    (
        "blog/2022/0216-linkerd-istio-adoption/index.md",
        "the built-in `x` shortcode (see DELIBERATE), and page-bundle images the sample leaves out",
    ),
    ("2.18/features/_index.md", "its `section-toc` lists the section's pages, and the sample has fewer of them (links to the rest too)"),
];

/// A page Recap renders differently from Hugo: its normalized trees.
struct Difference {
    page: String,
    expected: String,
    actual: String,
}

/// Whether every difference between two normalized trees is an `href` or
/// `src` that Hugo's render hook resolved (with the whole site present) and
/// Recap's left as written because the sample has no such page or file.
/// Returns the unresolved links, or `None` if anything else differs.
fn unresolved_links(renderer: &Renderer, page: &str, d: &Difference) -> Option<Vec<String>> {
    let (e, a): (Vec<&str>, Vec<&str>) = (d.expected.lines().collect(), d.actual.lines().collect());
    if e.len() != a.len() {
        return None;
    }
    let url = |line: &str| -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for attr in [" href=\"", " src=\""] {
            let mut from = 0;
            while let Some(i) = line[from..].find(attr) {
                let start = from + i + attr.len();
                let end = start + line[start..].find('"').unwrap_or(0);
                out.push((start, end));
                from = end;
            }
        }
        out.sort();
        out
    };
    let site = renderer.site();
    let index = site.page_of(page);
    let mut links = Vec::new();
    for (el, al) in e.iter().zip(&a) {
        if el == al {
            continue;
        }
        let (eu, au) = (url(el), url(al));
        if eu.len() != au.len() {
            return None;
        }
        let mask = |line: &str, spans: &[(usize, usize)]| {
            let mut out = String::new();
            let mut last = 0;
            for (s, e) in spans {
                out.push_str(&line[last..*s]);
                last = *e;
            }
            out.push_str(&line[last..]);
            out
        };
        if mask(el, &eu) != mask(al, &au) {
            return None;
        }
        for ((es, ee), (as_, ae)) in eu.iter().zip(&au) {
            let (expected, written) = (&el[*es..*ee], &al[*as_..*ae]);
            if expected == written {
                continue;
            }
            // Written as it was: a relative link the sample cannot resolve.
            let path = written.split(['#', '?']).next().unwrap_or("");
            let relative = !written.starts_with('/') && !written.contains("://");
            let in_sample = !path.is_empty() && site.pages.get_page(index, path.trim_start_matches("./"), false).ok().flatten().is_some();
            if !relative || in_sample {
                return None;
            }
            links.push(written.to_owned());
        }
    }
    Some(links)
}

/// Renders every page of the site at `site_dir` and compares it with the
/// oracle's JSON of the same path; returns the renderer, the number compared
/// and the differences.
fn compare(site_dir: &Path, oracle: &Path, environment: &str) -> (Renderer, usize, Vec<Difference>) {
    compare_field(site_dir, oracle, environment, "content_html_plain_code")
}

/// [`compare`] against one field of the oracle: `content_html_plain_code`
/// (code fences not highlighted) or `content_html` (Chroma's output).
fn compare_field(site_dir: &Path, oracle: &Path, environment: &str, field: &str) -> (Renderer, usize, Vec<Difference>) {
    let files = recap::read_site(site_dir).expect("the site reads");
    let mut site = Site::load(files, environment, None);
    assert!(site.problems.iter().all(|p| !p.fatal), "the site loads: {:?}", site.problems);
    if field == "content_html_plain_code" {
        site.options.markup.highlight.options.code_fences = false;
    }
    // (The pages where the site's mounts put them: `content/en` mounted as `content`.)
    let pages: Vec<(String, String)> = site
        .files()
        .paths_under("content/")
        .filter(|p| p.ends_with(".md"))
        .filter_map(|p| Some((p["content/".len()..].to_owned(), site.files().text(p)?.to_owned())))
        .collect();
    let renderer = Renderer::for_site(Arc::new(site));
    let mut compared = 0;
    let mut differences = Vec::new();
    for (rel, source) in pages {
        let expected_path = oracle.join(rel.replace(".md", ".json"));
        let Ok(text) = std::fs::read_to_string(&expected_path) else { continue };
        let expected: Value = serde_json::from_str(&text).expect("oracle JSON");
        let rendered = renderer.render_page(&source, &rel);
        compared += 1;
        let (e, a) = (normalize(expected[field].as_str().unwrap_or("")), normalize(&rendered.html));
        if e != a {
            differences.push(Difference { page: rel, expected: e, actual: a });
        }
    }
    (renderer, compared, differences)
}

#[test]
fn the_shared_linkerd_pages_render_as_hugo_renders_them_with_the_sites_own_layouts() {
    let (renderer, compared, differences) = compare(&shared("corpus/linkerd-site/site"), &shared("corpus/linkerd-site/hugo"), "production");
    assert_eq!(compared, 50, "every page of the sample has Hugo's rendering beside it");
    let mut unexplained = Vec::new();
    let mut missing_pages = Vec::new();
    for d in &differences {
        if EXPLAINED.iter().any(|(p, _)| *p == d.page) || deliberate(d, false).is_ok() {
            continue;
        }
        match unresolved_links(&renderer, &d.page, d) {
            Some(links) => missing_pages.push(format!("{}: {}", d.page, links.join(", "))),
            None => unexplained.push(format!("{}: {}", d.page, first_difference(&d.expected, &d.actual))),
        }
    }
    eprintln!(
        "{} of {compared} pages equal Hugo's; {} differ only by links to pages or files the sample leaves out \
         (Hugo's expectations were made with the whole site):\n  {}",
        compared - differences.len(),
        missing_pages.len(),
        missing_pages.join("\n  ")
    );
    assert!(unexplained.is_empty(), "{} of {compared} pages differ from Hugo:\n{}", unexplained.len(), unexplained.join("\n\n"));
}

#[test]
fn the_shared_linkerd_pages_highlight_code_as_hugo_does() {
    let (renderer, compared, differences) =
        compare_field(&shared("corpus/linkerd-site/site"), &shared("corpus/linkerd-site/hugo"), "production", "content_html");
    assert_eq!(compared, 50);
    let unexplained: Vec<String> = differences
        .iter()
        .filter(|d| {
            !EXPLAINED.iter().any(|(p, _)| *p == d.page)
                && deliberate(d, true).is_err()
                && unresolved_links(&renderer, &d.page, d).is_none()
        })
        .map(|d| format!("{}: {}", d.page, first_difference(&d.expected, &d.actual)))
        .collect();
    eprintln!("{} of {compared} pages equal Hugo's highlighted output", compared - differences.len());
    assert!(
        unexplained.is_empty(),
        "{} of {compared} pages differ from Hugo's highlighted output:\n{}",
        unexplained.len(),
        unexplained.join("\n\n")
    );
}

/// Takes one deliberate difference out of two normalized trees (Hugo's, Recap's).
type TakeOut = fn(&str, &str) -> (String, String);

/// What Recap writes differently from Hugo on purpose, each a documented rule
/// that holds on any site, and how to take exactly that difference out of a
/// comparison. The last field: whether the rule holds where code is
/// highlighted (Chroma's inline styles are not the sanitizer's to drop).
const DELIBERATE: &[(&str, TakeOut, bool)] = &[
    (
        "the built-in `x` shortcode: Hugo fetches each post from X while it builds and writes nothing without a network \
         (the expectations are made offline); Recap writes a link card (a block, which ends the paragraph it stands in)",
        |expected, actual| {
            const CARD: &str = "\n<blockquote class=\"recap-embed recap-embed-x\">";
            const EMPTY: &str = "\n<p></p>";
            let mut out = actual.to_owned();
            while let Some(start) = out.find(CARD) {
                let end = start + out[start..].find("</blockquote>").map_or(out.len() - start, |e| e + "</blockquote>".len());
                // The paragraph a card stood in, split around it: one empty paragraph, as Hugo's.
                let split = out[..start].ends_with(EMPTY) && out[end..].starts_with(EMPTY);
                out.replace_range(start..end + if split { EMPTY.len() } else { 0 }, "");
            }
            (expected.to_owned(), out)
        },
        true,
    ),
    (
        "`style` attributes: the sanitizer drops them (SECURITY.md)",
        |expected, actual| (without_where_missing(expected, actual, " style=\"", true), actual.to_owned()),
        false,
    ),
    (
        "`rel=\"noopener\"` on every `target=\"_blank\"` link Recap writes (SECURITY.md)",
        |expected, actual| (expected.to_owned(), without_where_missing(actual, expected, " rel=\"noopener\"", false)),
        true,
    ),
];

/// `tree` with the attribute starting with `prefix` (a whole ` name="value"`,
/// or ` name="` with `value` to take its value too) taken out of each line
/// where `other`'s line is then the same: only where the other tree lacks it.
fn without_where_missing(tree: &str, other: &str, prefix: &str, value: bool) -> String {
    if tree.lines().count() != other.lines().count() {
        return tree.to_owned();
    }
    let lines: Vec<String> = tree
        .lines()
        .zip(other.lines())
        .map(|(line, theirs)| {
            let stripped = strip(line, prefix, value);
            if stripped == theirs {
                stripped
            } else {
                line.to_owned()
            }
        })
        .collect();
    lines.join("\n") + if tree.ends_with('\n') { "\n" } else { "" }
}

/// `html` without each occurrence of `prefix` (see [`without_where_missing`]).
fn strip(html: &str, prefix: &str, value: bool) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(prefix) {
        out.push_str(&rest[..i]);
        let after = &rest[i + prefix.len()..];
        rest = if value { &after[after.find('"').map_or(after.len(), |e| e + 1)..] } else { after };
    }
    out.push_str(rest);
    out
}

/// The deliberate differences that, taken out one after another, leave the
/// two trees equal (only those that hold where code is `highlighted`, if it
/// is); if they still differ, the first line that does.
fn deliberate(d: &Difference, highlighted: bool) -> Result<Vec<&'static str>, String> {
    let (mut e, mut a) = (d.expected.clone(), d.actual.clone());
    let mut reasons = Vec::new();
    for (reason, take_out, with_highlighting) in DELIBERATE {
        if highlighted && !with_highlighting {
            continue;
        }
        let (e2, a2) = take_out(&e, &a);
        if (e2.as_str(), a2.as_str()) != (e.as_str(), a.as_str()) {
            reasons.push(*reason);
            (e, a) = (e2, a2);
        }
        if e == a {
            return Ok(reasons);
        }
    }
    Err(first_difference(&e, &a))
}

#[test]
#[ignore = "needs a whole site and its oracle: RECAP_SITE and RECAP_SITE_ORACLE"]
fn a_whole_site_renders_as_hugo_renders_it() {
    let (Ok(site), Ok(oracle)) = (std::env::var("RECAP_SITE"), std::env::var("RECAP_SITE_ORACLE")) else {
        panic!("set RECAP_SITE and RECAP_SITE_ORACLE");
    };
    let env = std::env::var("RECAP_SITE_ENV").unwrap_or_else(|_| "development".to_owned());
    let (_, compared, differences) = compare(Path::new(&site), Path::new(&oracle), &env);
    eprintln!("{} of {compared} pages equal Hugo's", compared - differences.len());
    let mut unexplained = Vec::new();
    for d in &differences {
        match deliberate(d, false) {
            Ok(reasons) => eprintln!("{}: differs on purpose: {}", d.page, reasons.join("; ")),
            Err(difference) => unexplained.push(format!("{}: {difference}", d.page)),
        }
    }
    assert!(unexplained.is_empty(), "{} of {compared} pages differ from Hugo:\n{}", unexplained.len(), unexplained.join("\n\n"));
}
