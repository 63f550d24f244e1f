//! The objects a site's templates see: `site`, `hugo`, pages, resources,
//! scratch pads, the shortcode context and the render hooks' contexts — each
//! with the fields and methods Hugo documents, read from the site model.

use super::page::PageContext;
use super::pages::{Kind, Page};
use super::Site;
#[cfg(feature = "templates")]
use crate::template::funcs::time::Time;
use crate::template::value::{from_json, Map, Object, Safe, Value};
use crate::template::Cx;
use std::any::Any;
use std::sync::{Arc, Mutex};

/// Hugo's version, as `hugo.Version` reports it.
pub const HUGO_VERSION: &str = "0.168.0";

fn arg_str(args: &[Value], i: usize, what: &str) -> Result<String, String> {
    args.get(i).map(Value::text).ok_or_else(|| format!("{what} needs an argument"))
}

/// `site` / `.Site`.
pub struct SiteObject(pub Arc<Site>);

impl Object for SiteObject {
    fn type_name(&self) -> &str {
        "*hugolib.siteWrapper"
    }

    fn member(&self, name: &str, args: &[Value], cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        let site = &self.0;
        let config_str = |k: &str| Value::from(site.config.get(k).and_then(|v| v.as_str()).unwrap_or(""));
        Ok(Some(match name {
            "Params" => site.params.clone(),
            "Data" => {
                cx.host.deprecated(".Site.Data", "Use hugo.Data instead.", "v0.156.0");
                site.data.clone()
            }
            "Title" => Value::from(site.title()),
            "BaseURL" => Value::from(site.base_url()),
            "LanguageCode" => {
                cx.host.deprecated(".Site.LanguageCode", "Use .Site.Language.Locale instead.", "v0.158.0");
                config_str("languagecode")
            }
            "Copyright" => config_str("copyright"),
            "Home" => page_value(site, site.pages.by_path("/"), None),
            "GetPage" => {
                let reference = args.last().map(Value::text).unwrap_or_default();
                match site.pages.get_page(None, &reference, false)? {
                    Some(i) => page_value(site, Some(i), None),
                    None => Value::object(NopPage),
                }
            }
            "AllPages" => {
                cx.host.deprecated(".Site.AllPages", "See https://discourse.gohugo.io/t/56732.", "v0.156.0");
                pages_list(site, site.pages.pages().iter().enumerate().filter(|(_, p)| p.listed(true)).map(|(i, _)| i).collect())
            }
            "Pages" => pages_list(site, site.pages.pages().iter().enumerate().filter(|(_, p)| p.listed(true)).map(|(i, _)| i).collect()),
            "RegularPages" => pages_list(
                site,
                site.pages.pages().iter().enumerate().filter(|(_, p)| p.kind == Kind::Page && p.listed(true)).map(|(i, _)| i).collect(),
            ),
            "MainSections" => main_sections(site),
            "Sections" => match site.pages.by_path("/") {
                Some(home) => pages_list(
                    site,
                    site.pages.get(home).children.iter().copied().filter(|&c| site.pages.get(c).kind == Kind::Section).collect(),
                ),
                None => Value::list(Vec::new()),
            },
            "Language" => Value::object(LanguageObject(site.clone())),
            "Lang" => Value::from(site.language()),
            "LanguagePrefix" => Value::from(site.language_prefix()),
            "IsMultiLingual" => Value::Bool(site.multilingual()),
            "BuildDrafts" => {
                cx.host.deprecated(".Site.BuildDrafts", "See https://discourse.gohugo.io/t/56732.", "v0.156.0");
                Value::Bool(site.settings.build_drafts)
            }
            "Config" => Value::map(Map::new()),
            "Menus" | "Taxonomies" => {
                from_json(site.config.get(if name == "Menus" { "menus" } else { "taxonomies" }).unwrap_or(&serde_json::Value::Null), false)
            }
            "Hugo" => Value::object(HugoObject(site.clone())),
            "Sites" => {
                cx.host.deprecated(".Site.Sites and .Page.Sites", "Use hugo.Sites instead.", "v0.156.0");
                Value::list(vec![Value::object(SiteObject(site.clone()))])
            }
            "Store" => Value::object(Scratch(site.stores.site.clone())),
            "String" => Value::from(format!("Site({})", site.title())),
            _ => return Ok(None),
        }))
    }

    fn text(&self) -> String {
        format!("Site({})", self.0.title())
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `.Site.Language`.
pub struct LanguageObject(pub Arc<Site>);

impl Object for LanguageObject {
    fn type_name(&self) -> &str {
        "*langs.Language"
    }

    fn member(&self, name: &str, _args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        let c = &self.0.config;
        let code = c.get("defaultcontentlanguage").and_then(|v| v.as_str()).unwrap_or("en");
        Ok(Some(match name {
            "Lang" | "LanguageCode" => {
                Value::from(c.get("languagecode").and_then(|v| v.as_str()).filter(|_| name == "LanguageCode").unwrap_or(code))
            }
            "LanguageName" | "Label" => Value::from(c.get("languagename").and_then(|v| v.as_str()).unwrap_or("")),
            "LanguageDirection" | "Direction" => Value::from(c.get("languagedirection").and_then(|v| v.as_str()).unwrap_or("")),
            "Locale" => Value::from(c.get("locale").and_then(|v| v.as_str()).unwrap_or(code)),
            "Weight" => Value::Int(0),
            _ => return Ok(None),
        }))
    }

    fn text(&self) -> String {
        "en".to_owned()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `hugo`.
pub struct HugoObject(pub Arc<Site>);

impl Object for HugoObject {
    fn type_name(&self) -> &str {
        "hugo.HugoInfo"
    }

    fn member(&self, name: &str, _args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        let env = self.0.environment.as_str();
        Ok(Some(match name {
            "Data" => self.0.data.clone(),
            "Environment" => Value::from(env),
            "IsDevelopment" => Value::Bool(env == "development"),
            "IsProduction" => Value::Bool(env == "production"),
            "IsServer" => Value::Bool(false),
            "IsExtended" => Value::Bool(true),
            "IsMultilingual" => Value::Bool(self.0.multilingual()),
            // Every language with a baseURL of its own.
            "IsMultihost" => Value::Bool(
                self.0.multilingual()
                    && self
                        .0
                        .config
                        .get("languages")
                        .and_then(|l| l.as_object())
                        .is_some_and(|l| l.values().all(|v| v.get("baseurl").and_then(|b| b.as_str()).is_some_and(|b| !b.is_empty()))),
            ),
            "Version" => Value::from(HUGO_VERSION),
            "Generator" => Value::safe(format!("<meta name=\"generator\" content=\"Hugo {HUGO_VERSION}\">"), Safe::Html),
            "CommitHash" | "BuildDate" | "GoVersion" | "WorkingDir" => Value::from(""),
            "Store" => Value::object(Scratch(self.0.stores.hugo.clone())),
            _ => return Ok(None),
        }))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A page: one of the site's (by index), or the page being rendered (with its context).
pub struct PageObject {
    /// The site.
    pub site: Arc<Site>,
    /// The page in the site's map, if it is there.
    pub index: Option<usize>,
    /// The page being rendered: its own front matter, TOC, scratch pad and renderer.
    pub current: Option<Arc<PageContext>>,
}

/// A page as a template value.
pub fn page_value(site: &Arc<Site>, index: Option<usize>, current: Option<Arc<PageContext>>) -> Value {
    if index.is_none() && current.is_none() {
        return Value::Nil;
    }
    Value::object(PageObject { site: site.clone(), index, current })
}

fn pages_list(site: &Arc<Site>, mut indexes: Vec<usize>) -> Value {
    sort_pages(site, &mut indexes);
    Value::list(indexes.into_iter().map(|i| page_value(site, Some(i), None)).collect())
}

/// Hugo's default page order: weight (pages without one last), then date
/// (newest first), then link title, then path.
pub fn sort_pages(site: &Site, indexes: &mut [usize]) {
    indexes.sort_by(|&a, &b| {
        let (a, b) = (site.pages.get(a), site.pages.get(b));
        let weight = |p: &Page| if p.weight == 0 { i64::MAX } else { p.weight };
        weight(a)
            .cmp(&weight(b))
            .then_with(|| b.date.as_ref().map_or(i64::MIN, |d| d.at.seconds).cmp(&a.date.as_ref().map_or(i64::MIN, |d| d.at.seconds)))
            .then_with(|| crate::template::collate::compare(&a.link_title, &b.link_title))
            .then_with(|| a.path.cmp(&b.path))
    });
}

impl PageObject {
    fn page(&self) -> Option<&Page> {
        match &self.current {
            Some(c) => c.page.as_ref(),
            None => self.index.map(|i| self.site.pages.get(i)),
        }
    }

    /// The front matter: the rendered source's for the current page, else the site's.
    fn front_matter(&self) -> Option<&serde_json::Value> {
        match &self.current {
            Some(c) => Some(c.page.as_ref().map_or(&c.front_matter, |p| &p.front_matter)),
            None => self.page().map(|p| &p.front_matter),
        }
    }

    fn fm_str(&self, key: &str) -> String {
        self.front_matter()
            .and_then(|fm| fm.as_object())
            .and_then(|o| o.iter().find(|(k, _)| k.eq_ignore_ascii_case(key)))
            .and_then(|(_, v)| v.as_str())
            .unwrap_or("")
            .to_owned()
    }

    fn params(&self) -> Value {
        match (&self.current, self.page()) {
            (Some(c), _) => c.params().clone(),
            (None, Some(p)) => from_json(&p.params, true),
            (None, None) => Value::map(Map::params()),
        }
    }

    fn kind(&self) -> Kind {
        self.page().map_or(Kind::Page, |p| p.kind)
    }

    fn rel_permalink(&self) -> String {
        self.page().map_or_else(String::new, |p| p.rel_permalink.clone())
    }

    fn children(&self, filter: impl Fn(&Page) -> bool) -> Value {
        let Some(p) = self.page() else { return Value::list(Vec::new()) };
        let list = p.children.iter().copied().filter(|&c| filter(self.site.pages.get(c)) && self.site.pages.get(c).listed(false)).collect();
        pages_list(&self.site, list)
    }

    fn descendants(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack: Vec<usize> = self.page().map(|p| p.children.clone()).unwrap_or_default();
        while let Some(i) = stack.pop() {
            out.push(i);
            stack.extend(self.site.pages.get(i).children.iter().copied());
        }
        out
    }

    fn section_page(&self) -> Option<usize> {
        let p = self.page()?;
        if p.kind != Kind::Page {
            return self.index;
        }
        p.parent
    }
}

impl Object for PageObject {
    fn type_name(&self) -> &str {
        "*hugolib.pageState"
    }

    fn member(&self, name: &str, args: &[Value], cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        let page = self.page();
        let str_field = |s: &str| Value::from(s);
        Ok(Some(match name {
            "Title" => match (&self.current, page) {
                (Some(_), _) => Value::from(self.fm_str("title")),
                (None, Some(p)) => str_field(&p.title),
                _ => Value::from(""),
            },
            "LinkTitle" => {
                let lt = self.fm_str("linkTitle");
                if !lt.is_empty() {
                    Value::from(lt)
                } else if self.current.is_some() {
                    Value::from(self.fm_str("title"))
                } else {
                    Value::from(page.map_or("", |p| p.link_title.as_str()))
                }
            }
            "Description" => Value::from(self.fm_str("description")),
            // Hugo's `.Page` of a page is the page itself (templates written for
            // a hook's or shortcode's context work with a page as dot).
            "Page" => page_value(&self.site, self.index, self.current.clone()),
            "Params" => self.params(),
            "Param" => {
                let key = arg_str(args, 0, ".Param")?.to_lowercase();
                let from_page = cx.path(&self.params(), &key)?;
                if from_page.is_nil() {
                    cx.path(&self.site.params, &key)?
                } else {
                    from_page
                }
            }
            "Section" => Value::from(page.map_or("", |p| p.section.as_str())),
            "Type" => Value::from(page.map_or_else(
                || {
                    let t = self.fm_str("type");
                    if t.is_empty() {
                        "page".to_owned()
                    } else {
                        t
                    }
                },
                |p| p.page_type.clone(),
            )),
            "Kind" => Value::from(self.kind().name()),
            "Layout" => Value::from(self.fm_str("layout")),
            "Slug" => Value::from(self.fm_str("slug")),
            "Weight" => Value::Int(page.map_or(0, |p| p.weight)),
            "Draft" => Value::Bool(page.is_some_and(|p| p.draft)),
            "Keywords" => self.params().as_map_get("keywords"),
            "Aliases" => self.params().as_map_get("aliases"),
            "RelPermalink" => Value::from(self.rel_permalink()),
            "Permalink" => Value::from(absolute(&self.site, &self.rel_permalink())),
            "Path" => Value::from(page.map_or("", |p| p.path.as_str())),
            "String" => Value::from(self.text()),
            "IsPage" => Value::Bool(self.kind() == Kind::Page),
            "IsSection" => Value::Bool(self.kind() == Kind::Section),
            "IsHome" => Value::Bool(self.kind() == Kind::Home),
            "IsNode" => Value::Bool(self.kind() != Kind::Page),
            "IsTranslated" | "IsMenuCurrent" | "HasMenuCurrent" => Value::Bool(false),
            "Lang" => Value::from("en"),
            "Language" => Value::object(LanguageObject(self.site.clone())),
            "Site" => Value::object(SiteObject(self.site.clone())),
            "Sites" => {
                cx.host.deprecated(".Site.Sites and .Page.Sites", "Use hugo.Sites instead.", "v0.156.0");
                Value::list(vec![Value::object(SiteObject(self.site.clone()))])
            }
            "Date" | "Lastmod" | "PublishDate" | "ExpiryDate" => {
                let t = page.and_then(|p| match name {
                    "Date" => p.date.as_ref(),
                    "Lastmod" => p.lastmod.as_ref(),
                    "PublishDate" => p.publish_date.as_ref(),
                    _ => p.expiry_date.as_ref(),
                });
                date_value(t)
            }
            "File" => match page.and_then(|p| p.file.clone()) {
                Some(f) => Value::object(FileObject(f)),
                None => Value::Nil,
            },
            "Parent" => page_value(&self.site, page.and_then(|p| p.parent), None),
            "CurrentSection" => page_value(&self.site, self.section_page(), None),
            "FirstSection" => {
                let first = page.map(|p| format!("/{}", p.section)).and_then(|s| self.site.pages.by_path(if s == "/" { "/" } else { &s }));
                page_value(&self.site, first, None)
            }
            "Pages" => self.children(|_| true),
            "RegularPages" => self.children(|p| p.kind == Kind::Page),
            "Sections" => self.children(|p| p.kind == Kind::Section),
            "RegularPagesRecursive" => {
                let list = self
                    .descendants()
                    .into_iter()
                    .filter(|&i| self.site.pages.get(i).kind == Kind::Page && self.site.pages.get(i).listed(false))
                    .collect();
                pages_list(&self.site, list)
            }
            "Ancestors" => {
                let mut list = Vec::new();
                let mut cur = page.and_then(|p| p.parent);
                while let Some(i) = cur {
                    list.push(page_value(&self.site, Some(i), None));
                    cur = self.site.pages.get(i).parent;
                }
                Value::list(list)
            }
            "GetPage" => {
                let reference = arg_str(args, 0, ".GetPage")?;
                match self.site.pages.get_page(self.index, &reference, false)? {
                    Some(i) => page_value(&self.site, Some(i), None),
                    None => Value::object(NopPage),
                }
            }
            "Ref" | "RelRef" => {
                let from = self.index.or_else(|| self.current.as_ref().and_then(|c| c.index));
                super::page::ref_method(&self.site, from, name, args, cx)?
            }
            "Resources" => Value::object(Resources { site: self.site.clone(), page: self.index }),
            "Scratch" | "Store" => match (&self.current, self.index) {
                (Some(c), _) => Value::object(Scratch(if name == "Scratch" { c.scratch.clone() } else { c.store.clone() })),
                (None, Some(i)) => Value::object(Scratch(self.site.stores.page(i))),
                (None, None) => Value::object(Scratch(Arc::new(Mutex::new(Map::new())))),
            },
            "TableOfContents" => match (&self.current, self.index) {
                (Some(c), _) if c.is_rendering() => Value::safe(c.toc.lock().map(|t| t.clone()).unwrap_or_default(), Safe::Html),
                (_, Some(i)) => Value::safe(super::page_content(&self.site, i)?.toc_html.as_str(), Safe::Html),
                (Some(c), None) => Value::safe(c.toc.lock().map(|t| t.clone()).unwrap_or_default(), Safe::Html),
                (None, None) => Value::safe("", Safe::Html),
            },
            "Fragments" => {
                // (Another page's come with its content; the page being
                // rendered knows its own before its hooks run, however reached.)
                let rendering = |i: usize| {
                    let page = cx.host.page();
                    let c = page.downcast::<PageObject>()?.current.clone()?;
                    (c.index == Some(i) && c.is_rendering()).then(|| c.known_fragments())?
                };
                let ids = match (&self.current, self.index) {
                    (Some(c), _) if c.is_rendering() => c.known_fragments().unwrap_or_default(),
                    (_, Some(i)) => match rendering(i) {
                        Some(ids) => ids,
                        None => super::page_content(&self.site, i)?.fragments.clone(),
                    },
                    (Some(c), None) => c.known_fragments().unwrap_or_default(),
                    (None, None) => Arc::default(),
                };
                Value::object(Fragments(ids))
            }
            "RenderString" => {
                let Some(c) = &self.current else {
                    return Err(".RenderString is only available on the page being rendered".to_owned());
                };
                let (opts, text) = match args {
                    [text] => (Value::Nil, text.text()),
                    [opts, text] => (opts.clone(), text.text()),
                    _ => return Err(".RenderString needs the text to render".to_owned()),
                };
                let block = match &opts {
                    Value::Map(m) => m.get("display").map(Value::text).as_deref() == Some("block"),
                    _ => false,
                };
                Value::safe(c.render_fragment(&text, block), Safe::Html)
            }
            "RenderShortcodes" => {
                let Some(index) = self.index.or_else(|| self.current.as_ref().and_then(|c| c.index)) else {
                    return Err(".RenderShortcodes: the page is not in the site".to_owned());
                };
                let outer = cx.host.page().downcast::<PageObject>().and_then(|p| p.current.clone());
                let (markdown, problems) = super::page::render_shortcodes(&self.site, index, outer.as_deref())?;
                // The page being rendered places the included Markdown (for `.PageInner`),
                // and reports the included page's problems, naming its file.
                if let Some(outer) = outer {
                    outer.record_inner(index);
                    let file = self.site.pages.get(index).file.clone().unwrap_or_default();
                    for d in problems {
                        let at = format!("content/{file}:{}:{}", d.start.line, d.start.column);
                        outer.note(d.severity, d.code, format!("{} ({at}, included with .RenderShortcodes)", d.message), None);
                    }
                }
                Value::safe(markdown, Safe::Html)
            }
            "Content" | "Summary" | "Plain" | "PlainWords" | "WordCount" | "FuzzyWordCount" | "ReadingTime" | "Truncated" | "Len"
            | "RawContent" => {
                if self.current.as_ref().is_some_and(|c| c.is_rendering()) {
                    return Err(format!(".{name} of the page being rendered is not available while it renders (Hugo would recurse)"));
                }
                let index = self.index.or_else(|| self.current.as_ref().and_then(|c| c.index));
                if name == "RawContent" {
                    let body = match (&self.current, index) {
                        (Some(c), _) => c.source[c.body_start.min(c.source.len())..].to_owned(),
                        (None, Some(i)) => {
                            self.site.pages.get(i).file.as_ref().and_then(|f| self.site.files().text(&format!("content/{f}"))).map_or_else(
                                String::new,
                                |t| {
                                    let fm = crate::front_matter::parse(t, &mut Vec::new());
                                    t[fm.body_start..].to_owned()
                                },
                            )
                        }
                        _ => String::new(),
                    };
                    return Ok(Some(Value::from(body)));
                }
                let Some(index) = index else {
                    return Err(format!(".{name}: the page is not in the site"));
                };
                let r = super::page_content(&self.site, index)?;
                let plain = || crate::markdown::summary::plain(&r.html);
                match name {
                    "Content" => Value::safe(r.html.as_str(), Safe::Html),
                    "Summary" => Value::safe(r.summary_html.as_str(), Safe::Html),
                    "Plain" => Value::from(plain()),
                    "PlainWords" => Value::list(plain().split_whitespace().map(Value::from).collect()),
                    "WordCount" => Value::Int(r.word_count as i64),
                    "FuzzyWordCount" => Value::Int(((r.word_count + 100) / 100 * 100) as i64),
                    "ReadingTime" => Value::Int(r.reading_time as i64),
                    "Truncated" => Value::Bool(r.truncated),
                    _ => Value::Int(r.html.len() as i64),
                }
            }
            "HasShortcode" => {
                let n = arg_str(args, 0, ".HasShortcode")?;
                let text = self.current.as_ref().map(|c| c.source.as_str()).unwrap_or("");
                Value::Bool(text.contains(&format!("{{{{< {n}")) || text.contains(&format!("{{{{% {n}")))
            }
            "InSection" | "IsAncestor" | "IsDescendant" | "Eq" => {
                let Some(other) = args.first().and_then(|v| v.downcast::<PageObject>()) else {
                    return Ok(Some(Value::Bool(false)));
                };
                let (Some(me), Some(them)) = (page, other.page()) else { return Ok(Some(Value::Bool(false))) };
                Value::Bool(match name {
                    "InSection" => me.section == them.section,
                    "Eq" => me.path == them.path,
                    "IsAncestor" => them.path.starts_with(&format!("{}/", me.path.trim_end_matches('/'))) && me.path != them.path,
                    _ => me.path.starts_with(&format!("{}/", them.path.trim_end_matches('/'))) && me.path != them.path,
                })
            }
            "OutputFormats" | "AlternativeOutputFormats" | "Translations" | "AllTranslations" | "Menus" => Value::list(Vec::new()),
            _ => return Ok(None),
        }))
    }

    /// Hugo prints a page as its file (its path when it has none).
    fn text(&self) -> String {
        match self.page().and_then(|p| p.file.as_ref()) {
            Some(f) => format!("content/{f}"),
            None => self.page().map_or_else(String::new, |p| p.path.clone()),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A page date as a template value: a `time.Time` in the zone Hugo shows it
/// in, Go's zero time when the page has none.
/// (`time.Time` is one of Hugo's functions' types: a build without the
/// engine has neither, and runs no template that could ask for a date.)
fn date_value(t: Option<&crate::front_matter::date::Shown>) -> Value {
    #[cfg(feature = "templates")]
    return Value::object(match t {
        Some(d) => Time::new(d.at.seconds, d.at.nanos, d.offset, &d.zone),
        None => Time::zero(),
    });
    #[cfg(not(feature = "templates"))]
    {
        let _ = t;
        Value::Nil
    }
}

/// `site.MainSections`: the config's `mainSections` (top level or in
/// `params`), else the section with the most regular pages, as Hugo picks it.
fn main_sections(site: &Site) -> Value {
    let configured = site.config.get("mainsections").or_else(|| site.config.get("params").and_then(|p| p.get("mainsections")));
    if let Some(v) = configured {
        return from_json(v, false);
    }
    let mut counts: std::collections::BTreeMap<&str, usize> = std::collections::BTreeMap::new();
    for p in site.pages.pages().iter().filter(|p| p.kind == Kind::Page && !p.section.is_empty()) {
        *counts.entry(p.section.as_str()).or_default() += 1;
    }
    let best = counts.iter().fold(None::<(&str, usize)>, |best, (s, n)| match best {
        Some((_, m)) if m >= *n => best,
        _ => Some((s, *n)),
    });
    Value::list(best.map(|(s, _)| Value::from(s)).into_iter().collect())
}

/// Hugo's `page.NilPage`: what `GetPage` gives for a page that does not
/// exist — false in `if`/`with`, and every field its zero value.
/// A page's `.Fragments` (Hugo's `tableofcontents.Fragments`): its
/// `.Identifiers`, the IDs of its headings and definition terms. (Its
/// `.Headings`, `.HeadingsMap` and `.ToHTML` are not built.)
struct Fragments(Arc<Vec<String>>);

impl Object for Fragments {
    fn type_name(&self) -> &str {
        "*tableofcontents.Fragments"
    }

    fn member(&self, name: &str, _args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(match name {
            "Identifiers" => Some(Value::object(Identifiers(self.0.clone()))),
            _ => None,
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Hugo's `collections.SortedStringSlice` of a page's IDs: a list, with
/// `.Contains ID` and `.Count ID`.
struct Identifiers(Arc<Vec<String>>);

impl Object for Identifiers {
    fn type_name(&self) -> &str {
        "collections.SortedStringSlice"
    }

    fn member(&self, name: &str, args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        let id = || args.first().map(Value::text).ok_or_else(|| format!(".{name} takes an identifier"));
        Ok(match name {
            "Contains" => Some(Value::Bool(self.0.binary_search(&id()?).is_ok())),
            "Count" => {
                let id = id()?;
                Some(Value::Int(self.0.iter().filter(|i| **i == id).count() as i64))
            }
            _ => None,
        })
    }

    fn text(&self) -> String {
        format!("[{}]", self.0.join(" "))
    }

    fn truthy(&self) -> bool {
        !self.0.is_empty()
    }

    fn data(&self) -> Option<Value> {
        Some(Value::list(self.0.iter().map(|i| Value::from(i.as_str())).collect()))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

pub struct NopPage;

impl Object for NopPage {
    fn type_name(&self) -> &str {
        "*page.nopPage"
    }

    fn member(&self, name: &str, _args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(Some(match name {
            "Date" | "Lastmod" | "PublishDate" | "ExpiryDate" => date_value(None),
            "Params" => Value::map(Map::params()),
            "Pages" | "RegularPages" | "Sections" | "RegularPagesRecursive" | "Ancestors" | "Resources" | "Translations" => {
                Value::list(Vec::new())
            }
            "IsPage" | "IsSection" | "IsHome" | "IsNode" | "Draft" | "IsAncestor" | "IsDescendant" | "Eq" | "InSection" => {
                Value::Bool(false)
            }
            "Weight" | "WordCount" | "ReadingTime" | "Len" => Value::Int(0),
            "Parent" | "File" | "CurrentSection" | "FirstSection" | "Site" => Value::Nil,
            _ => Value::from(""),
        }))
    }

    fn text(&self) -> String {
        "nopPage".to_owned()
    }

    fn truthy(&self) -> bool {
        false
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A method of a list of pages (Hugo's `page.Pages`): `.Len`, `.Reverse`,
/// `.Limit`, the `By…` orders, `.Next`/`.Prev`. `None` for a list that holds
/// something other than pages, or a name that is not such a method.
#[cfg_attr(not(feature = "templates"), allow(dead_code))]
pub fn pages_method(list: &[Value], name: &str, args: &[Value]) -> Option<Result<Value, String>> {
    let pages: Vec<&PageObject> = list.iter().map(|v| v.downcast::<PageObject>()).collect::<Option<_>>()?;
    let page_of = |p: &PageObject| p.page().cloned();
    let sorted = |key: &dyn Fn(&Page, &Page) -> std::cmp::Ordering| {
        let mut items: Vec<(Option<Page>, Value)> = pages.iter().zip(list).map(|(p, v)| (page_of(p), v.clone())).collect();
        items.sort_by(|(a, _), (b, _)| match (a, b) {
            (Some(a), Some(b)) => key(a, b),
            _ => std::cmp::Ordering::Equal,
        });
        Value::list(items.into_iter().map(|(_, v)| v).collect())
    };
    let unix = |d: &Option<crate::front_matter::date::Shown>| {
        d.as_ref().map_or(crate::front_matter::date::Instant::ZERO.seconds, |d| d.at.seconds)
    };
    let collate = crate::template::collate::compare;
    Some(Ok(match name {
        "Len" => Value::Int(list.len() as i64),
        "Reverse" => Value::list(list.iter().rev().cloned().collect()),
        "Limit" => {
            let n = match args.first().and_then(Value::to_int) {
                Some(n) => n.max(0) as usize,
                None => return Some(Err(".Limit needs a number".to_owned())),
            };
            Value::list(list.iter().take(n).cloned().collect())
        }
        "ByWeight" => {
            let site = &pages.first()?.site;
            let mut indexed: Vec<(usize, Value)> = pages.iter().zip(list).filter_map(|(p, v)| Some((p.index?, v.clone()))).collect();
            let mut order: Vec<usize> = indexed.iter().map(|(i, _)| *i).collect();
            sort_pages(site, &mut order);
            indexed.sort_by_key(|(i, _)| order.iter().position(|o| o == i));
            Value::list(indexed.into_iter().map(|(_, v)| v).collect())
        }
        "ByTitle" => sorted(&|a, b| collate(&a.title, &b.title)),
        "ByLinkTitle" => sorted(&|a, b| collate(&a.link_title, &b.link_title)),
        "ByDate" => sorted(&|a, b| unix(&a.date).cmp(&unix(&b.date))),
        "ByPublishDate" => sorted(&|a, b| unix(&a.publish_date).cmp(&unix(&b.publish_date))),
        "ByLastmod" => sorted(&|a, b| unix(&a.lastmod).cmp(&unix(&b.lastmod))),
        "ByExpiryDate" => sorted(&|a, b| unix(&a.expiry_date).cmp(&unix(&b.expiry_date))),
        "ByParam" => {
            // Hugo: pages without the param last; numbers by value; the rest as strings, collated.
            let key = args.first().map(Value::text).unwrap_or_default().to_lowercase();
            let site = &pages.first()?.site;
            let param = |p: &Page| match from_json(&p.params, true).as_map_get(&key) {
                Value::Nil => site.params.as_map_get(&key),
                v => v,
            };
            let numeric = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_));
            sorted(&|a, b| {
                let (x, y) = (param(a), param(b));
                match (&x, &y) {
                    (Value::Nil, Value::Nil) => std::cmp::Ordering::Equal,
                    (Value::Nil, _) => std::cmp::Ordering::Greater,
                    (_, Value::Nil) => std::cmp::Ordering::Less,
                    _ if numeric(&x) && numeric(&y) => {
                        x.to_float().unwrap_or(0.0).partial_cmp(&y.to_float().unwrap_or(0.0)).unwrap_or(std::cmp::Ordering::Equal)
                    }
                    _ => collate(&x.text(), &y.text()),
                }
            })
        }
        "Next" | "Prev" => {
            let Some(target) = args.first().and_then(|v| v.downcast::<PageObject>()).and_then(|p| p.page().map(|p| p.path.clone())) else {
                return Some(Err(format!(".{name} needs a page")));
            };
            let at = pages.iter().position(|p| p.page().is_some_and(|p| p.path == target));
            // Hugo: Next is the page before it in the list (newer, by the default order).
            let i = match (at, name) {
                (Some(i), "Next") if i > 0 => Some(i - 1),
                (Some(i), "Prev") => Some(i + 1),
                _ => None,
            };
            i.and_then(|i| list.get(i).cloned()).unwrap_or(Value::Nil)
        }
        _ => return None,
    }))
}

/// `baseURL`'s scheme and host before a site-relative URL.
pub fn absolute(site: &Site, rel: &str) -> String {
    let base = site.base_url();
    match base.split_once("://") {
        Some((scheme, rest)) => {
            let host = rest.split('/').next().unwrap_or("");
            format!("{scheme}://{host}{rel}")
        }
        None => rel.to_owned(),
    }
}

/// `.File` of a page backed by a file.
pub struct FileObject(pub String);

impl Object for FileObject {
    fn type_name(&self) -> &str {
        "*source.File"
    }

    fn member(&self, name: &str, _args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        let path = &self.0;
        let (dir, file) = path.rsplit_once('/').map_or(("", path.as_str()), |(d, f)| (d, f));
        let (base, ext) = file.rsplit_once('.').unwrap_or((file, ""));
        let content_base = if base == "index" || base == "_index" { dir.rsplit('/').next().unwrap_or(base) } else { base };
        Ok(Some(match name {
            "Path" => Value::from(path.as_str()),
            "Filename" => Value::from(format!("content/{path}")),
            "Dir" => Value::from(if dir.is_empty() { String::new() } else { format!("{dir}/") }),
            "LogicalName" => Value::from(file),
            "BaseFileName" | "TranslationBaseName" => Value::from(base),
            "ContentBaseName" => Value::from(content_base),
            "Ext" => Value::from(ext),
            "Lang" => Value::from(""),
            "Section" => Value::from(path.split('/').next().filter(|_| path.contains('/')).unwrap_or("")),
            "UniqueID" => Value::from(""),
            _ => return Ok(None),
        }))
    }

    fn text(&self) -> String {
        self.0.clone()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `.Page.Resources`: a page bundle's files, with the metadata its page's
/// front matter `resources` gives them.
pub struct Resources {
    site: Arc<Site>,
    page: Option<usize>,
}

/// A bundle's file as `.Resources` presents it: its `content/` path, and the
/// name, title and params front matter gives it (Hugo's `metaResource`).
#[derive(Clone)]
struct Meta {
    rel: String,
    /// The path in the bundle (Hugo's `NameNormalized`).
    path: String,
    name: String,
    title: String,
    params: Map,
}

impl Resources {
    /// The resources of the site's page `page`.
    pub fn of(site: &Arc<Site>, page: Option<usize>) -> Resources {
        Resources { site: site.clone(), page }
    }

    /// The resource named `name` (by its name, else its path in the bundle;
    /// `./` compares without the leading slash Hugo adds otherwise), as
    /// `.Resources.Get` finds it.
    pub fn get(&self, name: &str) -> Option<Resource> {
        let i = self.page?;
        let want = name.strip_prefix("./").unwrap_or_else(|| name.trim_start_matches('/'));
        let list = self.list();
        let same = |n: &str| n.trim_start_matches('/').eq_ignore_ascii_case(want);
        let found = list.iter().find(|m| same(&m.name)).or_else(|| list.iter().find(|m| same(&m.path)))?;
        Some(Resource::page(&self.site, i, found))
    }

    /// The bundle's files in Hugo's order (by resource type, then name), with
    /// front matter `resources` applied as Hugo's `assignMetadata` does: each
    /// entry whose `src` glob matches a file's path (in lower case) sets its
    /// `name` and `title` if no earlier entry did (`:counter` numbering, per
    /// `src`, the files it names, in the order before renaming) and adds its
    /// `params` (a later entry's key replacing an earlier's); the title is
    /// the file's path unless an entry sets it.
    fn list(&self) -> Vec<Meta> {
        let Some(i) = self.page else { return Vec::new() };
        let page = self.site.pages.get(i);
        let dir = page.file.as_deref().and_then(|f| f.rsplit_once('/')).map_or("", |(d, _)| d);
        let mut list: Vec<Meta> = page
            .resources
            .iter()
            .map(|rel| {
                let path = rel.strip_prefix(dir).map_or(rel.as_str(), |r| r.trim_start_matches('/')).to_owned();
                Meta { rel: rel.clone(), name: path.clone(), title: path.clone(), path, params: Map::params() }
            })
            .collect();
        // Hugo's order: a walk of the bundle's files by path, then Go's
        // stable sort with a "less" that is not a strict weak order (an
        // earlier type, or else an earlier name), whose result only Go's
        // algorithm gives; again once front matter has renamed them.
        list.sort_by_key(|m| m.rel.to_lowercase());
        let less = |a: &Meta, b: &Meta| resource_type(&a.rel) < resource_type(&b.rel) || a.name < b.name;
        super::go_sort::slice_stable(&mut list, less);
        let metadata: Vec<&serde_json::Map<String, serde_json::Value>> =
            match super::pages::front_matter_field(&page.front_matter, "resources") {
                Some(serde_json::Value::Array(entries)) => entries.iter().filter_map(serde_json::Value::as_object).collect(),
                _ => return list,
            };
        let mut counters: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        for m in &mut list {
            let key = m.path.to_lowercase();
            let (mut name_set, mut title_set) = (false, false);
            let (mut name_counter, mut title_counter) = (0, 0);
            for entry in &metadata {
                // Hugo stops at an entry without `src` (its error is dropped).
                let Some(src) = entry.get("src") else { break };
                let src = json_text(src).to_lowercase();
                if !super::pages::glob(&src, &key) {
                    continue;
                }
                let mut field = |field: &str, set: &mut bool, counter: &mut usize| -> Option<String> {
                    let value = entry.get(field).filter(|_| !*set)?;
                    let value = json_text(value);
                    if value.contains(":counter") && *counter == 0 {
                        let c = counters.entry(format!("{field}_{src}")).or_default();
                        *c += 1;
                        *counter = *c;
                    }
                    *set = true;
                    Some(value.replace(":counter", &counter.to_string()))
                };
                if let Some(name) = field("name", &mut name_set, &mut name_counter) {
                    m.name = name.trim_start_matches('/').to_owned();
                }
                if let Some(title) = field("title", &mut title_set, &mut title_counter) {
                    m.title = title;
                }
                if let Some(serde_json::Value::Object(params)) = entry.get("params") {
                    for (k, v) in params {
                        m.params.insert(k.to_lowercase(), from_json(v, true));
                    }
                }
            }
        }
        super::go_sort::slice_stable(&mut list, less);
        list
    }

    fn resource(&self, meta: &Meta) -> Value {
        let Some(i) = self.page else { return Value::Nil };
        Value::object(Resource::page(&self.site, i, meta))
    }

    /// The resources whose name (else, when none has, whose path in the
    /// bundle) matches `pattern`, as `.Resources.Match` finds them.
    fn matching(&self, pattern: &str) -> Vec<Meta> {
        let pattern = pattern.trim_start_matches('/').to_lowercase();
        let list = self.list();
        let by = |f: fn(&Meta) -> &str| -> Vec<Meta> {
            list.iter().filter(|m| super::pages::glob(&pattern, &f(m).trim_start_matches('/').to_lowercase())).cloned().collect()
        };
        let found = by(|m| &m.name);
        if found.is_empty() {
            by(|m| &m.path)
        } else {
            found
        }
    }
}

/// A front matter value as Go's `cast.ToString` writes it.
fn json_text(v: &serde_json::Value) -> String {
    match v {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    }
}

impl Object for Resources {
    fn type_name(&self) -> &str {
        "resource.Resources"
    }

    fn member(&self, name: &str, args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(Some(match name {
            "Get" => {
                let want = arg_str(args, 0, ".Resources.Get")?;
                self.get(&want).map_or(Value::Nil, Value::object)
            }
            "GetMatch" => {
                let pattern = arg_str(args, 0, ".Resources.GetMatch")?;
                self.matching(&pattern).first().map_or(Value::Nil, |m| self.resource(m))
            }
            "Match" => {
                let pattern = arg_str(args, 0, ".Resources.Match")?;
                Value::list(self.matching(&pattern).iter().map(|m| self.resource(m)).collect())
            }
            "ByType" => {
                let kind = arg_str(args, 0, ".Resources.ByType")?;
                Value::list(self.list().iter().filter(|m| resource_type(&m.rel) == kind).map(|m| self.resource(m)).collect())
            }
            _ => return Ok(None),
        }))
    }

    fn data(&self) -> Option<Value> {
        Some(Value::list(self.list().iter().map(|m| self.resource(m)).collect()))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Hugo's media type for a file name: (main type, sub type, suffix).
fn media_type(path: &str) -> (&'static str, &'static str) {
    let ext = path.rsplit_once('.').map_or("", |(_, e)| e).to_ascii_lowercase();
    match ext.as_str() {
        "png" => ("image", "png"),
        "jpg" | "jpeg" | "jpe" | "jif" | "jfif" => ("image", "jpeg"),
        "gif" => ("image", "gif"),
        "webp" => ("image", "webp"),
        "svg" => ("image", "svg+xml"),
        "avif" => ("image", "avif"),
        "ico" => ("image", "x-icon"),
        "bmp" => ("image", "bmp"),
        "tif" | "tiff" => ("image", "tiff"),
        "css" => ("text", "css"),
        "scss" => ("text", "x-scss"),
        "js" | "mjs" | "cjs" => ("text", "javascript"),
        "json" => ("application", "json"),
        "xml" => ("application", "xml"),
        "html" | "htm" => ("text", "html"),
        "md" | "markdown" => ("text", "markdown"),
        "txt" => ("text", "plain"),
        "csv" => ("text", "csv"),
        "pdf" => ("application", "pdf"),
        "mp4" => ("video", "mp4"),
        "webm" => ("video", "webm"),
        "mp3" => ("audio", "mpeg"),
        "yaml" | "yml" => ("application", "yaml"),
        "toml" => ("application", "toml"),
        "woff" => ("font", "woff"),
        "woff2" => ("font", "woff2"),
        _ => ("application", "octet-stream"),
    }
}

fn resource_type(path: &str) -> String {
    let (main, sub) = media_type(path);
    match (main, sub) {
        ("text", "markdown" | "html") => "page".to_owned(),
        (main, _) => main.to_owned(),
    }
}

/// A resource: an asset (`resources.Get`) or a page bundle's file.
pub struct Resource {
    site: Arc<Site>,
    /// `assets/`-relative path, or `content/`-relative path for a page resource.
    path: String,
    /// For a page resource: its page.
    page: Option<usize>,
    /// For a page resource: its name, title and params.
    meta: Option<Arc<Meta>>,
}

impl Resource {
    /// An asset under `assets/`, if the site has it.
    #[cfg_attr(not(feature = "templates"), allow(dead_code))]
    pub fn asset(site: &Arc<Site>, path: &str) -> Option<Resource> {
        if !super::LOADED {
            return None;
        }
        let path = path.trim_start_matches('/');
        site.assets.contains_key(path).then(|| Resource { site: site.clone(), path: path.to_owned(), page: None, meta: None })
    }

    fn page(site: &Arc<Site>, page: usize, meta: &Meta) -> Resource {
        Resource { site: site.clone(), path: meta.rel.clone(), page: Some(page), meta: Some(Arc::new(meta.clone())) }
    }

    /// `.Name`: a global resource's path under `assets/`, from the root; a
    /// page resource's name (its path in the bundle unless front matter renames it).
    fn name(&self) -> String {
        match &self.meta {
            Some(m) => m.name.clone(),
            None => format!("/{}", self.path),
        }
    }

    /// The resource's URL below the site's root (a page resource's path in
    /// the bundle, whatever its name).
    pub fn rel_permalink(&self) -> String {
        match (self.page, &self.meta) {
            (Some(i), Some(m)) => {
                let base = &self.site.pages.get(i).rel_permalink;
                format!("{}/{}", base.trim_end_matches('/'), path_escape(&m.path))
            }
            _ => format!("{}{}", self.site.settings.base_path, path_escape(&self.path)),
        }
    }

    fn content(&self) -> Option<String> {
        match self.page {
            Some(_) => self.site.files().text(&format!("content/{}", self.path)).map(str::to_owned),
            None => self.site.assets.get(&self.path).and_then(|a| a.text.as_deref()).map(str::to_owned),
        }
    }
}

impl Object for Resource {
    fn type_name(&self) -> &str {
        "*resources.genericResource"
    }

    fn member(&self, name: &str, _args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        let (main, sub) = media_type(&self.path);
        Ok(Some(match name {
            "RelPermalink" => Value::from(self.rel_permalink()),
            "Permalink" => Value::from(absolute(&self.site, &self.rel_permalink())),
            "Name" => Value::from(self.name()),
            "Title" => Value::from(self.meta.as_ref().map_or_else(|| self.name(), |m| m.title.clone())),
            "ResourceType" => Value::from(resource_type(&self.path)),
            "MediaType" => Value::object(MediaType { main: main.to_owned(), sub: sub.to_owned() }),
            "Content" => match self.content() {
                Some(t) => Value::from(t),
                None => return Err(format!("the content of {} is not available to Recap (a binary file)", self.path)),
            },
            "Params" => Value::map(self.meta.as_ref().map_or_else(Map::params, |m| m.params.clone())),
            "Data" => Value::map(Map::new()),
            "Key" => Value::from(self.path.as_str()),
            "Width" | "Height" => return Err(format!(".{name}: Recap does not process images")),
            _ => return Ok(None),
        }))
    }

    fn text(&self) -> String {
        self.rel_permalink()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Hugo's `media.Type`: prints as `main/sub`, with `.Type`, `.MainType` and `.SubType`.
struct MediaType {
    main: String,
    sub: String,
}

impl Object for MediaType {
    fn type_name(&self) -> &str {
        "media.Type"
    }

    fn member(&self, name: &str, _args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(Some(match name {
            "Type" => Value::from(self.text()),
            "MainType" => Value::from(self.main.as_str()),
            "SubType" => Value::from(self.sub.as_str()),
            _ => return Ok(None),
        }))
    }

    fn text(&self) -> String {
        format!("{}/{}", self.main, self.sub)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// A path percent-encoded as Go's `url.URL{Path: p}.EscapedPath()` writes it
/// (Hugo's resource links): spaces and the like encoded, `/` and sub-delimiters kept.
fn path_escape(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for b in path.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~/!$&'()*+,;=:@".contains(&b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

/// `.Scratch` / `.Store`: a page's (or the site's) mutable key-value pad.
pub struct Scratch(pub Arc<Mutex<Map>>);

impl Object for Scratch {
    fn type_name(&self) -> &str {
        "*maps.Scratch"
    }

    fn member(&self, name: &str, args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        let mut m = self.0.lock().map_err(|_| "the scratch pad is unavailable".to_owned())?;
        let key = args.first().map(Value::text).unwrap_or_default();
        Ok(Some(match name {
            "Set" => {
                m.insert(key, args.get(1).cloned().unwrap_or_default());
                Value::from("")
            }
            "Get" => m.get(&key).cloned().unwrap_or_default(),
            "Delete" => {
                m.remove(&key);
                Value::from("")
            }
            "Add" => {
                let add = args.get(1).cloned().unwrap_or_default();
                let new = match (m.get(&key).cloned(), add) {
                    (None, v) => v,
                    (Some(Value::Int(a)), Value::Int(b)) => Value::Int(a + b),
                    (Some(a @ (Value::Int(_) | Value::Float(_))), b @ (Value::Int(_) | Value::Float(_))) => {
                        Value::Float(a.to_float().unwrap_or(0.0) + b.to_float().unwrap_or(0.0))
                    }
                    (Some(Value::List(a)), Value::List(b)) => Value::list(a.iter().chain(b.iter()).cloned().collect()),
                    (Some(Value::List(a)), b) => Value::list(a.iter().cloned().chain(std::iter::once(b)).collect()),
                    (Some(a), b) => Value::from(format!("{}{}", a.text(), b.text())),
                };
                m.insert(key, new);
                Value::from("")
            }
            "SetInMap" => {
                let (k2, v) = (args.get(1).map(Value::text).unwrap_or_default(), args.get(2).cloned().unwrap_or_default());
                let mut inner = match m.get(&key) {
                    Some(Value::Map(x)) => (**x).clone(),
                    _ => Map::new(),
                };
                inner.insert(k2, v);
                m.insert(key, Value::map(inner));
                Value::from("")
            }
            "DeleteInMap" => {
                let k2 = args.get(1).map(Value::text).unwrap_or_default();
                if let Some(Value::Map(x)) = m.get(&key) {
                    let mut inner = (**x).clone();
                    inner.remove(&k2);
                    m.insert(key, Value::map(inner));
                }
                Value::from("")
            }
            "GetSortedMapValues" => match m.get(&key) {
                Some(Value::Map(x)) => Value::list(x.iter().map(|(_, v)| v.clone()).collect()),
                _ => Value::Nil,
            },
            "Values" => Value::map(m.clone()),
            _ => return Ok(None),
        }))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Helpers on values the objects above use.
trait MapGet {
    fn as_map_get(&self, key: &str) -> Value;
}

impl MapGet for Value {
    fn as_map_get(&self, key: &str) -> Value {
        match self {
            Value::Map(m) => m.get(key).cloned().unwrap_or_default(),
            _ => Value::Nil,
        }
    }
}
