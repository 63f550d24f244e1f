//! recap-highlight for the browser: the [`Backend`] is the browser's RegExp
//! (flags `dvy`: indices, unicodeSets, sticky), driven from a few lines of
//! JavaScript so that one call tries all of a state's rules.
//!
//! Exports (wasm-bindgen): `answer(kind, code, lang, attributes, ordinal, optionsJson)`
//! (the renderer's bridge answer: the HTML, or `{ html, problem }`) and
//! `addStyles(text)` (and, with the feature `lexer-chunks`, `dataFile(lang)`,
//! `addLexerData(file, data)` for lexers loaded as chunks): what the page's
//! workers and Node need. (Stylesheets, `hugo gen chromastyles`, are the
//! CLI's.) Only the default style (monokai) and the built-in lexers' registry
//! entries are built in: a block asking for another style, or in a language
//! those entries cannot answer for (one outside the built-in set, or a name
//! they do not spell), gets `undefined` from `answer` until the styles chunk
//! (`core/recap_highlight_styles.txt`: the other styles and the full registry)
//! is added with `addStyles`. Only this crate names wasm-bindgen and js-sys.

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod json;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::*;

// Talc instead of std's dlmalloc: a fraction of its size in the module (the
// module is single-threaded: no atomics).
#[cfg(all(target_arch = "wasm32", not(target_feature = "atomics")))]
#[global_allocator]
static TALC: talc::wasm::WasmDynamicTalc = talc::wasm::new_wasm_dynamic_allocator();
