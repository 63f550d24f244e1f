//! The page map: which pages a site has, where each lives in Hugo's logical
//! tree (`/posts/post-1`), its kind, section, front matter (with `cascade`
//! applied), permalink and bundle resources — what `GetPage`, `ref`, `.Pages`
//! and link render hooks resolve against.

use super::files::{File, Files};
use crate::front_matter;
use serde_json::{Map, Value};
use std::collections::HashMap;

/// Hugo's page kinds that come from content.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The home page (`content/_index.md`, or made by Hugo).
    Home,
    /// A section (a top-level folder, or a folder with `_index.md`).
    Section,
    /// A regular page.
    Page,
}

impl Kind {
    /// Hugo's name for the kind.
    pub fn name(self) -> &'static str {
        match self {
            Kind::Home => "home",
            Kind::Section => "section",
            Kind::Page => "page",
        }
    }
}

/// One page of the site.
#[derive(Debug, Clone)]
pub struct Page {
    /// The content file, relative to `content/` (`blog/x/index.md`); none for
    /// a section or home Hugo makes without a file.
    pub file: Option<String>,
    /// The logical path (`/blog/x`, `/` for home), lowercase.
    pub path: String,
    /// The kind.
    pub kind: Kind,
    /// Whether the page is a bundle (`index.md` leaf, or a branch's `_index.md`).
    pub leaf_bundle: bool,
    /// The first path segment (`blog`), empty for home.
    pub section: String,
    /// The enclosing section (or home), by index.
    pub parent: Option<usize>,
    /// Pages whose parent this is, in content order.
    pub children: Vec<usize>,
    /// The front matter as written (keys as written), with cascaded values added.
    pub front_matter: Value,
    /// Hugo's `.Params`: lowercased keys, custom fields and the params map together.
    pub params: Value,
    /// `.Title`
    pub title: String,
    /// `.LinkTitle`
    pub link_title: String,
    /// `.Description`
    pub description: String,
    /// `.Type`: front matter `type`, else the section, else `page`.
    pub page_type: String,
    /// `.Layout`
    pub layout: String,
    /// `.Weight`
    pub weight: i64,
    /// `.Draft`
    pub draft: bool,
    /// `.Date`, with the offset and zone Hugo shows it in.
    pub date: Option<front_matter::date::Shown>,
    /// `.Lastmod`
    pub lastmod: Option<front_matter::date::Shown>,
    /// `.PublishDate`
    pub publish_date: Option<front_matter::date::Shown>,
    /// `.ExpiryDate`
    pub expiry_date: Option<front_matter::date::Shown>,
    /// The relative permalink (`/2019/07/11/announcing-linkerd-2.4/`).
    pub rel_permalink: String,
    /// The bundle's resources: paths relative to `content/`.
    pub resources: Vec<String>,
    /// For a branch: the cascade its descendants inherit, outermost first.
    cascade: Vec<Cascade>,
    /// With `hasCJKLanguage`: whether the page's file has a Han, Hangul,
    /// Hiragana or Katakana character (see [`crate::render::is_cjk_page`]:
    /// the file is not kept, so this is found as the page is read).
    cjk_script: bool,
    /// Hugo's `IsCJKLanguage` ([`crate::render::is_cjk_page`]), with the
    /// cascade applied; `.Params.iscjklanguage`.
    pub cjk: bool,
}

/// What the page map needs from the site's config.
#[derive(Debug, Clone, Default)]
pub struct Settings {
    /// The path part of `baseURL` (`/` or `/docs/`).
    pub base_path: String,
    /// `permalinks.page` (and the legacy flat form), by section.
    pub page_permalinks: HashMap<String, String>,
    /// `permalinks.section`, by section.
    pub section_permalinks: HashMap<String, String>,
    /// `uglyURLs`
    pub ugly_urls: bool,
    /// `disablePathToLower`
    pub keep_case: bool,
    /// `buildDrafts`, `buildFuture`, `buildExpired`.
    pub build_drafts: bool,
    /// `buildFuture`
    pub build_future: bool,
    /// `buildExpired`
    pub build_expired: bool,
    /// The current time (for future and expired pages); none: everything is published.
    pub now: Option<i64>,
    /// The environment (for cascade targets).
    pub environment: String,
    /// `cascade` from the site config.
    pub cascade: Value,
    /// `timeZone`: where dates written without a zone are.
    pub time_zone: front_matter::date::TimeZone,
    /// `hasCJKLanguage` (see [`crate::Options::has_cjk_language`]).
    pub has_cjk_language: bool,
}

impl Settings {
    /// Reads the settings from a merged (lowercase-keyed) config.
    pub fn from_config(config: &Value, environment: &str, now: Option<i64>) -> Settings {
        let mut s = Settings { environment: environment.to_owned(), now, ..Settings::default() };
        let base = config.get("baseurl").and_then(Value::as_str).unwrap_or("/");
        let after_scheme = base.split_once("://").map_or(base, |(_, rest)| rest.split_once('/').map_or("", |(_, p)| p));
        let path = if base.contains("://") { after_scheme.to_owned() } else { base.trim_start_matches('/').to_owned() };
        s.base_path = format!("/{}", path.trim_matches('/'));
        if !s.base_path.ends_with('/') {
            s.base_path.push('/');
        }
        let flag = |k: &str| config.get(k).and_then(Value::as_bool).unwrap_or(false);
        s.ugly_urls = flag("uglyurls");
        s.keep_case = flag("disablepathtolower");
        s.build_drafts = flag("builddrafts");
        s.build_future = flag("buildfuture");
        s.build_expired = flag("buildexpired");
        if let Some(Value::Object(p)) = config.get("permalinks") {
            for (k, v) in p {
                match (k.as_str(), v) {
                    ("page", Value::Object(m)) => {
                        s.page_permalinks.extend(m.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned()))))
                    }
                    ("section", Value::Object(m)) => {
                        s.section_permalinks.extend(m.iter().filter_map(|(k, v)| Some((k.clone(), v.as_str()?.to_owned()))))
                    }
                    (section, Value::String(pattern)) => {
                        s.page_permalinks.entry(section.to_owned()).or_insert_with(|| pattern.clone());
                    }
                    _ => {}
                }
            }
        }
        s.cascade = config.get("cascade").cloned().unwrap_or(Value::Null);
        s
    }
}

/// A problem with one content file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PageProblem {
    /// The file, relative to the site.
    pub file: String,
    /// What is wrong.
    pub message: String,
}

/// The site's pages.
#[derive(Debug, Clone, Default)]
pub struct PageMap {
    pages: Vec<Page>,
    by_path: HashMap<String, usize>,
    by_file: HashMap<String, usize>,
    /// Base names to pages, for `ref "name"`; `None` where the name is ambiguous.
    by_name: HashMap<String, Option<usize>>,
}

/// Content file extensions Hugo renders as pages.
const CONTENT_EXTENSIONS: &[&str] = &["md", "markdown", "mdown", "html", "htm", "org", "adoc", "asciidoc", "ad", "rst", "pandoc", "pdc"];

fn content_ext(path: &str) -> Option<&str> {
    let (_, ext) = path.rsplit_once('.')?;
    CONTENT_EXTENSIONS.contains(&ext.to_ascii_lowercase().as_str()).then_some(ext)
}

/// Hugo's normalization of a logical path: lowercase, spaces as hyphens.
pub fn normalize_path(path: &str) -> String {
    path.to_lowercase().replace(' ', "-")
}

/// The logical path of a content file (relative to `content/`), and whether it is a branch bundle (`_index`).
pub fn logical_path(file: &str) -> (String, bool) {
    let no_ext = file.rsplit_once('.').map_or(file, |(stem, _)| stem);
    let (dir, name) = no_ext.rsplit_once('/').unwrap_or(("", no_ext));
    let (base, branch) = match name {
        "_index" => (dir.to_owned(), true),
        "index" => (dir.to_owned(), false),
        _ if dir.is_empty() => (name.to_owned(), false),
        _ => (format!("{dir}/{name}"), false),
    };
    let base = base.trim_matches('/');
    (normalize_path(&format!("/{base}")), branch)
}

impl PageMap {
    /// Builds the page map from the site's `content/` files.
    pub fn build(files: &Files, settings: &Settings, problems: &mut Vec<PageProblem>) -> PageMap {
        let mut map = PageMap::default();
        // Content files and bundle resources.
        let mut contents: Vec<(String, String)> = Vec::new();
        let mut other: Vec<String> = Vec::new();
        for path in files.paths_under("content/") {
            let rel = &path["content/".len()..];
            match (content_ext(rel), files.get(path)) {
                (Some(_), Some(File::Text(text))) => contents.push((rel.to_owned(), text.clone())),
                _ => other.push(rel.to_owned()),
            }
        }
        // Leaf bundle folders: their files are resources, not pages.
        let leaf_dirs: Vec<String> = contents
            .iter()
            .filter_map(|(rel, _)| {
                let stem = rel.rsplit_once('.')?.0;
                let (dir, name) = stem.rsplit_once('/').unwrap_or(("", stem));
                (name == "index").then(|| format!("{dir}/"))
            })
            .collect();
        let in_leaf = |rel: &str| leaf_dirs.iter().any(|d| rel.starts_with(d.as_str()) && !rel[d.len()..].starts_with("index."));
        for (rel, text) in &contents {
            if in_leaf(rel) {
                other.push(rel.clone());
                continue;
            }
            let (path, branch) = logical_path(rel);
            let mut diagnostics = Vec::new();
            let fm = front_matter::parse(text, &mut diagnostics);
            if let Some(d) = diagnostics.iter().find(|d| d.severity == crate::diagnostic::Severity::Error) {
                problems.push(PageProblem { file: format!("content/{rel}"), message: d.message.clone() });
            }
            let kind = if path == "/" {
                Kind::Home
            } else if branch {
                Kind::Section
            } else {
                Kind::Page
            };
            let leaf_bundle = !branch && rel.rsplit('/').next().is_some_and(|n| n.starts_with("index."));
            let mut page = Page::new(Some(rel.clone()), path, kind, leaf_bundle, fm.value);
            page.cjk_script = settings.has_cjk_language && crate::go_unicode::has_cjk_script(text);
            map.add(page);
        }
        // Sections Hugo makes: every top-level folder with content, and home.
        let mut needed: Vec<String> = vec!["/".to_owned()];
        for p in &map.pages {
            if let Some(first) = p.path.trim_start_matches('/').split('/').next().filter(|f| !f.is_empty()) {
                if p.path.trim_start_matches('/').contains('/') || p.kind == Kind::Section {
                    needed.push(format!("/{first}"));
                }
            }
        }
        for path in needed {
            if !map.by_path.contains_key(&path) {
                let kind = if path == "/" { Kind::Home } else { Kind::Section };
                map.add(Page::new(None, path, kind, false, Value::Object(Map::new())));
            }
        }
        // Top-level regular pages that are folders' only content are still pages; parents:
        let sections: Vec<(String, usize)> =
            map.pages.iter().enumerate().filter(|(_, p)| p.kind != Kind::Page).map(|(i, p)| (p.path.clone(), i)).collect();
        for i in 0..map.pages.len() {
            if map.pages[i].kind == Kind::Home {
                continue;
            }
            let path = map.pages[i].path.clone();
            let parent = sections
                .iter()
                .filter(|(p, j)| *j != i && (p == "/" || path.starts_with(&format!("{p}/"))))
                .max_by_key(|(p, _)| p.len())
                .map(|(_, j)| *j);
            map.pages[i].parent = parent;
            if let Some(p) = parent {
                map.pages[p].children.push(i);
            }
        }
        // Resources of bundles.
        for rel in other {
            let owner = leaf_dirs
                .iter()
                .filter(|d| rel.starts_with(d.as_str()))
                .max_by_key(|d| d.len())
                .map(|d| format!("{d}index"))
                .or_else(|| rel.rsplit_once('/').map(|(dir, _)| format!("{dir}/_index")).or_else(|| Some("_index".to_owned())));
            let owner_page = owner.and_then(|o| {
                let (path, _) = logical_path(&format!("{o}.md"));
                map.by_path.get(&path).copied()
            });
            if let Some(i) = owner_page {
                if map.pages[i].leaf_bundle || map.pages[i].kind != Kind::Page {
                    map.pages[i].resources.push(rel);
                }
            }
        }
        map.cascade(settings);
        for i in 0..map.pages.len() {
            map.pages[i].finish(settings);
        }
        map.publish(settings);
        map.inherit_dates();
        for i in 0..map.pages.len() {
            let url = map.permalink(i, settings);
            map.pages[i].rel_permalink = url;
        }
        map
    }

    fn add(&mut self, page: Page) {
        let i = self.pages.len();
        self.by_path.insert(page.path.clone(), i);
        if let Some(f) = &page.file {
            self.by_file.insert(normalize_path(f), i);
        }
        if page.kind == Kind::Page {
            let name = page.path.rsplit('/').next().unwrap_or("").to_owned();
            self.by_name.entry(name).and_modify(|e| *e = None).or_insert(Some(i));
        }
        self.pages.push(page);
    }

    /// Applies `cascade` from the config and from each branch to its descendants.
    fn cascade(&mut self, settings: &Settings) {
        // Ancestors first: sort indexes by path depth.
        let mut order: Vec<usize> = (0..self.pages.len()).collect();
        order.sort_by_key(|&i| if self.pages[i].path == "/" { 0 } else { self.pages[i].path.matches('/').count() });
        for i in order {
            let chain = match self.pages[i].parent {
                Some(p) => self.pages[p].cascade.clone(),
                None => cascade_entries(&settings.cascade),
            };
            apply_cascade(&mut self.pages[i], chain, settings);
        }
    }

    /// The page a content file (relative to `content/`) with `front_matter`
    /// is, or would be if it were added: its place in the tree, the cascade
    /// its ancestors give it, its fields and permalink. (The editor's page,
    /// whose front matter may differ from the file's, or a new post.)
    pub fn page_for(&self, file: &str, source: &str, front_matter: Value, settings: &Settings) -> Page {
        let (path, branch) = logical_path(file);
        let kind = if path == "/" {
            Kind::Home
        } else if branch {
            Kind::Section
        } else {
            Kind::Page
        };
        let leaf_bundle = !branch && file.rsplit('/').next().is_some_and(|n| n.starts_with("index."));
        let mut page = Page::new(Some(file.to_owned()), path, kind, leaf_bundle, front_matter);
        page.cjk_script = settings.has_cjk_language && crate::go_unicode::has_cjk_script(source);
        let existing = self.by_path(&page.path).map(|i| &self.pages[i]);
        page.parent = match existing {
            Some(e) => e.parent,
            None => self
                .pages
                .iter()
                .enumerate()
                .filter(|(_, p)| {
                    p.kind != Kind::Page && p.path != page.path && (p.path == "/" || page.path.starts_with(&format!("{}/", p.path)))
                })
                .max_by_key(|(_, p)| p.path.len())
                .map(|(i, _)| i),
        };
        if let Some(e) = existing {
            page.children = e.children.clone();
            page.resources = e.resources.clone();
        }
        let chain = match page.parent {
            Some(p) => self.pages[p].cascade.clone(),
            None => cascade_entries(&settings.cascade),
        };
        apply_cascade(&mut page, chain, settings);
        page.finish(settings);
        page.rel_permalink = self.permalink_of(&page, settings);
        page
    }

    /// Drops drafts, future and expired pages, as `hugo` does by default.
    fn publish(&mut self, settings: &Settings) {
        let keep: Vec<bool> = self
            .pages
            .iter()
            .map(|p| {
                if p.file.is_none() {
                    return true;
                }
                let future = settings.now.zip(p.publish_date.as_ref().or(p.date.as_ref())).is_some_and(|(now, d)| d.at.seconds > now);
                let expired = settings.now.zip(p.expiry_date.as_ref()).is_some_and(|(now, d)| d.at.seconds <= now);
                (!p.draft || settings.build_drafts) && (!future || settings.build_future) && (!expired || settings.build_expired)
            })
            .collect();
        if keep.iter().all(|k| *k) {
            return;
        }
        let old = std::mem::take(&mut self.pages);
        let mut remap = vec![usize::MAX; old.len()];
        let mut kept = Vec::new();
        for (i, p) in old.into_iter().enumerate() {
            if keep[i] {
                remap[i] = kept.len();
                kept.push(p);
            }
        }
        *self = PageMap::default();
        for mut p in kept {
            p.parent = p.parent.map(|x| remap[x]).filter(|x| *x != usize::MAX);
            p.children = p.children.iter().map(|x| remap[*x]).filter(|x| *x != usize::MAX).collect();
            self.add(p);
        }
    }

    /// Hugo dates a section or home without dates of its own by its newest
    /// page: the latest `date` and `lastmod` among what it holds (deepest first).
    fn inherit_dates(&mut self) {
        let mut order: Vec<usize> = (0..self.pages.len()).filter(|&i| self.pages[i].kind != Kind::Page).collect();
        order.sort_by_key(|&i| std::cmp::Reverse(if self.pages[i].path == "/" { 0 } else { self.pages[i].path.matches('/').count() }));
        for i in order {
            let newest = |pick: fn(&Page) -> Option<&front_matter::date::Shown>| {
                self.pages[i].children.iter().filter_map(|&c| pick(&self.pages[c]).cloned()).max_by_key(|d| (d.at.seconds, d.at.nanos))
            };
            let date = newest(|p| p.date.as_ref());
            let lastmod = newest(|p| p.lastmod.as_ref());
            let page = &mut self.pages[i];
            if page.date.is_none() {
                page.date = date;
                if page.publish_date.is_none() {
                    page.publish_date = page.date.clone();
                }
            }
            if page.lastmod.is_none() {
                page.lastmod = lastmod.or_else(|| page.date.clone());
            }
        }
    }

    fn permalink(&self, i: usize, settings: &Settings) -> String {
        self.permalink_of(&self.pages[i], settings)
    }

    fn permalink_of(&self, page: &Page, settings: &Settings) -> String {
        let url = if let Some(url) = fm_str(&page.front_matter, "url").filter(|u| !u.is_empty()) {
            let mut u = url.to_owned();
            if !u.starts_with('/') && !u.contains("://") {
                u.insert(0, '/');
            }
            return u;
        } else {
            let pattern = match page.kind {
                Kind::Page => settings.page_permalinks.get(&page.section),
                Kind::Section => settings.section_permalinks.get(&page.section),
                Kind::Home => None,
            };
            match pattern {
                Some(p) => self.expand(p, page),
                None => self.default_url(page),
            }
        };
        let url = if settings.keep_case { url } else { url.to_lowercase() };
        // uglyURLs: a page is NAME.html, a section or home its folder's index.html.
        let mut url = if settings.ugly_urls && page.kind == Kind::Page && url.ends_with('/') && url.len() > 1 {
            format!("{}.html", url.trim_end_matches('/'))
        } else if settings.ugly_urls && page.kind != Kind::Page && url.ends_with('/') {
            format!("{url}index.html")
        } else {
            url
        };
        url = escape_url(&url);
        if !url.starts_with('/') {
            url.insert(0, '/');
        }
        format!("{}{}", settings.base_path.trim_end_matches('/'), url)
    }

    fn default_url(&self, page: &Page) -> String {
        match page.kind {
            Kind::Home => "/".to_owned(),
            Kind::Section => format!("{}/", urlize_path(&page.path)),
            Kind::Page => {
                let (dir, name) = page.path.rsplit_once('/').unwrap_or(("", &page.path));
                let name = fm_str(&page.front_matter, "slug").filter(|s| !s.is_empty()).map_or_else(|| name.to_owned(), str::to_owned);
                format!("{}/{}/", urlize_path(dir), urlize(&name))
            }
        }
    }

    /// Expands a permalink pattern's `:tokens` for a page.
    fn expand(&self, pattern: &str, page: &Page) -> String {
        // The date as it is shown (in its own zone), as Hugo reads `:year` from it.
        let date = page.date.as_ref().map(|d| civil(d.at.seconds + i64::from(d.offset)));
        let mut out = String::new();
        let mut rest = pattern;
        while let Some(at) = rest.find(':') {
            out.push_str(&rest[..at]);
            let after = &rest[at + 1..];
            let len = after.find(|c: char| !(c.is_ascii_alphanumeric() || c == '[' || c == ']')).unwrap_or(after.len());
            let token = &after[..len];
            let slug = fm_str(&page.front_matter, "slug").filter(|s| !s.is_empty());
            let base_name = page.path.rsplit('/').next().unwrap_or("");
            let value = match token {
                "year" => date.map(|(y, _, _)| format!("{y:04}")),
                "month" => date.map(|(_, m, _)| format!("{m:02}")),
                "day" => date.map(|(_, _, d)| format!("{d:02}")),
                "monthname" => date.map(|(_, m, _)| MONTHS[m as usize - 1].to_lowercase()),
                "section" => Some(page.section.clone()),
                // The sections the page is in (a folder without `_index` is none).
                "sections" => Some(match (page.kind, page.parent) {
                    (Kind::Page, Some(p)) => self.pages[p].path.trim_start_matches('/').to_owned(),
                    _ => page.path.trim_start_matches('/').rsplit_once('/').map_or("", |(d, _)| d).to_owned(),
                }),
                "title" => Some(urlize(&page.title)),
                "slug" => Some(slug.map_or_else(|| urlize(&page.title), urlize)),
                "filename" | "contentbasename" => Some(base_name.to_owned()),
                "slugorfilename" | "slugorcontentbasename" => Some(slug.map_or_else(|| base_name.to_owned(), urlize)),
                _ => None,
            };
            match value {
                Some(v) => out.push_str(&v),
                None => {
                    out.push(':');
                    out.push_str(token);
                }
            }
            rest = &after[len..];
        }
        out.push_str(rest);
        out
    }

    /// The page at a logical path.
    pub fn by_path(&self, path: &str) -> Option<usize> {
        if !super::LOADED {
            return None;
        }
        self.by_path.get(path).copied()
    }

    /// The page of a content file (relative to `content/`).
    pub fn by_file(&self, file: &str) -> Option<usize> {
        if !super::LOADED {
            return None;
        }
        self.by_file.get(&normalize_path(file)).copied()
    }

    /// The page with index `i`.
    pub fn get(&self, i: usize) -> &Page {
        &self.pages[i]
    }

    /// Every page.
    pub fn pages(&self) -> &[Page] {
        &self.pages
    }

    /// Hugo's `GetPage` from `context` (a page index, or the site when none):
    /// relative to the page first, then from the content root; with
    /// `reflink` (`ref`/`relref`), a bare name also finds a page by its
    /// unique base name.
    ///
    /// # Errors
    /// A bare name that more than one page has.
    pub fn get_page(&self, context: Option<usize>, reference: &str, reflink: bool) -> Result<Option<usize>, String> {
        if !super::LOADED {
            return Ok(None);
        }
        let in_ref = reference.replace('\\', "/");
        let in_ref = in_ref.trim_end_matches('/');
        let mut r = if in_ref.is_empty() { "/".to_owned() } else { in_ref.to_owned() };
        let had_ext = has_ext(&r);
        if !had_ext {
            r = if r == "/" { "/_index.md".to_owned() } else { format!("{r}.md") };
        }
        if let Some(c) = context.filter(|_| !r.starts_with('/')) {
            let page = &self.pages[c];
            let base = if page.kind != Kind::Page || (had_ext && r.starts_with("../")) {
                page.path.clone()
            } else {
                page.path.rsplit_once('/').map_or(String::new(), |(d, _)| d.to_owned())
            };
            let joined = join(&base, &r);
            if let Some(i) = self.by_path(&logical_path(joined.trim_start_matches('/')).0) {
                return Ok(Some(i));
            }
            if had_ext {
                // The reference as a file path beside the page's file.
                if let Some(file) = &page.file {
                    let dir = file.rsplit_once('/').map_or("", |(d, _)| d);
                    let target = join(&format!("/{dir}"), in_ref);
                    if let Some(i) = self.by_file(target.trim_start_matches('/')) {
                        return Ok(Some(i));
                    }
                }
            }
        }
        if r.starts_with('.') {
            return Ok(None);
        }
        let absolute = if r.starts_with('/') { r.clone() } else { format!("/{r}") };
        if let Some(i) = self.by_path(&logical_path(absolute.trim_start_matches('/')).0) {
            return Ok(Some(i));
        }
        if (reflink || context.is_none()) && !in_ref.contains('/') {
            let name = logical_path(&r).0.trim_start_matches('/').to_owned();
            return match self.by_name.get(&name) {
                Some(Some(i)) => Ok(Some(*i)),
                Some(None) => Err(format!("page reference {} is ambiguous", crate::go_unicode::quote(in_ref, false))),
                None => Ok(None),
            };
        }
        Ok(None)
    }
}

fn has_ext(r: &str) -> bool {
    let last = r.rsplit('/').next().unwrap_or(r);
    last.rsplit_once('.').is_some_and(|(stem, ext)| !stem.is_empty() && !ext.is_empty() && ext.bytes().all(|b| b.is_ascii_alphanumeric()))
        && content_ext(last).is_some()
}

/// `path.Join` of Go: joins and cleans `.` and `..`.
fn join(base: &str, rel: &str) -> String {
    let mut parts: Vec<&str> = Vec::new();
    for p in base.split('/').chain(rel.split('/')) {
        match p {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            p => parts.push(p),
        }
    }
    format!("/{}", parts.join("/"))
}

const MONTHS: [&str; 12] =
    ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/// Year, month, day of a timestamp (UTC).
pub(crate) fn civil(t: i64) -> (i64, u32, u32) {
    let z = t.div_euclid(86_400) + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + i64::from(m <= 2);
    (y, m, d)
}

/// Hugo's `URLize` of a path segment: lowercase is applied later; spaces become hyphens.
pub fn urlize(s: &str) -> String {
    // Hugo's `UnicodeSanitize`: letters, digits, marks and `./\_#+~-@` kept
    // (and `%` before two hex digits); a run of spaces between kept
    // characters becomes one hyphen (none next to a hyphen); the rest dropped.
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prepend_hyphen = false;
    let mut prev_hyphen = false;
    for (i, &r) in chars.iter().enumerate() {
        let allowed = matches!(r, '.' | '/' | '\\' | '_' | '#' | '+' | '~' | '-' | '@')
            || r.is_alphanumeric()
            || crate::go_unicode::is_mark(r)
            || (r == '%' && i + 2 < chars.len() && chars[i + 1].is_ascii_hexdigit() && chars[i + 2].is_ascii_hexdigit());
        if allowed {
            prev_hyphen = r == '-';
            if prepend_hyphen {
                if !prev_hyphen {
                    out.push('-');
                }
                prepend_hyphen = false;
            }
            out.push(r);
        } else if !out.is_empty() && !prev_hyphen && r.is_whitespace() {
            prepend_hyphen = true;
        }
    }
    out
}

/// A URL path as Go's `url.URL.String` writes it: bytes outside ASCII percent-encoded.
fn escape_url(url: &str) -> String {
    if url.is_ascii() {
        return url.to_owned();
    }
    let mut out = String::with_capacity(url.len() + 16);
    for b in url.bytes() {
        if b.is_ascii() {
            out.push(char::from(b));
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn urlize_path(path: &str) -> String {
    path.split('/').map(urlize).collect::<Vec<_>>().join("/")
}

fn fm_str<'a>(fm: &'a Value, key: &str) -> Option<&'a str> {
    fm.as_object()?.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).and_then(|(_, v)| v.as_str())
}

/// A front matter field, its key compared without regard to case (as Hugo reads front matter).
pub fn front_matter_field<'a>(fm: &'a Value, key: &str) -> Option<&'a Value> {
    fm_get(fm, key)
}

fn fm_get<'a>(fm: &'a Value, key: &str) -> Option<&'a Value> {
    fm.as_object()?.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)).map(|(_, v)| v)
}

/// Gives `page` what its ancestors cascade (`chain`, outermost first; the
/// page's own `cascade` too, for a branch): keys it does not set, nearest
/// first; then keeps, on a branch, the chain its descendants inherit.
fn apply_cascade(page: &mut Page, mut chain: Vec<Cascade>, settings: &Settings) {
    if page.kind != Kind::Page {
        if let Some(own) = page.front_matter.as_object().and_then(|o| o.iter().find(|(k, _)| k.eq_ignore_ascii_case("cascade"))) {
            chain.extend(cascade_entries(own.1));
        }
    }
    for (target, values) in chain.iter().rev() {
        if !target_matches(target, page, settings) {
            continue;
        }
        let Value::Object(fm) = &mut page.front_matter else { continue };
        for (k, v) in values {
            match (fm.iter_mut().find(|(key, _)| key.eq_ignore_ascii_case(k)), v) {
                (Some((_, Value::Object(existing))), Value::Object(add)) if k.eq_ignore_ascii_case("params") => {
                    for (pk, pv) in add {
                        if !existing.keys().any(|e| e.eq_ignore_ascii_case(pk)) {
                            existing.insert(pk.clone(), pv.clone());
                        }
                    }
                }
                (Some(_), _) => {}
                (None, v) => {
                    fm.insert(k.clone(), v.clone());
                }
            }
        }
    }
    if page.kind != Kind::Page {
        page.cascade = chain;
    }
}

/// `cascade` as (target, values) pairs: a map, or a list of maps, each with an optional `target`/`_target`.
/// One `cascade` entry: its target page matcher and the values it gives.
type Cascade = (Value, Map<String, Value>);

fn cascade_entries(v: &Value) -> Vec<Cascade> {
    let list: Vec<&Value> = match v {
        Value::Array(a) => a.iter().collect(),
        Value::Object(_) => vec![v],
        _ => Vec::new(),
    };
    list.into_iter()
        .filter_map(|e| {
            let mut m = e.as_object()?.clone();
            let target = m.remove("target").or_else(|| m.remove("_target")).unwrap_or(Value::Null);
            Some((target, m))
        })
        .collect()
}

/// Whether a cascade `target` page matcher matches the page.
fn target_matches(target: &Value, page: &Page, settings: &Settings) -> bool {
    let Some(t) = target.as_object() else { return true };
    let get = |k: &str| t.iter().find(|(key, _)| key.eq_ignore_ascii_case(k)).and_then(|(_, v)| v.as_str());
    if let Some(path) = get("path") {
        if !glob(path, &page.path) {
            return false;
        }
    }
    if let Some(kind) = get("kind") {
        if !glob(kind, page.kind.name()) {
            return false;
        }
    }
    if let Some(env) = get("environment") {
        if !glob(env, &settings.environment) {
            return false;
        }
    }
    true
}

/// Hugo's glob patterns (gobwas/glob with `/` as separator): `*`, `**`, `?`, `{a,b}`.
pub fn glob(pattern: &str, text: &str) -> bool {
    fn alternatives(p: &str) -> Vec<String> {
        if let (Some(open), Some(close)) = (p.find('{'), p.find('}')) {
            if open < close {
                let (pre, rest) = p.split_at(open);
                let inner = &rest[1..close - open];
                let post = &rest[close - open + 1..];
                return inner.split(',').flat_map(|alt| alternatives(&format!("{pre}{alt}{post}"))).collect();
            }
        }
        vec![p.to_owned()]
    }
    fn matches(p: &[u8], t: &[u8]) -> bool {
        match p.first() {
            None => t.is_empty(),
            Some(b'*') if p.get(1) == Some(&b'*') => (0..=t.len()).any(|i| matches(&p[2..], &t[i..])),
            Some(b'*') => (0..=t.len()).take_while(|&i| i == 0 || t[i - 1] != b'/').any(|i| matches(&p[1..], &t[i..])),
            Some(b'?') => !t.is_empty() && t[0] != b'/' && matches(&p[1..], &t[1..]),
            Some(c) => t.first() == Some(c) && matches(&p[1..], &t[1..]),
        }
    }
    alternatives(pattern).iter().any(|p| matches(p.as_bytes(), text.as_bytes()))
}

impl Page {
    /// Whether the page is in page collections (Hugo's `build.list`):
    /// `never` keeps it out of all of them, `local` out of the site-wide ones
    /// (`site.Pages`, `site.RegularPages`); `site_wide` says which is asked.
    pub fn listed(&self, site_wide: bool) -> bool {
        let list = fm_get(&self.front_matter, "build").and_then(|b| fm_str(b, "list")).unwrap_or("always");
        match list.to_ascii_lowercase().as_str() {
            "never" => false,
            "local" => !site_wide,
            _ => true,
        }
    }

    fn new(file: Option<String>, path: String, kind: Kind, leaf_bundle: bool, front_matter: Value) -> Page {
        // A regular page (or leaf bundle) at the root belongs to the home page: no section.
        let trimmed = path.trim_start_matches('/');
        let section =
            if kind == Kind::Page && !trimmed.contains('/') { String::new() } else { trimmed.split('/').next().unwrap_or("").to_owned() };
        Page {
            file,
            path,
            kind,
            leaf_bundle,
            section,
            parent: None,
            children: Vec::new(),
            front_matter,
            params: Value::Null,
            title: String::new(),
            link_title: String::new(),
            description: String::new(),
            page_type: String::new(),
            layout: String::new(),
            weight: 0,
            draft: false,
            date: None,
            lastmod: None,
            publish_date: None,
            expiry_date: None,
            rel_permalink: String::new(),
            resources: Vec::new(),
            cascade: Vec::new(),
            cjk_script: false,
            cjk: false,
        }
    }

    /// Reads the fields Hugo gives pages from the (cascaded) front matter.
    fn finish(&mut self, settings: &Settings) {
        let fm = &self.front_matter;
        let s = |k: &str| fm_str(fm, k).unwrap_or("").to_owned();
        self.title = s("title");
        if self.title.is_empty() && self.kind != Kind::Page && self.file.is_none() {
            // Hugo's automatic title for a section it made: the folder name, title-cased.
            let name = self.path.rsplit('/').next().unwrap_or("");
            let mut chars = name.chars();
            self.title = chars.next().map(|c| c.to_uppercase().collect::<String>() + chars.as_str()).unwrap_or_default();
        }
        self.link_title = fm_str(fm, "linkTitle").filter(|t| !t.is_empty()).map_or_else(|| self.title.clone(), str::to_owned);
        self.description = s("description");
        self.layout = s("layout");
        self.page_type = fm_str(fm, "type")
            .filter(|t| !t.is_empty())
            .map_or_else(|| if self.section.is_empty() { "page".to_owned() } else { self.section.clone() }, str::to_owned);
        self.weight = fm_get(fm, "weight").and_then(Value::as_i64).unwrap_or(0);
        self.draft = fm_get(fm, "draft").and_then(Value::as_bool).unwrap_or(false);
        let zone = &settings.time_zone;
        let date = |keys: &[&str]| {
            keys.iter().find_map(|k| {
                let written = match fm_get(fm, k)? {
                    Value::String(s) => front_matter::date::Written::Text(s),
                    Value::Number(n) if n.is_i64() => front_matter::date::Written::Integer(n.as_i64()?),
                    _ => return None,
                };
                front_matter::date::shown(written, zone)
            })
        };
        self.date = date(&["date"]);
        self.publish_date = date(&["publishDate", "pubdate", "published"]).or_else(|| self.date.clone());
        self.lastmod = date(&["lastmod", "modified"]).or_else(|| self.date.clone());
        self.expiry_date = date(&["expiryDate", "unpublishdate"]);
        if self.date.is_none() {
            self.date = self.publish_date.clone();
        }
        // `.Params`: custom top-level fields, then the `params` map over them, keys lowercased.
        let mut params = Map::new();
        if let Value::Object(o) = fm {
            // Hugo keeps a branch's own `cascade` among its params.
            for (k, v) in o {
                if !k.eq_ignore_ascii_case("params") {
                    params.insert(k.to_lowercase(), v.clone());
                }
            }
            if let Some((_, Value::Object(p))) = o.iter().find(|(k, _)| k.eq_ignore_ascii_case("params")) {
                for (k, v) in p {
                    params.insert(k.to_lowercase(), v.clone());
                }
            }
        }
        params.entry("draft".to_owned()).or_insert(Value::Bool(self.draft));
        // Hugo's `IsCJKLanguage`, as a boolean whatever the front matter wrote.
        self.cjk = crate::render::said_cjk(fm).unwrap_or(self.cjk_script);
        params.insert("iscjklanguage".to_owned(), Value::Bool(self.cjk));
        self.params = Value::Object(params);
    }
}

// (Pages are built only where sites load: the `templates` feature.)
#[cfg(all(test, feature = "templates"))]
mod tests {
    use super::*;

    fn site(list: &[(&str, &str)], config: &str) -> PageMap {
        let mut f = Files::default();
        for (p, t) in list {
            f.insert_text(&format!("content/{p}"), t);
        }
        let config: Value = crate::front_matter::parse_document(config, crate::front_matter::Format::Yaml).unwrap();
        let settings = Settings::from_config(&super::super::config::lowercase_keys(config), "production", None);
        let mut problems = Vec::new();
        PageMap::build(&f, &settings, &mut problems)
    }

    #[test]
    fn dates_keep_the_zone_they_are_shown_in_and_build_list_hides_pages() {
        let m = site(
            &[
                ("posts/a.md", "---\ntitle: A\ndate: 2024-01-15T00:30:00+02:00\nlastmod: 2024-01-16\n---\n"),
                ("b.md", "---\ntitle: B\nbuild:\n  list: never\n---\n"),
                ("c.md", "---\ntitle: C\nbuild:\n  list: local\n---\n"),
            ],
            "permalinks:\n  posts: /:year/:month/:day/\n",
        );
        let a = m.get(m.by_file("posts/a.md").unwrap());
        let date = a.date.as_ref().unwrap();
        assert_eq!((date.offset, date.zone.as_str()), (7200, ""), "a written offset that is not the site's should be kept, unnamed");
        assert_eq!(
            a.lastmod.as_ref().map(|d| (d.offset, d.zone.as_str())),
            Some((0, "UTC")),
            "a date without a zone should be in the site's"
        );
        assert_eq!(a.rel_permalink, "/2024/01/15/", "permalink dates should be read in the date's own zone");
        assert!(!m.get(m.by_file("b.md").unwrap()).listed(false), "build.list never should keep a page out of every list");
        let c = m.get(m.by_file("c.md").unwrap());
        assert!(c.listed(false) && !c.listed(true), "build.list local should keep a page out of site-wide lists only");
        assert_eq!((c.section.as_str(), c.page_type.as_str()), ("", "page"), "a page at the root should have no section, and type page");
    }

    #[test]
    fn urls_sections_and_section_dates_follow_hugo() {
        assert_eq!(urlize("Ünïcödé & Spaces Title"), "Ünïcödé-Spaces-Title", "a run of spaces and dropped characters should be one hyphen");
        assert_eq!(urlize("a - b"), "a-b");
        let m = site(
            &[
                ("articles/x.md", "---\ntitle: Ünï & Co\n---\n"),
                ("docs/_index.md", "---\ntitle: Docs\ncascade:\n  params:\n    c: 1\n---\n"),
                ("docs/guide/_index.md", "---\ntitle: Guide\n---\n"),
                ("docs/guide/deeper/step.md", "---\ntitle: Step\ndate: 2024-02-01\n---\n"),
            ],
            "permalinks:\n  page:\n    docs: /:sections/:filename/\n    articles: /a/:title/\n",
        );
        let page = |f: &str| m.get(m.by_file(f).unwrap());
        assert_eq!(page("articles/x.md").rel_permalink, "/a/%C3%BCn%C3%AF-co/", "non-ASCII should be percent-encoded as Go writes URLs");
        assert_eq!(page("docs/guide/deeper/step.md").rel_permalink, "/docs/guide/step/", ":sections should be the sections the page is in");
        assert_eq!(
            page("docs/_index.md").date.as_ref().map(|d| d.at.seconds),
            page("docs/guide/deeper/step.md").date.as_ref().map(|d| d.at.seconds),
            "a section should take its newest page's date"
        );
        assert!(page("docs/_index.md").params.get("cascade").is_some(), "a branch should keep its cascade among its params");
        let ugly = site(
            &[("_index.md", "---\ntitle: H\n---\n"), ("posts/_index.md", "---\ntitle: P\n---\n"), ("posts/a.md", "---\ntitle: A\n---\n")],
            "uglyURLs: true\n",
        );
        let url = |f: &str| ugly.get(ugly.by_file(f).unwrap()).rel_permalink.clone();
        assert_eq!(
            (url("_index.md"), url("posts/_index.md"), url("posts/a.md")),
            ("/index.html".into(), "/posts/index.html".into(), "/posts/a.html".into())
        );
    }

    #[test]
    fn logical_paths_follow_hugo() {
        assert_eq!(logical_path("_index.md"), ("/".to_owned(), true));
        assert_eq!(logical_path("posts/_index.md"), ("/posts".to_owned(), true));
        assert_eq!(logical_path("posts/Post 1.md"), ("/posts/post-1".to_owned(), false));
        assert_eq!(logical_path("posts/b/index.md"), ("/posts/b".to_owned(), false));
    }

    #[test]
    fn permalinks_from_patterns_slugs_and_urls() {
        let m = site(
            &[
                ("blog/2019/x/index.md", "---\ntitle: A Post\ndate: 2019-07-11T00:00:00Z\nslug: announcing-2.4\n---\n"),
                ("blog/2019/y.md", "---\ntitle: Hello World\ndate: 2020-01-02\n---\n"),
                ("docs/_index.md", "---\ntitle: Docs\ncascade:\n  type: docs\n  params:\n    noIndex: true\n---\n"),
                ("docs/a/b.md", "---\ntitle: B\nparams:\n  noindex: false\n---\n"),
                ("about.md", "---\ntitle: About\nurl: /about-us/\n---\n"),
            ],
            "baseURL: https://example.org/sub/\npermalinks:\n  page:\n    blog: /:year/:month/:day/:slug/\n",
        );
        let url = |p: &str| m.get(m.by_path(p).unwrap()).rel_permalink.clone();
        assert_eq!(url("/blog/2019/x"), "/sub/2019/07/11/announcing-2.4/");
        assert_eq!(url("/blog/2019/y"), "/sub/2020/01/02/hello-world/", "the slug token falls back to the title");
        assert_eq!(url("/docs/a/b"), "/sub/docs/a/b/");
        assert_eq!(url("/docs"), "/sub/docs/");
        assert_eq!(url("/about"), "/about-us/", "url replaces the permalink as written");
        let b = m.get(m.by_path("/docs/a/b").unwrap());
        assert_eq!(b.page_type, "docs", "cascade gives descendants the type");
        assert_eq!(b.params["noindex"], false, "a page's own param wins over a cascaded one");
        assert_eq!(m.get(m.by_path("/docs").unwrap()).page_type, "docs", "a section's own type comes from its section name");
    }

    #[test]
    fn get_page_resolves_as_hugo_does() {
        let m = site(
            &[
                ("works/_index.md", "---\ntitle: Works\n---\n"),
                ("works/paintings/_index.md", "---\ntitle: Paintings\n---\n"),
                ("works/paintings/starry-night.md", "---\ntitle: Starry Night\n---\n"),
                ("works/paintings/the-mona-lisa.md", "---\ntitle: Mona Lisa\n---\n"),
                ("works/sculptures/_index.md", "---\ntitle: Sculptures\n---\n"),
                ("works/sculptures/david/index.md", "---\ntitle: David\n---\n"),
            ],
            "title: x\n",
        );
        let mona = m.by_path("/works/paintings/the-mona-lisa");
        let title = |r: &str| m.get_page(mona, r, false).unwrap().map(|i| m.get(i).title.clone());
        assert_eq!(title("starry-night").as_deref(), Some("Starry Night"));
        assert_eq!(title("./starry-night").as_deref(), Some("Starry Night"));
        assert_eq!(title("../paintings/starry-night").as_deref(), Some("Starry Night"));
        assert_eq!(title("/works/paintings/starry-night").as_deref(), Some("Starry Night"));
        assert_eq!(title("../sculptures/david").as_deref(), Some("David"));
        assert_eq!(title("../sculptures/david/").as_deref(), Some("David"), "a trailing slash is ignored");
        assert_eq!(title("starry-night.md").as_deref(), Some("Starry Night"), "a file name beside the page");
        assert_eq!(title("david"), None, "a bare name is not looked up site-wide from a page");
        assert_eq!(m.get_page(mona, "david", true).unwrap().map(|i| m.get(i).title.clone()).as_deref(), Some("David"), "but ref finds it");
        assert_eq!(m.get_page(None, "/", false).unwrap().map(|i| m.get(i).kind), Some(Kind::Home));
    }

    #[test]
    fn globs() {
        assert!(glob("{/books,/books/**}", "/books/a/b"));
        assert!(glob("/books/*", "/books/a") && !glob("/books/*", "/books/a/b"));
    }
}
