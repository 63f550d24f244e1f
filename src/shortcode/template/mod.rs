//! A site's own shortcodes, from the templates the site already has
//! (`layouts/_shortcodes/*.html`), in a documented subset of Go's
//! `html/template` as Hugo extends it.
//!
//! Why our own engine: the one Rust implementation of Go templates (gtmpl)
//! implements `text/template` only — no contextual escaping, which is what
//! makes `html/template` safe — is passively maintained, and reports errors
//! without template positions. Recap needs escaping by context, Hugo's
//! functions, and a diagnostic naming any construct outside the subset with its
//! line in the template file; a small engine written for that is shorter than
//! adapting one that is not.
//!
//! The subset: actions with `{{-`/`-}}` trimming and `{{/* comments */}}`;
//! `if`/`else if`/`else`, `with`/`else with`/`else`, `range` (with `$i, $e :=`,
//! `break`, `continue`), `end`; variables (`$x := …`, `$x = …`, `$`);
//! pipelines with `|` and parentheses; fields and methods on the shortcode
//! (`.Get`, `.Params`, `.IsNamedParams`, `.Inner`, `.InnerDeindent`, `.Name`,
//! `.Ordinal`, `.Parent`, `.Page.Title`, `.Page.Params`, `.Page.Param`,
//! `.Page.RenderString`, `.Site.Params`) and the functions in [`funcs`].
//! `template`, `define`, `block`, `partial` and other functions are reported.
//!
//! The engine is the `templates` feature (on by default). The npm package
//! builds the wasm module twice, with and without it: the engine is ~27 KB of
//! the module (brotli), and most pages have no site templates.

#[cfg(feature = "templates")]
mod escape;
#[cfg(feature = "templates")]
mod eval;
#[cfg(feature = "templates")]
mod funcs;
#[cfg(feature = "templates")]
mod lex;
#[cfg(feature = "templates")]
mod parse;

#[cfg(feature = "templates")]
pub use eval::render;
#[cfg(feature = "templates")]
pub use parse::{parse, Template};

use crate::shortcode::parse::Params;
use serde_json::Value;

/// What a template can ask of the page it renders for.
pub trait Host {
    /// Markdown rendered with the page's settings: inline (a single paragraph
    /// loses its `<p>`) or as blocks.
    fn render_markdown(&self, text: &str, block: bool) -> String;
    /// The page's front matter.
    fn front_matter(&self) -> &Value;
    /// The site's `params`.
    fn site_params(&self) -> &Value;
}

/// The shortcode call a template renders (Hugo's `ShortcodeWithPage`).
pub struct CallInfo<'a> {
    /// `.Name`
    pub name: &'a str,
    /// `.Params`, `.Get`
    pub params: &'a Params,
    /// `.Inner`
    pub inner: Option<&'a str>,
    /// `.Ordinal`
    pub ordinal: usize,
    /// `.Parent`
    pub parent: Option<&'a CallInfo<'a>>,
    /// The spaces or tabs before the call on its line (for `.InnerDeindent`).
    pub indentation: &'a str,
}

#[cfg(not(feature = "templates"))]
pub use absent::{parse, render, Template};

/// Without the engine: every template is reported, none is run.
#[cfg(not(feature = "templates"))]
mod absent {
    use super::{CallInfo, Host, TemplateError};

    /// What this build says of a site template.
    pub const NO_ENGINE: &str = "this build of Recap has no template engine for site shortcodes (the `templates` feature; \
         in JavaScript, load it with `await init({ templates: true })`)";

    /// A parsed template: never made in this build.
    #[derive(Debug, Clone, PartialEq)]
    pub enum Template {}

    impl Template {
        /// Whether the template reads `.Inner`.
        pub fn reads_inner(&self) -> bool {
            match *self {}
        }
    }

    /// Reports that there is no engine.
    ///
    /// # Errors
    /// Always.
    pub fn parse(_: &str) -> Result<Template, TemplateError> {
        Err(TemplateError { line: 1, column: 1, message: NO_ENGINE.to_owned() })
    }

    /// Never called: there is no template to render.
    ///
    /// # Errors
    /// None.
    pub fn render(template: &Template, _: &CallInfo<'_>, _: &dyn Host) -> Result<String, TemplateError> {
        match *template {}
    }
}

/// A problem in a template, at a 1-based line and column of the template file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// 1-based line in the template.
    pub line: usize,
    /// 1-based column in the template.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

/// The functions the subset supports, for messages and docs.
#[cfg(feature = "templates")]
pub const FUNCTIONS: &[&str] = funcs::NAMES;
