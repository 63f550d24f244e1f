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
pub mod template;

use crate::diagnostic::Diagnostic;
use crate::html::{escape_attr, escape_href, escape_text, safe_href, Sanitizer};
use crate::options::Options;
use crate::span::Span;
use parse::{Call, Node, Registry};
use serde_json::Value;
use std::collections::HashMap;
use std::ops::Range;

/// What a shortcode sees of the page and the site.
pub struct Context<'a> {
    /// The site's options.
    pub options: &'a Options,
    /// The page's front matter.
    pub front_matter: &'a Value,
    /// The site's templates, parsed (see [`Shortcodes::new`]).
    pub shortcodes: &'a Shortcodes,
}

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

/// The site's templates, parsed once, over the built-ins.
#[derive(Debug, Default)]
pub struct Shortcodes {
    templates: HashMap<String, Result<template::Template, template::TemplateError>>,
    /// The templates whose calls take inner content (see [`reads_inner`]).
    reading_inner: std::collections::HashSet<String>,
}

impl Shortcodes {
    /// Parses the site's templates in `options.shortcodes`.
    pub fn new(options: &Options) -> Shortcodes {
        Shortcodes {
            templates: options.shortcodes.iter().map(|(name, source)| (name.clone(), template::parse(source))).collect(),
            reading_inner: options.shortcodes.iter().filter(|(_, source)| reads_inner(source)).map(|(name, _)| name.clone()).collect(),
        }
    }
}

/// Whether a template's calls take inner content (`{{< name >}}…{{< /name >}}`):
/// as in Hugo, whether its text uses `.Inner` (or `.InnerDeindent`). Decided on
/// the text, so a template Recap cannot run still pairs its calls as Hugo does.
pub(crate) fn reads_inner(source: &str) -> bool {
    source.contains(".Inner")
}

impl Registry for Shortcodes {
    fn takes_inner(&self, name: &str) -> Option<bool> {
        match self.templates.get(name) {
            Some(_) => Some(self.reading_inner.contains(name)),
            None => builtin::takes_inner(name),
        }
    }
}

/// What a site template can ask of the page.
struct PageHost<'a> {
    options: &'a Options,
    front_matter: &'a Value,
}

impl template::Host for PageHost<'_> {
    fn render_markdown(&self, text: &str, block: bool) -> String {
        if block {
            builtin::render_block(text, self.options)
        } else {
            builtin::render_inline(text, self.options)
        }
    }

    fn front_matter(&self) -> &Value {
        self.front_matter
    }

    fn site_params(&self) -> &Value {
        &self.options.params
    }
}

/// Hugo's summary divider.
const DIVIDER: &str = "<!--more-->";

/// Expands the shortcodes of a body. Diagnostics use body offsets.
///
/// Like Hugo's page lexer, this also finds the first `<!--more-->` summary
/// divider and puts `divider` in its place, as a paragraph of its own.
pub fn expand(body: &str, ctx: &Context<'_>, divider: &str, diagnostics: &mut Vec<Diagnostic>) -> Expanded {
    let shortcodes = ctx.shortcodes;
    let nodes = if body.contains("{{") {
        let (nodes, mut found) = parse::parse(body, shortcodes);
        diagnostics.append(&mut found);
        nodes
    } else {
        vec![Node::Text(0..body.len())]
    };
    let mut token = String::from("RCPSC");
    while body.contains(&token) {
        token.push('Q');
    }
    let divider = body.find(DIVIDER).map(|at| {
        let end = at + DIVIDER.len();
        let spaces = body[end..].len() - body[end..].trim_start_matches([' ', '\t', '\r', '\n']).len();
        (at..end + spaces, format!("\n\n{divider}\n\n"))
    });
    let out = Expanded { token, ..Expanded::default() };
    let mut ex = Expander { body, ctx, out, diagnostics, divider, shortcodes, template_output: 0, calls: 0 };
    for node in &nodes {
        ex.node(node);
    }
    ex.out
}

struct Expander<'a, 'c, 'd> {
    body: &'a str,
    ctx: &'c Context<'c>,
    out: Expanded,
    diagnostics: &'d mut Vec<Diagnostic>,
    /// The summary divider's bytes (with the whitespace after it) and what replaces them.
    divider: Option<(Range<usize>, String)>,
    shortcodes: &'d Shortcodes,
    /// Bytes the site's templates have written for this post so far.
    template_output: usize,
    /// Top-level calls expanded so far.
    calls: usize,
}

/// The most shortcode calls one post may make; later ones are shown as their source.
pub const MAX_CALLS: usize = 10_000;

/// The most all of a post's calls to site templates may write together.
pub const MAX_TEMPLATE_OUTPUT: usize = 16 << 20;

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

    fn placeholder(&mut self, html: String, source: Range<usize>) {
        let token = format!("{}{}E", self.out.token, self.out.outputs.len());
        self.out.outputs.push(html);
        self.insert(&token, source, false);
    }

    fn node(&mut self, node: &Node) {
        match node {
            Node::Text(r) => match self.divider.clone() {
                Some((d, marker)) if r.start <= d.start && d.start < r.end => {
                    self.divider = None;
                    self.insert(&self.body[r.start..d.start], r.start..d.start, true);
                    self.insert(&marker, d.start..d.end.min(r.end), false);
                    let rest = d.end.min(r.end)..r.end;
                    self.insert(&self.body[rest.clone()], rest, true);
                }
                _ => self.insert(&self.body[r.clone()], r.clone(), true),
            },
            Node::Literal(s, r) => self.insert(s, r.clone(), false),
            Node::Broken { span, message } => {
                let html = error_box(&self.body[span.clone()], message);
                self.placeholder(html, span.clone());
            }
            Node::Call(call) if self.calls >= MAX_CALLS => {
                if self.calls == MAX_CALLS {
                    let message = format!("more than {MAX_CALLS} shortcodes: this one and the rest are shown as written");
                    self.diagnostics.push(Diagnostic::error(
                        "limits/too-many-shortcodes",
                        message,
                        Span::new(call.open.start, call.open.end),
                    ));
                }
                self.calls += 1;
                self.insert(&self.body[call.span.clone()], call.span.clone(), true);
            }
            Node::Call(call) => {
                self.calls += 1;
                self.call(call);
            }
        }
    }

    /// The inner content of a call as a string: text as written, nested calls
    /// as placeholders (or, for `{{% %}}`, their Markdown).
    fn inner(&mut self, nodes: &[Node], parent: Option<&template::CallInfo<'_>>) -> String {
        let mut s = String::new();
        for n in nodes {
            match n {
                Node::Text(r) => s.push_str(&self.body[r.clone()]),
                Node::Literal(t, _) => s.push_str(t),
                Node::Broken { span, message } => {
                    let token = format!("{}{}E", self.out.token, self.out.outputs.len());
                    self.out.outputs.push(error_box(&self.body[span.clone()], message));
                    s.push_str(&token);
                }
                Node::Call(c) => match self.output(c, parent) {
                    Output::Markdown(md) => s.push_str(&md),
                    // A site template's HTML is part of the inner content, as in Hugo
                    // (so `.Inner | .Page.RenderString` applies the raw-HTML policy to it).
                    Output::Html(html) if self.shortcodes.templates.contains_key(&c.name) => s.push_str(&html),
                    // Built-in output (trusted embeds) stays a placeholder.
                    Output::Html(html) => {
                        let token = format!("{}{}E", self.out.token, self.out.outputs.len());
                        self.out.outputs.push(html);
                        s.push_str(&token);
                    }
                },
            }
        }
        s
    }

    fn output(&mut self, call: &Call, parent: Option<&template::CallInfo<'_>>) -> Output {
        let me = template::CallInfo {
            name: &call.name,
            params: &call.params,
            inner: None,
            ordinal: call.ordinal,
            parent,
            indentation: &call.indentation,
        };
        let inner = call.inner.as_ref().map(|(_, nodes)| self.inner(nodes, Some(&me)));
        if let Some(found) = self.shortcodes.templates.get(&call.name) {
            return self.site_template(call, found, inner.as_deref(), parent);
        }
        let page = builtin::Page { options: self.ctx.options, front_matter: self.ctx.front_matter, token: &self.out.token };
        match builtin::render(call, inner.as_deref(), &page) {
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
                        let token = format!("{}{}E", self.out.token, self.out.outputs.len());
                        self.out.outputs.push(html);
                        Output::Markdown(format!("{token}\n\n{inner}"))
                    }
                    None => Output::Html(html),
                }
            }
        }
    }

    /// Renders a call with the site's template for it.
    fn site_template(
        &mut self,
        call: &Call,
        found: &Result<template::Template, template::TemplateError>,
        inner: Option<&str>,
        parent: Option<&template::CallInfo<'_>>,
    ) -> Output {
        let info = template::CallInfo {
            name: &call.name,
            params: &call.params,
            inner,
            ordinal: call.ordinal,
            parent,
            indentation: &call.indentation,
        };
        if self.template_output > MAX_TEMPLATE_OUTPUT {
            let message = format!("not rendered: this post's shortcodes already wrote more than {} MiB", MAX_TEMPLATE_OUTPUT >> 20);
            self.diagnostics.push(Diagnostic::error("limits/output-too-large", message.clone(), Span::new(call.open.start, call.open.end)));
            return Output::Html(error_box(&self.body[call.span.clone()], &message));
        }
        let host = PageHost { options: self.ctx.options, front_matter: self.ctx.front_matter };
        let result = found.as_ref().map_err(Clone::clone).and_then(|t| template::render(t, &info, &host));
        if let Ok(text) = &result {
            self.template_output += text.len();
        }
        match result {
            Ok(text) if call.markup => Output::Markdown(text),
            Ok(html) => Output::Html(Sanitizer::new().clean(&html)),
            Err(e) => {
                let message = format!(
                    "in the `{}` template (layouts/_shortcodes/{}.html:{}:{}): {}",
                    call.name, call.name, e.line, e.column, e.message
                );
                self.diagnostics.push(Diagnostic::error("shortcode/template", message.clone(), Span::new(call.open.start, call.open.end)));
                Output::Html(error_box(&self.body[call.span.clone()], &message))
            }
        }
    }

    fn call(&mut self, call: &Call) {
        match self.output(call, None) {
            Output::Html(html) => self.placeholder(html, call.span.clone()),
            Output::Markdown(md) => self.insert(&md, call.span.clone(), false),
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

/// Puts the calls' HTML in place of their tokens. A token that is alone in a
/// paragraph replaces the paragraph; a token inside a tag's attribute is
/// escaped for it (and checked as a URL in `href`, `src` and `cite`).
pub fn substitute(html: &str, expanded: &Expanded) -> String {
    if expanded.outputs.is_empty() || !html.contains(&expanded.token) {
        return html.to_owned();
    }
    let token = &expanded.token;
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find(token.as_str()) {
        let digits: String = rest[at + token.len()..].chars().take_while(char::is_ascii_digit).collect();
        let end = at + token.len() + digits.len();
        let index = digits.parse::<usize>().ok().filter(|_| rest[end..].starts_with('E'));
        let Some((index, html)) = index.and_then(|i| expanded.outputs.get(i).map(|h| (i, h))) else {
            out.push_str(&rest[..end.max(at + 1)]);
            rest = &rest[end.max(at + 1)..];
            continue;
        };
        let _ = index;
        let end = end + 1;
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
    if out.contains(token.as_str()) && out != html {
        return substitute(&out, expanded);
    }
    out
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
