//! Code highlighting as Hugo does it (Chroma's output, byte for byte), through
//! the `recap-highlight` crate: fenced code blocks, the `highlight` shortcode
//! and `transform.Highlight`.
//!
//! Natively (the `highlight` feature, on by default) the crate's engine runs
//! here, one per thread. The browser package leaves the engine out of the
//! renderer's module and loads it lazily in a worker: there the binding
//! installs a `Bridge` that answers from what the worker has highlighted so
//! far, and a block it cannot answer yet renders plain and is marked pending.

use crate::markdown::attribute;
pub use recap_highlight::Options;
#[cfg(feature = "highlight")]
use recap_highlight::Value as HlValue;

/// A fenced code block to highlight.
pub struct Fence<'a> {
    /// The code, as between the fences.
    pub code: &'a str,
    /// The info string's language (may be empty).
    pub lang: &'a str,
    /// The info string's `{…}` attributes, typed as Goldmark reads them.
    pub attributes: &'a [(String, attribute::Value)],
    /// The block's index among the page's code blocks.
    pub ordinal: usize,
}

/// What highlighting a block gave.
pub enum Outcome {
    /// Hugo's HTML for it (trusted: our own formatter's output).
    Html(String),
    /// The engine is not available yet (the browser is loading it): write the
    /// block plain and ask again later. Only a build without the engine (the
    /// browser's) waits for it; the callers' plain fallback serves both builds.
    #[cfg_attr(feature = "highlight", allow(dead_code))]
    Pending,
    /// Highlighted, with a problem to report (an option Hugo rejects, the work
    /// budget spent). Only the built-in engine reports them; the bridge does not.
    #[cfg_attr(not(feature = "highlight"), allow(dead_code))]
    Problem(String, String),
}

/// The answer of a highlighter outside this module: `kind` is `fence` (the
/// `attributes` are JSON) or `code` (the `highlight` shortcode and function:
/// an option string), `config` the site's `markup.highlight` as JSON. `None`:
/// not available yet.
#[cfg(not(feature = "highlight"))]
pub type Bridge = fn(kind: &str, code: &str, lang: &str, attributes: &str, ordinal: usize, config: &str) -> Option<String>;

#[cfg(not(feature = "highlight"))]
static BRIDGE: std::sync::OnceLock<Bridge> = std::sync::OnceLock::new();

/// Installs the highlighter used where this build has no engine (the browser binding does).
#[cfg(all(not(feature = "highlight"), target_arch = "wasm32"))]
pub fn set_bridge(bridge: Bridge) {
    let _ = BRIDGE.set(bridge);
}

#[cfg(feature = "highlight")]
fn typed(v: &attribute::Value) -> HlValue {
    match v {
        attribute::Value::String(s) => HlValue::String(s.clone()),
        attribute::Value::Number(n) => HlValue::Number(*n),
        attribute::Value::Bool(b) => HlValue::Bool(*b),
        attribute::Value::Null => HlValue::String(String::new()),
        attribute::Value::Array(a) => HlValue::Array(a.iter().map(typed).collect()),
    }
}

#[cfg(feature = "highlight")]
thread_local! {
    static ENGINE: std::cell::RefCell<recap_highlight::Highlighter> = std::cell::RefCell::new({
        let mut h = recap_highlight::Highlighter::native();
        h.set_time_limit(std::time::Duration::from_millis(crate::limits::HIGHLIGHT_BLOCK_MS as u64));
        h
    });
    /// Time the current post's blocks have taken (see [`begin_post`]).
    static POST_SPENT: std::cell::Cell<std::time::Duration> = const { std::cell::Cell::new(std::time::Duration::ZERO) };
}

/// Starts a post: its blocks share [`crate::limits::HIGHLIGHT_POST_MS`] of highlighting time.
pub(crate) fn begin_post() {
    #[cfg(feature = "highlight")]
    POST_SPENT.with(|s| s.set(std::time::Duration::ZERO));
}

/// Runs `f` (the engine on one block) within the post's time, or says the time is spent.
#[cfg(feature = "highlight")]
fn timed(f: impl FnOnce() -> Outcome) -> Outcome {
    let limit = std::time::Duration::from_millis(crate::limits::HIGHLIGHT_POST_MS as u64);
    if POST_SPENT.with(std::cell::Cell::get) >= limit {
        return Outcome::Problem(
            String::new(),
            format!(
                "this post's code took more than {} ms to highlight: this block and the ones after it are plain",
                crate::limits::HIGHLIGHT_POST_MS
            ),
        );
    }
    let start = std::time::Instant::now();
    let out = f();
    POST_SPENT.with(|s| s.set(s.get() + start.elapsed()));
    out
}

/// Hugo's HTML for a fenced code block.
pub fn fence(f: &Fence<'_>, options: &Options, config: &serde_json::Value) -> Outcome {
    fence_as(FenceKind::Fence, f, options, config)
}

/// `transform.HighlightCodeBlock` in a code-block render hook: a fence whose
/// code is the hook's `.Inner` as given (Hugo adds no final newline there).
#[cfg_attr(not(feature = "templates"), allow(dead_code))] // the site's hooks call it
pub fn code_block(f: &Fence<'_>, options: &Options, config: &serde_json::Value) -> Outcome {
    fence_as(FenceKind::CodeBlock, f, options, config)
}

/// Which of the two a fence is highlighted as (the bridge's `kind`: "fence" or "codeblock").
#[derive(Clone, Copy)]
enum FenceKind {
    Fence,
    #[cfg_attr(not(feature = "templates"), allow(dead_code))]
    CodeBlock,
}

fn fence_as(kind: FenceKind, f: &Fence<'_>, options: &Options, config: &serde_json::Value) -> Outcome {
    #[cfg(feature = "highlight")]
    {
        let _ = config;
        let attributes: Vec<(String, HlValue)> = f.attributes.iter().map(|(k, v)| (k.clone(), typed(v))).collect();
        let fence = recap_highlight::Fence { code: f.code, lang: f.lang, attributes: &attributes, ordinal: f.ordinal };
        timed(|| {
            outcome(ENGINE.with(|e| match kind {
                FenceKind::Fence => e.borrow_mut().highlight_fence(&fence, options),
                FenceKind::CodeBlock => e.borrow_mut().highlight_code_block(&fence, options),
            }))
        })
    }
    #[cfg(not(feature = "highlight"))]
    {
        let _ = options;
        let Some(bridge) = BRIDGE.get() else { return Outcome::Pending };
        let attributes = serde_json::Value::Object(f.attributes.iter().map(|(k, v)| (k.clone(), json(v))).collect());
        let kind = match kind {
            FenceKind::Fence => "fence",
            FenceKind::CodeBlock => "codeblock",
        };
        match bridge(kind, f.code, f.lang, &attributes.to_string(), f.ordinal, &config.to_string()) {
            Some(html) => Outcome::Html(html),
            None => Outcome::Pending,
        }
    }
}

/// Hugo's HTML for `transform.Highlight CODE LANG OPTIONS` and the `highlight` shortcode.
pub fn code(code: &str, lang: &str, option_string: &str, options: &Options, config: &serde_json::Value) -> Outcome {
    #[cfg(feature = "highlight")]
    {
        let _ = config;
        let opts = match options.with_option_string(option_string) {
            Ok(o) => o,
            Err(e) => return Outcome::Problem(String::new(), e),
        };
        timed(|| outcome(ENGINE.with(|e| e.borrow_mut().highlight(code, lang, &opts))))
    }
    #[cfg(not(feature = "highlight"))]
    {
        let _ = options;
        let Some(bridge) = BRIDGE.get() else { return Outcome::Pending };
        match bridge("code", code, lang, option_string, 0, &config.to_string()) {
            Some(html) => Outcome::Html(html),
            None => Outcome::Pending,
        }
    }
}

#[cfg(feature = "highlight")]
fn outcome(h: recap_highlight::Highlighted) -> Outcome {
    match (h.error, h.truncated) {
        (Some(e), _) => Outcome::Problem(h.html, e),
        (None, true) => Outcome::Problem(h.html, "this block is too costly to highlight whole; the rest of it is plain".to_owned()),
        (None, false) => Outcome::Html(h.html),
    }
}

#[cfg(not(feature = "highlight"))]
fn json(v: &attribute::Value) -> serde_json::Value {
    match v {
        attribute::Value::String(s) => serde_json::Value::String(s.clone()),
        attribute::Value::Number(n) => serde_json::Number::from_f64(*n).map_or(serde_json::Value::Null, serde_json::Value::Number),
        attribute::Value::Bool(b) => serde_json::Value::Bool(*b),
        attribute::Value::Null => serde_json::Value::Null,
        attribute::Value::Array(a) => serde_json::Value::Array(a.iter().map(json).collect()),
    }
}

/// Whether highlighted `html` can count as the writer's own (see
/// [`crate::markdown::RawBlock::own`]), so that the last pass over the post's
/// HTML skips it: the built-in engine's output is escaped text in a few
/// balanced elements, but for Chroma's line-number tables (no `<tbody>`,
/// which a browser's parser adds). In the browser the answers come over the
/// bridge, from another module: they always take the last pass.
pub fn is_own(html: &str) -> bool {
    cfg!(feature = "highlight") && !crate::search::contains(html, "<table")
}

/// Whether `lang` is a language the highlighter colours (natively: its lexer
/// is built in; in the browser the engine decides when it arrives: false here).
#[cfg_attr(not(feature = "templates"), allow(dead_code))] // the site's templates ask
pub fn knows(lang: &str) -> bool {
    #[cfg(feature = "highlight")]
    {
        recap_highlight::has_language(lang)
    }
    #[cfg(not(feature = "highlight"))]
    {
        let _ = lang;
        false
    }
}

#[cfg(all(test, feature = "highlight"))]
mod tests {
    use super::*;

    #[test]
    fn a_post_whose_code_took_its_time_gets_the_rest_plain() {
        let fence = Fence { code: "echo hi\n", lang: "bash", attributes: &[], ordinal: 0 };
        let options = Options::default();
        begin_post();
        assert!(matches!(fence_of(&fence, &options), Outcome::Html(_)));
        POST_SPENT.with(|s| s.set(std::time::Duration::from_millis(crate::limits::HIGHLIGHT_POST_MS as u64)));
        match fence_of(&fence, &options) {
            Outcome::Problem(html, message) => {
                assert!(html.is_empty(), "the block is written plain by the caller");
                assert!(message.contains("5000 ms"), "{message}");
            }
            _ => panic!("the post's time is spent"),
        }
        begin_post();
        assert!(matches!(fence_of(&fence, &options), Outcome::Html(_)), "the next post starts afresh");
    }

    #[test]
    fn output_counted_as_the_writers_own_leaves_the_nesting_pass_nothing_to_do() {
        // Every shape of the engine's HTML: the options that change its
        // elements, code with markup and unbalanced brackets, known and
        // unknown languages.
        let code = "<table><tr><td>x</div></span>\n  if a < b { \"</pre>\" }\n\n<script>alert(1)</script>\n";
        let line_nos = ["", "linenos=true", "linenos=inline", "linenos=table", "linenos=inline anchorlinenos=true lineanchors=x"];
        let others = [
            "",
            "hl_lines=\"1 3\"",
            "noclasses=false",
            "hl_inline=true",
            "style=github",
            "lineanchors=\"a\\\"><div><img src=x onerror=y>\" anchorlinenos=true",
            "wrapperclass=\"w\\\"><div>\"",
        ];
        let mut own = 0;
        for lang in ["go", "html", "bash", "no-such-language", ""] {
            for (a, b) in line_nos.iter().flat_map(|a| others.iter().map(move |b| (a, b))) {
                let attributes = crate::markdown::attribute::parse_typed(&format!("{{{a} {b}}}")).unwrap_or_default();
                let fence = Fence { code, lang, attributes: &attributes, ordinal: 0 };
                begin_post();
                let html = match fence_of(&fence, &Options::default()) {
                    Outcome::Html(html) | Outcome::Problem(html, _) => html,
                    Outcome::Pending => unreachable!("the engine is built in"),
                };
                if is_own(&html) {
                    own += 1;
                    assert_eq!(crate::html::Nesting::neutral(&html), Some(0), "{lang} {{{a} {b}}}: {html}");
                }
            }
        }
        assert!(own >= 120, "most shapes count as own: {own}");
    }

    fn fence_of(f: &Fence<'_>, options: &Options) -> Outcome {
        fence(f, options, &serde_json::Value::Null)
    }
}
