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

mod escape;
mod eval;
mod funcs;
mod lex;
mod parse;

pub use eval::{render, CallInfo, Host};
pub use parse::{parse, Template};

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
pub const FUNCTIONS: &[&str] = funcs::NAMES;
