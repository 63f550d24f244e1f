//! A site's templates for content: shortcodes, partials and render hooks,
//! found as Hugo finds them (v0.146's template system, with the older folders
//! mapped onto it): `layouts/_shortcodes/`, `layouts/_partials/`,
//! `layouts/_markup/`, the same `_shortcodes`/`_markup` folders under a page
//! path (`layouts/docs/_shortcodes/` serves pages under `/docs`), the legacy
//! `shortcodes/`, `partials/` and `_default/_markup/` folders, and each theme's
//! `layouts/` under the project's. Every template is parsed once, when the
//! site loads.

use super::files::{File, Files};
use crate::template::{self, Template, TemplateError};
use std::collections::HashMap;
use std::sync::Arc;

/// What a template is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// `_shortcodes/NAME.html`
    Shortcode,
    /// `_partials/NAME.html`
    Partial,
    /// `_markup/render-KIND.html`
    Markup,
}

/// One template file.
#[derive(Debug, Clone)]
pub struct Layout {
    /// What it is for.
    pub role: Role,
    /// The name it is looked up by: a shortcode's name (`note`, `docs/note`),
    /// a partial's path without extension (`components/alert`), a hook's kind
    /// (`render-link`, `render-codeblock-go`).
    pub name: String,
    /// The page path it serves, as segments (`["docs"]`); empty for the whole site.
    pub scope: Vec<String>,
    /// Identifiers in the file name between the name and the extension (`en`, `html`, `page`).
    pub identifiers: Vec<String>,
    /// 0 for the project, 1 + n for the nth theme.
    pub origin: usize,
    /// The file, relative to the site (`layouts/_shortcodes/note.html`).
    pub file: String,
    /// The parsed template, or why it does not parse.
    pub template: Result<Arc<Template>, TemplateError>,
    /// The template's text (for a shortcode whose template does not parse:
    /// whether it reads `.Inner` is still known from the text).
    pub source: Arc<str>,
}

/// The context a lookup is made for.
#[derive(Debug, Clone, Default)]
pub struct Lookup<'a> {
    /// The page's path segments, with the first one replaced by the page's
    /// `type` when it has one (Hugo: type replaces the section folder).
    pub path: Vec<&'a str>,
    /// The page's kind (`page`, `section`, `home`).
    pub kind: &'a str,
    /// The page's `layout`.
    pub layout: &'a str,
    /// The language (`en`).
    pub lang: &'a str,
}

/// All the content templates of a site.
#[derive(Debug, Clone, Default)]
pub struct Layouts {
    entries: Vec<Layout>,
    /// Every template file's path as Hugo's template store finds it,
    /// lowercased: as written and, for the legacy folders, under their new
    /// names too (see [`store_path`]).
    paths: std::collections::HashSet<String>,
    /// Templates named with `define`/`block`, by name: the template file that defines each.
    defines: HashMap<String, Arc<Template>>,
}

impl Layouts {
    /// Reads the templates from `files`, for the project and then each theme.
    pub fn load(files: &Files, themes: &[String]) -> Layouts {
        let mut entries = Vec::new();
        let roots: Vec<(usize, String)> = std::iter::once((0, "layouts/".to_owned()))
            .chain(themes.iter().enumerate().map(|(i, t)| (i + 1, format!("themes/{t}/layouts/"))))
            .collect();
        let mut paths = std::collections::HashSet::new();
        for (origin, root) in roots {
            for path in files.paths_under(&root) {
                let Some(File::Text(text)) = files.get(path) else { continue };
                let rel = &path[root.len()..];
                paths.insert(format!("/{}", rel.to_ascii_lowercase()));
                paths.insert(store_path(rel));
                if let Some(layout) = classify(rel, origin, path, text) {
                    entries.push(layout);
                }
            }
        }
        let mut layouts = Layouts { entries, paths, defines: HashMap::new() };
        layouts.share_defines();
        layouts
    }

    /// Hugo's one template namespace: every `define` of every template is
    /// reachable by name from the others (themes read first, so the project's
    /// win; within each, files in path order, the last definition winning,
    /// an empty one replacing none). A definition named like a partial
    /// (`_partials/inline/foo.html`) is a partial too.
    fn share_defines(&mut self) {
        // Without the engine no template parses: there is nothing to share.
        #[cfg(feature = "templates")]
        {
            let mut order: Vec<usize> = (0..self.entries.len()).collect();
            order.sort_by_key(|&i| std::cmp::Reverse(self.entries[i].origin));
            let mut partials = Vec::new();
            for i in order {
                let Ok(t) = &self.entries[i].template else { continue };
                let mut names: Vec<&String> = t.defines.keys().collect();
                names.sort();
                for name in names {
                    if t.defines_empty(name) && self.defines.contains_key(name) {
                        continue;
                    }
                    self.defines.insert(name.clone(), t.clone());
                    let bare = name.strip_prefix("_partials/").or_else(|| name.strip_prefix("partials/"));
                    if let (Some(bare), Some(as_partial)) = (bare, t.defined(name)) {
                        let stem = bare.strip_suffix(".html").unwrap_or(bare);
                        partials.push(Layout {
                            role: Role::Partial,
                            name: stem.to_owned(),
                            scope: Vec::new(),
                            identifiers: Vec::new(),
                            origin: self.entries[i].origin,
                            file: self.entries[i].file.clone(),
                            template: Ok(Arc::new(as_partial)),
                            source: self.entries[i].source.clone(),
                        });
                    }
                }
            }
            // Partial files are found before definitions of the same name.
            self.entries.extend(partials);
        }
    }

    /// The template that defines `name`, among all of the site's.
    pub fn define(&self, name: &str) -> Option<Arc<Template>> {
        self.defines.get(name).cloned()
    }

    /// Adds a template given by name (the `recap.shortcodes` option), as if it were `layouts/_shortcodes/NAME.html`.
    pub fn add_shortcode(&mut self, name: &str, text: &str) {
        let file = format!("layouts/_shortcodes/{name}.html");
        self.entries.push(Layout {
            role: Role::Shortcode,
            name: name.to_owned(),
            scope: Vec::new(),
            identifiers: Vec::new(),
            origin: 0,
            template: template::parse(&file, text).map(Arc::new),
            source: Arc::from(text),
            file,
        });
    }

    /// Every template.
    pub fn iter(&self) -> impl Iterator<Item = &Layout> {
        self.entries.iter()
    }

    /// The template Hugo would use for `role` and `name` in the context `at`:
    /// identifiers must all match; more matching identifiers win, then the
    /// closest page-path folder, then the project over a theme.
    pub fn find(&self, role: Role, name: &str, at: &Lookup<'_>) -> Option<&Layout> {
        type Score = (usize, usize, std::cmp::Reverse<usize>);
        let mut best: Option<(&Layout, Score)> = None;
        for l in self.entries.iter().filter(|l| l.role == role && l.name == name) {
            if l.scope.len() > at.path.len() || !l.scope.iter().zip(&at.path).all(|(a, b)| a == b) {
                continue;
            }
            let mut matched = 0;
            let mut ok = true;
            for id in &l.identifiers {
                let hit = id == at.lang
                    || id == "html"
                    || id == at.kind
                    || (!at.layout.is_empty() && id == at.layout)
                    || id == "all"
                    || (id == "single" && at.kind == "page")
                    || (id == "list" && at.kind != "page");
                if hit {
                    matched += 1;
                } else {
                    ok = false;
                }
            }
            if !ok {
                continue;
            }
            let score = (matched, l.scope.len(), std::cmp::Reverse(l.origin));
            if best.as_ref().is_none_or(|(_, s)| score > *s) {
                best = Some((l, score));
            }
        }
        best.map(|(l, _)| l)
    }

    /// `templates.Exists PATH`: whether a template file of the project or a
    /// theme is one Hugo's template store finds at `PATH`, in any case (a
    /// legacy `partials/x.html` at `_partials/x.html` too, but not the other
    /// way round; `_default/single.html` at `single.html`).
    pub fn exists(&self, path: &str) -> bool {
        self.paths.contains(&format!("/{}", path.trim_start_matches('/').to_ascii_lowercase()))
    }

    /// The file of the template named `name` (`_partials/foo.html`), if it is one of these.
    #[cfg(feature = "templates")]
    pub fn file_of(&self, name: &str) -> Option<&str> {
        self.entries.iter().find(|l| l.template.as_ref().is_ok_and(|t| &*t.name == name)).map(|l| l.file.as_str())
    }

    /// A partial by the name `partial` is called with (`components/alert`, `foo.html`).
    pub fn partial(&self, name: &str) -> Option<&Layout> {
        let name = name.trim_start_matches('/');
        let name = name.strip_prefix("partials/").or_else(|| name.strip_prefix("_partials/")).unwrap_or(name);
        let bare = name.strip_suffix(".html").unwrap_or(name);
        self.entries
            .iter()
            .filter(|l| l.role == Role::Partial && (l.name == bare || l.name == name))
            .min_by_key(|l| (l.identifiers.len(), l.origin))
    }
}

/// A path under `layouts/` as Hugo's template store (0.146+) names its
/// template: `/` first, lowercased, with the legacy folders under their new
/// names (`partials/` is `_partials/`, `shortcodes/` is `_shortcodes/`, and
/// `_default/` is the root). (tests/data/hugo-sites/shortcodes/templates-namespace.)
fn store_path(rel: &str) -> String {
    let rel = rel.trim_start_matches('/').to_ascii_lowercase();
    let rel = match rel.split_once('/') {
        Some(("partials", rest)) => format!("_partials/{rest}"),
        Some(("shortcodes", rest)) => format!("_shortcodes/{rest}"),
        Some(("_default", rest)) => rest.to_owned(),
        _ => rel,
    };
    format!("/{rel}")
}

/// What a file under `layouts/` is, if it is a content template.
fn classify(rel: &str, origin: usize, file: &str, text: &str) -> Option<Layout> {
    let segments: Vec<&str> = rel.split('/').collect();
    // The folder that gives the role, and the page-path scope before it.
    let (index, role) = segments.iter().enumerate().find_map(|(i, s)| {
        let role = match *s {
            "_shortcodes" | "shortcodes" => Role::Shortcode,
            "_partials" | "partials" => Role::Partial,
            "_markup" => Role::Markup,
            _ => return None,
        };
        Some((i, role))
    })?;
    let mut scope: Vec<String> = segments[..index].iter().map(|s| (*s).to_owned()).collect();
    // The legacy folders live only at the root; `_default` is the root.
    if matches!(segments[index], "shortcodes" | "partials") && index != 0 {
        return None;
    }
    if scope.first().map(String::as_str) == Some("_default") {
        scope.remove(0);
    }
    if role == Role::Partial && !scope.is_empty() {
        return None;
    }
    let rest = &segments[index + 1..];
    let (last, dirs) = rest.split_last()?;
    let mut parts: Vec<&str> = last.split('.').collect();
    if parts.len() < 2 {
        return None;
    }
    let ext = parts.pop()?;
    if !matches!(ext, "html" | "htm" | "xml" | "json" | "txt") {
        return None;
    }
    if role == Role::Partial {
        // A partial is named by its path without the extension (dots kept: `foo.bar.html` is `foo.bar`).
        let stem = parts.join(".");
        let name = dirs.iter().copied().chain(std::iter::once(stem.as_str())).collect::<Vec<_>>().join("/");
        return Some(layout(role, name, scope, Vec::new(), origin, file, text));
    }
    let base = parts.remove(0);
    let identifiers: Vec<String> = parts.iter().map(|p| p.to_ascii_lowercase()).filter(|p| !(ext == "html" && p == "html")).collect();
    let name = dirs.iter().copied().chain(std::iter::once(base)).collect::<Vec<_>>().join("/");
    Some(layout(role, name, scope, identifiers, origin, file, text))
}

fn layout(role: Role, name: String, scope: Vec<String>, identifiers: Vec<String>, origin: usize, file: &str, text: &str) -> Layout {
    Layout {
        role,
        name,
        scope,
        identifiers,
        origin,
        file: file.to_owned(),
        template: template::parse(file, text).map(Arc::new),
        source: Arc::from(text),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_templates_by_role_scope_and_origin() {
        let mut f = Files::default();
        for p in [
            "layouts/_shortcodes/note.html",
            "layouts/docs/_shortcodes/note.html",
            "layouts/shortcodes/legacy.html",
            "layouts/_partials/components/alert.html",
            "layouts/partials/old.html",
            "layouts/_markup/render-link.html",
            "layouts/_default/_markup/render-image.html",
            "layouts/docs/api/_markup/render-link.html",
            "layouts/_markup/render-codeblock-go.html",
            "themes/t/layouts/_shortcodes/themed.html",
            "themes/t/layouts/_shortcodes/note.html",
            "layouts/_shortcodes/multi.fr.html",
            "layouts/page.html",
        ] {
            f.insert_text(p, "x");
        }
        let l = Layouts::load(&f, &["t".to_owned()]);
        let at = |path: &'static [&'static str]| Lookup { path: path.to_vec(), kind: "page", layout: "", lang: "en" };
        let file = |role, name, path| l.find(role, name, &at(path)).map(|x| x.file.as_str());
        assert_eq!(file(Role::Shortcode, "note", &["blog", "x"]), Some("layouts/_shortcodes/note.html"));
        assert_eq!(file(Role::Shortcode, "note", &["docs", "x"]), Some("layouts/docs/_shortcodes/note.html"), "the page-path folder wins");
        assert_eq!(file(Role::Shortcode, "legacy", &[]), Some("layouts/shortcodes/legacy.html"));
        assert_eq!(file(Role::Shortcode, "themed", &[]), Some("themes/t/layouts/_shortcodes/themed.html"));
        assert_eq!(file(Role::Markup, "render-link", &["docs", "api", "x"]), Some("layouts/docs/api/_markup/render-link.html"));
        assert_eq!(file(Role::Markup, "render-link", &["docs", "x"]), Some("layouts/_markup/render-link.html"));
        assert_eq!(file(Role::Markup, "render-image", &[]), Some("layouts/_default/_markup/render-image.html"));
        assert_eq!(file(Role::Shortcode, "multi", &[]), None, "a template for another language is not used");
        assert_eq!(l.partial("components/alert").map(|x| x.file.as_str()), Some("layouts/_partials/components/alert.html"));
        assert_eq!(l.partial("components/alert.html").map(|x| x.file.as_str()), Some("layouts/_partials/components/alert.html"));
        assert_eq!(l.partial("old.html").map(|x| x.file.as_str()), Some("layouts/partials/old.html"));
        assert!(l.iter().all(|x| x.file != "layouts/page.html"), "page templates are not content templates");
    }
}
