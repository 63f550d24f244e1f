//! Hugo's template functions against Hugo itself: every case of
//! `tests/data/hugo-functions-e/*.json` (made by `tests/oracle/hugo_functions.py`)
//! is rendered with Recap's template engine and compared with the output Hugo
//! 0.168 gave, or must fail where Hugo failed.
//!
//! The examples of Hugo's function docs (`tests/data/hugo-functions/*.json`,
//! from `tests/oracle/functions_oracle.py`) run in the sites they ran in,
//! through `Renderer::execute` (`docs_examples_match_hugo_in_their_sites`).
//!
//! The site the cases ran in has baseURL `https://example.org/docs/` (or the
//! case's own `baseURL`) and its clock at 2024-01-02T03:04:05Z; the host here
//! gives the same. A mismatch
//! fails the test unless `known-differences.tsv` lists the case's template
//! with the reason.

#[path = "common/txtar.rs"]
mod txtar;

use recap::internals::fs::is_text_path;
use recap::internals::template::{parse, Cx, Engine, Host, Map, Object, Value};
use recap::{File, Files};
use recap::{Renderer, Severity};
use std::any::Any;
use std::collections::{BTreeMap, HashMap};
use std::path::Path;
use std::sync::Arc;

/// The site object of the oracle's site: only what the functions read.
struct Site {
    base_url: String,
}

impl Object for Site {
    fn type_name(&self) -> &str {
        "*hugolib.Site"
    }

    fn member(&self, name: &str, _: &[Value], _: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(match name {
            "BaseURL" => Some(Value::from(self.base_url.as_str())),
            "Title" => Some(Value::from("Function cases")),
            "Params" => Some(params()),
            _ => None,
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The oracle site's params (its hugo.yaml), as Hugo holds them: keys lowercased.
fn params() -> Value {
    let mut nested = Map::params();
    nested.insert("Inner", Value::Int(1));
    let mut p = Map::params();
    p.insert("MyKey", Value::from("v"));
    p.insert("tags", Value::list(vec![Value::from("a"), Value::from("b")]));
    p.insert("nested", Value::map(nested));
    Value::map(p)
}

struct OracleHost {
    base_url: String,
}

impl Host for OracleHost {
    fn site(&self) -> Value {
        Value::object(Site { base_url: self.base_url.clone() })
    }

    fn now(&self) -> Option<i64> {
        // 2024-01-02T03:04:05Z, the oracle's --clock.
        Some(1_704_164_645)
    }

    /// Markdown as Recap renders a page's (the oracle site has default settings);
    /// inline, a lone paragraph loses its `<p>` as Hugo's TrimShortHTML does.
    fn render_markdown(&self, text: &str, block: bool) -> Result<String, String> {
        let html: String =
            recap::internals::markdown::render_with(text, &recap::Options::default(), None).blocks.into_iter().map(|b| b.html).collect();
        if !block {
            let t = html.trim_end_matches('\n');
            if let Some(inner) = t.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
                if !inner.contains("<p>") {
                    return Ok(inner.to_owned());
                }
            }
        }
        Ok(html)
    }
}

struct Case {
    namespace: String,
    function: String,
    template: String,
    output: Option<String>,
    error: Option<String>,
    /// The site's baseURL when the case ran in another than the default.
    base_url: Option<String>,
}

fn load(dir: &Path) -> Vec<Case> {
    let Ok(entries) = std::fs::read_dir(dir) else { return Vec::new() };
    let mut files: Vec<_> = entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
    files.sort();
    let mut cases = Vec::new();
    for path in files {
        let namespace = path.file_stem().unwrap().to_string_lossy().into_owned();
        let text = std::fs::read_to_string(&path).unwrap();
        let table: serde_json::Value = serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        for c in table.as_array().expect("a list of cases") {
            cases.push(Case {
                namespace: namespace.clone(),
                function: c["function"].as_str().unwrap_or_default().to_owned(),
                template: c["template"].as_str().unwrap_or_default().to_owned(),
                output: c["output"].as_str().map(str::to_owned),
                error: c["error"].as_str().map(str::to_owned),
                base_url: c["baseURL"].as_str().map(str::to_owned),
            });
            if c["deterministic"] == serde_json::Value::Bool(false) {
                // An example whose output changes from build to build (now, random) is not compared.
                cases.pop();
            }
        }
    }
    cases
}

/// `template<TAB>reason` lines; `#` starts a comment.
fn known_differences(path: &Path) -> HashMap<String, String> {
    let text = std::fs::read_to_string(path).unwrap_or_default();
    text.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (t, why) = l.split_once('\t').unwrap_or_else(|| panic!("known difference without a reason: {l}"));
            (t.to_owned(), why.to_owned())
        })
        .collect()
}

/// Renders a case's template as the oracle did: a partial called with an empty map.
fn render(template: &str, base_url: &str) -> Result<String, String> {
    let t = parse("_partials/case.html", template).map_err(|e| e.to_string())?;
    let host = OracleHost { base_url: base_url.to_owned() };
    let mut engine = Engine::new(&host);
    engine.run(&t, Value::map(Map::new())).map(|o| o.text).map_err(|e| e.to_string())
}

#[test]
fn template_functions_match_hugo() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let cases = load(&root.join("hugo-functions-e"));
    assert!(!cases.is_empty(), "the case tables should be present");
    let known = known_differences(&root.join("hugo-functions-e/known-differences.tsv"));
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut used = std::collections::HashSet::new();
    for case in &cases {
        let got = render(&case.template, case.base_url.as_deref().unwrap_or("https://example.org/docs/"));
        let ok = match (&case.output, &case.error, &got) {
            (Some(want), None, Ok(have)) => want == have,
            (None, Some(_), Err(_)) => true,
            _ => false,
        };
        let entry = counts.entry(case.namespace.clone()).or_default();
        entry.0 += 1;
        if ok {
            entry.1 += 1;
            continue;
        }
        if known.contains_key(&case.template) {
            used.insert(case.template.clone());
            entry.2 += 1;
            continue;
        }
        let hugo = match (&case.output, &case.error) {
            (Some(o), _) => format!("output {o:?}"),
            (_, Some(e)) => format!("error {:?}", e.rsplit("error calling ").next().unwrap_or(e)),
            _ => "nothing".to_owned(),
        };
        let recap = match &got {
            Ok(o) => format!("output {o:?}"),
            Err(e) => format!("error {e:?}"),
        };
        failures.push(format!("{} ({}): {}\n    Hugo:  {hugo}\n    Recap: {recap}", case.namespace, case.function, case.template));
    }
    let mut total = (0, 0, 0);
    for (ns, (n, pass, known)) in &counts {
        println!("{ns:>12}: {pass}/{n} match Hugo ({known} known differences)");
        total = (total.0 + n, total.1 + pass, total.2 + known);
    }
    println!("{:>12}: {}/{} match Hugo ({} known differences)", "all", total.1, total.0, total.2);
    let stale: Vec<_> = known.keys().filter(|t| !used.contains(*t) && cases.iter().any(|c| &c.template == *t)).collect();
    assert!(stale.is_empty(), "known differences that now match Hugo (remove them): {stale:?}");
    assert!(failures.is_empty(), "{} cases differ from Hugo:\n{}", failures.len(), failures.join("\n"));
}

/// The examples of Hugo's function docs and the hand-written Go template and
/// escaping cases (`tests/data/hugo-functions/`), each run as Hugo ran it: the
/// partial `ex/<id>.html` of its own site (`sites/…txtar`, with the site's
/// config, data, content and partials), with the page `/example` as dot.
/// Hugo's output should come out exactly; where Hugo failed Recap should
/// fail; where an example logged with `warnf`/`errorf` Recap should report a
/// warning/error — once per site for a message, as Hugo logs each distinct
/// message once per build. `known-differences.tsv` there lists what cannot match
/// (`<site>#<id><TAB>reason`); a listed row that matches fails the test.
#[test]
fn docs_examples_match_hugo_in_their_sites() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/hugo-functions");
    let known = known_differences(&root.join("known-differences.tsv"));
    let mut renderers: HashMap<String, (Renderer, String)> = HashMap::new();
    let mut logged: HashMap<String, std::collections::HashSet<String>> = HashMap::new();
    let mut counts: BTreeMap<String, (usize, usize, usize)> = BTreeMap::new();
    let mut failures = Vec::new();
    let mut used = std::collections::HashSet::new();
    let mut keys = std::collections::HashSet::new();
    let mut files: Vec<_> =
        std::fs::read_dir(&root).unwrap().flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "json")).collect();
    files.sort();
    for path in files {
        let namespace = path.file_stem().unwrap().to_string_lossy().into_owned();
        let rows: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
        for row in rows.as_array().expect("a list of rows") {
            if row["deterministic"] == serde_json::Value::Bool(false) {
                continue;
            }
            let site = row["site"].as_str().expect("the row's site");
            let id = row["id"].as_str().expect("the row's id");
            let key = format!("{}#{id}", site.trim_start_matches("sites/").trim_end_matches(".txtar"));
            keys.insert(key.clone());
            let (renderer, example) = renderers.entry(site.to_owned()).or_insert_with(|| site_renderer(&root.join(site)));
            let run = renderer.execute(example, "_partials/case.html", &format!("{{{{ partial \"ex/{id}.html\" . }}}}"));
            // Hugo logs a message once per build: one an earlier row of the site sent is not logged again.
            let seen = logged.entry(site.to_owned()).or_default();
            let fresh: Vec<&recap::Diagnostic> = run
                .diagnostics
                .iter()
                .filter(|d| {
                    let text = d.message.rsplit_once(" (").map_or(d.message.as_str(), |(m, _)| m);
                    seen.insert(text.to_owned())
                })
                .collect();
            let warned = fresh.iter().any(|d| d.severity <= Severity::Warning);
            let errored = fresh.iter().any(|d| d.severity == Severity::Error);
            let hugo_warned = row["warnings"].as_array().is_some_and(|w| !w.is_empty());
            let hugo_errored = row["errors"].as_array().is_some_and(|w| !w.is_empty());
            let mut problems = Vec::new();
            match (row["output"].as_str(), &run.output) {
                (Some(want), Ok(have)) if want == have => {}
                (Some(want), got) => problems.push(format!("should output {want:?}, not {got:?}")),
                (None, Err(_)) => {}
                (None, Ok(have)) => {
                    problems.push(format!("should fail as Hugo did ({:?}), not output {have:?}", row["error"].as_str().unwrap_or_default()))
                }
            }
            if hugo_warned && !warned {
                problems.push(format!("should warn as Hugo did: {}", row["warnings"]));
            }
            if hugo_errored != errored {
                problems.push(format!(
                    "should {}report an error (Hugo logged {}; Recap: {:?})",
                    if hugo_errored { "" } else { "not " },
                    row["errors"],
                    run.diagnostics.iter().map(|d| &d.message).collect::<Vec<_>>()
                ));
            }
            let entry = counts.entry(namespace.clone()).or_default();
            entry.0 += 1;
            if problems.is_empty() {
                entry.1 += 1;
            } else if known.contains_key(&key) {
                used.insert(key.clone());
                entry.2 += 1;
            } else {
                failures.push(format!(
                    "{key} ({}): {}\n    {}",
                    row["function"].as_str().unwrap_or_default(),
                    row["template"].as_str().unwrap_or_default().trim_end(),
                    problems.join("\n    ")
                ));
            }
        }
    }
    let mut total = (0, 0, 0);
    for (ns, (n, pass, known)) in &counts {
        println!("{ns:>20}: {pass}/{n} match Hugo ({known} known differences)");
        total = (total.0 + n, total.1 + pass, total.2 + known);
    }
    println!("{:>20}: {}/{} match Hugo ({} known differences)", "all", total.1, total.0, total.2);
    let stale: Vec<_> = known.keys().filter(|k| !used.contains(*k)).collect();
    assert!(
        stale.iter().all(|k| keys.contains(*k)),
        "known differences naming no row: {:?}",
        stale.iter().filter(|k| !keys.contains(**k)).collect::<Vec<_>>()
    );
    assert!(stale.is_empty(), "known differences that now match Hugo (remove them): {stale:?}");
    assert!(failures.is_empty(), "{} rows differ from Hugo:\n{}", failures.len(), failures.join("\n"));
}

/// A renderer for a row's site, and the content path of its page `/example`.
fn site_renderer(txtar_path: &Path) -> (Renderer, String) {
    let archive = txtar::parse(&std::fs::read_to_string(txtar_path).unwrap_or_else(|e| panic!("{}: {e}", txtar_path.display())));
    let mut files = Files::default();
    let mut example = None;
    for (name, data) in &archive.files {
        if is_text_path(name) {
            files.insert(name, File::Text(data.clone()));
        } else {
            files.insert(name, File::Binary { size: data.len() as u64 });
        }
        if name.ends_with("/example.md") {
            example = name.strip_prefix("content/").map(str::to_owned);
        }
    }
    // The oracle's clock (its --clock is not set: the examples that read it are not compared).
    let site = recap::Site::load(files, "production", None);
    (Renderer::for_site(Arc::new(site)), example.expect("the site's page /example"))
}
