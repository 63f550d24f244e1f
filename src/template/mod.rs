//! Go's `html/template` as Hugo extends it: the engine that runs a site's own
//! layouts — shortcodes, partials and render hooks.
//!
//! Why our own engine: the one Rust implementation of Go templates (gtmpl)
//! implements `text/template` only — no contextual escaping, which is what
//! makes `html/template` safe — is passively maintained, and reports errors
//! without template positions. Recap needs escaping by context, Hugo's
//! functions, and a located diagnostic for every problem, without one
//! unsupported call failing anything but the template it is in.
//!
//! The pieces: [`value`] (what templates pass around), `lex` and `parse`
//! (text to a tree, with positions), `eval` (running a tree for a context),
//! `escape` (html/template's contextual escaping), [`funcs`] (Hugo's function
//! namespaces). What a template can reach outside its arguments (the site, the
//! page, Markdown rendering, other templates) comes through [`Host`], which
//! the site layer implements, so this module knows nothing of sites.

pub mod collate;
#[cfg(feature = "templates")]
mod escape;
#[cfg(feature = "templates")]
mod eval;
#[cfg(feature = "templates")]
pub mod funcs;
#[cfg(feature = "templates")]
mod lex;
#[cfg(feature = "templates")]
mod parse;
pub mod value;

#[cfg(not(feature = "templates"))]
pub use absent::{parse, parse_text, Template};
#[cfg(feature = "templates")]
pub use eval::Engine;
#[cfg(feature = "templates")]
pub use parse::{parse, parse_text, Template};
use std::sync::Arc;
pub use value::{Map, Object, Safe, Value};

/// What a template run produced.
#[derive(Debug, Default)]
pub struct Output {
    /// The text written.
    pub text: String,
    /// The value a partial `return`ed, if it did.
    pub value: Option<Value>,
}

/// Without the `templates` feature (the package's default module, which must
/// stay within its size budget): every template is reported with one message,
/// none is run, so the engine, Hugo's functions and the template objects of the
/// site layer (whose callers end at [`Template::never`]) are left out of the build.
#[cfg(not(feature = "templates"))]
mod absent {
    use super::TemplateError;

    /// What this build says of a site template.
    const NO_ENGINE: &str = "this build of Recap has no engine for site templates (the `templates` feature; \
         in JavaScript, load it with `await init({ templates: true })`)";

    /// A parsed template: never made in this build.
    #[derive(Debug, Clone, PartialEq)]
    pub enum Template {}

    /// Reports that there is no engine.
    ///
    /// # Errors
    /// Always.
    pub fn parse(name: &str, _: &str) -> Result<Template, TemplateError> {
        Err(TemplateError { template: name.to_owned(), line: 1, column: 1, message: NO_ENGINE.to_owned(), action: String::new() })
    }

    /// Reports that there is no engine (for a `text/template` template).
    ///
    /// # Errors
    /// Always.
    pub fn parse_text(name: &str, src: &str) -> Result<Template, TemplateError> {
        parse(name, src)
    }

    impl Template {
        /// A template never exists in this build: code that has one is unreachable.
        pub fn never(&self) -> ! {
            match *self {}
        }
    }
}

/// A problem in a template, located in the template's file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TemplateError {
    /// The template's name as Hugo gives it (`_partials/components/alert.html`).
    pub template: String,
    /// 1-based line in the template.
    pub line: usize,
    /// 1-based column in the template.
    pub column: usize,
    /// What is wrong.
    pub message: String,
    /// The action it happened in, as Go prints the node (`div 1 0`); empty when not known.
    pub action: String,
}

impl TemplateError {
    /// The error as Go's `text/template` words it (what `try` gives as `.Err`):
    /// `template: NAME:LINE:COL: executing "NAME" at <ACTION>: MESSAGE`, the
    /// name as Hugo gives it (without `layouts/`), the column counted from 0.
    pub fn go_text(&self) -> String {
        let name = self.template.split_once("layouts/").map_or(self.template.as_str(), |(_, n)| n);
        if self.action.is_empty() {
            return format!("template: {name}:{}:{}: {}", self.line, self.column.saturating_sub(1), self.message);
        }
        format!(
            "template: {name}:{}:{}: executing {} at <{}>: {}",
            self.line,
            self.column.saturating_sub(1),
            crate::go_unicode::quote(name, false),
            self.action,
            self.message
        )
    }
}

impl std::fmt::Display for TemplateError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}:{}:{}: {}", self.template, self.line, self.column, self.message)
    }
}

/// How a template function is called: arguments in call order, a piped value
/// last (as Go passes it).
pub type Func = fn(&mut Cx<'_>, &[Value]) -> Result<Value, String>;

/// What a template can reach beyond its arguments. The site layer implements
/// it; every method has a default that reports "not available" so that a host
/// with less (a bare renderer without a site) still runs templates.
pub trait Host {
    /// `site` (and `.Site`): the site object.
    fn site(&self) -> Value {
        Value::Nil
    }

    /// `hugo`: Hugo's namespace object (`hugo.Data`, `hugo.IsDevelopment`, …).
    fn hugo(&self) -> Value {
        Value::Nil
    }

    /// The page the template runs for (the `page` function, and `markdownify`'s page).
    fn page(&self) -> Value {
        Value::Nil
    }

    /// Markdown rendered for `markdownify` (Hugo: the home page's
    /// `.RenderString`; inline: a single paragraph loses its `<p>`).
    ///
    /// # Errors
    /// When there is nothing to render with.
    fn render_markdown(&self, _text: &str, _block: bool) -> Result<String, String> {
        Err("Markdown rendering is not available here".to_owned())
    }

    /// `resources.Get PATH`: an asset of the site, or nil.
    fn resource(&self, _path: &str) -> Value {
        Value::Nil
    }

    /// `resources.Match PATTERN`: the site's assets whose path matches a glob, in path order.
    fn resources(&self, _pattern: &str) -> Vec<Value> {
        Vec::new()
    }

    /// `transform.Highlight CODE LANG OPTIONS`: Hugo's highlighted HTML.
    ///
    /// # Errors
    /// When highlighting is not available in this build.
    fn highlight(&self, _code: &str, _lang: &str, _options: &Value) -> Result<String, String> {
        Err("code highlighting is not available in this build".to_owned())
    }

    /// `transform.HighlightCodeBlock`: a fenced block's HTML as the page's
    /// Markdown would write it (the attributes and options of its fence), and
    /// the highlighted code inside its `<pre><code>` (Hugo's `.Wrapped`, `.Inner`).
    ///
    /// # Errors
    /// When highlighting is not available in this build.
    fn highlight_code_block(
        &self,
        _code: &str,
        _lang: &str,
        _attributes: &[(String, crate::markdown::attribute::Value)],
        _ordinal: usize,
    ) -> Result<(String, String), String> {
        Err("code highlighting is not available in this build".to_owned())
    }

    /// `text` with the host's stand-ins for HTML it made itself (highlighted
    /// code, kept out of the sanitizer until the page is done) replaced by
    /// that HTML, or `None` when it holds none. The escaper asks wherever a
    /// value is not written as HTML (an attribute, a URL, a `<textarea>`, a
    /// plain string), since there Go escapes or strips the HTML itself.
    fn restore_trusted(&self, _text: &str) -> Option<String> {
        None
    }

    /// `transform.CanHighlight LANG`: whether the highlighter knows the language.
    fn can_highlight(&self, _lang: &str) -> bool {
        false
    }

    /// A template by the name a `partial` call gives (`components/alert`,
    /// `foo.html`), resolved with Hugo's lookup rules; its parse error if it
    /// does not parse.
    fn partial(&self, _name: &str) -> Option<Result<Arc<Template>, TemplateError>> {
        None
    }

    /// `templates.Exists PATH`: whether the site has a template at `PATH`
    /// under `layouts` (`_partials/foo.html`), as Hugo's template store
    /// names its templates.
    fn template_exists(&self, _path: &str) -> bool {
        false
    }

    /// The site-relative file of the template named `name`
    /// (`layouts/_partials/foo.html`), for `templates.Current.Filename`.
    fn template_file(&self, _name: &str) -> Option<String> {
        None
    }

    /// The template that defines `name` (with `define` or `block`) among the
    /// site's templates, which share one namespace as in Hugo: the last
    /// definition read wins, an empty one replaces none.
    fn define(&self, _name: &str) -> Option<Arc<Template>> {
        None
    }

    /// The current time in seconds since 1970 (`now`), if the host knows it.
    fn now(&self) -> Option<i64> {
        None
    }

    /// `T`/`i18n`/`lang.Translate`: the site's translation of `id` for the
    /// page's language, with `data` (a count, or a map or page with one), or
    /// `None` when the site has no translation for it.
    ///
    /// # Errors
    /// A translation whose template fails.
    fn translate(&self, _id: &str, _data: &Value) -> Result<Option<String>, String> {
        Ok(None)
    }

    /// The site's style of heading IDs (`autoHeadingIDType`), which `anchorize` follows.
    fn heading_id_style(&self) -> crate::markdown::heading_id::IdStyle {
        crate::markdown::heading_id::IdStyle::Github
    }

    /// Whether the site silences log messages with this ID (`ignoreLogs`).
    fn ignores_log(&self, _id: &str) -> bool {
        false
    }

    /// Hugo's notice that a template used `item`, deprecated since Hugo
    /// `version` (`v0.156.0`): `alternative` says what to use instead.
    fn deprecated(&self, _item: &'static str, _alternative: &'static str, _version: &'static str) {}

    /// A method of a list that the host gives meaning to (Hugo's
    /// `page.Pages`: `.Len`, `.ByTitle`…), or `None` where it has none.
    fn list_member(&self, _list: &[Value], _name: &str, _args: &[Value]) -> Option<Result<Value, String>> {
        None
    }
}

/// A host with nothing: templates run, site functions report that there is no site.
pub struct NoHost;

impl Host for NoHost {}

/// A message a template sent with `warnf`/`errorf`, or a problem worth
/// reporting that did not stop the template.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    /// `true` for `errorf` (Hugo fails the build), `false` for `warnf`.
    pub error: bool,
    /// The text.
    pub text: String,
    /// Where it was sent from: template name, 1-based line and column.
    pub template: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column.
    pub column: usize,
}

/// The context a function runs in: the host, and what the run has collected.
pub struct Cx<'a> {
    /// What the template can reach.
    pub host: &'a dyn Host,
    /// Messages sent so far (`warnf`, `errorf`).
    pub messages: Vec<Message>,
    /// Where the current action is (for messages).
    pub(crate) at: (Arc<str>, usize, usize),
    /// Work done so far, against [`crate::limits`]' budget for one call.
    pub(crate) steps: usize,
}

impl<'a> Cx<'a> {
    /// A context for one top-level template run.
    pub fn new(host: &'a dyn Host) -> Cx<'a> {
        Cx { host, messages: Vec::new(), at: (Arc::from(""), 0, 0), steps: 0 }
    }

    /// Records a `warnf` (or, with `error`, an `errorf`) message at the current action.
    pub fn message(&mut self, error: bool, text: String) {
        let (template, line, column) = self.at.clone();
        self.messages.push(Message { error, text, template: template.to_string(), line, column });
    }

    /// `.name` (with `args` for a method) of `value`: a map key, an object's
    /// field or method. Go's rules: a missing map key is nil; a field that does
    /// not exist is an error.
    ///
    /// # Errors
    /// A field that does not exist, or a method that fails.
    pub fn member(&mut self, value: &Value, name: &str, args: &[Value]) -> Result<Value, String> {
        match value {
            Value::Map(m) => {
                if !args.is_empty() {
                    return Err(format!("{name} is a map key, not a method: it takes no arguments"));
                }
                Ok(m.get(name).cloned().unwrap_or(Value::Nil))
            }
            Value::Object(o) => match o.member(name, args, self)? {
                Some(v) => Ok(v),
                None => Err(format!("can't evaluate field {name} in type {}", o.type_name())),
            },
            Value::Nil => Ok(Value::Nil),
            Value::List(l) => match self.host.list_member(l, name, args) {
                Some(result) => result,
                None => Err(format!("can't evaluate field {name} in type {}", value.type_name())),
            },
            other => Err(format!("can't evaluate field {name} in type {}", other.type_name())),
        }
    }

    /// Follows a dotted path (`Params.unlisted`) from `value`, as `where` and `sort` do.
    ///
    /// # Errors
    /// As [`Cx::member`].
    pub fn path(&mut self, value: &Value, path: &str) -> Result<Value, String> {
        let mut cur = value.clone();
        for part in path.trim_start_matches('.').split('.').filter(|p| !p.is_empty()) {
            cur = self.member(&cur, part, &[])?;
        }
        Ok(cur)
    }

    /// Counts `n` units of work; fails when one call has done more than the limit allows.
    ///
    /// # Errors
    /// When the budget is spent.
    pub fn work(&mut self, n: usize) -> Result<(), String> {
        self.steps += n;
        if self.steps > crate::limits::TEMPLATE_STEPS {
            return Err(format!("stopped after {} steps of work (a template loop that does not end?)", crate::limits::TEMPLATE_STEPS));
        }
        Ok(())
    }
}

/// The options of `transform.Highlight` and `transform.HighlightCodeBlock`,
/// given as a map or as Hugo's option string (`k=v,…`), as (name, value) in order.
pub fn highlight_option_pairs(options: &Value) -> Vec<(String, Value)> {
    match options {
        Value::Map(m) => m.iter().map(|(k, v)| (k.to_string(), v.clone())).collect(),
        Value::Nil => Vec::new(),
        other => other
            .text()
            .split(',')
            .filter(|kv| !kv.trim().is_empty())
            .map(|kv| {
                let (k, v) = kv.split_once('=').unwrap_or((kv, ""));
                (k.trim().to_owned(), Value::from(v.trim()))
            })
            .collect(),
    }
}
