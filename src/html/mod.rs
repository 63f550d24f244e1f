//! HTML output: escaping, the URL policy, and the raw-HTML sanitizer.
//!
//! Nothing reaches Recap's output without passing through this module: text and
//! attribute values are escaped, URLs are checked against one policy, and raw HTML
//! from a post is re-tokenized and rebuilt from an allowlist; a last pass keeps
//! the tree the HTML makes within the depth limit.

mod clobber;
mod clobber_names;
mod entity;
mod escape;
mod nest;
mod sanitize;
mod tokenizer;
mod tree;
mod url;

#[cfg(target_arch = "wasm32")]
pub use clobber::set_browser_check as set_clobber_check;
pub use clobber::unclobbered;
#[cfg(target_arch = "wasm32")]
pub use clobber::PREFIX as CLOBBER_PREFIX;
pub use entity::decode_entities;
#[cfg(test)]
pub use escape::TEXT_SPECIALS;
pub use escape::{escape_attr, escape_href, escape_text, text_escape};
pub use nest::{limit_depth, Nesting};
pub use sanitize::Sanitizer;
pub use tokenizer::{Token, Tokenizer};
pub use url::{is_safe_url, safe_href};
