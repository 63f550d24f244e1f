//! Browser tests of the DOM patcher (wasm-bindgen-test, headless Chromium):
//! `CHROMEDRIVER=/usr/bin/chromedriver cargo test --target wasm32-unknown-unknown --test web`
//! with wasm-bindgen-test-runner as the runner (see the Makefile).
#![cfg(target_arch = "wasm32")]

use recap::Options;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement};

wasm_bindgen_test_configure!(run_in_browser);

const SEED: &str = include_str!("../www/posts/december-2021-recap.md");

fn document() -> web_sys::Document {
    web_sys::window().unwrap().document().unwrap()
}

fn fresh_root() -> Element {
    let root = document().create_element("article").unwrap();
    document().body().unwrap().append_child(&root).unwrap();
    root
}

/// The exported renderer, as JS uses it (options as JSON text).
fn renderer() -> recap_wasm::RendererCore {
    recap_wasm::RendererCore::new("{}").unwrap()
}

mod recap_wasm {
    pub use recap::internals::wasm::{result_text, RendererCore};
}

fn children(root: &Element) -> Vec<web_sys::Node> {
    let list = root.child_nodes();
    (0..list.length()).filter_map(|i| list.item(i)).collect()
}

fn edit_paragraph(source: &str, n: usize) -> String {
    source.replacen("Protection against malicious actors", &format!("Protection against malicious actors ({n})"), 1)
}

/// A renderer mounted on an element of its own, called as js/recap.js calls it.
struct Page {
    core: recap_wasm::RendererCore,
    /// The last result's `keep.given`, which the next update passes back.
    given: u32,
}

/// `core` mounted on a fresh element (with `prepare` as the hook for new blocks).
fn mounted(mut core: recap_wasm::RendererCore, prepare: Option<js_sys::Function>) -> (Element, Page) {
    let root = fresh_root();
    core.mount(root.clone(), prepare);
    (root, Page { core, given: 0 })
}

impl Page {
    /// `RendererCore::update`; the result's JSON, without the HTML after it.
    fn update(&mut self, source: &str) -> serde_json::Value {
        let length = self.core.update(source, self.given).unwrap();
        let text = recap_wasm::result_text();
        assert_eq!(text.len(), length, "the call gives the result's length");
        let head = text.split_once('\n').expect("JSON, a newline, the HTML").0;
        let v: serde_json::Value = serde_json::from_str(head).unwrap();
        self.given = v["keep"]["given"].as_u64().unwrap() as u32;
        v
    }
}

#[wasm_bindgen_test]
fn a_stale_given_gets_every_block_whole() {
    let (root, mut page) = mounted(renderer(), None);
    let first = page.update(SEED);
    let n = first["blocks"].as_array().unwrap().len() / 4;
    // Four values a block (src/js.rs): key, start line, end line, HTML length or -1.
    let whole = |v: &serde_json::Value| v["blocks"].as_array().unwrap().chunks(4).filter(|b| b[3].as_i64() >= Some(0)).count();
    assert_eq!(whole(&first), n, "a first update sends every block with its HTML");
    let next = page.update(&edit_paragraph(SEED, 1));
    assert_eq!((next["keep"]["of"].as_u64(), whole(&next)), (Some(n as u64), 1), "the next sends the changed block");
    // JavaScript failed after that call returned: it still holds the first update's blocks.
    page.given = first["keep"]["given"].as_u64().unwrap() as u32;
    let again = page.update(&edit_paragraph(SEED, 2));
    assert_eq!((again["keep"]["of"].as_u64(), whole(&again)), (Some(0), n), "every block whole, none taken as known");
    root.remove();
}

#[wasm_bindgen_test]
fn a_patch_that_fails_partway_leaves_nothing_stale() {
    let prepare = js_sys::Function::new_with_args(
        "fragment, live, prefix",
        "if (globalThis.__recapFail) throw new Error('prepare failed'); return 0;",
    );
    let (root, mut page) = mounted(renderer(), Some(prepare));
    page.update(SEED);
    let shown = children(&root).len();
    js_sys::Reflect::set(&js_sys::global(), &"__recapFail".into(), &true.into()).unwrap();
    assert!(page.core.update(&edit_paragraph(SEED, 1), page.given).is_err(), "the hook's error is the call's");
    js_sys::Reflect::set(&js_sys::global(), &"__recapFail".into(), &false.into()).unwrap();
    page.update(&edit_paragraph(SEED, 2));
    assert_eq!(children(&root).len(), shown, "every block once: none left over from the failed patch");
    let text = root.text_content().unwrap();
    assert_eq!((text.matches("actors (2)").count(), text.contains("actors (1)")), (1, false));
    root.remove();
}

#[wasm_bindgen_test]
fn unchanged_blocks_keep_their_nodes_across_100_edits() {
    let (root, mut page) = mounted(renderer(), None);
    page.update(SEED);
    let iframe = root.query_selector("iframe").unwrap().expect("the YouTube iframe");
    let heading = root.query_selector("h2").unwrap().expect("a heading");
    let before = children(&root);
    for n in 0..100 {
        let v = page.update(&edit_paragraph(SEED, n));
        if n > 0 {
            assert_eq!(v["patch"]["inserted"], 1, "edit {n}: exactly one block is replaced");
            assert_eq!(v["patch"]["removed"], 1, "edit {n}: exactly one block is removed");
            assert_eq!(v["patch"]["moved"], 0, "edit {n}: nothing moves");
        }
    }
    let after_iframe = root.query_selector("iframe").unwrap().unwrap();
    assert!(iframe.is_same_node(Some(&after_iframe)), "the iframe is the same object after 100 edits elsewhere");
    assert!(
        heading.is_same_node(root.query_selector("h2").unwrap().as_ref().map(|e| e.unchecked_ref())),
        "the first heading is the same node"
    );
    assert_eq!(children(&root).len(), before.len(), "no nodes leak or vanish");
    root.remove();
}

#[wasm_bindgen_test]
fn focus_stays_in_an_unchanged_block() {
    let (root, mut page) = mounted(renderer(), None);
    page.update(SEED);
    let link: HtmlElement = root.query_selector("a[href^='https://marblerun']").unwrap().unwrap().unchecked_into();
    link.focus().unwrap();
    page.update(&edit_paragraph(SEED, 1));
    let active = document().active_element().expect("something has focus");
    assert!(active.is_same_node(Some(&link)), "the focused link keeps focus");
    root.remove();
}

#[wasm_bindgen_test]
fn blocks_carry_their_source_lines_and_follow_shifts() {
    let (root, mut page) = mounted(renderer(), None);
    page.update(SEED);
    let first = root.first_element_child().unwrap();
    assert_eq!(first.get_attribute("data-source-line").as_deref(), Some("14-15"));
    let iframe_div = root.query_selector("iframe").unwrap().unwrap().parent_element().unwrap();
    let before = iframe_div.get_attribute("data-source-line").unwrap();
    page.update(&SEED.replacen("As usual,", "New line.\n\nAs usual,", 1));
    let after = iframe_div.get_attribute("data-source-line").unwrap();
    assert_ne!(before, after, "a kept block's lines follow the edit above it");
    root.remove();
}

#[wasm_bindgen_test]
fn inserting_and_deleting_blocks() {
    let (root, mut page) = mounted(renderer(), None);
    page.update("---\ntitle: x\n---\nA\n\nB\n\nC\n");
    let b = root.children().item(1).unwrap();
    let v = page.update("---\ntitle: x\n---\nA\n\nNew\n\nB\n\nC\n");
    assert_eq!((v["patch"]["inserted"].as_u64(), v["patch"]["kept"].as_u64()), (Some(1), Some(3)));
    assert!(b.is_same_node(root.children().item(2).as_ref().map(|e| e.unchecked_ref())), "B moved down without being replaced");
    page.update("---\ntitle: x\n---\nC\n");
    assert_eq!(root.text_content().unwrap().trim(), "C");
    root.remove();
}

#[wasm_bindgen_test]
fn rendering_is_safe_in_the_dom() {
    let unsafe_html = recap_wasm::RendererCore::new(r#"{"markup":{"goldmark":{"renderer":{"unsafe":true}}}}"#).unwrap();
    let (root, mut page) = mounted(unsafe_html, None);
    page.update("<img src=x onerror=\"window.__pwned=1\">\n\n[x](javascript:alert(1))\n\n<script>window.__pwned=2</script>\n");
    assert!(root.query_selector("[onerror], script").unwrap().is_none(), "no handler or script reaches the DOM");
    assert_eq!(root.query_selector("a").unwrap().unwrap().get_attribute("href").as_deref(), Some(""));
    let _ = Options::default();
    root.remove();
}

#[wasm_bindgen_test]
fn bad_options_name_the_option() {
    let err =
        recap::internals::wasm::RendererCore::new(r#"{"markup":{"goldmark":{"renderer":{"unsafe":"yes"}}}}"#).err().expect("an error");
    let message = js_sys::Error::from(wasm_bindgen::JsValue::from(err)).message();
    assert!(String::from(message).contains("markup.goldmark.renderer.unsafe"));
}

#[wasm_bindgen_test]
fn schema_patterns_use_the_browsers_regexp() {
    // Lookahead and `\p{…}` are ECMA-262 (with the `u` flag), which JSON Schema
    // specifies; the native build's regex-lite has neither.
    let options = r#"{"recap":{"schema":{"properties":{
        "slug":{"type":"string","pattern":"^(?=.*\\d)\\p{Ll}[\\p{Ll}\\d-]*$"}}}}}"#;
    let r = recap::internals::wasm::RendererCore::new(options).unwrap();
    let codes = |slug: &str| {
        r.render(&format!("---\ntitle: T\nslug: {slug}\n---\nBody\n"));
        recap_wasm::result_text().matches("front-matter/pattern-mismatch").count()
    };
    assert_eq!(codes("été-2021"), 0, "a lowercase Unicode slug with a digit matches");
    assert_eq!(codes("été"), 1, "the lookahead demands a digit");
    assert_eq!(codes("Été-2021"), 1, "an uppercase start does not match");
    let bad = recap::internals::wasm::RendererCore::new(r#"{"recap":{"schema":{"properties":{"slug":{"pattern":"(?<"}}}}}"#).err();
    let message = String::from(js_sys::Error::from(wasm_bindgen::JsValue::from(bad.expect("an invalid pattern is refused"))).message());
    assert!(message.contains("slug") && message.contains("not a valid regular expression"), "{message}");
}

#[wasm_bindgen_test]
fn names_that_take_over_the_pages_members_are_prefixed() {
    // The browser build asks the page itself (no table in the module).
    let r = recap::internals::wasm::RendererCore::new(r#"{"markup":{"goldmark":{"renderer":{"unsafe":true}}}}"#).unwrap();
    r.render("<img name=\"cookie\" src=\"/a.png\"> <img name=\"photo\" src=\"/b.png\"> <img id=\"getElementById\" src=\"/c.png\">\n");
    let out = recap_wasm::result_text();
    // The HTML, after the result's JSON head (src/js.rs).
    let html = out.split_once('\n').expect("JSON, a newline, the HTML").1;
    assert!(html.contains("name=\"user-content-cookie\""), "{out}");
    assert!(html.contains("name=\"photo\""), "{out}");
    assert!(html.contains("id=\"user-content-getElementById\""), "{out}");
}

#[path = "common/random.rs"]
mod random;

/// The sixteen-byte scans (src/search.rs) as the package's module runs them:
/// `make wasm-test` builds with simd128, so this is its path, against the
/// rules written byte by byte.
#[wasm_bindgen_test]
fn scans_agree_with_the_rules_byte_by_byte() {
    let pieces = ["a", "bc", " ", "\n", "&", "<", ">", "\"", "\0", "é", "日本", "😀", "<p>", "</p>", "<br>", "plain words here", "\u{a0}"];
    let mut random = random::Random(5);
    for _ in 0..2_000 {
        let text = random.joined(&pieces, 40);
        let mut ours = String::new();
        recap::internals::html::escape_text(&mut ours, &text);
        let plain: String = text
            .chars()
            .map(|c| match c {
                '&' => "&amp;".to_owned(),
                '<' => "&lt;".to_owned(),
                '>' => "&gt;".to_owned(),
                '"' => "&quot;".to_owned(),
                '\0' => "\u{fffd}".to_owned(),
                c => c.to_string(),
            })
            .collect();
        assert_eq!(ours, plain, "{text:?}");
        // Words of the text with its tags dropped (`</p>` and `<br>` break words), as Hugo counts them.
        let stripped = text.replace("</p>", " ").replace("<br>", " ").replace("<p>", "");
        if !stripped.contains('<') {
            let count = stripped.split_whitespace().count();
            assert_eq!(recap::internals::markdown::summary::count_words(&text, false), count, "{text:?}");
        }
    }
}

/// Highlighting problems come with the highlighting module's answers, each
/// for its own block (the bridge's `{ html, problem }`): an edit elsewhere in
/// the post re-renders only its block, the problem staying where it was.
#[wasm_bindgen_test]
fn an_edit_beside_a_block_with_a_highlighting_problem_stays_partial() {
    let post =
        |edit: &str| format!("# Title\n\nFirst paragraph.\n\n```go {{linenostart=\"abc\"}}\nx := 1\n```\n\n{edit}\n\nLast paragraph.\n");
    let (root, edited, partial, expected) = with_bridge(
        "kind, code",
        "return { html: '<pre>' + code.trim() + '</pre>', problem: 'linenostart: cannot parse \"abc\" as an integer' };",
        || {
            let (root, mut page) = mounted(renderer(), None);
            page.update(&post("A paragraph."));
            let edited = page.update(&post("A paragraph, edited."));
            let partial = page.core.last_was_partial();
            let (_, mut whole) = mounted(renderer(), None);
            (root, edited, partial, whole.update(&post("A paragraph, edited.")))
        },
    );
    assert!(partial, "the edit re-rendered only its block");
    assert_eq!(edited["diagnostics"], expected["diagnostics"]);
    assert_eq!(edited["diagnostics"][0]["line"], 5, "{}", edited["diagnostics"]);
    assert_eq!(root.query_selector("pre").unwrap().unwrap().text_content().unwrap(), "x := 1");
    root.remove();
}

/// The highlighting bridge is asked with each block's attributes and the
/// renderer's `markup.highlight`, as JSON. The module keeps the last config's
/// JSON for the next block: a renderer with another config is not given it.
#[wasm_bindgen_test]
fn the_bridge_is_asked_with_each_renderers_highlight_config() {
    let post = "```go\nx := 1\n```\n\n```go {.wide}\ny := 2\n```\n";
    let configs = ["{}", r#"{"markup":{"highlight":{"style":"monokai"}}}"#, "{}", r#"{"markup":{"highlight":{"style":"dracula"}}}"#];
    let seen: Vec<String> = with_bridge(
        "kind, code, lang, attributes, ordinal, config",
        "return { html: '<pre>' + [kind, lang, attributes, ordinal, config].join(' ') + '</pre>' };",
        || {
            configs
                .iter()
                .map(|options| {
                    recap_wasm::RendererCore::new(options).unwrap().render(post);
                    recap_wasm::result_text()
                })
                .collect()
        },
    );
    let blocks = |config: &str| format!("<pre>fence go {{}} 0 {config}</pre><pre>fence go {{\"class\":\"wide\"}} 1 {config}</pre>");
    for (result, config) in seen.iter().zip(["null", r#"{"style":"monokai"}"#, "null", r#"{"style":"dracula"}"#]) {
        let html: String = result.lines().skip(1).collect();
        assert_eq!(html, blocks(config), "{result}");
    }
}

/// Runs `f` with `globalThis.__recapHighlight` (the highlighting bridge) a
/// function of `args` with `body`, then puts back the one there was.
fn with_bridge<T>(args: &str, body: &str, f: impl FnOnce() -> T) -> T {
    let global = js_sys::global();
    let key = wasm_bindgen::JsValue::from_str("__recapHighlight");
    let before = js_sys::Reflect::get(&global, &key).unwrap();
    js_sys::Reflect::set(&global, &key, &js_sys::Function::new_with_args(args, body)).unwrap();
    let out = f();
    js_sys::Reflect::set(&global, &key, &before).unwrap();
    out
}
