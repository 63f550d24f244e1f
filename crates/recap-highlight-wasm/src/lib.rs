//! recap-highlight for the browser: the [`Backend`] is the browser's RegExp
//! (flags `dvy`: indices, unicodeSets, sticky), driven from a few lines of
//! JavaScript so that one call tries all of a state's rules.
//!
//! Exports (wasm-bindgen): `highlight(code, lang, optionsJson)`,
//! `highlightFence(code, lang, attributesJson, ordinal, optionsJson)`,
//! `highlightCode(code, lang, optionString, optionsJson)`,
//! `stylesheet(style)`, `languages()`, `dataFile(lang)`, `addLexerData(file, data)`,
//! `lastTruncated()`. Only this crate names wasm-bindgen and js-sys.

#[cfg_attr(not(target_arch = "wasm32"), allow(dead_code))]
mod json;

#[cfg(target_arch = "wasm32")]
mod browser;
#[cfg(target_arch = "wasm32")]
pub use browser::*;
