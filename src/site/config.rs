//! A site's configuration as Hugo merges it: the root config file
//! (`hugo.toml`, `hugo.yaml`, `hugo.json`, then `config.*`, first found), then
//! `config/_default/**` and `config/<environment>/**` on top, each file under
//! the root key its base name gives (`params.yaml` is `params`, `menus.en.toml`
//! is `languages.en.menus`, `hugo.*`/`config.*` are the root), set over what
//! came before key by key, recursively. Themes add keys the project lacks.
//! Keys are compared without regard to case, as Hugo compares them.

use super::files::Files;
use crate::front_matter::{self, Format};
use serde_json::{Map, Value};

/// Root config file names, in Hugo's order of precedence.
pub(crate) const ROOT_NAMES: &[&str] = &["hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "config.json"];

/// A config file that could not be read, by its path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ConfigProblem {
    /// The file, relative to the site.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<u32>,
    /// What is wrong.
    pub message: String,
}

/// The merged config of the site in `files` for `environment`, with the
/// config files that were used and the problems met.
pub fn load(files: &Files, environment: &str) -> (Value, Vec<String>, Vec<ConfigProblem>) {
    let mut root = Map::new();
    let mut used = Vec::new();
    let mut problems = Vec::new();
    if let Some(name) = ROOT_NAMES.iter().find(|n| files.contains(n)) {
        if let Some(v) = read(files, name, &mut problems) {
            set_over(&mut root, lowercase_keys(v));
            used.push((*name).to_owned());
        }
    }
    for dir in ["config/_default/".to_owned(), format!("config/{environment}/")] {
        for path in files.paths_under(&dir).map(str::to_owned).collect::<Vec<_>>() {
            let Some(file_name) = path.rsplit('/').next() else { continue };
            let Some((stem, ext)) = file_name.rsplit_once('.') else { continue };
            if !matches!(ext, "toml" | "yaml" | "yml" | "json") {
                continue;
            }
            let Some(item) = read(files, &path, &mut problems) else { continue };
            let item = lowercase_keys(item);
            let stem = stem.to_ascii_lowercase();
            let component = if stem == "hugo" || stem == "config" {
                item
            } else {
                let (name, lang) = match stem.split_once('.') {
                    Some((n, l)) => (n.to_owned(), Some(l.to_owned())),
                    None => (stem.clone(), None),
                };
                // A file may wrap its content under one key matching its name.
                let value = match &item {
                    Value::Object(m) if m.len() == 1 && m.contains_key(&name) => m[&name].clone(),
                    _ => item,
                };
                let mut key_path: Vec<String> = match lang {
                    Some(lang) => {
                        let mut p = vec!["languages".to_owned(), lang];
                        if matches!(name.as_str(), "menu" | "menus" | "params") {
                            p.push(if name == "params" { name.clone() } else { "menus".to_owned() });
                        }
                        p
                    }
                    None => vec![name.clone()],
                };
                let mut v = value;
                while let Some(k) = key_path.pop() {
                    let mut m = Map::new();
                    m.insert(k, v);
                    v = Value::Object(m);
                }
                v
            };
            let component = rename_keys(component);
            set_over(&mut root, component);
            used.push(path);
        }
    }
    let mut config = rename_keys(Value::Object(root));
    // Themes: their config adds what the project does not set.
    for theme in themes(&config) {
        for name in ["hugo.toml", "hugo.yaml", "hugo.json", "config.toml", "config.yaml", "config.json", "theme.toml"] {
            let path = format!("themes/{theme}/{name}");
            if files.contains(&path) {
                if let Some(v) = read(files, &path, &mut problems) {
                    if let Value::Object(project) = &mut config {
                        add_missing(project, rename_keys(lowercase_keys(v)));
                    }
                    used.push(path);
                }
                break;
            }
        }
    }
    (config, used, problems)
}

/// `defaultContentLanguage` (`en` when not given).
pub fn default_language(config: &Value) -> &str {
    config.get("defaultcontentlanguage").and_then(Value::as_str).filter(|l| !l.is_empty()).unwrap_or("en")
}

/// The themes a config names (`theme: name` or a list), in order.
pub fn themes(config: &Value) -> Vec<String> {
    match config.get("theme") {
        Some(Value::String(s)) if !s.is_empty() => vec![s.clone()],
        Some(Value::Array(a)) => a.iter().filter_map(|v| v.as_str().map(str::to_owned)).collect(),
        _ => Vec::new(),
    }
}

fn read(files: &Files, path: &str, problems: &mut Vec<ConfigProblem>) -> Option<Value> {
    let text = files.text(path)?;
    let format = match path.rsplit('.').next() {
        Some("toml") => Format::Toml,
        Some("json") => Format::Json,
        _ => Format::Yaml,
    };
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(text);
    match front_matter::parse_document(text, format) {
        Ok(v @ Value::Object(_)) => Some(v),
        Ok(Value::Null) => Some(Value::Object(Map::new())),
        Ok(_) => {
            problems.push(ConfigProblem {
                file: path.to_owned(),
                line: None,
                message: "a config file must hold a mapping of keys to values".to_owned(),
            });
            None
        }
        Err(e) => {
            let line = crate::span::LineIndex::new(text).line(e.offset);
            problems.push(ConfigProblem {
                file: path.to_owned(),
                line: Some(line),
                message: format!("{} syntax error: {}", format.name(), e.message),
            });
            None
        }
    }
}

/// Keys of every mapping lowercased, as Hugo's config is case-insensitive
/// (values, including `params` values, are kept as written).
pub fn lowercase_keys(v: Value) -> Value {
    match v {
        Value::Object(m) => Value::Object(m.into_iter().map(|(k, v)| (k.to_lowercase(), lowercase_keys(v))).collect()),
        Value::Array(a) => Value::Array(a.into_iter().map(lowercase_keys).collect()),
        other => other,
    }
}

/// Hugo's `RenameKeys`: older names of root keys to the current ones.
fn rename_keys(v: Value) -> Value {
    let Value::Object(mut m) = v else { return v };
    if let Some(menu) = m.remove("menu") {
        match m.get_mut("menus") {
            Some(Value::Object(existing)) => {
                if let Value::Object(add) = menu {
                    for (k, v) in add {
                        existing.insert(k, v);
                    }
                }
            }
            _ => {
                m.insert("menus".to_owned(), menu);
            }
        }
    }
    Value::Object(m)
}

/// Sets every key of `over` into `base`, recursing into mappings on both sides
/// (Hugo's `SetParams`): a later file wins key by key.
pub fn set_over(base: &mut Map<String, Value>, over: Value) {
    let Value::Object(over) = over else { return };
    for (k, v) in over {
        match (base.get_mut(&k), v) {
            (Some(Value::Object(b)), Value::Object(o)) => set_over(b, Value::Object(o)),
            (_, v) => {
                base.insert(k, v);
            }
        }
    }
}

/// Adds the keys of `extra` that `base` lacks, recursing into mappings.
fn add_missing(base: &mut Map<String, Value>, extra: Value) {
    let Value::Object(extra) = extra else { return };
    for (k, v) in extra {
        match (base.get_mut(&k), v) {
            (Some(Value::Object(b)), Value::Object(e)) => add_missing(b, Value::Object(e)),
            (Some(_), _) => {}
            (None, v) => {
                base.insert(k, v);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(list: &[(&str, &str)]) -> Files {
        let mut f = Files::default();
        for (p, t) in list {
            f.insert_text(p, t);
        }
        f
    }

    #[test]
    fn config_directory_files_nest_under_their_names_and_later_files_win() {
        let f = files(&[
            ("hugo.yaml", "title: Root\nparams:\n  a: 1\n  b: 1\n"),
            ("config/_default/hugo.yaml", "baseURL: https://example.org/\n"),
            ("config/_default/params.toml", "b = 2\nC = 3\n"),
            ("config/_default/menus.en.yaml", "main:\n  - name: Home\n"),
            ("config/_default/permalinks.yaml", "permalinks:\n  page:\n    blog: /:year/:slug/\n"),
            ("config/production/params.yaml", "c: 4\n"),
        ]);
        let (c, used, problems) = load(&f, "production");
        assert!(problems.is_empty(), "{problems:?}");
        assert_eq!(c["title"], "Root", "the root file is read");
        assert_eq!(c["baseurl"], "https://example.org/", "keys are lowercased");
        assert_eq!(c["params"]["a"], 1, "a key only in the root file stays");
        assert_eq!(c["params"]["b"], 2, "config/_default overrides the root file");
        assert_eq!(c["params"]["c"], 4, "the environment overrides _default");
        assert_eq!(c["languages"]["en"]["menus"]["main"][0]["name"], "Home", "menus.en is the language's menus");
        assert_eq!(c["permalinks"]["page"]["blog"], "/:year/:slug/", "a file wrapping its content under its own name is unwrapped");
        assert_eq!(used.len(), 6);
    }

    #[test]
    fn a_broken_file_is_a_problem_with_its_line_and_the_rest_still_loads() {
        let f = files(&[("config/_default/hugo.yaml", "title: x\n"), ("config/_default/params.yaml", "a: [\n")]);
        let (c, _, problems) = load(&f, "production");
        assert_eq!(c["title"], "x");
        assert_eq!(problems.len(), 1);
        assert_eq!(problems[0].file, "config/_default/params.yaml");
    }
}
