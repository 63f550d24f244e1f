//! Hugo 0.168.0's code highlighting, byte for byte: Chroma v2.27.0's lexers
//! (generated data, see `tools/chroma/`), its lexing engine, styles and HTML
//! formatter, and Hugo's wrapper around them (markup/highlight).
//!
//! ```
//! # #[cfg(feature = "native")] {
//! let opts = recap_highlight::Options::default();
//! let html = recap_highlight::highlight("echo hi\n", "bash", &opts);
//! assert!(html.starts_with("<div class=\"highlight\"><pre tabindex=\"0\" style="));
//! # }
//! ```
//!
//! The regex engine is pluggable ([`regex::Backend`]): natively the `regress`
//! crate (feature `native`), in the browser the browser's RegExp
//! (crates/recap-highlight-wasm). Lexers' rules are data; the built-in set is the
//! languages listed in `tools/chroma/gen.py` (CORE); the feature `all-lexers`
//! builds in every Chroma lexer, and [`Highlighter::add_lexer_data`] adds one at
//! run time (for a browser chunk loaded on demand).
//!
//! Three kinds of block, as Hugo distinguishes them ([`LexerUse`]):
//! * a language Chroma knows: highlighted, wrapped in `<div class="highlight">`;
//! * a language Chroma does not know (and `guessSyntax` off): Hugo's plain
//!   `<pre tabindex="0"><code class="language-X" data-lang="X">`, escaped;
//! * no language: `<pre tabindex="0"><code>`, escaped.

mod case;
pub mod css;
mod format;
mod lexer;
mod lexers;
mod map;
mod num;
pub mod options;
pub mod regex;
mod registry;
mod rules;
#[cfg(feature = "native")]
mod simple;
mod start;
mod style;
mod text;
mod token_types;
pub mod types;

pub use css::{chroma_styles_css, CssOptions};
pub use lexer::{Engine, Stop};
pub use options::{LineNos, Options, Value};
pub use registry::Config;
pub use types::Token;

use lexer::{coalesce, Budget, DEFAULT_OPTIONS};
use map::Map;
use std::time::Duration;

/// How a block's language was resolved.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LexerUse {
    /// A lexer was found and used (its Chroma name).
    Known(String),
    /// No lexer for the language: Hugo's plain block.
    Unknown,
    /// No language given (and syntax guessing off): Hugo's plain block.
    NoLanguage,
    /// Chroma has a lexer for it, but its rules are not loaded here (a lexer
    /// outside the built-in set whose data was not added, or one written in Go
    /// that Recap does not port). The block is written as for Unknown.
    Unavailable(String),
}

/// The result of highlighting one block.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Highlighted {
    pub html: String,
    pub lexer: LexerUse,
    /// The work budget ran out: the rest of the block was written as plain text.
    pub truncated: bool,
    /// An option Hugo would reject (its build fails); the block is written
    /// without the offending option's effect where possible.
    pub error: Option<String>,
    /// The block asks for a style that is not loaded, or its language is one
    /// the built-in registry entries cannot answer for: add the styles chunk
    /// (the other styles' data and the full registry, [`Highlighter::add_styles`])
    /// and highlight it again. `html` is empty. (Never with the `all-styles`
    /// and `full-registry` features.)
    pub needs_styles: bool,
}

impl Highlighted {
    /// What an author is told about this block, if anything: the option Hugo
    /// rejects, or the work budget spent (the first when both). Both the
    /// native renderer and the browser's bridge report it.
    pub fn problem(&self) -> Option<String> {
        match (&self.error, self.truncated) {
            (Some(e), _) => Some(e.clone()),
            (None, true) => Some("this block is too costly to highlight whole; the rest of it is plain".to_owned()),
            (None, false) => None,
        }
    }
}

/// A fenced code block as Hugo's Markdown renderer hands it to the highlighter.
#[derive(Debug, Clone, Copy)]
pub struct Fence<'a> {
    /// The block's content, as between the fences (Hugo removes trailing line
    /// breaks and writes one).
    pub code: &'a str,
    /// The info string's language (may be empty).
    pub lang: &'a str,
    /// The attributes after the language (`{linenos=table,.class,#id}`), as
    /// Goldmark parsed them: option attributes and the others, in order.
    pub attributes: &'a [(String, Value)],
    /// The block's 0-based index among the page's code blocks (line anchors
    /// default to `hl-<ordinal>`).
    pub ordinal: usize,
}

/// A highlighter: a regex backend, the registry and the loaded lexers.
pub struct Highlighter {
    engine: lexer::Engine,
    /// The CSS of each (style, options) used so far (computing it is most of
    /// the cost of a short block).
    css: Map<format::CssKey, std::rc::Rc<format::Css>>,
    styles: style::Styles,
    max_attempts: u64,
    max_time: Option<Duration>,
    clock: Option<fn() -> Duration>,
}

/// The default work budget: match attempts per block.
pub const DEFAULT_MAX_ATTEMPTS: u64 = 4_000_000;

impl Highlighter {
    /// A highlighter on the given backend with the built-in lexers.
    pub fn new(backend: Box<dyn regex::Backend>) -> Highlighter {
        let mut sources: Map<String, &'static str> = Map::new();
        for (k, v) in lexers::builtin::CORE {
            sources.insert(k.to_string(), v);
        }
        #[cfg(feature = "all-lexers")]
        for (k, v) in lexers::builtin::EXTRA {
            sources.insert(k.to_string(), v);
        }
        Highlighter {
            engine: lexer::Engine::new(backend, sources),
            css: Map::new(),
            styles: style::Styles::builtin(),
            max_attempts: DEFAULT_MAX_ATTEMPTS,
            max_time: None,
            clock: None,
        }
    }

    /// A highlighter on the native backend (regress).
    #[cfg(feature = "native")]
    pub fn native() -> Highlighter {
        let mut h = Highlighter::new(Box::new(regex::Native::new()));
        h.set_budget(DEFAULT_MAX_ATTEMPTS, Some(Duration::from_secs(10)), Some(native_clock));
        h
    }

    /// The work budget per block: match attempts, and wall time measured with
    /// `clock` (checked every 16 attempts). When it runs out, the rest of the
    /// block is written as plain text and [`Highlighted::truncated`] is set.
    pub fn set_budget(&mut self, max_attempts: u64, max_time: Option<Duration>, clock: Option<fn() -> Duration>) {
        self.max_attempts = max_attempts;
        self.max_time = max_time;
        self.clock = clock;
    }

    /// The wall time one block may take (with the clock already set, as
    /// [`Highlighter::native`] sets it).
    pub fn set_time_limit(&mut self, max_time: Duration) {
        self.max_time = Some(max_time);
    }

    /// Adds (or replaces) a lexer's data file, e.g. a chunk the browser loaded.
    /// `file` is the registry's data file name (see [`Highlighter::data_file`]).
    pub fn add_lexer_data(&mut self, file: &str, data: String) {
        self.engine.unload(file);
        self.engine.owned_sources.insert(file.to_string(), data);
    }

    /// Adds the styles chunk: the other styles (`src/data/styles-other.txt`),
    /// then, after a line `registry`, the full registry (`src/data/registry.txt`)
    /// for a build without the `full-registry` feature (the browser's module;
    /// the Makefile's highlight-wasm writes the chunk).
    pub fn add_styles(&mut self, data: &str) {
        const REGISTRY: &str = "\nregistry\n";
        let (styles, registry) = match text::find(data, REGISTRY) {
            Some(i) => (&data[..i], Some(&data[i + REGISTRY.len()..])),
            None => (data, None),
        };
        self.styles.add(styles);
        if let Some(registry) = registry {
            self.engine.add_registry(registry);
        }
    }

    /// The data file a language's lexer needs, if Chroma has a lexer for it.
    pub fn data_file(&self, lang: &str) -> Option<String> {
        self.engine.lookup(lang).and_then(|i| self.engine.configs[i].data.clone())
    }

    /// How Hugo would resolve `lang` (without guessing).
    pub fn lookup(&self, lang: &str) -> LexerUse {
        if lang.is_empty() {
            return LexerUse::NoLanguage;
        }
        match self.engine.lookup(lang) {
            None => LexerUse::Unknown,
            Some(i) if self.engine.available(i) => LexerUse::Known(self.engine.configs[i].name.clone()),
            Some(i) => LexerUse::Unavailable(self.engine.configs[i].name.clone()),
        }
    }

    /// Whether `lang` is highlighted here (a lexer is found and its rules are loaded).
    pub fn has_language(&self, lang: &str) -> bool {
        matches!(self.lookup(lang), LexerUse::Known(_))
    }

    /// Every lexer's name and aliases, with whether its rules are available.
    pub fn languages(&self) -> Vec<(String, Vec<String>, bool)> {
        (0..self.engine.configs.len())
            .map(|i| {
                let c = &self.engine.configs[i];
                (c.name.clone(), c.aliases.clone(), self.engine.available(i))
            })
            .collect()
    }

    fn budget(&self) -> Budget {
        Budget {
            attempts_left: self.max_attempts,
            deadline: self.max_time,
            clock: self.clock,
            started: self.clock.map(|c| c()).unwrap_or_default(),
            exhausted: false,
        }
    }

    /// The coalesced tokens Chroma produces for `code` (None without a lexer).
    pub fn tokens(&mut self, code: &str, lang: &str) -> Option<(Vec<Token>, bool)> {
        let i = self.engine.lookup(lang)?;
        if !self.engine.available(i) {
            return None;
        }
        let mut budget = self.budget();
        let mut out = Vec::new();
        self.engine.tokenise(i, &DEFAULT_OPTIONS, code, &mut budget, &mut out);
        Some((coalesce(out), budget.exhausted))
    }

    /// `transform.Highlight CODE LANG` (and the `highlight` shortcode) with these
    /// options: no fence attributes, the code as given.
    pub fn highlight(&mut self, code: &str, lang: &str, options: &Options) -> Highlighted {
        self.render(code, lang, &[], options)
    }

    /// A fenced code block as Hugo renders it by default (RenderCodeblock): the
    /// fence's option attributes applied over `site`, line anchors `hl-<ordinal>`,
    /// the other attributes on the wrapper `<div>`, a final newline added.
    pub fn highlight_fence(&mut self, fence: &Fence, site: &Options) -> Highlighted {
        // codeblocks.renderCodeBlock: text.Chomp, then RenderCodeblock's text.Puts.
        let chomped = fence.code.trim_end_matches(['\n', '\r']);
        let code = if chomped.is_empty() { String::new() } else { text::cat(&[chomped, "\n"]) };
        self.fence_with(fence, &code, site)
    }

    /// `transform.HighlightCodeBlock` in a code-block render hook: as
    /// [`Highlighter::highlight_fence`], with the code as the hook's `.Inner`
    /// gives it (no final newline added).
    pub fn highlight_code_block(&mut self, fence: &Fence, site: &Options) -> Highlighted {
        self.fence_with(fence, fence.code, site)
    }

    fn fence_with(&mut self, fence: &Fence, code: &str, site: &Options) -> Highlighted {
        let (opt_attrs, attrs) = options::split_attributes(fence.attributes);
        let mut error = None;
        let mut opts = match site.with_attributes(&opt_attrs) {
            Ok(o) => o,
            Err(e) => {
                error = Some(e);
                site.clone()
            }
        };
        if opts.line_anchors.is_empty() {
            opts.line_anchors = text::cat(&["hl-", &num::decimal(fence.ordinal as i64)]);
        }
        let attrs = if fence.attributes.is_empty() { None } else { Some(attrs) };
        let mut h = self.render(code, fence.lang, attrs.as_deref().unwrap_or(&[]), &opts);
        if attrs.is_none() {
            // writeDivStart without attributes: no class lookup, nothing rendered.
        }
        if h.error.is_none() {
            h.error = error;
        }
        h
    }

    /// highlight.highlight.
    fn render(&mut self, code: &str, lang: &str, attrs: &[(String, Value)], cfg: &Options) -> Highlighted {
        let needs_chunk = Highlighted { html: String::new(), lexer: LexerUse::Unknown, truncated: false, error: None, needs_styles: true };
        self.engine.incomplete.set(false);
        let mut lang = lang.to_string();
        let mut lexer = if lang.is_empty() { None } else { self.engine.lookup(&lang) };
        if self.engine.incomplete.get() {
            return needs_chunk;
        }
        let mut use_ = match lexer {
            None if lang.is_empty() => LexerUse::NoLanguage,
            None => LexerUse::Unknown,
            Some(i) if self.engine.available(i) => LexerUse::Known(self.engine.configs[i].name.clone()),
            Some(i) => LexerUse::Unavailable(self.engine.configs[i].name.clone()),
        };
        if matches!(use_, LexerUse::Unavailable(_)) {
            lexer = None;
        }
        if lexer.is_none() && cfg.guess_syntax && !matches!(use_, LexerUse::Unavailable(_)) {
            // lexers.Analyse needs every lexer's analyser; Recap falls back as
            // Chroma does when none scores: the plaintext "fallback" lexer.
            lexer = self.engine.lookup("plaintext");
            lang = "fallback".into();
            use_ = LexerUse::Known("fallback".into());
        }
        let mut out = String::new();
        let Some(lexer) = lexer else {
            if cfg.hl_inline {
                out.push_str(&format::inline_code_start(&lang));
                format::escape_into(&mut out, code);
                out.push_str("</code>");
            } else {
                format::write_pre_start(&mut out, &lang, "");
                format::escape_into(&mut out, code);
                out.push_str("</code></pre>");
            }
            return Highlighted { html: out, lexer: use_, truncated: false, error: None, needs_styles: false };
        };
        let Ok(style) = self.styles.get(&cfg.style) else {
            return Highlighted { html: String::new(), lexer: use_, truncated: false, error: None, needs_styles: true };
        };
        let mut budget = self.budget();
        let mut tokens = Vec::new();
        self.engine.tokenise(lexer, &DEFAULT_OPTIONS, code, &mut budget, &mut tokens);
        if self.engine.incomplete.get() {
            // A lexer looked up another (a Markdown fence's language) that only the full registry answers for.
            return needs_chunk;
        }
        let tokens = coalesce(tokens);
        if !cfg.hl_inline {
            write_div_start(&mut out, attrs, &cfg.wrapper_class);
        }
        let fopts = match cfg.format_options() {
            Ok(f) => f,
            Err(e) => {
                return Highlighted { html: String::new(), lexer: use_, truncated: budget.exhausted, error: Some(e), needs_styles: false };
            }
        };
        let wrapper = if cfg.hl_inline { format::Wrapper::Inline { lang: &lang } } else { format::Wrapper::Pre { lang: &lang } };
        let css = self.css.get_or_insert_with(fopts.css_key(style), || std::rc::Rc::new(fopts.html_css(style))).clone();
        fopts.write_html(&mut out, &css, &tokens, &wrapper);
        if !cfg.hl_inline {
            out.push_str("</div>");
        }
        Highlighted { html: out, lexer: use_, truncated: budget.exhausted, error: None, needs_styles: false }
    }
}

/// writeDivStart: the wrapper class, the fence's class, its other attributes.
/// Values, the wrapper class too (a fence's or shortcode's options set it),
/// are HTML-escaped (Hugo writes them raw; escaping keeps the same DOM and
/// cannot break out of the attribute).
fn write_div_start(out: &mut String, attrs: &[(String, Value)], wrapper_class: &str) {
    out.push_str("<div class=\"");
    format::escape_into(out, wrapper_class);
    if !attrs.is_empty() {
        if let Some((_, v)) = attrs.iter().find(|(n, _)| n == "class") {
            out.push(' ');
            format::escape_into(out, &options::attribute_text(v));
        }
        out.push('"');
        for (n, v) in attrs {
            if n == "class" {
                continue;
            }
            out.push(' ');
            out.push_str(n);
            out.push_str("=\"");
            format::escape_into(out, &options::attribute_text(v));
            out.push('"');
        }
    } else {
        out.push('"');
    }
    out.push('>');
}

#[cfg(feature = "native")]
fn native_clock() -> Duration {
    use std::sync::OnceLock;
    use std::time::Instant;
    static START: OnceLock<Instant> = OnceLock::new();
    START.get_or_init(Instant::now).elapsed()
}

/// `hugo gen chromastyles --style NAME`: the stylesheet for `noClasses: false`,
/// with Hugo's header line. None for a style Chroma does not have.
pub fn stylesheet(style_name: &str) -> Option<String> {
    let name = case::lower(style_name);
    let style = style::registry().by_lower_name(&name)?;
    let f = format::FormatOptions { custom_css: format::css_overrides(style), ..Default::default() };
    let mut css = format!("/* Generated using: hugo gen chromastyles --style {style_name} */\n\n");
    f.write_css(&mut css, style);
    Some(css)
}

/// The names of every style (lower case, sorted).
pub fn style_names() -> Vec<String> {
    style::names()
}

#[cfg(feature = "native")]
fn with_native<R>(f: impl FnOnce(&mut Highlighter) -> R) -> R {
    use std::cell::RefCell;
    thread_local! {
        static H: RefCell<Highlighter> = RefCell::new(Highlighter::native());
    }
    H.with(|h| f(&mut h.borrow_mut()))
}

/// `transform.Highlight` with the native backend: the HTML only.
#[cfg(feature = "native")]
pub fn highlight(code: &str, lang: &str, options: &Options) -> String {
    with_native(|h| h.highlight(code, lang, options).html)
}

/// A fenced block with the native backend.
#[cfg(feature = "native")]
pub fn highlight_fence(fence: &Fence, site: &Options) -> Highlighted {
    with_native(|h| h.highlight_fence(fence, site))
}

/// `transform.HighlightCodeBlock` with the native backend.
#[cfg(feature = "native")]
pub fn highlight_code_block(fence: &Fence, site: &Options) -> Highlighted {
    with_native(|h| h.highlight_code_block(fence, site))
}

/// Whether `lang` is highlighted by the native highlighter.
#[cfg(feature = "native")]
pub fn has_language(lang: &str) -> bool {
    with_native(|h| h.has_language(lang))
}
