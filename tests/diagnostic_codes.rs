//! The table of diagnostic codes (`src/diagnostic/codes.rs`, what `recap
//! explain` and the SARIF rules say) lists exactly the codes Recap emits:
//! every code written anywhere in `src/` is in it, and every code in it is
//! still written somewhere.

use recap::codes::{self, CODES};
use std::collections::BTreeSet;
use std::path::Path;

/// String literals in `src/` that look like `namespace/name` but are no diagnostic codes.
const NOT_CODES: &[&str] = &["layouts/shortcodes", "p/q", "components/alert", "a/b", "b/c"];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// Every `"kebab-case/kebab-case"` string literal in the sources, but the table's own.
fn literals_in_src() -> BTreeSet<String> {
    let mut files = Vec::new();
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    rust_files(&src, &mut files);
    files.retain(|f| *f != src.join("diagnostic/codes.rs"));
    let mut found = BTreeSet::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        for (i, _) in text.match_indices('"') {
            let rest = &text[i + 1..];
            let Some(end) = rest.find('"') else { continue };
            let lit = &rest[..end];
            let is_part = |s: &str| {
                !s.is_empty() && s.split('-').all(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit()))
            };
            if let Some((ns, name)) = lit.split_once('/') {
                if is_part(ns) && is_part(name) && ns.bytes().all(|b| b.is_ascii_lowercase() || b == b'-') {
                    found.insert(lit.to_owned());
                }
            }
        }
    }
    found
}

#[test]
fn every_code_written_in_src_is_in_the_table() {
    let written = literals_in_src();
    let missing: Vec<&String> = written.iter().filter(|c| !NOT_CODES.contains(&c.as_str()) && codes::lookup(c).is_none()).collect();
    assert!(missing.is_empty(), "add these codes to src/diagnostic/codes.rs, with their help: {missing:?}");
    let stale: Vec<&str> = CODES.iter().map(|c| c.code).filter(|c| !written.contains(*c)).collect();
    assert!(stale.is_empty(), "these codes are in the table but no longer emitted: {stale:?}");
}

#[test]
fn every_code_has_a_summary_and_help() {
    for c in CODES {
        assert!(!c.summary.is_empty() && !c.summary.ends_with('.'), "{}: a one-line summary without a full stop", c.code);
        assert!(c.help.len() > 40 && c.help.ends_with('.'), "{}: help in sentences", c.code);
    }
}
