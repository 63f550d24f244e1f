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

// The crate's own modules. None is public: what users need is re-exported
// below, and tests, fuzz targets and examples reach the rest through
// `internals` (the `internals` feature).
mod diagnostic;
mod float;
mod front_matter;
// Reading a site's folder, for `Site::load` (the `templates` feature).
#[cfg(all(feature = "templates", not(target_arch = "wasm32")))]
mod fs;
mod go_unicode;
mod highlight;
mod html;
// The binding layer's pure halves (results as JS sees them, the DOM patch
// plan): built for the browser, and natively for their tests.
#[cfg(any(target_arch = "wasm32", test))]
mod js;
mod limits;
mod markdown;
pub mod options;
#[cfg(any(target_arch = "wasm32", test))]
mod patch;
/// The seeded generator the integration tests use, for the unit tests' generated inputs.
#[cfg(test)]
#[path = "../tests/common/random.rs"]
mod random;
mod render;
mod search;
mod shortcode;
// Without `templates`, the site model and the template engine are compiled
// but never run (a template is an uninhabited type, no site is loaded), so
// the compiler leaves them out: their code is unused there by design.
#[cfg_attr(not(feature = "templates"), allow(dead_code, unused_imports))]
mod site;
mod span;
mod suggest;
#[cfg_attr(not(feature = "templates"), allow(dead_code, unused_imports))]
mod template;
#[cfg(target_arch = "wasm32")]
#[allow(unsafe_code)]
mod wasm;

pub use diagnostic::{codes, Diagnostic, Fix, Severity};
pub use front_matter::date::TimeZone;
pub use front_matter::{pattern, Format};
pub use options::{ConfigError, Options};
pub use render::{render, Block, Edits, Execution, Rendered, Renderer};
pub use shortcode::load_templates;
pub use span::{LineIndex, Position, Span};

// A whole site: read natively from its folder, or in the browser from the
// bundle `recap pack` writes (`pack_site`, `Site::from_bundle`).
#[cfg(all(feature = "templates", not(target_arch = "wasm32")))]
pub use fs::{find_site_root, load_site, read_site};
pub use site::bundle::pack as pack_site;
pub use site::files::{File, Files};
pub use site::{Problem, Site};
/// `emojify`'s table, for a build without the `builtin-emoji` feature.
#[cfg(feature = "templates")]
pub use template::funcs::transform::set_emoji_table;

/// The crate's internals, for its own tests, fuzz targets, examples and the
/// `recap` command: not part of the API (no semver promise), and compiled in
/// only with the `internals` feature.
#[cfg(feature = "internals")]
#[doc(hidden)]
pub mod internals {
    macro_rules! expose {
        ($($(#[$attr:meta])* $name:ident),* $(,)?) => {$(
            $(#[$attr])*
            #[allow(missing_docs)]
            pub mod $name {
                pub use crate::$name::*;
            }
        )*};
    }
    expose!(
        diagnostic,
        front_matter,
        #[cfg(all(feature = "templates", not(target_arch = "wasm32")))]
        fs,
        highlight,
        html,
        limits,
        markdown,
        shortcode,
        site,
        suggest,
        template,
        /// The binding layer's exports, for the browser tests in `tests/web.rs`.
        #[cfg(target_arch = "wasm32")]
        wasm,
    );
}
