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
#![forbid(unsafe_code)]
#![warn(missing_docs)]

pub mod diagnostic;
pub mod front_matter;
mod go_unicode;
pub mod html;
pub mod markdown;
pub mod options;
mod render;
pub mod shortcode;
pub mod span;

pub use diagnostic::{Diagnostic, Fix, Severity};
pub use front_matter::Format;
pub use options::{ConfigError, Options};
pub use render::{render, Block, Rendered, Renderer};
pub use span::{LineIndex, Position, Span};
