//! Hugo's module mounts (`module.mounts`): files of the project mounted as a
//! component's (`content`, `layouts`, `data`, `assets`, `i18n`, `archetypes`,
//! `static`). A site that writes its pages in `content/en` and mounts that
//! folder as `content` is read here with its pages where Hugo finds them.
//!
//! Hugo's rules, as its documentation gives them: a component with a mount of
//! its own loses its default one (`content` is then only what the mounts put
//! there); a mount's `source` is a folder or a file of the project, its
//! `target` a path in a component; a mount for other languages
//! (`sites.matrix.languages`) is not the default language's. When mounts
//! overlap, the first one wins. Not read: `includeFiles`/`excludeFiles`, and
//! a theme's own mounts.

use super::files::Files;
use serde_json::Value;

/// The components a mount can target.
const COMPONENTS: [&str; 7] = ["content", "layouts", "data", "assets", "i18n", "archetypes", "static"];

/// One mount: where its files are in the project, where they go.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mount {
    /// A folder or file of the project (`content/en`).
    pub source: String,
    /// Where it appears (`content`, `assets/notwatching/x.json`).
    pub target: String,
}

impl Mount {
    /// The component it mounts into (`content`).
    fn component(&self) -> &str {
        self.target.split('/').next().unwrap_or("")
    }

    /// Where it puts the project's file at `path`, if it mounts it.
    fn place(&self, path: &str) -> Option<String> {
        if path == self.source {
            return Some(self.target.clone());
        }
        let rest = path.strip_prefix(self.source.as_str())?.strip_prefix('/')?;
        Some(format!("{}/{rest}", self.target))
    }
}

/// The project's mounts for the language `lang`, in order (keys as the config
/// loader gives them, lowercased).
pub fn mounts(config: &Value, lang: &str) -> Vec<Mount> {
    let Some(list) = config.get("module").and_then(|m| m.get("mounts")).and_then(Value::as_array) else {
        return Vec::new();
    };
    list.iter()
        .filter_map(|m| {
            let clean = |key: &str| m.get(key).and_then(Value::as_str).map(|s| s.trim_matches('/').to_owned());
            let (source, target) = (clean("source")?, clean("target")?);
            // (Hugo 0.153 replaced a mount's `lang` by `sites.matrix.languages`.)
            let languages: Vec<&str> = match m.pointer("/sites/matrix/languages") {
                Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).collect(),
                Some(Value::String(l)) => vec![l.as_str()],
                _ => Vec::new(),
            };
            let ours = languages.is_empty() || languages.iter().any(|l| l.eq_ignore_ascii_case(lang));
            let mount = Mount { source, target };
            (ours && COMPONENTS.contains(&mount.component()) && !mount.source.is_empty()).then_some(mount)
        })
        .collect()
}

/// `files` with the mounts applied: the default folder of each mounted
/// component left out, and each mount's files at their target.
pub fn apply(files: Files, mounts: &[Mount]) -> Files {
    if mounts.is_empty() {
        return files;
    }
    let mounted: Vec<&str> = COMPONENTS.iter().copied().filter(|c| mounts.iter().any(|m| m.component() == *c)).collect();
    let mut out = Files::default();
    for (path, file) in files.iter() {
        let component = path.split('/').next().unwrap_or("");
        if !(path.contains('/') && mounted.contains(&component)) {
            out.insert(path, file.clone());
        }
    }
    for m in mounts {
        for (path, file) in files.iter() {
            let Some(target) = m.place(path) else { continue };
            // (The first mount of a path wins.)
            if !out.contains(&target) {
                out.insert(&target, file.clone());
            }
        }
    }
    out
}

/// The page path (relative to the content component) of the project's file
/// at `path` (`content/en/a.md` is `a.md` where `content/en` is mounted as
/// `content`), or `None` when it is not content. Without content mounts,
/// content is the folder `content_dir` (Hugo's `contentDir`).
pub fn content_path(mounts: &[Mount], content_dir: &str, path: &str) -> Option<String> {
    let mut content = mounts.iter().filter(|m| m.component() == "content").peekable();
    if content.peek().is_none() {
        return path.strip_prefix(content_dir.trim_matches('/')).and_then(|rest| rest.strip_prefix('/')).map(str::to_owned);
    }
    content.find_map(|m| m.place(path)?.strip_prefix("content/").map(str::to_owned))
}

/// The folders (or files) of the project that hold its content: the sources
/// of the content mounts, or the folder `content_dir` when there are none.
pub fn content_sources(mounts: &[Mount], content_dir: &str) -> Vec<String> {
    let sources: Vec<String> = mounts.iter().filter(|m| m.component() == "content").map(|m| m.source.clone()).collect();
    if sources.is_empty() {
        vec![content_dir.trim_matches('/').to_owned()]
    } else {
        sources
    }
}

/// The sources of the mounts, for a reader that reads only the default folders.
#[cfg(not(target_arch = "wasm32"))]
pub fn sources(config: &Value) -> Vec<String> {
    let Some(list) = config.get("module").and_then(|m| m.get("mounts")).and_then(Value::as_array) else {
        return Vec::new();
    };
    list.iter().filter_map(|m| m.get("source").and_then(Value::as_str)).map(|s| s.trim_matches('/').to_owned()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn files(paths: &[&str]) -> Files {
        let mut f = Files::default();
        for p in paths {
            f.insert_text(p, p);
        }
        f
    }

    #[test]
    fn a_mounted_component_loses_its_default_folder() {
        let config = json!({"module": {"mounts": [
            {"source": "content/en/", "target": "content", "sites": {"matrix": {"languages": ["en"]}}},
            {"source": "content/fr/", "target": "content", "sites": {"matrix": {"languages": "fr"}}},
            {"source": "hugo_stats.json", "target": "assets/notwatching/hugo_stats.json"},
            {"source": "assets", "target": "assets"},
        ]}});
        let m = mounts(&config, "en");
        assert_eq!(m.len(), 3, "the French mount is not the default language's");
        let out = apply(
            files(&[
                "hugo.toml",
                "content/en/a.md",
                "content/en/b/c.md",
                "content/fr/a.md",
                "content/x.md",
                "assets/s.css",
                "layouts/y.html",
                "hugo_stats.json",
            ]),
            &m,
        );
        let paths: Vec<&str> = out.iter().map(|(p, _)| p).collect();
        assert_eq!(
            paths,
            [
                "assets/notwatching/hugo_stats.json",
                "assets/s.css",
                "content/a.md",
                "content/b/c.md",
                "hugo.toml",
                "hugo_stats.json",
                "layouts/y.html"
            ]
        );
        assert_eq!(out.text("content/a.md"), Some("content/en/a.md"));
    }

    #[test]
    fn a_file_of_the_project_has_the_page_path_its_mount_gives() {
        let m = mounts(
            &json!({"module": {"mounts": [{"source": "content/en/", "target": "content"}, {"source": "docs", "target": "content/docs/"}]}}),
            "en",
        );
        assert_eq!(content_path(&m, "content", "content/en/a/b.md").as_deref(), Some("a/b.md"));
        assert_eq!(content_path(&m, "content", "docs/x.md").as_deref(), Some("docs/x.md"));
        assert_eq!(content_path(&m, "content", "content/fr/a.md"), None, "not mounted");
        assert_eq!(content_path(&[], "content", "content/a.md").as_deref(), Some("a.md"));
        assert_eq!(content_path(&[], "site-content/", "site-content/a.md").as_deref(), Some("a.md"));
        assert_eq!(content_path(&[], "content", "layouts/a.html"), None);
    }

    #[test]
    fn the_first_mount_of_a_path_wins_and_no_mounts_change_nothing() {
        let config = json!({"module": {"mounts": [{"source": "one", "target": "content"}, {"source": "two", "target": "content"}]}});
        let out = apply(files(&["one/a.md", "two/a.md", "two/b.md"]), &mounts(&config, "en"));
        assert_eq!(out.text("content/a.md"), Some("one/a.md"));
        assert_eq!(out.text("content/b.md"), Some("two/b.md"));
        let same = files(&["content/a.md"]);
        assert_eq!(apply(same.clone(), &mounts(&json!({}), "en")), same);
    }
}
