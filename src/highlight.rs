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

/// Highlighted HTML (trusted: our own formatter's output), and whether it
/// counts as the writer's own ([`is_own`]). A kept answer is shared, not
/// copied, at each render that asks for it again, and read once for
/// [`is_own`], when it is kept (in Chromium, scanning every answer at every
/// render was 1.5% of rendering the linkerd.io pages).
#[derive(Clone)]
pub struct Html {
    text: std::rc::Rc<String>,
    own: bool,
}

impl Html {
    /// Takes the highlighter's HTML, and reads it once for [`is_own`].
    pub fn new(text: String) -> Html {
        Html { own: is_own(&text), text: std::rc::Rc::new(text) }
    }

    /// The HTML.
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Whether the HTML counts as the writer's own ([`is_own`]).
    pub fn own(&self) -> bool {
        self.own
    }
}

impl From<Html> for String {
    fn from(html: Html) -> String {
        std::rc::Rc::unwrap_or_clone(html.text)
    }
}

/// What highlighting a block gave.
pub enum Outcome {
    /// Hugo's HTML for it.
    Html(Html),
    /// The engine is not available yet (the browser is loading it): write the
    /// block plain and ask again later. Only a build without the engine (the
    /// browser's) waits for it; the callers' plain fallback serves both builds.
    #[cfg_attr(feature = "highlight", allow(dead_code))]
    Pending,
    /// Highlighted, with a problem to report (an option Hugo rejects, the work
    /// budget spent). The HTML is empty when the engine refused the block's
    /// options: the block is written plain, as Hugo would not build it.
    Problem(Html, String),
    /// Not highlighted, for a reason that is not the author's: the browser's
    /// highlighter gave up on the block (too slow, or it failed). Written
    /// plain, with a warning saying why.
    #[cfg_attr(feature = "highlight", allow(dead_code))]
    GaveUp(String),
}

/// The answer of a highlighter outside this module: `kind` is `fence`,
/// `codeblock` (the `attributes` are JSON) or `code` (the `highlight`
/// shortcode and function: an option string), `config` the site's
/// `markup.highlight` as JSON. `None`: not available yet. `Some` is the
/// package's highlighting module's answer for the request, final: this module
/// keeps it (see `answers`), writes its HTML as it is and counts it as its own
/// (see [`is_own`]).
#[cfg(not(feature = "highlight"))]
pub type Bridge = fn(kind: &str, code: &str, lang: &str, attributes: &str, ordinal: usize, config: &str) -> Option<Answer>;

/// A bridge's answer for a block.
#[cfg_attr(feature = "highlight", allow(dead_code))]
#[derive(Clone)]
pub struct Answer {
    /// The block's HTML (empty: the engine refused its options); `None`: the
    /// highlighter gave up on it ([`Outcome::GaveUp`]).
    pub html: Option<String>,
    /// What the author is to be told about the block, as the built-in engine
    /// says it ([`recap_highlight::Highlighted::problem`]), or why the
    /// highlighter gave up on it.
    pub problem: Option<String>,
}

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
            Html::new(String::new()),
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
    // The fence's attributes other than the highlighter's options go on the
    // block's `<div>`: under the writer's policy for a block's attributes
    // (Hugo writes all but `on…`: `style`, `autofocus`, `is` too). (An `id`
    // on a `<div>` takes over no member of `document`: it stays as written.)
    let kept: Vec<(String, attribute::Value)>;
    let f = &if f.attributes.is_empty() {
        Fence { ..*f }
    } else {
        kept = f
            .attributes
            .iter()
            .filter_map(|(name, value)| {
                let lower = name.to_ascii_lowercase();
                if recap_highlight::options::FENCE_OPTION_ATTRIBUTES.contains(&lower.as_str()) {
                    return Some((name.clone(), value.clone()));
                }
                crate::markdown::block_attribute_allowed(&lower, "div", false).then(|| (name.clone(), value.clone()))
            })
            .collect();
        Fence { attributes: &kept, ..*f }
    };
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
        let attributes = match f.attributes {
            [] => "{}".to_owned(),
            given => serde_json::Value::Object(given.iter().map(|(k, v)| (k.clone(), json(v))).collect()).to_string(),
        };
        let kind = match kind {
            FenceKind::Fence => "fence",
            FenceKind::CodeBlock => "codeblock",
        };
        answers::ask(kind, f.code, f.lang, &attributes, f.ordinal, &config_json(config))
    }
}

/// `config` as the bridge's JSON, kept for the config last asked for: the
/// site's `markup.highlight` serialized for each code block at every render
/// was 1.3% of rendering the linkerd.io pages in Chromium; comparing it with
/// the last one costs less. (Shared, so that no borrow is held while the
/// bridge runs.)
#[cfg(not(feature = "highlight"))]
fn config_json(config: &serde_json::Value) -> std::rc::Rc<String> {
    type Last = Option<(serde_json::Value, std::rc::Rc<String>)>;
    thread_local! {
        static LAST: std::cell::RefCell<Last> = const { std::cell::RefCell::new(None) };
    }
    LAST.with(|last| {
        let mut last = last.borrow_mut();
        match &*last {
            Some((value, json)) if value == config => json.clone(),
            _ => {
                let json = std::rc::Rc::new(config.to_string());
                *last = Some((config.clone(), json.clone()));
                json
            }
        }
    })
}

/// Hugo's HTML for `transform.Highlight CODE LANG OPTIONS` and the `highlight` shortcode.
pub fn code(code: &str, lang: &str, option_string: &str, options: &Options, config: &serde_json::Value) -> Outcome {
    #[cfg(feature = "highlight")]
    {
        let _ = config;
        let opts = match options.with_option_string(option_string) {
            Ok(o) => o,
            Err(e) => return Outcome::Problem(Html::new(String::new()), e),
        };
        timed(|| outcome(ENGINE.with(|e| e.borrow_mut().highlight(code, lang, &opts))))
    }
    #[cfg(not(feature = "highlight"))]
    {
        let _ = options;
        answers::ask("code", code, lang, option_string, 0, &config_json(config))
    }
}

/// The bridge's answers, kept in this module. In the browser the bridge is a
/// call into JavaScript (js/highlight.js on a page: its cache of what the
/// worker has highlighted; js/render-worker.js and js/node.js: the
/// highlighting module, synchronously). Asking it again at every render cost,
/// for each block, a call out, the code decoded into a JavaScript string and a
/// key built of it, and the answer's HTML encoded back into this module (in
/// Chromium, 8% of rendering the linkerd.io pages, most of it the calls' fixed
/// cost). An answer stands for its request (see [`Bridge`]), so it is kept
/// here, by a 128-bit hash of the request, and the bridge is asked only for
/// blocks it has not answered. The kept answers are bounded by [`KEPT_BYTES`]
/// and [`KEPT_ANSWERS`], the least recently asked for going first. (Natively,
/// with the engine built in, only the tests use it.)
#[cfg_attr(feature = "highlight", allow(dead_code))]
mod answers {
    use super::{Answer, Html};
    #[cfg(not(feature = "highlight"))]
    use super::{Outcome, BRIDGE};
    use std::cell::RefCell;

    /// At most this much answered HTML is kept (the 50 linkerd.io pages' 369 code
    /// blocks highlight to 0.26 MB), each answer counted with [`OVERHEAD`].
    pub const KEPT_BYTES: usize = 2 << 20;
    /// At most this many answers are kept: a lookup reads them one by one.
    pub const KEPT_ANSWERS: usize = 1024;
    /// What an answer costs beyond its HTML (its entry and allocation), so that
    /// many tiny answers are bounded by [`KEPT_BYTES`] too.
    const OVERHEAD: usize = 64;

    /// The answers, the oldest first, each marked when asked for since the
    /// last time answers went (at most [`KEPT_ANSWERS`]: a scan costs less
    /// than a hash map's code in the module).
    #[derive(Default)]
    struct Kept {
        answers: Vec<Entry>,
        bytes: usize,
    }

    struct Entry {
        key: u128,
        answer: Stored,
        asked: bool,
    }

    /// An [`Answer`] as kept: its HTML shared with the renders that ask for it.
    #[derive(Clone)]
    struct Stored {
        html: Option<Html>,
        problem: Option<String>,
    }

    impl From<Answer> for Stored {
        fn from(answer: Answer) -> Stored {
            Stored { html: answer.html.map(Html::new), problem: answer.problem }
        }
    }

    /// What an answer counts for against [`KEPT_BYTES`].
    fn size(answer: &Stored) -> usize {
        answer.html.as_ref().map_or(0, |h| h.as_str().len()) + answer.problem.as_ref().map_or(0, String::len) + OVERHEAD
    }

    thread_local! {
        static KEPT: RefCell<Kept> = RefCell::default();
    }

    /// The block's answer: kept, or the bridge's (kept from now on). Its
    /// problem is reported as natively: with its HTML, or with the block
    /// written plain when the HTML is empty; an answer without HTML is a
    /// block the highlighter gave up on.
    #[cfg(not(feature = "highlight"))]
    pub fn ask(kind: &str, code: &str, lang: &str, attributes: &str, ordinal: usize, config: &str) -> Outcome {
        let Some(bridge) = BRIDGE.get() else { return Outcome::Pending };
        let key = key(kind, code, lang, attributes, ordinal, config);
        let answer = match KEPT.with(|k| k.borrow_mut().get(key)) {
            Some(answer) => answer,
            None => {
                let Some(answer) = bridge(kind, code, lang, attributes, ordinal, config) else { return Outcome::Pending };
                let answer = Stored::from(answer);
                KEPT.with(|k| k.borrow_mut().keep(key, &answer));
                answer
            }
        };
        match (answer.html, answer.problem) {
            (Some(html), Some(problem)) => Outcome::Problem(html, problem),
            // (An empty answer without a reason, from a bridge that gives none: the engine refused the block's options.)
            (Some(html), None) if html.as_str().is_empty() => {
                Outcome::Problem(html, "the highlighter does not take this block's options: it is shown plain".to_owned())
            }
            (Some(html), None) => Outcome::Html(html),
            (None, problem) => {
                Outcome::GaveUp(problem.unwrap_or_else(|| "the highlighter gave up on this block: it is shown plain".to_owned()))
            }
        }
    }

    /// Two 64-bit hashes of the request: of its parts, each after its length
    /// (so that no two requests read alike), the code as its own hash and
    /// length (the code, the long part, is read once).
    fn key(kind: &str, code: &str, lang: &str, attributes: &str, ordinal: usize, config: &str) -> u128 {
        use twox_hash::XxHash64;
        let parts = [kind, lang, attributes, config];
        let mut head = Vec::with_capacity(24 + parts.iter().map(|p| p.len() + 8).sum::<usize>());
        for n in [ordinal as u64, XxHash64::oneshot(0, code.as_bytes()), code.len() as u64] {
            head.extend_from_slice(&n.to_le_bytes());
        }
        for part in parts {
            head.extend_from_slice(&(part.len() as u64).to_le_bytes());
            head.extend_from_slice(part.as_bytes());
        }
        (u128::from(XxHash64::oneshot(0, &head)) << 64) | u128::from(XxHash64::oneshot(1, &head))
    }

    impl Kept {
        fn get(&mut self, key: u128) -> Option<Stored> {
            let entry = self.answers.iter_mut().find(|a| a.key == key)?;
            entry.asked = true;
            Some(entry.answer.clone())
        }

        /// Keeps `answer`; past a bound, answers go, the oldest first, but for
        /// those asked for since answers last went (a second chance, as a
        /// clock page-replacement does: nearly least recently used, without
        /// moving an answer at each use), until a quarter of each bound is free.
        fn keep(&mut self, key: u128, answer: &Stored) {
            if size(answer) > KEPT_BYTES / 4 || self.get(key).is_some() {
                return;
            }
            self.bytes += size(answer);
            self.answers.push(Entry { key, answer: answer.clone(), asked: false });
            if self.bytes <= KEPT_BYTES && self.answers.len() <= KEPT_ANSWERS {
                return;
            }
            let over = |bytes: usize, answers: usize| bytes > KEPT_BYTES / 4 * 3 || answers > KEPT_ANSWERS / 4 * 3;
            // (At most two rounds: the first clears the marks it passes.)
            while over(self.bytes, self.answers.len()) {
                let (mut bytes, mut answers) = (self.bytes, self.answers.len());
                self.answers.retain_mut(|a| {
                    if !over(bytes, answers) || std::mem::take(&mut a.asked) {
                        return true;
                    }
                    bytes -= size(&a.answer);
                    answers -= 1;
                    false
                });
                self.bytes = bytes;
            }
        }
    }

    #[cfg(test)]
    mod tests {
        use super::*;

        #[test]
        fn requests_differing_in_any_part_have_different_keys() {
            let base = key("fence", "code", "go", "{}", 0, "{}");
            assert_eq!(base, key("fence", "code", "go", "{}", 0, "{}"));
            for other in [
                key("code", "code", "go", "{}", 0, "{}"),
                key("fence", "code ", "go", "{}", 0, "{}"),
                key("fence", "code", "g", "{}", 0, "{}"),
                key("fence", "code", "go", "{\"a\":1}", 0, "{}"),
                key("fence", "code", "go", "{}", 1, "{}"),
                key("fence", "code", "go", "{}", 0, "{\"style\":\"x\"}"),
                // The lengths keep parts from running into each other.
                key("fence", "ocode", "g", "{}", 0, "{}"),
            ] {
                assert_ne!(base, other);
            }
        }

        #[test]
        fn the_kept_answers_stay_within_their_bytes_the_recent_ones_kept() {
            let mut kept = Kept::default();
            let html = "x".repeat(KEPT_BYTES / 100);
            let plain = |html: &str| Stored::from(Answer { html: Some(html.to_owned()), problem: None });
            for i in 0..1000u128 {
                kept.keep(i, &plain(&html));
                assert!(kept.bytes <= KEPT_BYTES, "{} bytes kept", kept.bytes);
                // The first answer is asked for all along: it stays.
                assert_eq!(kept.get(0).and_then(|a| a.html).map(String::from), Some(html.clone()), "after {i}");
            }
            assert_eq!(kept.bytes, kept.answers.iter().map(|a| size(&a.answer)).sum::<usize>());
            assert!(kept.get(998).is_some() && kept.get(1).is_none(), "the most recent kept, the least recently used gone");
            // With every answer asked for since the last ones went, the oldest go.
            let keys: Vec<u128> = kept.answers.iter().map(|a| a.key).collect();
            for k in &keys {
                kept.get(*k);
            }
            let mut next = 2000;
            while kept.answers.iter().any(|a| a.key == keys[0]) {
                kept.keep(next, &plain(&html));
                next += 1;
            }
            assert!(kept.bytes <= KEPT_BYTES / 4 * 3, "{} bytes kept", kept.bytes);
            assert!(kept.get(keys[0]).is_none() && kept.get(*keys.last().unwrap()).is_some());
            // Tiny answers are bounded by their number.
            let mut kept = Kept::default();
            for i in 0..10 * KEPT_ANSWERS as u128 {
                kept.keep(i, &plain("<pre></pre>"));
                assert!(kept.answers.len() <= KEPT_ANSWERS);
            }
            // An answer larger than a quarter of the bound is not kept.
            kept.keep(5000, &plain(&"y".repeat(KEPT_BYTES / 4 + 1)));
            assert!(kept.get(5000).is_none());
            // A problem is kept with its answer, and counted.
            let mut kept = Kept::default();
            let refused = Stored::from(Answer { html: Some(String::new()), problem: Some("linenos: expected one of …".to_owned()) });
            kept.keep(1, &refused);
            assert_eq!(kept.get(1).and_then(|a| a.problem), refused.problem);
            assert_eq!(kept.bytes, OVERHEAD + refused.problem.as_ref().unwrap().len());
        }
    }
}

#[cfg(feature = "highlight")]
fn outcome(h: recap_highlight::Highlighted) -> Outcome {
    match h.problem() {
        Some(problem) => Outcome::Problem(Html::new(h.html), problem),
        None => Outcome::Html(Html::new(h.html)),
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
/// which a browser's parser adds). The browser's answers count alike: they
/// come over the bridge from the highlighting module, which is this engine
/// built for the browser (held to Hugo's goldens byte for byte there,
/// tests/e2e/highlight.test.mjs), and they are already trusted as its output
/// is (written as they come, not sanitized). (In Chromium the last pass over
/// the answers was 3.7% of rendering the linkerd.io pages.)
pub fn is_own(html: &str) -> bool {
    !crate::search::contains(html, "<table")
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
                assert!(html.as_str().is_empty(), "the block is written plain by the caller");
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
                    Outcome::Pending | Outcome::GaveUp(_) => unreachable!("the engine is built in"),
                };
                assert_eq!(html.own(), is_own(html.as_str()));
                if html.own() {
                    own += 1;
                    let html = html.as_str();
                    assert_eq!(crate::html::Nesting::neutral(html), Some(0), "{lang} {{{a} {b}}}: {html}");
                }
            }
        }
        assert!(own >= 120, "most shapes count as own: {own}");
    }

    #[test]
    fn a_fences_attributes_go_through_the_block_attribute_policy() {
        let attributes = crate::markdown::attribute::parse_typed(
            "{class=c id=x data-k=v title=t autofocus=true is=x-el STYLE=github onclick=y srcdoc=z linenos=inline}",
        )
        .expect("attributes");
        let fence = Fence { code: "x := 1\n", lang: "go", attributes: &attributes, ordinal: 0 };
        begin_post();
        let Outcome::Html(html) = fence_of(&fence, &Options::default()) else { panic!("highlighted") };
        let html = String::from(html);
        let div = &html[..html.find('>').expect("a tag")];
        assert_eq!(div, r#"<div class="highlight c" id="x" data-k="v" title="t""#, "{html}");
        assert!(html.contains("<span class=\"lnt\"") || html.contains("<span style=\"white-space:pre"), "the options still apply: {html}");
    }

    fn fence_of(f: &Fence<'_>, options: &Options) -> Outcome {
        fence(f, options, &serde_json::Value::Null)
    }
}
