//! Finding the Hugo site a post belongs to, and a renderer for it.
//!
//! A site is the nearest folder, walking up from a post, that holds
//! `hugo.{toml,yaml,yml,json}`, `config.{…}` or `config/_default/` (Hugo's own
//! names, from its `config/configLoader.go`). Its config and its shortcode
//! templates (`layouts/_shortcodes`, the older `layouts/shortcodes`, a theme's,
//! and a section's own `layouts/SECTION/_shortcodes`) make the renderer for
//! the posts under it.
//!
//! This is the CLI's whole view of a site; the core takes text, so this module
//! is the one place that reads a site's files. The config directory is merged
//! simply here (each `config/_default/NAME.ext` under the key `NAME`, the root
//! file over it); `recap::site` will take that over when it lands.

use crate::Fatal;
use recap::{Format, Options, Renderer};
use serde_json::{Map, Value};
use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

/// Hugo's config file names and extensions, in the order Hugo tries them.
const CONFIG_NAMES: [&str; 2] = ["hugo", "config"];
const CONFIG_EXTENSIONS: [&str; 4] = ["toml", "yaml", "yml", "json"];

/// What the command line says about sites, on top of what is found.
#[derive(Default)]
pub struct Overrides {
    /// `--site DIR`: every post belongs to this site.
    pub site: Option<PathBuf>,
    /// `--config FILE`: this config instead of the site's.
    pub config: Option<PathBuf>,
    /// `--shortcodes DIR`: more templates, over the site's.
    pub shortcodes: Vec<PathBuf>,
    /// `--schema FILE`: a front-matter schema.
    pub schema: Option<PathBuf>,
}

/// One site: its options and its shortcode templates.
pub struct Site {
    /// The content folder (`contentDir`, default `content`).
    pub content: Option<PathBuf>,
    /// The options from its config, without shortcodes.
    options: Options,
    /// Template folders for every post of the site, lowest priority first.
    base_dirs: Vec<PathBuf>,
    /// The templates of every folder, read once.
    templates: HashMap<PathBuf, BTreeMap<String, String>>,
    /// `layouts/X/_shortcodes` folders, by `X` (a page path or a content type).
    scoped: BTreeMap<PathBuf, PathBuf>,
    /// The content `type` an `_index` page's `cascade` gives its folder.
    cascade: HashMap<PathBuf, String>,
    /// Renderers by the template folders they were made with.
    renderers: Mutex<HashMap<Vec<PathBuf>, Arc<Renderer>>>,
}

/// The sites met so far, by root.
pub struct Sites {
    overrides: Overrides,
    sites: HashMap<Option<PathBuf>, Arc<Site>>,
    /// Site roots found for folders already walked.
    roots: HashMap<PathBuf, Option<PathBuf>>,
}

impl Sites {
    pub fn new(overrides: Overrides) -> Sites {
        Sites { overrides, sites: HashMap::new(), roots: HashMap::new() }
    }

    /// The site `--site` names, or the one the current folder is in.
    ///
    /// # Errors
    /// No site there, or one that cannot be read.
    pub fn current(&mut self) -> Result<Arc<Site>, Fatal> {
        let cwd = std::env::current_dir().map_err(|e| Fatal(format!("cannot tell the current folder: {e}")))?;
        let root = match &self.overrides.site {
            Some(dir) => Some(absolute(dir)),
            None => find_root(&cwd),
        };
        let Some(root) = root else {
            return Err(Fatal(format!(
                "{} is not in a Hugo site (no hugo.toml, hugo.yaml, hugo.json, config.* or config/_default/ here or above); name posts or folders to check, or the site with --site DIR",
                cwd.display()
            )));
        };
        self.site(Some(root))
    }

    /// The site of the post at `path` (which need not exist: stdin's name).
    ///
    /// # Errors
    /// The site cannot be read.
    pub fn site_for(&mut self, path: &Path) -> Result<Arc<Site>, Fatal> {
        let root = match &self.overrides.site {
            Some(dir) => Some(absolute(dir)),
            None => {
                let dir = absolute(path).parent().map(Path::to_path_buf).unwrap_or_default();
                match self.roots.get(&dir) {
                    Some(root) => root.clone(),
                    None => {
                        let root = find_root(&dir);
                        self.roots.insert(dir, root.clone());
                        root
                    }
                }
            }
        };
        self.site(root)
    }

    fn site(&mut self, root: Option<PathBuf>) -> Result<Arc<Site>, Fatal> {
        if let Some(site) = self.sites.get(&root) {
            return Ok(Arc::clone(site));
        }
        let site = Arc::new(Site::load(root.clone(), &self.overrides)?);
        self.sites.insert(root, Arc::clone(&site));
        Ok(site)
    }
}

/// The nearest folder at or above `dir` that is a Hugo site.
pub fn find_root(dir: &Path) -> Option<PathBuf> {
    absolute(dir).ancestors().find(|d| config_file(d).is_some() || d.join("config/_default").is_dir()).map(Path::to_path_buf)
}

/// The site's root config file, if it has one.
fn config_file(dir: &Path) -> Option<PathBuf> {
    CONFIG_NAMES.iter().flat_map(|name| CONFIG_EXTENSIONS.iter().map(move |ext| dir.join(format!("{name}.{ext}")))).find(|p| p.is_file())
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

impl Site {
    fn load(root: Option<PathBuf>, overrides: &Overrides) -> Result<Site, Fatal> {
        let mut config = Value::Object(Map::new());
        if let Some(path) = &overrides.config {
            merge(&mut config, read_config(path)?);
        } else if let Some(root) = &root {
            let dir = root.join("config/_default");
            if dir.is_dir() {
                for (key, path) in config_dir_files(&dir)? {
                    let value = read_config(&path)?;
                    match key {
                        None => merge(&mut config, value),
                        Some(key) => merge(&mut config, Value::Object(Map::from_iter([(key, value)]))),
                    }
                }
            }
            if let Some(path) = config_file(root) {
                merge(&mut config, read_config(&path)?);
            }
        }
        let where_ = root.as_deref().map_or_else(|| "the config".to_owned(), |r| format!("site {}", r.display()));
        let mut options = Options::from_value(&config).map_err(|e| Fatal(format!("{where_}: {e}")))?;
        if let Some(path) = &overrides.schema {
            options.schema = Some(read_schema(path)?);
        }
        if options.time_zone.needs_rules() {
            options.time_zone = load_zone(options.time_zone.name()).map_err(|e| Fatal(format!("{where_}: {e}")))?;
        }
        let mut base_dirs = Vec::new();
        let mut content = None;
        let mut scoped = BTreeMap::new();
        let mut cascade = HashMap::new();
        if let Some(root) = &root {
            for theme in themes(&config) {
                let layouts = root.join("themes").join(theme).join("layouts");
                base_dirs.extend([layouts.join("shortcodes"), layouts.join("_shortcodes")]);
            }
            base_dirs.extend([root.join("layouts/shortcodes"), root.join("layouts/_shortcodes")]);
            let layouts = root.join("layouts");
            find_scoped(&layouts, &layouts, &mut scoped);
            let dir = key(&config, "contentDir").and_then(Value::as_str).unwrap_or("content");
            let dir = root.join(dir);
            if !scoped.is_empty() {
                find_cascades(&dir, &mut cascade);
            }
            content = Some(dir);
        }
        base_dirs.extend(overrides.shortcodes.iter().cloned());
        base_dirs.retain(|d| d.is_dir());
        let mut templates = HashMap::new();
        for dir in base_dirs.iter().chain(scoped.values()) {
            let t = recap::shortcode::load_templates(dir)
                .map_err(|e| Fatal(format!("cannot read shortcodes from {}: {}", dir.display(), crate::files::io_reason(&e))))?;
            templates.insert(dir.clone(), t);
        }
        Ok(Site { content, options, base_dirs, templates, scoped, cascade, renderers: Mutex::new(HashMap::new()) })
    }

    /// The renderer for the post at `path` whose text is `source`: the site's
    /// templates, then those of its content type (`layouts/TYPE/_shortcodes`,
    /// the type from its front matter or an ancestor's `cascade`), then those of
    /// each folder of its page path (`layouts/docs/_shortcodes` for
    /// `content/docs/…`), the most specific last, as Hugo looks them up.
    pub fn renderer(&self, path: &Path, source: Option<&str>) -> Arc<Renderer> {
        let mut dirs = self.base_dirs.clone();
        if let (Some(content), false) = (&self.content, self.scoped.is_empty()) {
            let path = absolute(path);
            let rel_dir = path.strip_prefix(content).ok().and_then(Path::parent);
            let own = source.and_then(front_matter_type);
            let cascaded = || {
                let start = if is_index(&path) { path.parent().and_then(Path::parent) } else { path.parent() };
                start
                    .into_iter()
                    .flat_map(Path::ancestors)
                    .take_while(|d| d.starts_with(content))
                    .find_map(|d| self.cascade.get(d))
                    .cloned()
            };
            let section = || rel_dir.and_then(|r| r.components().next()).map(|c| c.as_os_str().to_string_lossy().into_owned());
            if let Some(kind) = own.or_else(cascaded).or_else(section) {
                dirs.extend(self.scoped.get(Path::new(&kind)).cloned());
            }
            let mut prefix = PathBuf::new();
            for part in rel_dir.into_iter().flat_map(Path::components) {
                prefix.push(part);
                if let Some(dir) = self.scoped.get(&prefix) {
                    if !dirs.contains(dir) {
                        dirs.push(dir.clone());
                    }
                }
            }
        }
        let mut renderers = self.renderers.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some(r) = renderers.get(&dirs) {
            return Arc::clone(r);
        }
        let mut options = self.options.clone();
        for dir in &dirs {
            if let Some(t) = self.templates.get(dir) {
                options.shortcodes.extend(t.iter().map(|(k, v)| (k.clone(), v.clone())));
            }
        }
        let renderer = Arc::new(Renderer::new(options));
        renderers.insert(dirs, Arc::clone(&renderer));
        renderer
    }
}

/// The rules of the time zone `name` (Hugo's `timeZone`) from the system's
/// zoneinfo (`$ZONEINFO`, else `/usr/share/zoneinfo`), as Go's
/// `time.LoadLocation` finds them; `Local` is `/etc/localtime`.
fn load_zone(name: &str) -> Result<recap::front_matter::date::TimeZone, String> {
    let path = if name == "Local" {
        PathBuf::from("/etc/localtime")
    } else {
        if name.starts_with('/') || name.split('/').any(|part| part == ".." || part.is_empty()) {
            return Err(format!("timeZone {name:?} is not a time zone name"));
        }
        let dir = std::env::var_os("ZONEINFO").map_or_else(|| PathBuf::from("/usr/share/zoneinfo"), PathBuf::from);
        dir.join(name)
    };
    let bytes = std::fs::read(&path).map_err(|_| {
        format!("timeZone {name:?} is not a time zone this system knows ({} cannot be read); Hugo fails on it too", path.display())
    })?;
    recap::front_matter::date::TimeZone::from_tzif(name, &bytes)
}

/// `_shortcodes` folders below `layouts/` (not `layouts/_shortcodes` itself), by
/// the path between.
fn find_scoped(layouts: &Path, dir: &Path, out: &mut BTreeMap<PathBuf, PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if !path.is_dir() {
            continue;
        }
        let name = entry.file_name();
        if name == "_shortcodes" {
            if dir != layouts {
                out.insert(dir.strip_prefix(layouts).unwrap_or(dir).to_path_buf(), path);
            }
        } else if !name.to_string_lossy().starts_with('_') {
            find_scoped(layouts, &path, out);
        }
    }
}

fn is_index(path: &Path) -> bool {
    path.file_stem().is_some_and(|s| s == "_index")
}

/// Folders whose `_index` page cascades a `type` to the pages below it. A
/// cascade with a `target` (or `_target`) is left to the site model.
fn find_cascades(dir: &Path, out: &mut HashMap<PathBuf, String>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            find_cascades(&path, out);
        } else if is_index(&path) {
            let Ok(text) = std::fs::read_to_string(&path) else { continue };
            let fm = recap::front_matter::parse(&text, &mut Vec::new());
            let cascades = match key(&fm.value, "cascade") {
                Some(Value::Array(items)) => items.clone(),
                Some(v @ Value::Object(_)) => vec![v.clone()],
                _ => Vec::new(),
            };
            let untargeted = cascades.iter().filter(|c| key(c, "target").is_none() && key(c, "_target").is_none());
            if let Some(kind) = untargeted.filter_map(|c| key(c, "type").and_then(Value::as_str)).next() {
                out.insert(dir.to_path_buf(), kind.to_owned());
            }
        }
    }
}

/// A post's own `type` in its front matter.
fn front_matter_type(source: &str) -> Option<String> {
    let fm = recap::front_matter::parse(source, &mut Vec::new());
    key(&fm.value, "type").and_then(Value::as_str).map(str::to_owned)
}

/// `config/_default`'s files in a stable order: `hugo.*`/`config.*` (key `None`,
/// merged at the root) first, then each other file under its name. Files for
/// one language (`menus.en.yaml`) are left to the site model.
fn config_dir_files(dir: &Path) -> Result<Vec<(Option<String>, PathBuf)>, Fatal> {
    let entries = std::fs::read_dir(dir).map_err(|e| Fatal(format!("cannot read {}: {}", dir.display(), crate::files::io_reason(&e))))?;
    let mut files: BTreeMap<(bool, String), PathBuf> = BTreeMap::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let (Some(stem), Some(ext)) = (path.file_stem().and_then(|s| s.to_str()), path.extension().and_then(|e| e.to_str())) else {
            continue;
        };
        if !path.is_file() || !CONFIG_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()) || stem.contains('.') {
            continue;
        }
        let root = CONFIG_NAMES.contains(&stem);
        files.insert((!root, stem.to_owned()), path);
    }
    Ok(files.into_iter().map(|((nested, stem), path)| (nested.then_some(stem), path)).collect())
}

fn read_text(path: &Path, what: &str) -> Result<String, Fatal> {
    let bytes =
        std::fs::read(path).map_err(|e| Fatal(format!("cannot read {what} {}: {}", path.display(), crate::files::io_reason(&e))))?;
    String::from_utf8(bytes).map_err(|_| Fatal(format!("{what} {} is not UTF-8", path.display())))
}

fn read_config(path: &Path) -> Result<Value, Fatal> {
    let text = read_text(path, "config")?;
    let text = text.strip_prefix('\u{FEFF}').unwrap_or(&text);
    let format = Options::format_for_path(&path.to_string_lossy()).unwrap_or(Format::Toml);
    recap::front_matter::parse_document(text, format).map_err(|e| {
        let line = text[..e.offset.min(text.len())].matches('\n').count() + 1;
        Fatal(format!("config {}: line {line}: {} syntax error: {}", path.display(), format.name(), e.message))
    })
}

fn read_schema(path: &Path) -> Result<Value, Fatal> {
    let text = read_text(path, "schema")?;
    let format = Options::format_for_path(&path.to_string_lossy()).unwrap_or(Format::Json);
    let doc = recap::front_matter::parse_document(&text, format).map_err(|e| Fatal(format!("schema {}: {}", path.display(), e.message)))?;
    let (_, unsupported) =
        recap::front_matter::schema::Schema::compile(&doc).map_err(|e| Fatal(format!("schema {}: {e}", path.display())))?;
    for u in unsupported {
        eprintln!("recap: warning: schema {}: `{}` is not checked by Recap", path.display(), u.keyword);
    }
    Ok(doc)
}

/// A top-level key, case-insensitively (Hugo's config keys are).
fn key<'v>(config: &'v Value, name: &str) -> Option<&'v Value> {
    config.as_object()?.iter().find(|(k, _)| k.eq_ignore_ascii_case(name)).map(|(_, v)| v)
}

/// The site's `theme` setting: a name or a list of names.
fn themes(config: &Value) -> Vec<String> {
    match key(config, "theme") {
        Some(Value::String(s)) => vec![s.clone()],
        Some(Value::Array(a)) => a.iter().filter_map(Value::as_str).map(str::to_owned).collect(),
        _ => Vec::new(),
    }
}

/// Merges `from` into `into`: mappings key by key (case-insensitively, as Hugo
/// reads keys), anything else replaced.
fn merge(into: &mut Value, from: Value) {
    match (into, from) {
        (Value::Object(a), Value::Object(b)) => {
            for (k, v) in b {
                match a.iter_mut().find(|(k2, _)| k2.eq_ignore_ascii_case(&k)) {
                    Some((_, slot)) => merge(slot, v),
                    None => {
                        a.insert(k, v);
                    }
                }
            }
        }
        (slot, v) => *slot = v,
    }
}

#[cfg(test)]
mod tests {
    use super::merge;
    use serde_json::json;

    #[test]
    fn merge_is_deep_and_case_insensitive() {
        let mut a = json!({"markup": {"goldmark": {"renderer": {"unsafe": false}}}, "title": "a"});
        merge(&mut a, json!({"Markup": {"goldmark": {"renderer": {"unsafe": true}}}, "params": {"x": 1}}));
        assert_eq!(a, json!({"markup": {"goldmark": {"renderer": {"unsafe": true}}}, "title": "a", "params": {"x": 1}}));
    }
}
