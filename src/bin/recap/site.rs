//! Finding the Hugo site a post belongs to, and a renderer for it.
//!
//! A site is the nearest folder, walking up from a post, that holds
//! `hugo.{toml,yaml,json}`, `config.{…}` or `config/_default/` (Hugo's own
//! names). `recap::load_site` reads it and makes the model (config as
//! Hugo merges it, layouts, data, assets, pages); each post is rendered as
//! the site's page at its path, so its section, type, permalink and
//! section-scoped templates are Hugo's.

use crate::Fatal;
use recap::Site as Model;
use recap::{Options, Rendered, Renderer};
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
    /// `--environment ENV` (Hugo's; `production` by default, as `hugo` builds).
    pub environment: Option<String>,
}

/// One site and its renderer.
pub struct Site {
    /// The site's root folder.
    pub root: Option<PathBuf>,
    renderer: Arc<Renderer>,
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
    recap::find_site_root(&absolute(dir))
}

fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

impl Site {
    fn load(root: Option<PathBuf>, overrides: &Overrides) -> Result<Site, Fatal> {
        let environment = overrides.environment.as_deref().unwrap_or("production");
        let place = root.as_deref().map_or_else(|| "the config".to_owned(), |r| format!("site {}", r.display()));
        let mut model = match &root {
            Some(root) => recap::load_site(root, environment)
                .map_err(|e| Fatal(format!("{place}: cannot read it: {}", crate::files::io_reason(&e))))?,
            None => Model::from_options(&Options::default()),
        };
        if let Some(p) = model.problems.iter().find(|p| p.fatal) {
            let at = p.line.map_or_else(String::new, |l| format!(":{l}"));
            return Err(Fatal(format!("{place}: {}{at}: {}", p.file, p.message)));
        }
        if let Some(path) = &overrides.config {
            let text = std::fs::read_to_string(path)
                .map_err(|e| Fatal(format!("cannot read {}: {}", path.display(), crate::files::io_reason(&e))))?;
            let format = Options::format_for_path(&path.to_string_lossy());
            let mut options = Options::from_config(&text, format).map_err(|e| Fatal(format!("{}: {e}", path.display())))?;
            options.now = model.options.now;
            model.options = options;
        }
        if let Some(path) = &overrides.schema {
            model.options.schema = Some(read_schema(path)?);
        }
        for dir in &overrides.shortcodes {
            let templates = recap::load_templates(dir)
                .map_err(|e| Fatal(format!("cannot read shortcodes from {}: {}", dir.display(), crate::files::io_reason(&e))))?;
            for (name, text) in templates {
                model.layouts.add_shortcode(&name, &text);
            }
        }
        let root = root.map(|r| absolute(&r));
        Ok(Site { root, renderer: Arc::new(Renderer::for_site(Arc::new(model))) })
    }

    /// Where the site's pages are (`contentDir`, default `content`, or what the site mounts as content).
    pub fn content_sources(&self) -> Vec<PathBuf> {
        let Some(root) = &self.root else { return Vec::new() };
        self.renderer.site().content_sources().iter().map(|s| root.join(s)).collect()
    }

    /// Renders the post at `path` (which need not exist: stdin's name) as the site's page there.
    pub fn render(&self, path: &Path, source: &str) -> Rendered {
        // (Where the site's mounts put it: `content/en/a.md` may be the page `a.md`.)
        let rel = self.root.as_ref().and_then(|r| absolute(path).strip_prefix(r).ok().map(|p| p.to_string_lossy().replace('\\', "/")));
        let rel = rel.and_then(|p| self.renderer.site().content_path_of(&p));
        match rel {
            Some(rel) => self.renderer.render_page(source, &rel),
            None => self.renderer.render(source),
        }
    }
}

/// A JSON Schema in JSON or YAML.
fn read_schema(path: &Path) -> Result<serde_json::Value, Fatal> {
    let text = std::fs::read_to_string(path)
        .map_err(|e| Fatal(format!("cannot read schema {}: {}", path.display(), crate::files::io_reason(&e))))?;
    let format = Options::format_for_path(&path.to_string_lossy()).unwrap_or(recap::Format::Json);
    let doc = recap::internals::front_matter::parse_document(&text, format)
        .map_err(|e| Fatal(format!("schema {}: {}", path.display(), e.message)))?;
    let (_, unsupported) =
        recap::internals::front_matter::schema::Schema::compile(&doc).map_err(|e| Fatal(format!("schema {}: {e}", path.display())))?;
    for u in unsupported {
        eprintln!("recap: warning: schema {}: `{}` is not checked by Recap", path.display(), u.keyword);
    }
    Ok(doc)
}
