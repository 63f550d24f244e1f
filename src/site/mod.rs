//! A Hugo site as Recap needs it to render pages the way Hugo does: its merged
//! config, its content templates (shortcodes, partials, render hooks), its
//! `data/`, its `assets/` and its page map.
//!
//! The core never reads the file system: the CLI reads a site's folder into
//! [`Files`] ([`Site::load`]); the browser gets the same files from a bundle
//! that `recap pack` writes ([`Site::from_bundle`]), so both run one code path.

pub mod bundle;
pub mod config;
pub mod files;
mod go_sort;
pub mod i18n;
pub mod layouts;
pub mod mounts;
pub(crate) mod objects;
pub(crate) mod page;
pub mod pages;

use crate::options::Options;
use crate::template::value::{from_json, Map};
use crate::template::Value;
#[cfg(feature = "templates")]
use files::File;
pub use files::Files;
use layouts::Layouts;
use pages::PageMap;
use serde_json::Value as Json;
use std::collections::BTreeMap;
use std::sync::Arc;

/// Whether this build loads sites (the `templates` feature). Without it the
/// only site is the one [`Site::from_options`] makes — no config, page map,
/// assets or hook templates — and code that reads those returns what an
/// empty site gives before it looks, so that the compiler leaves the rest out
/// (the package's default wasm module, under its size budget).
pub(crate) const LOADED: bool = cfg!(feature = "templates");

/// A problem with the site itself (not with one post): a config, data or
/// content file that could not be read, a template that does not parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file, relative to the site's root.
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<u32>,
    /// 1-based column, when known.
    pub column: Option<u32>,
    /// What is wrong.
    pub message: String,
    /// Whether Hugo would fail the build over it (a broken config).
    pub fatal: bool,
}

/// The host's source of time-zone rules: a TZif file by zone name, an error
/// for a zone it does not know, `None` when it has no zone database.
pub type ZoneRules = dyn Fn(&str) -> Option<Result<Vec<u8>, String>>;

/// An asset of the site (`assets/…`), for `resources.Get`.
#[derive(Debug, Clone)]
pub struct Asset {
    /// The text, for a text file.
    pub text: Option<Arc<str>>,
    /// The size in bytes.
    pub size: u64,
}

/// What lasts for one render (Recap's build): the site-wide scratch pads
/// (`site.Store`, `hugo.Store`), other pages' stores and rendered content,
/// and the pages whose content is being rendered (to stop a recursion).
#[derive(Default)]
pub(crate) struct Stores {
    pub site: Arc<std::sync::Mutex<Map>>,
    pub hugo: Arc<std::sync::Mutex<Map>>,
    pub pages: std::sync::Mutex<std::collections::HashMap<usize, Arc<std::sync::Mutex<Map>>>>,
    pub content: std::sync::Mutex<std::collections::HashMap<usize, Arc<crate::Rendered>>>,
    /// The pages whose content is being rendered, each with the thread
    /// rendering it: a site renders pages on several threads at once (`recap
    /// check`), and a page another thread renders is no recursion of this one's.
    rendering: std::sync::Mutex<Vec<(Thread, usize)>>,
}

/// The thread a render runs on. (The browser's module has one: naming it
/// there would bring std's thread handles in, 2.2 kB brotli.)
#[cfg(not(target_arch = "wasm32"))]
type Thread = std::thread::ThreadId;
#[cfg(target_arch = "wasm32")]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Thread;

fn this_thread() -> Thread {
    #[cfg(not(target_arch = "wasm32"))]
    {
        std::thread::current().id()
    }
    #[cfg(target_arch = "wasm32")]
    Thread
}

impl Stores {
    /// Whether this thread is rendering the content of page `index` (if so, reading it again would recurse).
    pub fn is_rendering(&self, index: usize) -> bool {
        let me = this_thread();
        self.rendering.lock().map_or(true, |r| r.contains(&(me, index)))
    }

    /// Marks page `index` as rendering on this thread (until [`Stores::end_rendering`]).
    pub fn start_rendering(&self, index: usize) {
        if let Ok(mut r) = self.rendering.lock() {
            r.push((this_thread(), index));
        }
    }

    /// Ends the last [`Stores::start_rendering`] of page `index` on this thread.
    pub fn end_rendering(&self, index: usize) {
        let me = this_thread();
        if let Ok(mut r) = self.rendering.lock() {
            if let Some(at) = r.iter().rposition(|x| *x == (me, index)) {
                r.remove(at);
            }
        }
    }
}

impl std::fmt::Debug for Stores {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Stores")
    }
}

impl Stores {
    /// Empties them, for a new render.
    pub fn reset(&self) {
        for m in [&self.site, &self.hugo] {
            if let Ok(mut m) = m.lock() {
                *m = Map::new();
            }
        }
        if let Ok(mut p) = self.pages.lock() {
            p.clear();
        }
        if let Ok(mut c) = self.content.lock() {
            c.clear();
        }
    }

    /// `.Store` of the site's page `index`.
    pub fn page(&self, index: usize) -> Arc<std::sync::Mutex<Map>> {
        self.pages.lock().map(|mut p| p.entry(index).or_default().clone()).unwrap_or_default()
    }
}

/// A loaded site.
#[derive(Debug)]
pub struct Site {
    /// The merged config (keys lowercased, as Hugo holds it).
    pub config: Json,
    /// The rendering options the config gives.
    pub options: Options,
    /// The build environment (`production`, `development`).
    pub environment: String,
    /// Shortcodes, partials and render hooks.
    pub layouts: Layouts,
    /// `site.Data` / `hugo.Data`.
    pub data: Value,
    /// `site.Params`.
    pub params: Value,
    /// `i18n/` translations, for `T`.
    pub translations: i18n::Translations,
    /// `assets/` by path below it.
    pub assets: BTreeMap<String, Asset>,
    /// The pages.
    pub pages: PageMap,
    /// How the page map was built (base path, permalink patterns).
    pub settings: pages::Settings,
    /// Problems found while loading.
    pub problems: Vec<Problem>,
    /// `site.Store` and `hugo.Store`: one per render (Hugo keeps them for a build; a render is Recap's build).
    pub(crate) stores: Stores,
    /// The files the site was loaded from, with page bodies kept only where
    /// needed (for `recap pack`).
    files: Files,
}

impl Site {
    /// Loads a site from its files for `environment` (`production` is what
    /// `hugo` builds, `development` what `hugo server` serves). `now` decides
    /// which pages are in the future (seconds since 1970; `None`: the system
    /// clock where there is one).
    #[cfg(feature = "templates")]
    pub fn load(files: Files, environment: &str, now: Option<i64>) -> Site {
        Site::load_with_zones(files, environment, now, &|_| None)
    }

    /// The same site from a bundle made by `recap pack` (the browser's way in).
    ///
    /// # Errors
    /// A bundle that does not parse, or is from an incompatible version, with a message saying which.
    #[cfg(feature = "templates")]
    pub fn from_bundle(text: &str, now: Option<i64>) -> Result<Site, String> {
        let (files, environment) = bundle::unpack(text)?;
        Ok(Site::load(files, &environment, now))
    }

    /// [`Site::load`], with the rules of the site's `timeZone` from `zone_rules`
    /// (a TZif file by zone name: the CLI reads the system's zoneinfo; see
    /// `fs::zone_rules`; an error for a zone that does not exist).
    /// Without them (`None`) a named zone reads dates as UTC.
    #[cfg(feature = "templates")]
    pub fn load_with_zones(files: Files, environment: &str, now: Option<i64>, zone_rules: &ZoneRules) -> Site {
        let now = now.or_else(crate::render::current_time);
        let (config, _used, config_problems) = config::load(&files, environment);
        let mut problems: Vec<Problem> = config_problems
            .into_iter()
            .map(|p| Problem { file: p.file, line: p.line, column: None, message: p.message, fatal: true })
            .collect();
        let mut options = match Options::from_value(&config) {
            Ok(o) => o,
            Err(e) => {
                problems.push(Problem { file: "config".to_owned(), line: e.line, column: None, message: e.to_string(), fatal: true });
                Options::default()
            }
        };
        options.now = now;
        if options.time_zone.needs_rules() {
            let name = options.time_zone.name().to_owned();
            match zone_rules(&name).map(|r| r.and_then(|bytes| crate::front_matter::date::TimeZone::from_tzif(&name, &bytes))) {
                Some(Ok(zone)) => options.time_zone = zone,
                Some(Err(e)) => problems.push(Problem { file: "config".to_owned(), line: None, column: None, message: e, fatal: true }),
                None => {}
            }
        }
        let themes = config::themes(&config);
        let files = mounts::apply(files, &mounts::mounts(&config, config::default_language(&config)));
        let mut layouts = Layouts::load(&files, &themes);
        for (name, text) in &options.shortcodes {
            layouts.add_shortcode(name, text);
        }
        for l in layouts.iter() {
            if let Err(e) = &l.template {
                problems.push(Problem {
                    file: l.file.clone(),
                    line: Some(e.line as u32),
                    column: Some(e.column as u32),
                    message: e.message.clone(),
                    fatal: false,
                });
            }
        }
        let data = load_data(&files, &themes, &mut problems);
        let translations = i18n::Translations::load(&files, &themes, &mut problems);
        let params = from_json(config.get("params").unwrap_or(&Json::Null), true);
        let params = if params.is_nil() { Value::map(Map::params()) } else { params };
        let mut assets = BTreeMap::new();
        for root in std::iter::once("assets/".to_owned()).chain(themes.iter().map(|t| format!("themes/{t}/assets/"))) {
            for path in files.paths_under(&root) {
                let rel = &path[root.len()..];
                let asset = match files.get(path) {
                    Some(File::Text(t)) => Asset { text: Some(Arc::from(t.as_str())), size: t.len() as u64 },
                    Some(File::Binary { size }) => Asset { text: None, size: *size },
                    None => continue,
                };
                assets.entry(rel.to_owned()).or_insert(asset);
            }
        }
        let mut settings = pages::Settings::from_config(&config, environment, now);
        settings.time_zone = options.time_zone.clone();
        settings.has_cjk_language = options.has_cjk_language;
        let mut page_problems = Vec::new();
        let pages = PageMap::build(&files, &settings, &mut page_problems);
        problems.extend(page_problems.into_iter().map(|p| Problem {
            file: p.file,
            line: None,
            column: None,
            message: p.message,
            fatal: false,
        }));
        Site {
            config,
            options,
            environment: environment.to_owned(),
            layouts,
            data,
            params,
            translations,
            assets,
            pages,
            settings,
            problems,
            stores: Stores::default(),
            files,
        }
    }

    /// A site with nothing but `options` (a bare renderer): its `recap.shortcodes` as templates.
    pub fn from_options(options: &Options) -> Site {
        let mut layouts = Layouts::default();
        for (name, text) in &options.shortcodes {
            layouts.add_shortcode(name, text);
        }
        // Only a site's templates read these (`.Site.Params`; the built-in
        // `param` shortcode reads the options' own).
        let params = if cfg!(feature = "templates") { from_json(&options.params, true) } else { Value::Nil };
        Site {
            config: Json::Object(serde_json::Map::new()),
            options: options.clone(),
            environment: "production".to_owned(),
            layouts,
            data: Value::map(Map::new()),
            params: if params.is_nil() { Value::map(Map::params()) } else { params },
            translations: i18n::Translations::default(),
            assets: BTreeMap::new(),
            pages: PageMap::default(),
            settings: pages::Settings::default(),
            problems: Vec::new(),
            stores: Stores::default(),
            files: Files::default(),
        }
    }

    /// The page of a content file (`blog/x/index.md`, relative to `content/`), if the site has it.
    pub fn page_of(&self, content_path: &str) -> Option<usize> {
        let p = content_path.trim_start_matches('/');
        self.pages.by_file(p.strip_prefix("content/").unwrap_or(p))
    }

    /// `baseURL` as configured.
    pub fn base_url(&self) -> &str {
        self.config.get("baseurl").and_then(Json::as_str).unwrap_or("/")
    }

    /// The page path (relative to the content its mounts make) of the
    /// project's file at `path` (relative to the site's root), or `None` when
    /// it is not content: `content/en/a.md` is `a.md` where `content/en` is
    /// mounted as `content`.
    pub fn content_path_of(&self, path: &str) -> Option<String> {
        mounts::content_path(&mounts::mounts(&self.config, self.language()), self.content_dir(), path)
    }

    /// The folders (or files) of the project its pages are read from,
    /// relative to its root: `contentDir` (`content`), or the sources of the
    /// content mounts.
    pub fn content_sources(&self) -> Vec<String> {
        mounts::content_sources(&mounts::mounts(&self.config, self.language()), self.content_dir())
    }

    fn content_dir(&self) -> &str {
        self.config.get("contentdir").and_then(Json::as_str).unwrap_or("content")
    }

    /// The language pages are rendered in: `defaultContentLanguage` (`en`).
    pub fn language(&self) -> &str {
        config::default_language(&self.config)
    }

    /// Whether Hugo's embedded link and image render hooks stand in where
    /// the site has none (`useEmbedded: auto` acting as `fallback`): a site
    /// with a `languages` table that does not give each language a host of
    /// its own (`baseURL`) nor `markup.goldmark.duplicateResourceFiles`. (Hugo
    /// says "multilingual"; a table of one language is enough, as Hugo 0.168
    /// builds it: tests/data/hugo-sites/render-hooks/embedded-auto.)
    pub fn embedded_hooks_by_default(&self) -> bool {
        let Some(languages) = self.config.get("languages").and_then(Json::as_object).filter(|l| !l.is_empty()) else {
            return false;
        };
        let multihost = languages.values().any(|l| l.get("baseurl").is_some());
        let duplicates = self.config.pointer("/markup/goldmark/duplicateresourcefiles").and_then(Json::as_bool).unwrap_or(false);
        !multihost && !duplicates
    }

    /// Whether the site has more than one language (Hugo's `IsMultilingual`).
    pub fn multilingual(&self) -> bool {
        self.config.get("languages").and_then(Json::as_object).is_some_and(|l| l.len() > 1)
    }

    /// `site.LanguagePrefix`: `/en` where a multilingual site puts the
    /// language's pages in a folder (always for a language other than the
    /// default; for the default, with `defaultContentLanguageInSubdir`), else "".
    pub fn language_prefix(&self) -> String {
        let default = self.config.get("defaultcontentlanguage").and_then(Json::as_str).unwrap_or("en");
        let in_subdir = self.config.get("defaultcontentlanguageinsubdir").and_then(Json::as_bool).unwrap_or(false);
        if self.multilingual() && (in_subdir || !self.language().eq_ignore_ascii_case(default)) {
            format!("/{}", self.language())
        } else {
            String::new()
        }
    }

    /// Whether `ignoreLogs` silences messages with `id` (Hugo compares IDs without regard to case).
    pub fn ignores_log(&self, id: &str) -> bool {
        if !LOADED {
            return false;
        }
        self.config
            .get("ignorelogs")
            .and_then(Json::as_array)
            .is_some_and(|l| l.iter().filter_map(Json::as_str).any(|x| x.eq_ignore_ascii_case(id)))
    }

    /// The site's title.
    pub fn title(&self) -> &str {
        self.config.get("title").and_then(Json::as_str).unwrap_or("")
    }

    /// The files the site was loaded from.
    pub fn files(&self) -> &Files {
        &self.files
    }
}

/// The site's page `index` rendered (once per render), for `.Content` and
/// its kin read from a template.
///
/// # Errors
/// The page is being rendered already (its content reads itself), or has no file.
pub(crate) fn page_content(site: &Arc<Site>, index: usize) -> Result<Arc<crate::Rendered>, String> {
    if let Some(r) = site.stores.content.lock().ok().and_then(|c| c.get(&index).cloned()) {
        return Ok(r);
    }
    let page = site.pages.get(index);
    let Some(file) = page.file.clone() else { return Err(format!("the page {} has no content file", page.path)) };
    if site.stores.is_rendering(index) {
        return Err(format!("the content of {} reads itself (through its templates)", page.path));
    }
    let rendered = crate::render::render_site_page(site, &file).map(Arc::new);
    let rendered = rendered.ok_or_else(|| format!("content/{file} cannot be read"))?;
    if let Ok(mut c) = site.stores.content.lock() {
        c.insert(index, rendered.clone());
    }
    Ok(rendered)
}

/// Runs a template for the page at `content_path` (see `Renderer::execute`).
pub(crate) fn execute(site: &Arc<Site>, content_path: &str, name: &str, text: &str) -> (Result<String, String>, Vec<page::Note>) {
    site.stores.reset();
    let path = content_path.trim_start_matches('/');
    let path = path.strip_prefix("content/").unwrap_or(path);
    let source = site.files.text(&format!("content/{path}")).unwrap_or_default();
    let fm = crate::front_matter::parse(source, &mut Vec::new());
    let page = page::PageContext::new(site.clone(), Some(path), source, fm.body_start, Arc::new(fm.value));
    // The page is the dot, as a page of the site (not one whose body is rendering).
    let dot = match page.index {
        Some(i) => objects::page_value(site, Some(i), None),
        None => page.page_value(),
    };
    let output = match crate::template::parse(name, text) {
        // Highlighted code (trusted, kept out of the sanitizer) put back, as in a page's HTML.
        Ok(template) => page.run(&template, dot).map(|html| page.restore(&html).into_owned()),
        Err(e) => Err(e.to_string()),
    };
    (output, page.take_notes())
}

/// `data/**` (and each theme's) as one tree: folders and file names are keys.
#[cfg(feature = "templates")]
fn load_data(files: &Files, themes: &[String], problems: &mut Vec<Problem>) -> Value {
    let mut root = Map::new();
    for prefix in std::iter::once("data/".to_owned()).chain(themes.iter().map(|t| format!("themes/{t}/data/"))) {
        for path in files.paths_under(&prefix) {
            let rel = &path[prefix.len()..];
            let Some((stem, ext)) = rel.rsplit_once('.') else { continue };
            let format = match ext.to_ascii_lowercase().as_str() {
                "yaml" | "yml" => crate::front_matter::Format::Yaml,
                "toml" => crate::front_matter::Format::Toml,
                "json" => crate::front_matter::Format::Json,
                _ => continue,
            };
            let Some(text) = files.text(path) else { continue };
            let value = match crate::front_matter::parse_data(text.strip_prefix('\u{FEFF}').unwrap_or(text), format) {
                Ok(v) => from_json(&v, false),
                Err(e) => {
                    let line = crate::span::LineIndex::new(text).line(e.offset);
                    problems.push(Problem {
                        file: path.to_owned(),
                        line: Some(line),
                        column: None,
                        message: format!("{} syntax error: {}", format.name(), e.message),
                        fatal: true,
                    });
                    continue;
                }
            };
            insert_path(&mut root, &stem.split('/').collect::<Vec<_>>(), value);
        }
    }
    Value::map(root)
}

/// Puts `value` at a key path, keeping what is there (the project's data wins over a theme's).
#[cfg(feature = "templates")]
fn insert_path(map: &mut Map, keys: &[&str], value: Value) {
    let Some((first, rest)) = keys.split_first() else { return };
    if rest.is_empty() {
        match (map.get(first).cloned(), &value) {
            (Some(Value::Map(existing)), Value::Map(add)) => {
                let mut merged = (*existing).clone();
                for (k, v) in add.iter() {
                    if !merged.contains_key(k) {
                        merged.insert(k.clone(), v.clone());
                    }
                }
                map.insert(*first, Value::map(merged));
            }
            (Some(_), _) => {}
            (None, _) => map.insert(*first, value),
        }
        return;
    }
    let mut child = match map.get(first) {
        Some(Value::Map(m)) => (**m).clone(),
        _ => Map::new(),
    };
    insert_path(&mut child, rest, value);
    map.insert(*first, Value::map(child));
}
