//! HTML output: escaping, the URL policy, and the raw-HTML sanitizer.
//!
//! Nothing reaches Recap's output without passing through this module: text and
//! attribute values are escaped, URLs are checked against one policy, and raw HTML
//! from a post is re-tokenized and rebuilt from an allowlist.

mod entity;
mod escape;
mod sanitize;
mod tokenizer;
mod url;

pub use entity::decode_entities;
pub use escape::{escape_attr, escape_href, escape_text};
pub use sanitize::{RawHtml, Sanitizer};
pub use tokenizer::{Attribute, Token, Tokenizer};
pub use url::{is_safe_url, safe_href};
