//! The binding layer: the only module that names wasm-bindgen, js-sys and
//! web-sys. It is thin: options and sources come in as strings, results go out
//! as text (one call per edit: [`crate::js`] says its shape) that JavaScript
//! reads out of the module's memory ([`result_at`]), and the DOM patcher
//! applies the core's [`crate::patch`] plan. The npm package's `recap.js`
//! wraps these exports with idempotent `init()`, crash recovery and the
//! documented API.

mod dom;

use crate::options::Options;
use wasm_bindgen::prelude::*;

#[wasm_bindgen(typescript_custom_section)]
const TYPES: &'static str = r#"
/** A problem in a post, located for a JS editor: 1-based lines, UTF-16 columns, 0-based UTF-16 offsets. */
export interface Diagnostic {
  severity: "error" | "warning" | "info";
  /** Stable code, e.g. "front-matter/unknown-field". */
  code: string;
  message: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  /** UTF-16 offset of the start, for `textarea.setSelectionRange`. */
  start: number;
  end: number;
  /** The front-matter field, dotted (`params.author`). */
  path: string | null;
  suggestion: string | null;
  /** An edit that fixes the problem: replace `start..end` (UTF-16 offsets) with `replacement`. */
  fix: { title: string; start: number; end: number; replacement: string } | null;
}

/** A top-level block of the body. */
export interface Block {
  /** Stable while the block's HTML is unchanged. */
  readonly key: string;
  readonly html: string;
  readonly startLine: number;
  readonly endLine: number;
}

/** Everything Recap makes of a post. */
export interface RenderResult {
  html: string;
  frontMatter: Record<string, unknown>;
  diagnostics: Diagnostic[];
  tocHtml: string;
  summaryHtml: string;
  truncated: boolean;
  wordCount: number;
  readingTime: number;
  blocks: Block[];
}

"#;

#[wasm_bindgen(typescript_custom_section)]
const OPTIONS: &'static str = include_str!("options.d.ts");

fn options_from(json: &str) -> Result<Options, JsError> {
    use_browser_patterns();
    let value: serde_json::Value = if json.trim().is_empty() {
        serde_json::Value::Object(Default::default())
    } else {
        crate::front_matter::parse_document(json, crate::Format::Json)
            .map_err(|e| JsError::new(&format!("Recap options are not valid JSON: {} at byte {}", e.message, e.offset)))?
    };
    let options = Options::from_value(&value).map_err(|e| JsError::new(&format!("Invalid Recap option {e}")))?;
    if !has_templates() && !options.shortcodes.is_empty() {
        return Err(JsError::new(
            "Invalid Recap option `recap.shortcodes`: site shortcode templates need Recap's template engine, \
             which the module loaded leaves out; load it with `await init({ templates: true })`",
        ));
    }
    if !cfg!(feature = "validate") && options.schema.is_some() {
        return Err(JsError::new(
            "Invalid Recap option `recap.schema`: front matter is checked against a schema by the editing module, \
             which the module loaded leaves out; load it with `await init({ editing: true })`",
        ));
    }
    Ok(options)
}

#[wasm_bindgen]
extern "C" {
    /// The browser's `RegExp`, for schema `pattern`s (ECMA-262, as JSON Schema specifies).
    type RegExp;
    #[wasm_bindgen(constructor, catch)]
    fn new(pattern: &str, flags: &str) -> Result<RegExp, JsValue>;
    #[wasm_bindgen(method)]
    fn test(this: &RegExp, text: &str) -> bool;
}

/// A schema `pattern` run by the browser's engine. It keeps the source and
/// builds the `RegExp` per check (JS values cannot be shared across threads,
/// which the core's matchers must allow; engines cache compiled patterns).
struct BrowserPattern(String);

impl crate::front_matter::pattern::Matcher for BrowserPattern {
    fn is_match(&self, text: &str) -> bool {
        RegExp::new(&self.0, "u").is_ok_and(|re| re.test(text))
    }
}

fn browser_pattern(source: &str) -> Result<Box<dyn crate::front_matter::pattern::Matcher>, String> {
    match RegExp::new(source, "u") {
        Ok(_) => Ok(Box::new(BrowserPattern(source.to_owned()))),
        Err(e) => Err(js_sys::Error::from(e).message().into()),
    }
}

/// Makes schema patterns compile with the browser's `RegExp`, code blocks ask
/// `globalThis.__recapHighlight` and renders read the page's clock (once; every
/// entry that reads options calls this, as a module's start function may not
/// run in every host).
fn use_browser_patterns() {
    crate::front_matter::pattern::set_engine(browser_pattern);
    crate::highlight::set_bridge(highlight_bridge);
    crate::html::set_clobber_check(clobbers);
    crate::render::set_clock(|| (js_sys::Date::now() / 1000.0) as i64);
}

thread_local! {
    /// The page's document and a form of it (not in the page), asked by [`clobbers`].
    static NAMED: Option<(web_sys::Document, web_sys::Element)> = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.create_element("form").ok().map(|f| (d, f)));
}

/// Whether an element named `name` takes over a member of the page's
/// `document` or of a form (`name in document || name in form`). In a worker,
/// where there is no page, nothing is taken over.
fn clobbers(name: &str) -> bool {
    let key = JsValue::from_str(name);
    NAMED.with(|named| {
        named.as_ref().is_some_and(|(document, form)| {
            js_sys::Reflect::has(document, &key).unwrap_or(false) || js_sys::Reflect::has(form, &key).unwrap_or(false)
        })
    })
}

#[wasm_bindgen]
extern "C" {
    /// js/highlight.js's bridge: the highlighting module's answer for a code
    /// block (its `answer`: the HTML, or `{ html, problem }`), or undefined
    /// until the highlighting worker has answered (also when no bridge is installed).
    #[wasm_bindgen(catch, js_namespace = globalThis, js_name = __recapHighlight)]
    fn recap_highlight(kind: &str, code: &str, lang: &str, attributes: &str, ordinal: u32, config: &str) -> Result<JsValue, JsValue>;
}

fn highlight_bridge(
    kind: &str,
    code: &str,
    lang: &str,
    attributes: &str,
    ordinal: usize,
    config: &str,
) -> Option<crate::highlight::Answer> {
    let answer = recap_highlight(kind, code, lang, attributes, ordinal as u32, config).ok()?;
    if let Some(html) = answer.as_string() {
        return Some(crate::highlight::Answer { html: Some(html), problem: None });
    }
    // (Undefined, "not yet", the usual answer while the worker works: no property reads.)
    if !answer.is_object() {
        return None;
    }
    let field = |name: &str| js_sys::Reflect::get(&answer, &JsValue::from_str(name)).ok().and_then(|v| v.as_string());
    let (html, problem) = (field("html"), field("problem"));
    (html.is_some() || problem.is_some()).then_some(crate::highlight::Answer { html, problem })
}

/// Sends panic messages to the console before the module traps (in builds
/// that keep panic messages).
#[wasm_bindgen(start)]
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&JsValue::from_str(&format!("Recap crashed: {info}")));
    }));
}

/// Reads a site config (or schema) file's text — YAML, TOML or JSON, by `name`'s
/// extension or guessed — into JSON text that can be passed as options.
/// Errors name the line.
#[wasm_bindgen(js_name = parseConfig)]
pub fn parse_config(text: &str, name: &str) -> Result<String, JsError> {
    use_browser_patterns();
    let error = |e: crate::options::ConfigError| JsError::new(&format!("{name}: {e}"));
    let value = Options::config_value(text, Options::format_for_path(name)).map_err(error)?;
    Options::from_value(&value).map_err(error)?;
    Ok(value.to_string())
}

/// Where each front-matter field of a post is (for a form that edits the
/// text in place); JSON text, see [`crate::js::fields`]. An author's tool,
/// in the editing and site modules: the default one says so.
#[wasm_bindgen(js_name = frontMatterFields)]
pub fn front_matter_fields(source: &str) -> Result<String, JsError> {
    if !cfg!(feature = "editing") {
        return Err(JsError::new(
            "frontMatterFields is in the editing module, which the module loaded leaves out; \
             load it with `await init({ editing: true })`",
        ));
    }
    Ok(crate::js::fields(source).to_string())
}

/// A JS value as `String(value)` gives it (an error as "Error: message"),
/// for messages: `{:?}` prints nothing in the package's module (-Zfmt-debug=none).
fn js_text(value: &JsValue) -> String {
    match value.as_string() {
        Some(text) => text,
        None if value.is_object() => value.unchecked_ref::<js_sys::Object>().to_string().into(),
        None => "an error without a message".to_owned(),
    }
}

/// Gives `emojify` in a site's templates its table (the package's
/// `core/recap_emoji.tsv`), which the site module does not build in; the
/// other modules, without templates, have no use for it.
#[wasm_bindgen(js_name = addEmoji)]
pub fn add_emoji(table: String) {
    #[cfg(feature = "templates")]
    crate::set_emoji_table(table);
    #[cfg(not(feature = "templates"))]
    drop(table);
}

/// The crate version.
#[wasm_bindgen]
pub fn version() -> String {
    env!("CARGO_PKG_VERSION").to_owned()
}

/// Whether this module has the engine for site shortcode templates (the
/// package ships a module with it and a smaller one without).
#[wasm_bindgen(js_name = hasTemplates)]
pub fn has_templates() -> bool {
    cfg!(feature = "templates")
}

/// Whether this module has what an author needs beyond showing posts: its
/// `update` re-renders only the blocks an edit touched, and front matter is
/// checked against Hugo's fields and the site's schema (the editor's module
/// and the site module; the default one renders the whole post at every
/// update, checks no front matter, and is smaller by that code).
#[wasm_bindgen(js_name = hasEditing)]
pub fn has_editing() -> bool {
    cfg!(feature = "editing")
}

/// What an `id` or `name` that would take over a member of the page gets in
/// front of it (the DOM paths apply the same rule to what the page added).
#[wasm_bindgen(js_name = clobberPrefix)]
pub fn clobber_prefix() -> String {
    crate::html::CLOBBER_PREFIX.to_owned()
}

/// How many embeds a page keeps live at once by default (`recap: maxLiveEmbeds`).
#[wasm_bindgen(js_name = defaultLiveEmbeds)]
pub fn default_live_embeds() -> usize {
    crate::limits::LIVE_EMBEDS
}

thread_local! {
    /// The last result's text, kept between calls: a render neither allocates
    /// it nor has JavaScript free it, and JavaScript decodes it straight out
    /// of the module's memory in the pieces it wants (a wasm-bindgen `String`
    /// was allocated for each result, decoded whole, then freed).
    static RESULT: std::cell::RefCell<Vec<u8>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Writes a result with `write` (into the kept buffer); returns its length in bytes.
fn give(write: impl FnOnce(&mut Vec<u8>)) -> usize {
    RESULT.with(|result| {
        let mut out = result.borrow_mut();
        write(&mut out);
        out.len()
    })
}

/// Where the last result's text starts in the module's memory (its length is
/// what the call that made it returned). It is valid until the next call
/// into the module.
#[wasm_bindgen(js_name = resultAt)]
pub fn result_at() -> usize {
    RESULT.with(|result| result.borrow().as_ptr() as usize)
}

/// The last result's text (for the browser tests, on the Rust side of the boundary).
#[cfg(feature = "internals")]
pub fn result_text() -> String {
    RESULT.with(|result| String::from_utf8_lossy(&result.borrow()).into_owned())
}

/// Traps on purpose, so that tests can check that the JS layer recovers.
#[wasm_bindgen(js_name = __crashForTests)]
pub fn crash_for_tests() {
    panic!("crash requested by a test");
}

/// A renderer with a site's options (or a whole site), and the element it keeps up to date.
#[wasm_bindgen(js_name = RendererCore)]
pub struct RendererCore {
    inner: crate::Renderer,
    mounted: Option<dom::Mounted>,
    /// The content path posts render at (`blog/post.md`), for a site's renderer.
    page: Option<String>,
    /// The last post `update` rendered, for the next.
    edits: crate::Edits,
    /// The blocks the last `update` gave JavaScript (its next result says what changed since).
    given: Vec<crate::js::Given>,
    /// Which update `given` is from (1, 2…; 0: none yet).
    given_serial: u32,
}

#[wasm_bindgen(js_class = RendererCore)]
impl RendererCore {
    /// A renderer for options given as JSON text.
    #[wasm_bindgen(constructor)]
    pub fn new(options: &str) -> Result<RendererCore, JsError> {
        Ok(RendererCore {
            inner: crate::Renderer::new(options_from(options)?),
            mounted: None,
            page: None,
            edits: crate::Edits::default(),
            given: Vec::new(),
            given_serial: 0,
        })
    }

    /// A renderer for a whole site: a bundle made by `recap pack`, as JSON text.
    /// A bundle that does not parse, is from another format version, or holds a
    /// broken config is an error naming the problem.
    /// The default module has no site support (the budget of its size leaves
    /// out the site model with the template engine): it says so.
    #[wasm_bindgen(js_name = forSite)]
    pub fn for_site(bundle: &str) -> Result<RendererCore, JsError> {
        #[cfg(not(feature = "templates"))]
        {
            let _ = bundle;
            Err(JsError::new("this Recap module has no site support: load the one with it first (`await init({ templates: true })`)"))
        }
        #[cfg(feature = "templates")]
        {
            use_browser_patterns();
            // A loaded site's time is its build's, as in Hugo: the time it was loaded.
            let site = crate::site::Site::from_bundle(bundle, crate::render::current_time()).map_err(|e| JsError::new(&e))?;
            if let Some(p) = site.problems.iter().find(|p| p.fatal) {
                let at = p.line.map_or_else(String::new, |l| format!(":{l}"));
                return Err(JsError::new(&format!("the site bundle's {}{at}: {}", p.file, p.message)));
            }
            Ok(RendererCore {
                inner: crate::Renderer::for_site(std::sync::Arc::new(site)),
                mounted: None,
                page: None,
                edits: crate::Edits::default(),
                given: Vec::new(),
                given_serial: 0,
            })
        }
    }

    /// The content path (`blog/post.md`, relative to the site's `content/`) that
    /// posts render at: their section, permalink and templates follow from it.
    #[wasm_bindgen(js_name = setPage)]
    pub fn set_page(&mut self, path: Option<String>) {
        self.page = path.filter(|p| !p.is_empty());
    }

    fn render_post(&self, source: &str) -> crate::Rendered {
        match &self.page {
            Some(p) => self.inner.render_page(source, p),
            None => self.inner.render(source),
        }
    }

    /// Renders a post; returns the length of the result's text ([`result_at`]).
    pub fn render(&self, source: &str) -> usize {
        let r = self.render_post(source);
        give(|out| crate::js::rendered(out, &r, source))
    }

    /// Takes over `element`: its content is replaced by posts rendered with
    /// `update`. `prepare(fragment, liveEmbeds, idPrefix)` is called on each new
    /// block, still inert, before it goes in (js/dom-guard.js); it returns how
    /// many embeds it kept live.
    pub fn mount(&mut self, element: web_sys::Element, prepare: Option<js_sys::Function>) {
        element.set_inner_html("");
        self.mounted = Some(dom::Mounted::new(element, prepare));
    }

    /// How many embeds the DOM paths keep live at once (`recap: maxLiveEmbeds`).
    #[wasm_bindgen(js_name = maxLiveEmbeds)]
    pub fn max_live_embeds(&self) -> usize {
        self.inner.options().max_live_embeds
    }

    /// Renders `source` and patches the mounted element: only blocks whose HTML
    /// changed are replaced. Returns the length of the result's text
    /// ([`result_at`]), with `patch`
    /// counts (`inserted`, `moved`, `removed`, `kept`), without `html`, and
    /// with the blocks as what changed since the last `update` (see
    /// [`crate::js::update`]; `Renderer#update` in js/recap.js puts the whole
    /// result back together). `given` is the `keep.given` of the last result
    /// JavaScript put together: when it is not this renderer's last, the two
    /// sides disagree about what JavaScript holds (it failed after the last
    /// call returned, or is new to this renderer), and every block is sent
    /// whole.
    pub fn update(&mut self, source: &str, given: u32) -> Result<usize, JsError> {
        let r = match &self.page {
            Some(_) => self.render_post(source),
            None => self.inner.render_edit(source, &mut self.edits),
        };
        // (Forgotten until the patch succeeds: JavaScript has these blocks only if this call returns.)
        let last = std::mem::take(&mut self.given);
        let last = if given == self.given_serial { last } else { Vec::new() };
        let Some(mounted) = self.mounted.as_mut() else {
            return Err(JsError::new("call mount(element) before update(source)"));
        };
        let counts = mounted
            .apply(&r.blocks, self.inner.options().max_live_embeds)
            .map_err(|e| JsError::new(&format!("could not patch the DOM: {}", js_text(&e))))?;
        self.given_serial = self.given_serial.wrapping_add(1).max(1);
        let length = give(|out| crate::js::update(out, &r, source, &last, &counts, self.given_serial));
        self.given = crate::js::Given::all(r.blocks);
        Ok(length)
    }

    /// Whether the last `update` re-rendered only part of the post: then the
    /// same text again (highlighting answers to put in place) is cheap too.
    #[wasm_bindgen(js_name = lastWasPartial)]
    pub fn last_was_partial(&self) -> bool {
        self.page.is_none() && self.edits.last_was_partial()
    }

    /// Patches the mounted element to show blocks rendered elsewhere (a
    /// worker's `result.blocks`, as JSON text: `{"blocks": [{key, html,
    /// startLine, endLine}]}`, an object as Recap's JSON reader takes; `html`
    /// may be left out for a block the element shows already), as `update`
    /// does with its own. Returns the `patch` counts as JSON text.
    #[wasm_bindgen(js_name = applyBlocks)]
    pub fn apply_blocks(&mut self, blocks: &str) -> Result<String, JsError> {
        // (Recap's own JSON reader, as for options: serde_json's would add its parser to the module.)
        let value = crate::front_matter::parse_document(blocks, crate::Format::Json)
            .map_err(|e| JsError::new(&format!("blocks are not JSON: {} at byte {}", e.message, e.offset)))?;
        let items = value
            .get("blocks")
            .and_then(serde_json::Value::as_array)
            .ok_or_else(|| JsError::new("blocks must be `{\"blocks\": [...]}`"))?;
        let line = |b: &serde_json::Value, k: &str| b.get(k).and_then(serde_json::Value::as_u64).unwrap_or(0) as u32;
        let text = |b: &serde_json::Value, k: &str| b.get(k).and_then(serde_json::Value::as_str).map(str::to_owned);
        let Some(mounted) = self.mounted.as_mut() else {
            return Err(JsError::new("call mount(element) before applyBlocks(blocks)"));
        };
        let shown = mounted.shown();
        let mut parsed = Vec::with_capacity(items.len());
        for b in items {
            let Some(key) = text(b, "key") else {
                return Err(JsError::new("each block needs a key"));
            };
            let html = match text(b, "html") {
                Some(html) => html,
                None if shown.contains(key.as_str()) => String::new(),
                None => return Err(JsError::new("a block the element does not show needs its html")),
            };
            parsed.push(crate::Block {
                key,
                html,
                start_line: line(b, "startLine"),
                end_line: line(b, "endLine"),
                span: crate::Span::default(),
            });
        }
        drop(shown);
        let counts = mounted
            .apply(&parsed, self.inner.options().max_live_embeds)
            .map_err(|e| JsError::new(&format!("could not patch the DOM: {}", js_text(&e))))?;
        Ok(counts.to_string())
    }

    /// Lets go of the mounted element (its content stays).
    pub fn unmount(&mut self) {
        self.mounted = None;
    }
}
