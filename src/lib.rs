//! Recap renders Hugo-style posts — front matter, Markdown, shortcodes — into the
//! HTML Hugo would produce, safely, with every problem located in the source.
//!
//! ```
//! let post = "---\ntitle: Hello\ntags: [a, b]\n---\n\n## It's *here*\n\nSee https://linkerd.io.\n";
//! let rendered = recap::render(post, &recap::Options::default());
//! assert_eq!(rendered.front_matter["title"], "Hello");
//! assert!(rendered.html.starts_with("<h2 id=\"its-here\">It&rsquo;s <em>here</em></h2>"));
//! assert!(rendered.html.contains("<a href=\"https://linkerd.io\">https://linkerd.io</a>."));
//! assert!(rendered.diagnostics.is_empty());
//! ```
//!
//! Bad content never makes a call fail: a broken front matter still renders the
//! body, with a [`Diagnostic`] that says what is wrong and where.
//!
//! ```
//! let rendered = recap::render("---\ntitle: \"unclosed\n---\nBody\n", &recap::Options::default());
//! let d = &rendered.diagnostics[0];
//! assert_eq!(d.code, "front-matter/yaml-syntax");
//! assert_eq!(d.start.line, 2);
//! assert_eq!(rendered.html, "<p>Body</p>\n");
//! ```
// No unsafe code in the core; the wasm binding layer allows it for wasm-bindgen's generated glue.
#![deny(unsafe_code)]
#![warn(missing_docs)]

pub mod diagnostic;
mod float;
pub mod front_matter;
#[cfg(not(target_arch = "wasm32"))]
pub mod fs;
mod go_unicode;
pub mod highlight;
pub mod html;
pub mod js;
pub mod limits;
pub mod markdown;
pub mod options;
pub mod patch;
mod render;
pub mod shortcode;
pub mod site;
pub mod span;
pub mod suggest;
pub mod template;
#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)]
mod wasm;
/// The binding layer's exports, for the browser tests in `tests/web.rs`.
#[cfg(target_arch = "wasm32")]
#[doc(hidden)]
pub mod __wasm {
    pub use crate::wasm::RendererCore;
}

pub use diagnostic::{Diagnostic, Fix, Severity};
pub use front_matter::Format;
pub use options::{ConfigError, Options};
pub use render::{render, Block, Edits, Execution, Rendered, Renderer};
pub use span::{LineIndex, Position, Span};
