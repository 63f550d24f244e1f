//! Hugo shortcodes: `{{< name args >}}` (output is HTML, put in after Markdown
//! renders) and `{{% name args %}}` (output is Markdown, rendered with the page).
//!
//! As in Hugo and Zola, calls are replaced by placeholder tokens before the
//! Markdown runs, and the tokens by the calls' HTML afterwards; a token alone
//! in a paragraph takes the paragraph's place. A [`SourceMap`] keeps byte
//! offsets of the expanded text pointing at the post's source.

mod builtin;
pub mod lexer;
pub mod parse;

use crate::diagnostic::Diagnostic;
use crate::html::{escape_attr, escape_href, escape_text, safe_href, Sanitizer};
use crate::markdown::summary::DIVIDER;
use crate::search;
use crate::site::page::{PageContext, ShortcodeObject};
use crate::span::Span;
use crate::template::value::{from_json, Map, Value};
use parse::{Call, Params, Piece, Registry};
use std::borrow::Cow;
use std::ops::Range;
use std::sync::Arc;

pub(crate) use builtin::deindent;

/// The body with shortcodes expanded.
#[derive(Debug, Default)]
pub struct Expanded {
    /// Markdown with placeholder tokens and `{{% %}}` output in place of calls.
    pub markdown: String,
    /// Maps offsets in `markdown` back to the body.
    pub map: SourceMap,
    /// The HTML for placeholder `i`.
    pub outputs: Vec<String>,
    /// The token prefix used (unique within the body).
    pub token: String,
    /// `{{< >}}` calls to site templates, rendered once the Markdown around
    /// them has been (so that `.Page.TableOfContents` is known): the
    /// placeholder each fills, and the call.
    deferred: Vec<(usize, Call)>,
}

/// Offsets in expanded text mapped back to the source it came from.
#[derive(Debug, Default, Clone)]
pub struct SourceMap {
    /// (expanded start, expanded end, source range, copied verbatim)
    segments: Vec<(usize, usize, Range<usize>, bool)>,
}

impl SourceMap {
    fn push(&mut self, expanded: Range<usize>, source: Range<usize>, verbatim: bool) {
        if expanded.is_empty() && source.is_empty() {
            return;
        }
        self.segments.push((expanded.start, expanded.end, source, verbatim));
    }

    /// The source offset for an offset in the expanded text. Offsets inside
    /// inserted text map to the start of the call they came from.
    pub fn to_source(&self, offset: usize) -> usize {
        let i = self.segments.partition_point(|(_, end, _, _)| *end <= offset);
        match self.segments.get(i) {
            Some((start, _, source, true)) if offset >= *start => source.start + (offset - start),
            Some((start, _, source, false)) if offset >= *start => source.start,
            Some((_, _, source, _)) => source.start,
            None => self.segments.last().map_or(offset, |(_, _, s, _)| s.end),
        }
    }

    /// A span in the expanded text as a span of the source (ends map to the end of a call).
    pub fn span_to_source(&self, span: Span) -> Span {
        let start = self.to_source(span.start);
        let end = if span.end > span.start {
            let i = self.segments.partition_point(|(_, end, _, _)| *end < span.end);
            match self.segments.get(i) {
                Some((s, _, source, true)) if span.end >= *s => source.start + (span.end - s),
                Some((_, _, source, false)) => source.end,
                _ => self.to_source(span.end),
            }
        } else {
            start
        };
        Span::new(start, end.max(start))
    }
}

/// What the parser asks of the page: whether a shortcode takes inner content.
struct PageRegistry<'a>(&'a PageContext);

/// Whether a template's calls take inner content (`{{< name >}}…{{< /name >}}`):
/// as in Hugo, whether its text uses `.Inner` (or `.InnerDeindent`). Decided on
/// the text, so a template Recap cannot run still pairs its calls as Hugo does.
pub(crate) fn reads_inner(source: &str) -> bool {
    source.contains(".Inner")
}

impl Registry for PageRegistry<'_> {
    fn takes_inner(&self, name: &str) -> Option<bool> {
        match self.0.shortcode(name) {
            Some(layout) => Some(reads_inner(&layout.source)),
            None => builtin::takes_inner(name),
        }
    }
}

/// Expands the shortcodes of a body for `page`. Diagnostics use body offsets.
/// `{{% %}}` calls are rendered now (their output is Markdown); `{{< >}}`
/// calls to site templates are left for [`finish`].
///
/// With a `divider`, the first `<!--more-->` summary divider is replaced by
/// it, as a paragraph of its own (as Hugo's page lexer does).
pub fn expand(body: &str, page: &Arc<PageContext>, divider: Option<&str>, diagnostics: &mut Vec<Diagnostic>) -> Expanded {
    let nodes = if search::contains(body, "{{") {
        let (nodes, mut found) = parse::parse(body, &PageRegistry(page));
        diagnostics.append(&mut found);
        nodes
    } else {
        vec![Piece::Text(0..body.len())]
    };
    let mut token = String::from("RCPSC");
    while search::contains(body, &token) {
        token.push('Q');
    }
    let divider = divider.and_then(|marker| {
        search::find(body, DIVIDER).map(|at| {
            let end = at + DIVIDER.len();
            let spaces = body[end..].len() - body[end..].trim_start_matches([' ', '\t', '\r', '\n']).len();
            (at..end + spaces, format!("\n\n{marker}\n\n"))
        })
    });
    // (Reserved: grown by doubling, a long post's copy held up to twice its size at the render's peak.)
    let mut out = Expanded { token, markdown: String::with_capacity(body.len()), ..Expanded::default() };
    let mut ex = Expander { body, page, out: &mut out, diagnostics, divider, calls: 0, defer: true };
    for node in &nodes {
        ex.node(node);
    }
    out
}

/// Renders the deferred `{{< >}}` calls of `expanded` (after its Markdown has
/// been rendered, and `.TableOfContents` set).
pub fn finish(body: &str, expanded: &mut Expanded, page: &Arc<PageContext>, diagnostics: &mut Vec<Diagnostic>) {
    let deferred = std::mem::take(&mut expanded.deferred);
    let mut ex = Expander { body, page, out: expanded, diagnostics, divider: None, calls: 0, defer: false };
    for (slot, call) in deferred {
        let html = match ex.output(&call, None) {
            Output::Html(html) => html,
            Output::Markdown(md) => md,
        };
        ex.out.outputs[slot] = html;
    }
}

/// Markdown with shortcodes, rendered for `page` as `.RenderString` renders
/// it (Markdown, then `{{< >}}` calls, then the calls' HTML put in).
pub(crate) fn render_markdown(text: &str, page: &Arc<PageContext>, diagnostics: &mut Vec<Diagnostic>) -> String {
    let mut expanded = expand(text, page, None, diagnostics);
    let hooks = crate::site::page::PageHooks(page.clone(), None);
    let output = crate::markdown::render_with(&expanded.markdown, &page.site.options, Some(&hooks));
    // Problems the Markdown had (raw HTML left out, limits, highlighting): the caller places them at the call.
    for (code, message, _) in &output.notes {
        if *code == "markdown/raw-html-omitted" && page.site.ignores_log("warning-goldmark-raw-html") {
            continue;
        }
        diagnostics.push(Diagnostic::warning(code, message.clone(), Span::new(0, 0)));
    }
    finish(text, &mut expanded, page, diagnostics);
    let html: String = output.blocks.iter().map(|b| b.html.as_str()).collect();
    substitute(&html, &expanded).into_owned()
}

struct Expander<'a, 'c, 'd> {
    body: &'a str,
    page: &'c Arc<PageContext>,
    out: &'c mut Expanded,
    diagnostics: &'d mut Vec<Diagnostic>,
    /// The summary divider's bytes (with the whitespace after it) and what replaces them.
    divider: Option<(Range<usize>, String)>,
    /// Top-level calls expanded so far.
    calls: usize,
    /// Whether top-level `{{< >}}` calls to site templates wait for [`finish`].
    defer: bool,
}

use crate::limits::MAX_SHORTCODE_CALLS as MAX_CALLS;

use crate::limits::TEMPLATE_OUTPUT_PER_POST as MAX_TEMPLATE_OUTPUT;

/// A call's output.
pub(crate) enum Output {
    /// HTML put in after Markdown renders.
    Html(String),
    /// Markdown rendered with the page (a `{{% %}}` call's template output).
    Markdown(String),
}

impl Expander<'_, '_, '_> {
    fn insert(&mut self, text: &str, source: Range<usize>, verbatim: bool) {
        let start = self.out.markdown.len();
        self.out.markdown.push_str(text);
        self.out.map.push(start..self.out.markdown.len(), source, verbatim);
    }

    /// A placeholder token for `html`, recorded as output `i`.
    fn token_for(&mut self, html: String) -> (usize, String) {
        let i = self.out.outputs.len();
        self.out.outputs.push(html);
        (i, format!("{}{}E", self.out.token, i))
    }

    /// `{{% %}}` output holding a page that `.RenderShortcodes` included: its
    /// `{{< >}}` outputs, lent to this page, become this body's, their
    /// tokens rewritten (in one pass: both bodies' tokens may start alike).
    fn adopt(&mut self, md: String) -> String {
        // (Only site templates call `.RenderShortcodes`.)
        if !cfg!(feature = "templates") {
            return md;
        }
        let mut md = md;
        for (theirs, outputs) in self.page.take_lent_outputs() {
            let base = self.out.outputs.len();
            let ours = self.out.token.clone();
            let outputs: Vec<String> = outputs.iter().map(|h| retoken(h, &theirs, &ours, base)).collect();
            self.out.outputs.extend(outputs);
            md = retoken(&md, &theirs, &ours, base);
        }
        md
    }

    fn placeholder(&mut self, html: String, source: Range<usize>) {
        let (_, token) = self.token_for(html);
        self.insert(&token, source, false);
    }

    fn node(&mut self, node: &Piece) {
        match node {
            Piece::Text(r) => match self.divider.clone() {
                Some((d, marker)) if r.start <= d.start && d.start < r.end => {
                    self.divider = None;
                    self.insert(&self.body[r.start..d.start], r.start..d.start, true);
                    self.insert(&marker, d.start..d.end.min(r.end), false);
                    let rest = d.end.min(r.end)..r.end;
                    self.insert(&self.body[rest.clone()], rest, true);
                }
                _ => self.insert(&self.body[r.clone()], r.clone(), true),
            },
            Piece::Literal(s, r) => self.insert(s, r.clone(), false),
            // A call that could not be read counts as a call too: past the
            // limit it is shown as written, not as an error box (a post of
            // nothing but `{{< ` would otherwise grow ~40 times in the HTML).
            Piece::Broken { span, .. } if self.past_call_limit(span) => self.insert(&self.body[span.clone()], span.clone(), true),
            Piece::Broken { span, message } => {
                let html = error_box(&self.body[span.clone()], message);
                self.placeholder(html, span.clone());
            }
            Piece::Call(call) if self.past_call_limit(&call.open) => {
                self.insert(&self.body[call.span.clone()], call.span.clone(), true);
            }
            Piece::Call(call) => {
                if self.defer && !call.markup && self.is_site_template(&call.name) {
                    let (slot, token) = self.token_for(String::new());
                    self.out.deferred.push((slot, (**call).clone()));
                    self.insert(&token, call.span.clone(), false);
                } else {
                    match self.output(call, None) {
                        Output::Html(html) => self.placeholder(html, call.span.clone()),
                        Output::Markdown(md) => {
                            let md = self.adopt(md);
                            self.insert(&md, call.span.clone(), false);
                        }
                    }
                }
            }
        }
    }

    /// Counts a call (read or not); past [`MAX_CALLS`] it is to be shown as
    /// written, and the first one past it is reported.
    fn past_call_limit(&mut self, at: &Range<usize>) -> bool {
        self.calls += 1;
        if self.calls == MAX_CALLS + 1 {
            let message = format!("more than {MAX_CALLS} shortcodes: this one and the rest are shown as written");
            self.diagnostics.push(Diagnostic::error("limits/too-many-shortcodes", message, Span::new(at.start, at.end)));
        }
        self.calls > MAX_CALLS
    }

    fn is_site_template(&self, name: &str) -> bool {
        name.ends_with(".inline") || self.page.shortcode(name).is_some()
    }

    /// The inner content of a call as a string: text as written, nested calls
    /// as placeholders (or, for `{{% %}}`, their Markdown).
    fn inner(&mut self, nodes: &[Piece], parent: &Value) -> String {
        let mut s = String::new();
        for n in nodes {
            match n {
                Piece::Text(r) => s.push_str(&self.body[r.clone()]),
                Piece::Literal(t, _) => s.push_str(t),
                Piece::Broken { span, .. } if self.past_call_limit(span) => s.push_str(&self.body[span.clone()]),
                Piece::Broken { span, message } => {
                    let (_, token) = self.token_for(error_box(&self.body[span.clone()], message));
                    s.push_str(&token);
                }
                Piece::Call(c) => match self.output(c, Some(parent)) {
                    Output::Markdown(md) => s.push_str(&self.adopt(md)),
                    // A site template's HTML is part of the inner content, as in Hugo
                    // (so `.Inner | .Page.RenderString` applies the raw-HTML policy to it).
                    Output::Html(html) if self.is_site_template(&c.name) => s.push_str(&html),
                    // Built-in output (trusted embeds) stays a placeholder.
                    Output::Html(html) => {
                        let (_, token) = self.token_for(html);
                        s.push_str(&token);
                    }
                },
            }
        }
        s
    }

    /// The call's context object, with its inner content rendered in.
    fn context(&mut self, call: &Call, parent: Option<&Value>) -> Value {
        if !cfg!(feature = "templates") {
            // No template will read it (the engine is not in this build).
            let _ = (call, parent);
            return Value::Nil;
        }
        let params = match &call.params {
            Params::None => Value::Nil,
            Params::Positional(a) => Value::list(a.iter().map(|a| from_json(&a.value, false)).collect()),
            Params::Named(n) => {
                let mut m = Map::new();
                for (k, a) in n {
                    m.insert(k.clone(), from_json(&a.value, false));
                }
                Value::map(m)
            }
        };
        let position = self.position(call.open.start);
        let mut me = ShortcodeObject {
            page: self.page.clone(),
            name: call.name.clone(),
            params,
            named: matches!(call.params, Params::Named(_)),
            inner: None,
            indentation: call.indentation.clone(),
            ordinal: call.ordinal,
            parent: parent.cloned().unwrap_or_default(),
            position,
            store: Default::default(),
        };
        if let Some((_, nodes)) = &call.inner {
            // The inner calls see this call (without its inner content) as their parent.
            let parent_view = Value::object(ShortcodeObject {
                page: me.page.clone(),
                name: me.name.clone(),
                params: me.params.clone(),
                named: me.named,
                inner: None,
                indentation: me.indentation.clone(),
                ordinal: me.ordinal,
                parent: me.parent.clone(),
                position: me.position.clone(),
                store: me.store.clone(),
            });
            me.inner = Some(self.inner(nodes, &parent_view));
        }
        Value::object(me)
    }

    /// Hugo's `.Position` of the call.
    fn position(&self, offset: usize) -> Value {
        self.page.position(Some(offset))
    }

    fn output(&mut self, call: &Call, parent: Option<&Value>) -> Output {
        if call.name.ends_with(".inline") {
            return self.inline(call, parent);
        }
        if let Some(layout) = self.page.shortcode(&call.name) {
            let template = layout.template.clone();
            let file = layout.file.clone();
            let dot = self.context(call, parent);
            return self.site_template(call, template, &file, dot);
        }
        let inner = call.inner.as_ref().map(|(_, nodes)| {
            let me = Value::Nil;
            self.inner(nodes, &me)
        });
        let page = builtin::Page { ctx: self.page };
        let rendered = builtin::render(call, inner.as_deref(), &page);
        // Problems in the Markdown the call rendered are placed at the call.
        for note in self.page.take_notes() {
            self.diagnostics.push(Diagnostic::new(note.severity, note.code, note.message, Span::new(call.open.start, call.open.end)));
        }
        match rendered {
            Some(Ok(html)) => Output::Html(html),
            Some(Err(problem)) => {
                let span = problem.span.clone().unwrap_or_else(|| call.open.clone());
                let mut d = Diagnostic::new(problem.severity, problem.code, problem.message.clone(), Span::new(span.start, span.end));
                if let Some(s) = problem.suggestion {
                    d = d.with_suggestion(s);
                }
                self.diagnostics.push(d);
                match problem.fallback {
                    Some(html) => Output::Html(html),
                    None => Output::Html(error_box(&self.body[call.span.clone()], &problem.message)),
                }
            }
            None => {
                self.diagnostics.push(
                    Diagnostic::error(
                        "shortcode/unknown",
                        format!("there is no shortcode named `{}`", call.name),
                        Span::new(call.open.start, call.open.end),
                    )
                    .with_suggestion(builtin::suggest(&call.name)),
                );
                let shown = &self.body[call.open.clone()];
                let html = error_box(shown, &format!("unknown shortcode `{}`", call.name));
                match inner {
                    // The inner content still shows, rendered as part of the page.
                    Some(inner) => {
                        let (_, token) = self.token_for(html);
                        Output::Markdown(format!("{token}\n\n{inner}"))
                    }
                    None => Output::Html(html),
                }
            }
        }
    }

    /// An inline shortcode (`security.enableInlineShortcodes`): the first call
    /// defines it with its inner content as the template; later self-closing calls reuse it.
    fn inline(&mut self, call: &Call, parent: Option<&Value>) -> Output {
        // (Only a loaded site's config can turn them on.)
        let enabled = cfg!(feature = "templates")
            && self
                .page
                .site
                .config
                .get("security")
                .and_then(|s| s.get("enableinlineshortcodes"))
                .and_then(serde_json::Value::as_bool)
                .unwrap_or(false);
        if !enabled {
            self.diagnostics.push(
                Diagnostic::warning(
                    "shortcode/inline-disabled",
                    format!("inline shortcodes are off: `{}` renders nothing", call.name),
                    Span::new(call.open.start, call.open.end),
                )
                .with_suggestion("set `security.enableInlineShortcodes: true` in the site config to use them"),
            );
            return Output::Html(String::new());
        }
        let file = format!("{}.html", call.name);
        let template = match &call.inner {
            Some((range, _)) => {
                let parsed = crate::template::parse(&file, &self.body[range.clone()]).map(Arc::new);
                if let (Ok(t), Ok(mut map)) = (&parsed, self.page.inline.lock()) {
                    map.insert(call.name.clone(), t.clone());
                }
                parsed
            }
            None => match self.page.inline.lock().ok().and_then(|m| m.get(&call.name).cloned()) {
                Some(t) => Ok(t),
                None => {
                    let message = format!("the inline shortcode `{}` is used before it is defined", call.name);
                    self.diagnostics.push(Diagnostic::error(
                        "shortcode/unknown",
                        message.clone(),
                        Span::new(call.open.start, call.open.end),
                    ));
                    return Output::Html(error_box(&self.body[call.span.clone()], &message));
                }
            },
        };
        let mut ctx_call = call.clone();
        ctx_call.inner = None;
        let dot = self.context(&ctx_call, parent);
        self.site_template(call, template, &file, dot)
    }

    /// Renders a call with the site's template for it.
    fn site_template(
        &mut self,
        call: &Call,
        template: Result<Arc<crate::template::Template>, crate::template::TemplateError>,
        file: &str,
        dot: Value,
    ) -> Output {
        let open = Span::new(call.open.start, call.open.end);
        if self.page.template_output.load(std::sync::atomic::Ordering::Relaxed) > MAX_TEMPLATE_OUTPUT {
            let message = format!("not rendered: this post's shortcodes already wrote more than {} MiB", MAX_TEMPLATE_OUTPUT >> 20);
            self.diagnostics.push(Diagnostic::error("limits/output-too-large", message.clone(), open));
            return Output::Html(error_box(&self.body[call.span.clone()], &message));
        }
        self.page.set_current_call(Some(call.span.clone()));
        let result = match template {
            Ok(t) => self.page.run(&t, dot),
            Err(e) => Err(format!("{}:{}:{}: {}", file, e.line, e.column, e.message)),
        };
        self.page.set_current_call(None);
        // Problems from inside the call (warnf, Markdown it rendered) are placed at the call.
        for note in self.page.take_notes() {
            let mut d = Diagnostic::new(note.severity, note.code, note.message, open);
            if note.code == "template/warnf" {
                d = d.with_suggestion("the site's template sent this warning with `warnf`");
            }
            self.diagnostics.push(d);
        }
        match result {
            Ok(text) if call.markup => Output::Markdown(text),
            Ok(html) => {
                let mut sanitizer = Sanitizer::new();
                let html = sanitizer.clean(&html);
                if sanitizer.take_too_deep() {
                    self.diagnostics.push(Diagnostic::warning("limits/nesting", crate::limits::html_nesting_message(), open));
                }
                Output::Html(html)
            }
            Err(e) => {
                let message = format!("in the `{}` template ({e})", call.name);
                self.diagnostics.push(Diagnostic::error("shortcode/template", message.clone(), open));
                Output::Html(error_box(&self.body[call.span.clone()], &message))
            }
        }
    }
}

/// The visible stand-in for a shortcode that could not be rendered: its source, and why.
fn error_box(source: &str, message: &str) -> String {
    let mut html = String::from("<span class=\"recap-shortcode-error\" role=\"note\" title=\"");
    escape_attr(&mut html, message);
    html.push_str("\"><code>");
    escape_text(&mut html, source);
    html.push_str("</code></span>");
    html
}

/// `text` with each token `from` N `E` written `to` (N + `shift`) `E`.
fn retoken(text: &str, from: &str, to: &str, shift: usize) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = search::find(rest, from) {
        let after = &rest[at + from.len()..];
        match token_number(after) {
            Some((n, len)) => {
                out.push_str(&rest[..at]);
                out.push_str(&format!("{to}{}E", n + shift));
                rest = &after[len..];
            }
            None => {
                out.push_str(&rest[..at + from.len()]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The number of the token whose prefix `after` follows (`12E…`), and the
/// bytes it takes (`E` included), if a token is there.
fn token_number(after: &str) -> Option<(usize, usize)> {
    let digits = after.bytes().take_while(u8::is_ascii_digit).count();
    let n = after[..digits].parse::<usize>().ok()?;
    after[digits..].starts_with('E').then_some((n, digits + 1))
}

/// Puts the calls' HTML in place of their tokens. A token that is alone in a
/// paragraph replaces the paragraph; a token inside a tag's attribute is
/// escaped for it (and checked as a URL in `href`, `src` and `cite`).
/// Borrowed when `html` has no tokens.
pub fn substitute<'h>(html: &'h str, expanded: &Expanded) -> Cow<'h, str> {
    if expanded.outputs.is_empty() || !search::contains(html, &expanded.token) {
        return Cow::Borrowed(html);
    }
    let token = &expanded.token;
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = search::find(rest, token) {
        let after = &rest[at + token.len()..];
        let found = token_number(after);
        let Some((html, len)) = found.and_then(|(i, len)| Some((expanded.outputs.get(i)?, len))) else {
            // (Past the prefix and its digits.)
            let end = at + token.len() + after.bytes().take_while(u8::is_ascii_digit).count();
            out.push_str(&rest[..end]);
            rest = &rest[end..];
            continue;
        };
        let end = at + token.len() + len;
        let before = &rest[..at];
        let in_tag = before.rfind('<').is_some_and(|lt| before.rfind('>').is_none_or(|gt| gt < lt));
        if in_tag {
            out.push_str(before);
            let attr = before.rsplit([' ', '\t', '\n']).next().unwrap_or("");
            let text = html.trim();
            if attr.starts_with("href=") || attr.starts_with("src=") || attr.starts_with("cite=") {
                escape_href(&mut out, safe_href(text));
            } else {
                escape_attr(&mut out, text);
            }
        } else if before.ends_with("<p>") && rest[end..].starts_with("</p>") {
            out.push_str(&before[..before.len() - 3]);
            out.push_str(html);
            rest = &rest[end + 4..];
            continue;
        } else {
            out.push_str(before);
            out.push_str(html);
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    // Outputs can hold tokens of nested calls.
    if search::contains(&out, token) && out != html {
        return Cow::Owned(substitute(&out, expanded).into_owned());
    }
    Cow::Owned(out)
}

/// Reads a site's shortcode templates from a `layouts/_shortcodes` (or the older
/// `layouts/shortcodes`) folder: every `.html` file, named by its path without
/// the extension (`docs/note.html` is `docs/note`).
///
/// # Errors
/// A folder or file that cannot be read, or a template that is not UTF-8.
pub fn load_templates(dir: &std::path::Path) -> std::io::Result<std::collections::BTreeMap<String, String>> {
    fn walk(root: &std::path::Path, dir: &std::path::Path, out: &mut std::collections::BTreeMap<String, String>) -> std::io::Result<()> {
        let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
        entries.sort_by_key(std::fs::DirEntry::path);
        for entry in entries {
            let path = entry.path();
            if path.is_dir() {
                walk(root, &path, out)?;
            } else if path.extension().is_some_and(|e| e == "html") {
                let rel = path.strip_prefix(root).unwrap_or(&path).with_extension("");
                let name = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect::<Vec<_>>().join("/");
                let text = String::from_utf8(std::fs::read(&path)?)
                    .map_err(|_| std::io::Error::new(std::io::ErrorKind::InvalidData, format!("{} is not UTF-8", path.display())))?;
                out.insert(name, text);
            }
        }
        Ok(())
    }
    let mut out = std::collections::BTreeMap::new();
    walk(dir, dir, &mut out)?;
    Ok(out)
}
