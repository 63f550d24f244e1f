//! The page being rendered, as the templates it runs see it: its context
//! (site, place in the page map, front matter, TOC once known, scratch pads),
//! the [`Host`] its templates reach, the render hooks the Markdown writer
//! calls, and Markdown rendering from inside templates (`.RenderString`,
//! `markdownify`), which runs shortcodes and hooks like the page itself.

use super::layouts::{Layout, Lookup, Role};
use super::objects::{page_value, HugoObject, Resource, SiteObject};
use super::Site;
use crate::diagnostic::Severity;
use crate::go_unicode::quote;
use crate::html::Sanitizer;
use crate::markdown::hooks::{Cell, Hook, HookKind, Hooks};
use crate::options::UseEmbedded;
use crate::shortcode;
use crate::template::value::{from_json, Map, Object, Safe, Value};
#[cfg(feature = "templates")]
use crate::template::Engine;
use crate::template::{Cx, Host, Template};
use serde_json::Value as Json;
use std::any::Any;
use std::collections::HashMap;
use std::ops::Range;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};

use crate::limits::RENDER_DEPTH;

/// A problem found while rendering, reported at `span` of the Markdown being
/// rendered at the top level (none inside nested renders: the caller places it).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    /// How bad.
    pub severity: Severity,
    /// The diagnostic code.
    pub code: &'static str,
    /// What happened.
    pub message: String,
    /// Where, in the top-level Markdown.
    pub span: Option<Range<usize>>,
}

/// The page being rendered.
pub struct PageContext {
    /// The site.
    pub site: Arc<Site>,
    /// The page in the site's page map, when it is there.
    pub index: Option<usize>,
    /// This page as the site sees it with the rendered source's front matter
    /// (its section, type, permalink, cascade), when it has a content path.
    pub page: Option<super::pages::Page>,
    /// The post's source (for `.HasShortcode`).
    pub source: String,
    /// Where the Markdown body starts in `source` (after the front matter).
    pub body_start: usize,
    /// The post's front matter (shared with the render that made the context).
    pub front_matter: Arc<Json>,
    /// `.Params`, made when a template first asks (most renders never do).
    params: std::sync::OnceLock<Value>,
    /// The page path segments templates are looked up for (type over section).
    lookup_path: Vec<String>,
    kind: &'static str,
    layout: String,
    /// `.TableOfContents`, once the Markdown has been rendered.
    pub toc: Mutex<String>,
    /// `.Fragments.Identifiers`: the IDs of the body's headings and terms,
    /// sorted, known before its hooks run.
    pub fragments: Mutex<Option<Arc<Vec<String>>>>,
    /// `{{< >}}` outputs of included pages (`.RenderShortcodes`), with their
    /// token, until this page's expansion takes them.
    lent_outputs: Mutex<Vec<(String, Vec<String>)>>,
    /// `.Scratch`
    pub scratch: Arc<Mutex<Map>>,
    /// `.Store`
    pub store: Arc<Mutex<Map>>,
    notes: Mutex<Vec<Note>>,
    depth: AtomicUsize,
    /// Bytes site templates have written for this page.
    pub template_output: AtomicUsize,
    /// Inline shortcodes defined so far (`{{< name.inline >}}`).
    pub inline: Mutex<HashMap<String, Arc<Template>>>,
    hook_cache: Mutex<HashMap<(HookKind, String), Option<usize>>>,
    /// Whether the page's body is being rendered (its `.Content` would recurse).
    rendering_body: std::sync::atomic::AtomicBool,
    /// HTML our own code made inside template output (highlighted code, with
    /// its inline styles), kept out of the sanitizer behind [`Self::trusted_token`]
    /// and put back into the final HTML.
    trusted: Arc<Mutex<Vec<String>>>,
    /// A token prefix the post's source does not contain.
    trusted_token: String,
    /// Where each line of `source` starts (for `.Position`), counted at the first call.
    line_starts: std::sync::OnceLock<Vec<usize>>,
    /// The top-level shortcode call running now (its bytes in the body).
    current_call: Mutex<Option<Range<usize>>>,
    /// Calls whose output is another page's Markdown (`.RenderShortcodes`):
    /// hooks there see that page as `.PageInner`.
    inner: Mutex<Vec<(Range<usize>, usize)>>,
    /// The home page's context, for `markdownify` (made at the first call).
    home: std::sync::OnceLock<Option<Arc<PageContext>>>,
    /// The deprecated members templates used so far (each is reported once).
    #[cfg_attr(not(feature = "templates"), allow(dead_code))]
    deprecations: Mutex<std::collections::HashSet<&'static str>>,
}

/// Marks a page's body as rendering until dropped.
pub struct Rendering<'p>(&'p PageContext);

impl Drop for Rendering<'_> {
    fn drop(&mut self) {
        self.0.rendering_body.store(false, Ordering::Relaxed);
        if let Some(i) = self.0.index {
            self.0.site.stores.end_rendering(i);
        }
    }
}

impl PageContext {
    /// `.Params`: the front matter's fields and its `params`, keys lowercased.
    pub fn params(&self) -> &Value {
        self.params.get_or_init(|| page_params(&self.front_matter, self.page.as_ref(), &self.source, self.site.options.has_cjk_language))
    }

    /// The context for rendering `source` as the page at `content_path`
    /// (relative to `content/`) of `site`, whether or not the site has it yet.
    pub fn new(site: Arc<Site>, content_path: Option<&str>, source: &str, body_start: usize, front_matter: Arc<Json>) -> Arc<PageContext> {
        let index = content_path.and_then(|p| site.page_of(p));
        // Its place in the site is for templates (and a site comes with them:
        // the package's default module has neither, and leaves this code out).
        let page = content_path.filter(|_| cfg!(feature = "templates")).map(|p| {
            let p = p.trim_start_matches('/');
            site.pages.page_for(p.strip_prefix("content/").unwrap_or(p), source, (*front_matter).clone(), &site.settings)
        });
        Self::with_page(site, index, page, source, body_start, front_matter)
    }

    /// The context of the site's home page, rendering Markdown for a template
    /// of `self` (`markdownify`): it keeps `self`'s trusted fragments.
    fn home_for(&self) -> Option<Arc<PageContext>> {
        let index = self.site.pages.by_path("/")?;
        let page = self.site.pages.get(index).clone();
        let mut home = Self::with_page(self.site.clone(), Some(index), Some(page), &self.source, self.body_start, Arc::new(Json::Null));
        let h = Arc::get_mut(&mut home)?;
        h.trusted = self.trusted.clone();
        h.trusted_token = self.trusted_token.clone();
        Some(home)
    }

    fn with_page(
        site: Arc<Site>,
        index: Option<usize>,
        page: Option<super::pages::Page>,
        source: &str,
        body_start: usize,
        front_matter: Arc<Json>,
    ) -> Arc<PageContext> {
        let mut lookup_path: Vec<String> =
            page.as_ref().map(|p| p.path.split('/').filter(|s| !s.is_empty()).map(str::to_owned).collect()).unwrap_or_default();
        // Hugo: a page's `type` takes the place of its section folder in template lookups.
        let page_type = page.as_ref().map(|p| p.page_type.clone()).or_else(|| {
            front_matter
                .as_object()
                .and_then(|o| o.iter().find(|(k, _)| k.eq_ignore_ascii_case("type")))
                .and_then(|(_, v)| v.as_str())
                .map(str::to_owned)
        });
        if let Some(t) = page_type.filter(|t| !t.is_empty() && t != "page") {
            match lookup_path.first_mut() {
                Some(first) => *first = t,
                None => lookup_path.push(t),
            }
        }
        let kind = page.as_ref().map_or("page", |p| p.kind.name());
        let layout = page.as_ref().map(|p| p.layout.clone()).unwrap_or_default();
        // A page of the site keeps one `.Store` through the render, whoever asks.
        let store = index.map(|i| site.stores.page(i)).unwrap_or_default();
        Arc::new(PageContext {
            params: std::sync::OnceLock::new(),
            site,
            index,
            page,
            source: source.to_owned(),
            body_start,
            front_matter,
            lookup_path,
            kind,
            layout,
            toc: Mutex::new(String::new()),
            fragments: Mutex::new(None),
            lent_outputs: Mutex::new(Vec::new()),
            scratch: Arc::new(Mutex::new(Map::new())),
            store,
            notes: Mutex::new(Vec::new()),
            depth: AtomicUsize::new(0),
            template_output: AtomicUsize::new(0),
            inline: Mutex::new(HashMap::new()),
            hook_cache: Mutex::new(HashMap::new()),
            rendering_body: std::sync::atomic::AtomicBool::new(false),
            trusted: Arc::new(Mutex::new(Vec::new())),
            trusted_token: {
                let mut token = String::from("RCPTR");
                while crate::search::contains(source, &token) {
                    token.push('Q');
                }
                token
            },
            home: std::sync::OnceLock::new(),
            deprecations: Mutex::new(std::collections::HashSet::new()),
            line_starts: std::sync::OnceLock::new(),
            current_call: Mutex::new(None),
            inner: Mutex::new(Vec::new()),
        })
    }

    /// Notes the top-level shortcode call that runs now (`None` when it is done).
    pub fn set_current_call(&self, call: Option<Range<usize>>) {
        if self.nested() {
            return;
        }
        if let Ok(mut c) = self.current_call.lock() {
            *c = call;
        }
    }

    /// Records that the running call writes page `index`'s Markdown (`.RenderShortcodes`).
    pub fn record_inner(&self, index: usize) {
        let call = self.current_call.lock().ok().and_then(|c| c.clone());
        if let (Some(call), Ok(mut inner)) = (call, self.inner.lock()) {
            inner.push((call, index));
        }
    }

    /// The page whose Markdown is at `body_offset` (`.PageInner`): an included page, or this one.
    pub fn inner_at(self: &Arc<Self>, body_offset: Option<usize>) -> Value {
        let found = body_offset.and_then(|o| {
            self.inner
                .lock()
                .ok()
                .and_then(|inner| inner.iter().rev().find(|(r, _)| r.start <= o && o < r.end.max(r.start + 1)).map(|(_, i)| *i))
        });
        match found {
            Some(i) => super::objects::page_value(&self.site, Some(i), None),
            None => self.page_value(),
        }
    }

    /// Marks the body as rendering, until the guard is dropped (also for the
    /// site, so that a template reading this page's content from elsewhere
    /// stops instead of recursing).
    pub fn rendering(&self) -> Rendering<'_> {
        self.rendering_body.store(true, Ordering::Relaxed);
        if let Some(i) = self.index {
            self.site.stores.start_rendering(i);
        }
        Rendering(self)
    }

    /// Lends the `{{< >}}` outputs of a page `.RenderShortcodes` included
    /// (their tokens start with `token`), for this page's expansion to take.
    pub fn lend_outputs(&self, token: String, outputs: Vec<String>) {
        if let Ok(mut lent) = self.lent_outputs.lock() {
            lent.push((token, outputs));
        }
    }

    /// The outputs lent so far (see [`PageContext::lend_outputs`]), taken.
    pub fn take_lent_outputs(&self) -> Vec<(String, Vec<String>)> {
        self.lent_outputs.lock().map(|mut l| std::mem::take(&mut *l)).unwrap_or_default()
    }

    /// The body's `.Fragments.Identifiers`, once its writer has given them.
    pub fn known_fragments(&self) -> Option<Arc<Vec<String>>> {
        self.fragments.lock().ok().and_then(|f| f.clone())
    }

    /// Whether the body is rendering now.
    pub fn is_rendering(&self) -> bool {
        self.rendering_body.load(Ordering::Relaxed)
    }

    /// The lookup context for this page's templates.
    pub fn lookup(&self) -> Lookup<'_> {
        Lookup { path: self.lookup_path.iter().map(String::as_str).collect(), kind: self.kind, layout: &self.layout, lang: "en" }
    }

    /// The shortcode template for `name` this page uses, if the site has one.
    /// (Without the engine there are none: the package's default module
    /// refuses options with shortcodes, and loads no site.)
    pub fn shortcode(&self, name: &str) -> Option<&Layout> {
        if !cfg!(feature = "templates") {
            return None;
        }
        self.site.layouts.find(Role::Shortcode, name, &self.lookup())
    }

    /// Keeps `html` (made by our own code) out of the sanitizer: returns a token
    /// that stands for it until [`Self::restore`].
    /// A highlighter's answer as HTML: an option problem is a warning, a
    /// failure the call's error; in the browser, until the highlighting worker
    /// answers, the code plain between `open` and `close`.
    #[cfg_attr(not(feature = "templates"), allow(dead_code))]
    fn highlighted(&self, outcome: crate::highlight::Outcome, open: &str, code: &str, close: &str) -> Result<String, String> {
        let plain = || {
            let mut out = String::from(open);
            crate::html::escape_text(&mut out, code);
            out.push_str(close);
            out
        };
        Ok(match outcome {
            crate::highlight::Outcome::Html(html) => html.into(),
            crate::highlight::Outcome::Problem(html, message) if !html.as_str().is_empty() => {
                self.note(Severity::Warning, "highlight/option", message, None);
                html.into()
            }
            crate::highlight::Outcome::Problem(_, message) => return Err(message),
            // (Not the page's fault: written plain, as while the highlighter loads, with a warning.)
            crate::highlight::Outcome::GaveUp(message) => {
                self.note(Severity::Warning, "highlight/option", message, None);
                plain()
            }
            crate::highlight::Outcome::Pending => plain(),
        })
    }

    pub fn trust(&self, html: String) -> String {
        let Ok(mut t) = self.trusted.lock() else { return String::new() };
        t.push(html);
        format!("{}{}X", self.trusted_token, t.len() - 1)
    }

    /// `html` with the trusted fragments' tokens replaced by the fragments
    /// (borrowed when it has none).
    pub fn restore<'h>(&self, html: &'h str) -> std::borrow::Cow<'h, str> {
        let Ok(t) = self.trusted.lock() else { return html.into() };
        if t.is_empty() || !crate::search::contains(html, &self.trusted_token) {
            return html.into();
        }
        let mut out = String::with_capacity(html.len());
        let mut rest = html;
        while let Some(at) = crate::search::find(rest, &self.trusted_token) {
            out.push_str(&rest[..at]);
            let after = &rest[at + self.trusted_token.len()..];
            let digits = after.bytes().take_while(u8::is_ascii_digit).count();
            match after[..digits].parse::<usize>().ok().filter(|_| after[digits..].starts_with('X')).and_then(|i| t.get(i)) {
                Some(fragment) => {
                    out.push_str(fragment);
                    rest = &after[digits + 1..];
                }
                None => {
                    out.push_str(&rest[at..at + self.trusted_token.len()]);
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out.into()
    }

    /// Records a problem.
    pub fn note(&self, severity: Severity, code: &'static str, message: String, span: Option<Range<usize>>) {
        let span = span.filter(|_| self.depth.load(Ordering::Relaxed) == 0);
        if let Ok(mut n) = self.notes.lock() {
            n.push(Note { severity, code, message, span });
        }
    }

    /// Takes the problems recorded so far.
    pub fn take_notes(&self) -> Vec<Note> {
        self.notes.lock().map(|mut n| std::mem::take(&mut *n)).unwrap_or_default()
    }

    /// Whether the page is rendering Markdown from inside a template.
    pub fn nested(&self) -> bool {
        self.depth.load(Ordering::Relaxed) > 0
    }

    /// Hugo's `.Position` of a byte offset in the page's Markdown body (in
    /// Markdown rendered from a template, where offsets are not the file's,
    /// a position with the file alone, as Hugo gives where it has none).
    pub fn position(&self, body_offset: Option<usize>) -> Value {
        let file = self.page.as_ref().and_then(|p| p.file.as_deref()).map(|f| format!("content/{f}")).unwrap_or_default();
        let offset = body_offset.filter(|_| !self.nested()).map(|o| self.body_start + o).filter(|o| *o <= self.source.len());
        Value::object(match offset {
            Some(offset) => {
                let starts = self.line_starts.get_or_init(|| {
                    let mut starts = vec![0];
                    starts.extend(self.source.bytes().enumerate().filter(|(_, b)| *b == b'\n').map(|(i, _)| i + 1));
                    starts
                });
                let line = starts.partition_point(|s| *s <= offset);
                let column = offset - starts[line - 1] + 1;
                Position { file, offset: offset as i64, line, column }
            }
            None => Position { file, offset: -1, line: 0, column: 0 },
        })
    }

    /// This page as a template value.
    pub fn page_value(self: &Arc<Self>) -> Value {
        page_value(&self.site, self.index, Some(self.clone()))
    }

    /// Runs `template` with `dot`; `warnf`/`errorf` become notes. The error
    /// message says where in which template it happened.
    pub fn run(self: &Arc<Self>, template: &Template, dot: Value) -> Result<String, String> {
        #[cfg(not(feature = "templates"))]
        {
            let _ = dot;
            template.never()
        }
        #[cfg(feature = "templates")]
        {
            let host = PageHost(self.clone());
            let mut engine = Engine::new(&host);
            let result = engine.run(template, dot);
            for m in engine.take_messages() {
                let (severity, code) = if m.error { (Severity::Error, "template/errorf") } else { (Severity::Warning, "template/warnf") };
                self.note(severity, code, format!("{} ({}:{}:{})", m.text, m.template, m.line, m.column), None);
            }
            match result {
                Ok(out) => {
                    self.template_output.fetch_add(out.text.len(), Ordering::Relaxed);
                    Ok(out.text)
                }
                Err(e) => Err(format!("{}:{}:{}: {}", layout_path(&e.template), e.line, e.column, e.message)),
            }
        }
    }

    /// Markdown rendered for this page from inside a template: shortcodes
    /// and render hooks run; `block` keeps paragraphs, otherwise a single
    /// paragraph loses its `<p>` (Hugo's inline display).
    pub fn render_fragment(self: &Arc<Self>, text: &str, block: bool) -> String {
        let depth = self.depth.fetch_add(1, Ordering::Relaxed);
        let html = if depth >= RENDER_DEPTH {
            self.note(
                Severity::Error,
                "template/too-deep",
                format!("Markdown rendered from templates nests more than {RENDER_DEPTH} deep (a shortcode that renders itself?)"),
                None,
            );
            let mut out = String::new();
            crate::html::escape_text(&mut out, text);
            out
        } else {
            let mut diagnostics = Vec::new();
            let html = shortcode::render_markdown(text, self, &mut diagnostics);
            for d in diagnostics {
                self.note(d.severity, d.code, d.message, None);
            }
            html
        };
        self.depth.fetch_sub(1, Ordering::Relaxed);
        if block {
            return html;
        }
        let t = html.trim();
        if t.matches("<p>").count() == 1 {
            if let Some(inner) = t.strip_prefix("<p>").and_then(|s| s.strip_suffix("</p>")) {
                return inner.trim().to_owned();
            }
        }
        t.to_owned()
    }

    /// `markdownify`: Hugo renders the text with the home page's
    /// `.RenderString`, so with the home page's render hooks (not this
    /// page's section's), and a lone paragraph loses its `<p>`.
    pub fn markdownify(self: &Arc<Self>, text: &str) -> String {
        let is_home = self.kind == "home";
        let home = if is_home { None } else { self.home.get_or_init(|| self.home_for()).clone() };
        let Some(home) = home else { return self.render_fragment(text, false) };
        home.depth.store(self.depth.load(Ordering::Relaxed), Ordering::Relaxed);
        let html = home.render_fragment(text, false);
        for n in home.take_notes() {
            self.note(n.severity, n.code, n.message, None);
        }
        html
    }

    fn hook_layout(&self, kind: HookKind, variant: &str) -> Option<&Layout> {
        // (An options-made site's layouts are shortcodes only.)
        if !super::LOADED {
            return None;
        }
        let key = (kind, variant.to_owned());
        let found = self.hook_cache.lock().ok().and_then(|c| c.get(&key).copied());
        let index = match found {
            Some(i) => i,
            None => {
                let base = match kind {
                    HookKind::Link => "render-link",
                    HookKind::Image => "render-image",
                    HookKind::Heading => "render-heading",
                    HookKind::CodeBlock => "render-codeblock",
                    HookKind::Blockquote => "render-blockquote",
                    HookKind::Table => "render-table",
                    HookKind::Passthrough => "render-passthrough",
                };
                let lookup = self.lookup();
                let specific =
                    (!variant.is_empty()).then(|| self.site.layouts.find(Role::Markup, &format!("{base}-{variant}"), &lookup)).flatten();
                let generic = self.site.layouts.find(Role::Markup, base, &lookup);
                // Hugo walks the page's path from the root down, and a template in a
                // closer folder wins over a more specific one further up
                // (`math/_markup/render-passthrough.html` over `_markup/render-passthrough-inline.html`).
                let layout = match (specific, generic) {
                    (Some(s), Some(g)) if g.scope.len() > s.scope.len() => Some(g),
                    (s, g) => s.or(g),
                };
                let i = layout.map(|l| self.site.layouts.iter().position(|x| std::ptr::eq(x, l)).unwrap_or(usize::MAX));
                if let Ok(mut c) = self.hook_cache.lock() {
                    c.insert(key, i);
                }
                i
            }
        };
        index.and_then(|i| self.site.layouts.iter().nth(i))
    }
}

/// The layouts-relative file of a template name, for messages (`layouts/_shortcodes/note.html`).
#[cfg_attr(not(feature = "templates"), allow(dead_code))]
fn layout_path(name: &str) -> String {
    name.to_owned()
}

/// `.Params` of a page: from the page as the site sees it (cascade applied),
/// or, for a post outside any site, its front matter's custom fields and
/// `params`, keys lowercased.
fn page_params(front_matter: &Json, page: Option<&super::pages::Page>, source: &str, has_cjk_language: bool) -> Value {
    if let Some(p) = page {
        return from_json(&p.params, true);
    }
    let mut params = serde_json::Map::new();
    if let Json::Object(o) = front_matter {
        for (k, v) in o {
            if !k.eq_ignore_ascii_case("params") && !k.eq_ignore_ascii_case("cascade") {
                params.insert(k.to_lowercase(), v.clone());
            }
        }
        if let Some((_, Json::Object(p))) = o.iter().find(|(k, _)| k.eq_ignore_ascii_case("params")) {
            for (k, v) in p {
                params.insert(k.to_lowercase(), v.clone());
            }
        }
    }
    params.entry("draft".to_owned()).or_insert(Json::Bool(false));
    // Hugo's `IsCJKLanguage`, as a boolean whatever the front matter wrote.
    params.insert("iscjklanguage".to_owned(), Json::Bool(crate::render::is_cjk_page(front_matter, source, has_cjk_language)));
    from_json(&Json::Object(params), true)
}

/// `.RenderShortcodes` of the site's page `index`: its Markdown body with its
/// shortcodes rendered in its own context, to be rendered as part of the
/// page that includes it; and the problems its shortcodes had (`start`
/// located in its own file, which the caller names).
///
/// # Errors
/// The page has no file, or is being rendered already (it includes itself).
///
/// Its `{{< >}}` calls' HTML is put in after the Markdown renders, as Hugo
/// does: lent to `outer` (the page whose shortcode includes it), whose
/// expansion takes it as its own calls' (so the raw-HTML policy does not
/// apply to it); without one, written in.
pub fn render_shortcodes(site: &Arc<Site>, index: usize, outer: Option<&PageContext>) -> Result<(String, Vec<crate::Diagnostic>), String> {
    let page = site.pages.get(index);
    let Some(file) = page.file.as_deref() else { return Err(format!("the page {} has no content file", page.path)) };
    if site.stores.is_rendering(index) {
        return Err(format!("{} includes itself (through .RenderShortcodes)", page.path));
    }
    let source = site.files().text(&format!("content/{file}")).unwrap_or_default();
    let fm = crate::front_matter::parse(source, &mut Vec::new());
    let ctx = PageContext::new(site.clone(), Some(file), source, fm.body_start, Arc::new(fm.value));
    let _guard = ctx.rendering();
    let body = &source[fm.body_start..];
    let mut diagnostics = Vec::new();
    let mut expanded = shortcode::expand(body, &ctx, None, &mut diagnostics);
    shortcode::finish(body, &mut expanded, &ctx, &mut diagnostics);
    // Located in the included file (its body's offsets are after its front matter).
    let lines = crate::span::LineIndex::new(source);
    for d in &mut diagnostics {
        d.start = lines.position(fm.body_start + d.span.start);
    }
    let markdown = match outer {
        Some(outer) => {
            outer.lend_outputs(expanded.token.clone(), std::mem::take(&mut expanded.outputs));
            expanded.markdown
        }
        None => shortcode::substitute(&expanded.markdown, &expanded).into_owned(),
    };
    Ok((markdown, diagnostics))
}

/// What the page's templates reach.
#[cfg_attr(not(feature = "templates"), allow(dead_code))]
pub struct PageHost(pub Arc<PageContext>);

impl Host for PageHost {
    fn site(&self) -> Value {
        Value::object(SiteObject(self.0.site.clone()))
    }

    fn hugo(&self) -> Value {
        Value::object(HugoObject(self.0.site.clone()))
    }

    fn page(&self) -> Value {
        self.0.page_value()
    }

    fn render_markdown(&self, text: &str, block: bool) -> Result<String, String> {
        Ok(if block { self.0.render_fragment(text, true) } else { self.0.markdownify(text) })
    }

    fn resource(&self, path: &str) -> Value {
        Resource::asset(&self.0.site, path).map_or(Value::Nil, Value::object)
    }

    fn resources(&self, pattern: &str) -> Vec<Value> {
        let pattern = pattern.trim_start_matches('/').to_lowercase();
        let site = &self.0.site;
        site.assets
            .keys()
            .filter(|p| super::pages::glob(&pattern, &p.to_lowercase()))
            .filter_map(|p| Resource::asset(site, p))
            .map(Value::object)
            .collect()
    }

    fn partial(&self, name: &str) -> Option<Result<Arc<Template>, crate::template::TemplateError>> {
        self.0.site.layouts.partial(name).map(|l| l.template.clone())
    }

    fn define(&self, name: &str) -> Option<Arc<Template>> {
        self.0.site.layouts.define(name)
    }

    fn template_exists(&self, path: &str) -> bool {
        self.0.site.layouts.exists(path)
    }

    #[cfg(feature = "templates")]
    fn template_file(&self, name: &str) -> Option<String> {
        self.0.site.layouts.file_of(name).map(str::to_owned)
    }

    fn highlight(&self, code: &str, lang: &str, options: &Value) -> Result<String, String> {
        // The option string of `transform.Highlight`: as written, or a map as `k=v,…`;
        // as in Hugo, its `type` is the language and its `code` the code, whichever way given.
        let (mut code, mut lang) = (code.to_owned(), lang.to_owned());
        let mut pairs: Vec<(String, String)> =
            crate::template::highlight_option_pairs(options).into_iter().map(|(k, v)| (k, v.text())).collect();
        pairs.retain(|(k, v)| match k.to_ascii_lowercase().as_str() {
            "type" => {
                lang.clone_from(v);
                false
            }
            "code" => {
                code.clone_from(v);
                false
            }
            _ => true,
        });
        let options = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect::<Vec<_>>().join(",");
        let (code, lang) = (code.as_str(), lang.as_str());
        let h = &self.0.site.options.markup.highlight;
        let html = self.0.highlighted(
            crate::highlight::code(code, lang, &options, &h.options, &h.config),
            "<pre tabindex=\"0\"><code>",
            code,
            "</code></pre>",
        )?;
        Ok(self.0.trust(html))
    }

    fn highlight_code_block(
        &self,
        code: &str,
        lang: &str,
        attributes: &[(String, crate::markdown::attribute::Value)],
        ordinal: usize,
    ) -> Result<(String, String), String> {
        let fence = crate::highlight::Fence { code, lang, attributes, ordinal };
        let h = &self.0.site.options.markup.highlight;
        // Plain while pending, in Hugo's wrapper as the page's own fences are.
        let outcome = crate::highlight::code_block(&fence, &h.options, &h.config);
        let html = self.0.highlighted(outcome, "<div class=\"highlight\"><pre tabindex=\"0\"><code>", code, "</code></pre></div>")?;
        // `.Inner`: between the last `<code …>` and its `</code>` (with line
        // numbers in a table, the second of two), as Hugo's pre wrapper marks it.
        let inner = html
            .rfind("<code")
            .and_then(|open| html[open..].find('>').map(|gt| open + gt + 1))
            .and_then(|from| html[from..].rfind("</code>").map(|len| html[from..from + len].to_owned()))
            .unwrap_or_else(|| html.clone());
        Ok((self.0.trust(html), self.0.trust(inner)))
    }

    fn can_highlight(&self, lang: &str) -> bool {
        crate::highlight::knows(lang)
    }

    fn restore_trusted(&self, text: &str) -> Option<String> {
        // (Borrowed: no stand-in in `text`.)
        match self.0.restore(text) {
            std::borrow::Cow::Owned(html) => Some(html),
            std::borrow::Cow::Borrowed(_) => None,
        }
    }

    fn now(&self) -> Option<i64> {
        self.0.site.options.now.or_else(crate::render::current_time)
    }

    fn ignores_log(&self, id: &str) -> bool {
        self.0.site.ignores_log(id)
    }

    fn heading_id_style(&self) -> crate::markdown::heading_id::IdStyle {
        self.0.site.options.markup.goldmark.parser.auto_heading_id_type
    }

    fn deprecated(&self, item: &'static str, alternative: &'static str, version: &'static str) {
        // Hugo logs a deprecation once per build: here once per page, at Hugo's
        // level for its age (a warning from 3 minor versions on, an error from 15).
        let minor = |v: &str| v.trim_start_matches('v').split('.').nth(1).and_then(|m| m.parse::<i64>().ok()).unwrap_or(0);
        let age = minor(super::objects::HUGO_VERSION) - minor(version);
        if age < 3 || self.0.deprecations.lock().map_or(true, |mut seen| !seen.insert(item)) {
            return;
        }
        let (severity, message) = if age >= 15 {
            (Severity::Error, format!("{item} was deprecated in Hugo {version} and subsequently removed. {alternative}"))
        } else {
            (Severity::Warning, format!("{item} was deprecated in Hugo {version} and will be removed in a future release. {alternative}"))
        };
        self.0.note(severity, "template/deprecated", format!("deprecated: {message}"), None);
    }

    fn translate(&self, id: &str, data: &Value) -> Result<Option<String>, String> {
        let site = &self.0.site;
        let found = site.translations.translate(site.language(), id, data)?;
        if found.is_none() {
            let flag = |k: &str| site.config.get(k).and_then(Json::as_bool).unwrap_or(false);
            if flag("printi18nwarnings") {
                self.0.note(Severity::Warning, "template/i18n", format!("i18n|MISSING_TRANSLATION|{}|{id}", site.language()), None);
            }
            if flag("enablemissingtranslationplaceholders") {
                return Ok(Some(format!("[i18n] {id}")));
            }
        }
        Ok(found)
    }

    fn list_member(&self, list: &[Value], name: &str, args: &[Value]) -> Option<Result<Value, String>> {
        super::objects::pages_method(list, name, args)
    }
}

/// What `ref`/`relref` make of a reference.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reference {
    /// The page's URL (with the reference's `#fragment`).
    Found(String),
    /// No such page: Hugo logs `message` (an error, or a warning with
    /// `refLinksErrorLevel: warning`) and writes `url` (`refLinksNotFoundURL`, empty by default).
    NotFound {
        /// Hugo's log line.
        message: String,
        /// Whether it is logged as an error.
        error: bool,
        /// What is written instead of the URL.
        url: String,
    },
}

/// `ref`/`relref`: the URL of a page by reference, relative or (`absolute`)
/// with the site's scheme and host; `position` (a shortcode call's) goes into
/// the not-found message, else the page it is resolved from.
///
/// # Errors
/// An ambiguous reference (Hugo fails the build on it).
pub fn resolve_ref(site: &Site, from: Option<usize>, reference: &str, absolute: bool, position: Option<&str>) -> Result<Reference, String> {
    let (path, fragment) = reference.split_once('#').map_or((reference, None), |(p, f)| (p, Some(f)));
    let base = if path.is_empty() {
        from.map(|i| site.pages.get(i).rel_permalink.clone()).unwrap_or_default()
    } else {
        match site.pages.get_page(from, path, true)? {
            Some(i) => site.pages.get(i).rel_permalink.clone(),
            None => {
                let place = match (position, from) {
                    (Some(p), _) => format!(": {p}"),
                    (None, Some(i)) => format!(" from page {}", quote(&site.pages.get(i).path, false)),
                    (None, None) => String::new(),
                };
                let config = |k: &str| site.config.get(k).and_then(Json::as_str).unwrap_or("");
                return Ok(Reference::NotFound {
                    message: format!("[{}] REF_NOT_FOUND: Ref {}{place}: page not found", site.language(), quote(reference, false)),
                    error: !config("reflinkserrorlevel").eq_ignore_ascii_case("warning"),
                    url: config("reflinksnotfoundurl").to_owned(),
                });
            }
        }
    };
    let url = match fragment {
        Some(f) => format!("{base}#{f}"),
        None => base,
    };
    Ok(Reference::Found(if absolute { super::objects::absolute(site, &url) } else { url }))
}

/// `.Ref`/`.RelRef` of a page or shortcode (and the `ref`/`relref`
/// functions): the URL, with REF_NOT_FOUND logged through `cx` as Hugo logs it.
///
/// # Errors
/// No path given, or an ambiguous reference.
pub fn ref_method(site: &Site, from: Option<usize>, name: &str, args: &[Value], cx: &mut Cx<'_>) -> Result<Value, String> {
    let reference = match args.first() {
        Some(Value::Map(m)) => m.get("path").map(Value::text).unwrap_or_default(),
        Some(v) => v.text(),
        None => return Err(format!(".{name} needs a path")),
    };
    // Recap holds one language: a reference to another is one Hugo finds no site for.
    if let Some(Value::Map(m)) = args.first() {
        if let Some(lang) = m.get("lang").map(Value::text).filter(|l| !l.is_empty() && !l.eq_ignore_ascii_case(site.language())) {
            cx.message(
                true,
                format!(
                    "[{}] REF_NOT_FOUND: Ref {}: no site found with lang {}",
                    site.language(),
                    quote(&reference, false),
                    quote(&lang, false)
                ),
            );
            return Ok(Value::from(site.config.get("reflinksnotfoundurl").and_then(Json::as_str).unwrap_or("")));
        }
    }
    Ok(Value::from(match resolve_ref(site, from, &reference, name == "Ref", None)? {
        Reference::Found(url) => url,
        Reference::NotFound { message, error, url } => {
            cx.message(error, message);
            url
        }
    }))
}

/// The context object of a shortcode call (Hugo's `ShortcodeWithPage`).
pub struct ShortcodeObject {
    /// The page.
    pub page: Arc<PageContext>,
    /// `.Name`
    pub name: String,
    /// `.Params`: a list, a map or nil.
    pub params: Value,
    /// Whether the arguments are named.
    pub named: bool,
    /// `.Inner`, for a call with a closing tag.
    pub inner: Option<String>,
    /// The spaces before the call on its line (for `.InnerDeindent`).
    pub indentation: String,
    /// `.Ordinal`
    pub ordinal: usize,
    /// `.Parent`
    pub parent: Value,
    /// `.Position`
    pub position: Value,
    /// `.Store` (and `.Scratch`): the call's own pad, for as long as it renders.
    pub store: Arc<Mutex<Map>>,
}

impl Object for ShortcodeObject {
    fn type_name(&self) -> &str {
        "*hugolib.ShortcodeWithPage"
    }

    fn member(&self, name: &str, args: &[Value], cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(Some(match name {
            "Get" => {
                let Some(key) = args.first() else { return Err(".Get needs a position or a name".to_owned()) };
                match (&self.params, key) {
                    (Value::List(l), Value::Int(i)) => l.get(*i as usize).cloned().unwrap_or_default(),
                    (Value::Map(m), Value::String(k)) => m.get(k).cloned().unwrap_or_default(),
                    (Value::List(l), other) => other.to_int().and_then(|i| l.get(i as usize).cloned()).unwrap_or_default(),
                    _ => Value::Nil,
                }
            }
            "Params" => self.params.clone(),
            "IsNamedParams" => Value::Bool(self.named),
            "Inner" => Value::safe(self.inner.clone().unwrap_or_default(), Safe::Html),
            "InnerDeindent" => Value::safe(shortcode::deindent(self.inner.as_deref().unwrap_or(""), &self.indentation), Safe::Html),
            "Name" => Value::from(self.name.as_str()),
            "Ordinal" => Value::Int(self.ordinal as i64),
            "Parent" => self.parent.clone(),
            "Page" => self.page.page_value(),
            "Site" => Value::object(SiteObject(self.page.site.clone())),
            "Position" => self.position.clone(),
            "Scratch" | "Store" => Value::object(super::objects::Scratch(self.store.clone())),
            "Ref" | "RelRef" => ref_method(&self.page.site, self.page.index, name, args, cx)?,
            _ => return Ok(None),
        }))
    }

    fn data(&self) -> Option<Value> {
        Some(self.params.clone())
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// Hugo's `text.Position`: a place in a content file. It prints as
/// `"content/posts/p.md:4:1"` (quotes included, Hugo's default format);
/// columns count bytes from 1, as Hugo's do.
pub struct Position {
    file: String,
    offset: i64,
    line: usize,
    column: usize,
}

impl Object for Position {
    fn type_name(&self) -> &str {
        "text.Position"
    }

    fn member(&self, name: &str, _args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(Some(match name {
            "Filename" => Value::from(self.file.as_str()),
            "Offset" => Value::Int(self.offset),
            "LineNumber" => Value::Int(self.line as i64),
            "ColumnNumber" => Value::Int(self.column as i64),
            "IsValid" => Value::Bool(self.line > 0),
            "String" => Value::from(self.text()),
            _ => return Ok(None),
        }))
    }

    fn text(&self) -> String {
        let file = if self.file.is_empty() { "<stream>" } else { &self.file };
        format!("\"{file}:{}:{}\"", self.line, self.column)
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// The context object a render hook's template gets.
pub struct HookObject {
    page: Value,
    inner: Value,
    fields: Map,
}

impl Object for HookObject {
    fn type_name(&self) -> &str {
        "hooks.RenderContext"
    }

    fn member(&self, name: &str, _args: &[Value], _cx: &mut Cx<'_>) -> Result<Option<Value>, String> {
        Ok(match name {
            "Page" => Some(self.page.clone()),
            "PageInner" => Some(self.inner.clone()),
            _ => self.fields.get(name).cloned(),
        })
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn attributes_value(attrs: &[(String, String)]) -> Value {
    let mut m = Map::new();
    for (k, v) in attrs {
        m.insert(k.clone(), Value::from(v.as_str()));
    }
    Value::map(m)
}

/// Hugo's split of a code block's attributes (`markup/internal/attributes`):
/// Chroma's highlighting options (`lineNos`, `hl_lines`…, named as written)
/// go to `.Options`, the rest (named in lowercase) to `.Attributes`; event
/// handlers are dropped; numbers are floats, lists are line ranges
/// (`[2, "4-5"]` is `[[1 1] [3 4]]`, counted from 0).
fn code_block_attributes(attributes: &[(String, crate::markdown::attribute::Value)]) -> (Value, Value) {
    use crate::markdown::attribute::Value as A;
    let (mut attrs, mut options) = (Map::new(), Map::new());
    for (name, v) in attributes {
        let lower = name.to_ascii_lowercase();
        if lower.starts_with("on") {
            continue;
        }
        let value = match v {
            A::String(s) => Value::from(s.as_str()),
            A::Number(n) => Value::Float(*n),
            A::Bool(b) => Value::Bool(*b),
            A::Null => Value::Nil,
            A::Array(items) => Value::list(
                items
                    .iter()
                    .filter_map(|item| {
                        let (lo, hi) = match item {
                            A::Number(n) => (*n as i64, *n as i64),
                            A::String(r) => {
                                let (a, b) = r.split_once('-').unwrap_or((r, r));
                                (a.trim().parse().ok()?, b.trim().parse().ok()?)
                            }
                            _ => return None,
                        };
                        Some(Value::list(vec![Value::Int(lo - 1), Value::Int(hi - 1)]))
                    })
                    .collect(),
            ),
        };
        if recap_highlight::options::FENCE_OPTION_ATTRIBUTES.contains(&lower.as_str()) {
            options.insert(name.clone(), value);
        } else {
            attrs.insert(lower, value);
        }
    }
    (Value::map(attrs), Value::map(options))
}

fn cells_value(rows: &[Vec<Cell>]) -> Value {
    Value::list(
        rows.iter()
            .map(|row| {
                Value::list(
                    row.iter()
                        .map(|c| {
                            let mut m = Map::new();
                            m.insert("Alignment", Value::from(c.alignment));
                            m.insert("Text", Value::safe(c.text.as_str(), Safe::Html));
                            Value::map(m)
                        })
                        .collect(),
                )
            })
            .collect(),
    )
}

/// The page's render hooks, for the Markdown writer: the page, and the map
/// from the Markdown the writer sees (shortcodes expanded) to the page's body.
pub struct PageHooks<'m>(pub Arc<PageContext>, pub Option<&'m shortcode::SourceMap>);

impl PageHooks<'_> {
    /// Whether Hugo's embedded link or image hook renders `kind` here
    /// (`markup.goldmark.renderHooks.KIND.useEmbedded`, see [`UseEmbedded`]).
    fn embedded(&self, kind: HookKind, variant: &str) -> bool {
        if !super::LOADED {
            return false;
        }
        let hooks = &self.0.site.options.markup.goldmark.render_hooks;
        let setting = match kind {
            HookKind::Link => hooks.link,
            HookKind::Image => hooks.image,
            _ => return false,
        };
        match setting {
            UseEmbedded::Always => true,
            UseEmbedded::Fallback => self.0.hook_layout(kind, variant).is_none(),
            UseEmbedded::Auto => self.0.site.embedded_hooks_by_default() && self.0.hook_layout(kind, variant).is_none(),
            UseEmbedded::Never => false,
        }
    }

    /// Hugo's embedded link and image hooks, as its docs describe them: an
    /// internal destination resolves to a page (links only), else a resource
    /// of the page, else a global resource (`assets/`); a remote one, or one
    /// that resolves to nothing, is kept as written; nothing is reported.
    fn render_embedded(&self, hook: &Hook<'_>) -> Option<String> {
        let mut html = String::new();
        match hook {
            Hook::Link { destination, title, text, .. } => {
                html.push_str("<a href=\"");
                crate::html::escape_href(&mut html, &self.resolve_embedded(destination, true));
                html.push('"');
                if !title.is_empty() {
                    html.push_str(" title=\"");
                    crate::html::escape_attr(&mut html, title);
                    html.push('"');
                }
                html.push('>');
                html.push_str(text);
                html.push_str("</a>");
            }
            Hook::Image { destination, title, plain_text, attributes, .. } => {
                html.push_str("<img src=\"");
                crate::html::escape_href(&mut html, &self.resolve_embedded(destination, false));
                html.push_str("\" alt=\"");
                crate::html::escape_attr(&mut html, plain_text);
                html.push('"');
                if !title.is_empty() {
                    html.push_str(" title=\"");
                    crate::html::escape_attr(&mut html, title);
                    html.push('"');
                }
                for (k, v) in attributes.iter() {
                    html.push(' ');
                    crate::html::escape_attr(&mut html, k);
                    html.push_str("=\"");
                    crate::html::escape_attr(&mut html, v);
                    html.push('"');
                }
                html.push('>');
            }
            _ => return None,
        }
        Some(Sanitizer::new().clean(&html))
    }

    fn resolve_embedded(&self, destination: &str, pages: bool) -> String {
        let remote = destination.starts_with("//")
            || destination
                .split_once(':')
                .is_some_and(|(scheme, _)| !scheme.is_empty() && scheme.chars().all(|c| c.is_ascii_alphanumeric() || "+-.".contains(c)));
        if remote {
            return destination.to_owned();
        }
        let (rest, fragment) = destination.split_once('#').map_or((destination, None), |(p, f)| (p, Some(f)));
        let (path, query) = rest.split_once('?').map_or((rest, None), |(p, q)| (p, Some(q)));
        if path.is_empty() {
            return destination.to_owned();
        }
        let page = &self.0;
        let site = &page.site;
        let found = if pages {
            site.pages.get_page(page.index, path, false).ok().flatten().map(|i| site.pages.get(i).rel_permalink.clone())
        } else {
            None
        };
        let found = found
            .or_else(|| {
                let resources = super::objects::Resources::of(site, page.index);
                resources.get(path.trim_start_matches("./")).map(|r| r.rel_permalink())
            })
            .or_else(|| Resource::asset(site, path).map(|r| r.rel_permalink()));
        let Some(mut url) = found else { return destination.to_owned() };
        if let Some(q) = query {
            url.push('?');
            url.push_str(q);
        }
        if let Some(f) = fragment {
            url.push('#');
            url.push_str(f);
        }
        url
    }
}

impl Hooks for PageHooks<'_> {
    fn has(&self, kind: HookKind, variant: &str) -> bool {
        self.0.hook_layout(kind, variant).is_some() || self.embedded(kind, variant)
    }

    fn identifiers(&self, keys: &[Option<String>]) {
        // (The body's only: `.RenderString` and `markdownify` render with no
        // source map. Only site templates read them.)
        if self.1.is_none() || !cfg!(feature = "templates") {
            return;
        }
        if let Ok(mut f) = self.0.fragments.lock() {
            *f = Some(Arc::new(crate::markdown::heading_id::identifiers(keys)));
        }
    }

    fn any(&self) -> bool {
        super::LOADED
            && (self.0.site.layouts.iter().any(|l| l.role == Role::Markup)
                || self.embedded(HookKind::Link, "")
                || self.embedded(HookKind::Image, ""))
    }

    fn render(&self, hook: &Hook<'_>, ordinal: usize, span: Range<usize>) -> Option<String> {
        let variant = match hook {
            Hook::CodeBlock { lang, .. } => lang.to_string(),
            Hook::Blockquote { alert_type, .. } => (if alert_type.is_empty() { "regular" } else { "alert" }).to_owned(),
            Hook::Passthrough { block, .. } => (if *block { "block" } else { "inline" }).to_owned(),
            _ => String::new(),
        };
        if self.embedded(hook.kind(), &variant) {
            return self.render_embedded(hook);
        }
        let layout = self.0.hook_layout(hook.kind(), &variant)?;
        let template = match &layout.template {
            Ok(t) => t.clone(),
            Err(e) => {
                self.0.note(
                    Severity::Error,
                    "template/syntax",
                    format!("{}:{}:{}: {}", layout.file, e.line, e.column, e.message),
                    Some(span),
                );
                return None;
            }
        };
        #[cfg(not(feature = "templates"))]
        {
            let _ = ordinal;
            template.never();
        }
        #[cfg_attr(not(feature = "templates"), allow(unreachable_code))]
        let mut f = Map::new();
        f.insert("Ordinal", Value::Int(ordinal as i64));
        f.insert("Position", self.0.position(self.1.map(|m| m.to_source(span.start))));
        match hook {
            Hook::Link { destination, title, text, plain_text } => {
                f.insert("Destination", Value::from(*destination));
                f.insert("Title", Value::from(*title));
                f.insert("Text", Value::safe(*text, Safe::Html));
                f.insert("PlainText", Value::from(*plain_text));
            }
            Hook::Image { destination, title, text, plain_text, is_block, attributes } => {
                f.insert("Destination", Value::from(*destination));
                f.insert("Title", Value::from(*title));
                f.insert("Text", Value::safe(*text, Safe::Html));
                f.insert("PlainText", Value::from(*plain_text));
                f.insert("IsBlock", Value::Bool(*is_block));
                f.insert("Attributes", attributes_value(attributes));
            }
            Hook::Heading { level, anchor, text, plain_text, attributes } => {
                f.insert("Level", Value::Int(i64::from(*level)));
                f.insert("Anchor", Value::from(*anchor));
                f.insert("Text", Value::safe(*text, Safe::Html));
                f.insert("PlainText", Value::from(*plain_text));
                // Hugo's heading attributes hold its ID too.
                let mut attrs = attributes_value(attributes);
                if let (Value::Map(m), false) = (&mut attrs, anchor.is_empty()) {
                    std::sync::Arc::make_mut(m).insert("id", Value::from(*anchor));
                }
                f.insert("Attributes", attrs);
            }
            Hook::CodeBlock { lang, inner, attributes, bad_attributes } => {
                if let Some(braces) = bad_attributes {
                    self.0.note(
                        Severity::Error,
                        "markdown/attributes",
                        format!("failed to parse Markdown attributes {}; you may need to quote the values", quote(braces, false)),
                        Some(span.clone()),
                    );
                }
                let (attrs, options) = code_block_attributes(attributes);
                f.insert("Type", Value::from(*lang));
                // Hugo chomps the code's last line break.
                let inner = inner.strip_suffix('\n').map_or(*inner, |s| s.strip_suffix('\r').unwrap_or(s));
                f.insert("Inner", Value::from(inner));
                f.insert("Attributes", attrs);
                f.insert("Options", options);
            }
            Hook::Blockquote { text, alert_type, alert_title, alert_sign, attributes } => {
                f.insert("Type", Value::from(if alert_type.is_empty() { "regular" } else { "alert" }));
                f.insert("Text", Value::safe(*text, Safe::Html));
                f.insert("AlertType", Value::from(*alert_type));
                f.insert("AlertTitle", Value::safe(*alert_title, Safe::Html));
                f.insert("AlertSign", Value::from(*alert_sign));
                f.insert("Attributes", attributes_value(attributes));
            }
            Hook::Table { head, body, attributes } => {
                f.insert("THead", cells_value(head));
                f.insert("TBody", cells_value(body));
                f.insert("Attributes", attributes_value(attributes));
            }
            Hook::Passthrough { inner, block, attributes } => {
                f.insert("Inner", Value::from(*inner));
                f.insert("Type", Value::from(if *block { "block" } else { "inline" }));
                f.insert("Attributes", attributes_value(attributes));
            }
        }
        let offset = self.1.map(|m| m.to_source(span.start));
        let dot = Value::object(HookObject { page: self.0.page_value(), inner: self.0.inner_at(offset), fields: f });
        match self.0.run(&template, dot) {
            Ok(html) => {
                let mut sanitizer = Sanitizer::new();
                let html = sanitizer.clean(&html);
                if sanitizer.take_too_deep() {
                    self.0.note(Severity::Warning, "limits/nesting", crate::limits::html_nesting_message(), Some(span));
                }
                Some(html)
            }
            Err(message) => {
                self.0.note(Severity::Error, "template/hook", format!("in the render hook {message}"), Some(span));
                None
            }
        }
    }
}
