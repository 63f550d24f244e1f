//! Hugo's built-in shortcodes, written by Recap's own code: trusted embeds are
//! built here from validated arguments, never passed through from input.

use super::parse::{Arg, Call};
use crate::diagnostic::Severity;
use crate::html::{escape_attr, escape_href, escape_text, is_safe_url};
use crate::markdown;
use crate::options::Options;
use serde_json::Value;
use std::ops::Range;

/// The page a shortcode renders for.
pub(crate) struct Page<'a> {
    pub ctx: &'a std::sync::Arc<crate::site::page::PageContext>,
}

impl Page<'_> {
    fn options(&self) -> &Options {
        &self.ctx.site.options
    }

    /// Markdown rendered as `.Page.RenderString` does: a single paragraph loses its `<p>`.
    fn inline(&self, text: &str) -> String {
        self.ctx.render_fragment(text, false)
    }

    /// Markdown rendered as blocks.
    fn block(&self, text: &str) -> String {
        self.ctx.render_fragment(text, true)
    }
}

/// Why a call did not render as asked.
pub(crate) struct Problem {
    pub severity: Severity,
    pub code: &'static str,
    pub message: String,
    pub span: Option<Range<usize>>,
    pub suggestion: Option<String>,
    /// HTML to show instead of the error box (the call still rendered, degraded).
    pub fallback: Option<String>,
}

impl Problem {
    fn error(code: &'static str, message: impl Into<String>, span: Option<Range<usize>>) -> Problem {
        Problem { severity: Severity::Error, code, message: message.into(), span, suggestion: None, fallback: None }
    }

    fn suggest(mut self, s: impl Into<String>) -> Problem {
        self.suggestion = Some(s.into());
        self
    }
}

/// The built-in shortcodes, and whether each reads its inner content.
const BUILTINS: &[(&str, bool)] = &[
    ("comment", true),
    ("details", true),
    ("figure", false),
    ("highlight", true),
    ("instagram", false),
    ("param", false),
    ("qr", true),
    ("ref", false),
    ("relref", false),
    ("vimeo", false),
    ("x", false),
    ("youtube", false),
];

pub(crate) fn takes_inner(name: &str) -> Option<bool> {
    BUILTINS.iter().find(|(n, _)| *n == name).map(|(_, inner)| *inner)
}

/// The nearest built-in name, as a suggestion.
pub(crate) fn suggest(name: &str) -> String {
    match crate::suggest::nearest(name, BUILTINS.iter().map(|(n, _)| *n)) {
        Some(n) => format!("did you mean `{n}`?"),
        None => format!(
            "built-in shortcodes are {}; a site's own go in layouts/_shortcodes",
            BUILTINS.iter().map(|(n, _)| *n).collect::<Vec<_>>().join(", ")
        ),
    }
}

/// Renders a built-in; `None` when `call.name` is not one.
pub(crate) fn render(call: &Call, inner: Option<&str>, page: &Page<'_>) -> Option<Result<String, Problem>> {
    let result = match call.name.as_str() {
        "youtube" => youtube(call, page),
        "vimeo" => vimeo(call),
        "figure" => figure(call, page),
        "details" => details(call, inner.unwrap_or(""), page),
        "highlight" => highlight(call, inner.unwrap_or(""), page),
        "param" => param(call, page),
        "x" => x(call),
        "instagram" => instagram(call),
        "ref" | "relref" => reference(call, page),
        "qr" => qr(call, inner),
        "comment" => Err(comment()),
        _ => return None,
    };
    Some(result)
}

/// `.Get "name"` or `.Get 0`, as in the templates: named first, then positional.
fn get<'c>(call: &'c Call, name: &str, position: Option<usize>) -> Option<&'c Arg> {
    call.params.named(name).or_else(|| position.and_then(|p| call.params.at(p)))
}

/// An argument as text, as Go's `{{ . }}` prints it.
fn text(arg: &Arg) -> String {
    match &arg.value {
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn non_empty<'c>(call: &'c Call, name: &str) -> Option<&'c Arg> {
    get(call, name, None).filter(|a| !matches!(&a.value, Value::String(s) if s.is_empty()) && a.value != Value::Bool(false))
}

/// Hugo's `in (slice "true" true 1)` / `in (slice "false" false 0)` test.
fn flag(call: &Call, name: &str, default: bool) -> Result<bool, Problem> {
    let Some(arg) = get(call, name, None) else { return Ok(default) };
    match &arg.value {
        Value::Bool(b) => Ok(*b),
        Value::String(s) if s == "true" => Ok(true),
        Value::String(s) if s == "false" => Ok(false),
        Value::Number(n) if n.as_i64() == Some(1) => Ok(true),
        Value::Number(n) if n.as_i64() == Some(0) => Ok(false),
        _ => Err(Problem::error(
            "shortcode/invalid-argument",
            format!("`{name}` must be true or false, not `{}`", text(arg)),
            Some(arg.span.clone()),
        )
        .suggest(format!("write {name}=true or {name}=false"))),
    }
}

/// A whole number of seconds, or the default.
fn seconds(call: &Call, name: &str) -> Result<String, Problem> {
    let Some(arg) = get(call, name, None) else {
        return Ok("0".to_owned());
    };
    let t = text(arg);
    if !t.is_empty() && t.bytes().all(|b| b.is_ascii_digit()) {
        Ok(t)
    } else {
        Err(Problem::error(
            "shortcode/invalid-argument",
            format!("`{name}` must be a whole number of seconds, not `{t}`"),
            Some(arg.span.clone()),
        ))
    }
}

fn youtube_id(call: &Call) -> Result<String, Problem> {
    let Some(arg) = get(call, "id", Some(0)) else {
        return Err(Problem::error("shortcode/missing-argument", "the `youtube` shortcode needs a video id", None)
            .suggest("write {{< youtube VIDEO_ID >}}, e.g. {{< youtube 0RKpf3rK57I >}}"));
    };
    let id = text(arg);
    if id.len() == 11 && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_') {
        Ok(id)
    } else {
        Err(Problem::error(
            "shortcode/invalid-argument",
            format!("`{id}` is not a YouTube video id (11 letters, digits, `-` or `_`)"),
            Some(arg.span.clone()),
        )
        .suggest("use the part after `v=` in the video's address"))
    }
}

fn youtube(call: &Call, page: &Page<'_>) -> Result<String, Problem> {
    let id = youtube_id(call)?;
    let allow_full_screen = flag(call, "allowFullScreen", true)?;
    let autoplay = flag(call, "autoplay", false)?;
    let controls = flag(call, "controls", true)?;
    let looping = flag(call, "loop", false)?;
    let mute = flag(call, "mute", false)? || autoplay;
    let end = seconds(call, "end")?;
    let start = seconds(call, "start")?;
    let class = non_empty(call, "class").map(text);
    let loading = non_empty(call, "loading").map(text).unwrap_or_else(|| "eager".to_owned());
    if !matches!(loading.as_str(), "eager" | "lazy") {
        let arg = get(call, "loading", None).expect("given");
        return Err(Problem::error(
            "shortcode/invalid-argument",
            format!("`loading` must be eager or lazy, not `{loading}`"),
            Some(arg.span.clone()),
        ));
    }
    let title = non_empty(call, "title").map(text).unwrap_or_else(|| "YouTube video".to_owned());
    let host = if page.options().youtube_privacy_enhanced { "www.youtube-nocookie.com" } else { "www.youtube.com" };
    let b = |v: bool| if v { "1" } else { "0" };
    let mut query = format!("autoplay={}&controls={}&end={end}&loop={}&mute={}", b(autoplay), b(controls), b(looping), b(mute));
    if looping {
        query.push_str(&format!("&playlist={id}"));
    }
    query.push_str(&format!("&start={start}"));
    let mut allow = String::from("accelerometer; autoplay; clipboard-write; encrypted-media; gyroscope; picture-in-picture; web-share");
    if allow_full_screen {
        allow.push_str("; fullscreen");
    }
    let mut h = String::from("<div");
    match &class {
        Some(c) => {
            h.push_str(" class=\"");
            escape_attr(&mut h, c);
            h.push('"');
        }
        None => h.push_str(" style=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\""),
    }
    h.push_str(">\n\t\t\t<iframe allow=\"");
    h.push_str(&allow);
    h.push_str("\" loading=\"");
    h.push_str(&loading);
    h.push_str("\" referrerpolicy=\"strict-origin-when-cross-origin\" src=\"https://");
    h.push_str(host);
    h.push_str("/embed/");
    h.push_str(&id);
    h.push('?');
    escape_attr(&mut h, &query);
    h.push('"');
    if class.is_none() {
        h.push_str(" style=\"position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;\"");
    }
    h.push_str(" title=\"");
    escape_attr(&mut h, &title);
    h.push_str("\"></iframe>\n\t\t</div>\n");
    Ok(h)
}

fn vimeo(call: &Call) -> Result<String, Problem> {
    let Some(arg) = get(call, "id", Some(0)) else {
        return Err(Problem::error("shortcode/missing-argument", "the `vimeo` shortcode needs a video id", None)
            .suggest("write {{< vimeo 55073825 >}}"));
    };
    let id = text(arg);
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::error(
            "shortcode/invalid-argument",
            format!("`{id}` is not a Vimeo video id (digits only)"),
            Some(arg.span.clone()),
        ));
    }
    let allow_full_screen = flag(call, "allowFullScreen", true)?;
    let class = non_empty(call, "class").map(text);
    let mut h = String::from("\n\t\t\t<div");
    match &class {
        Some(c) => {
            h.push_str("\n\t\t\t\t\tclass=\"");
            escape_attr(&mut h, c);
            h.push('"');
        }
        None => h.push_str("\n\t\t\t\t\tstyle=\"position: relative; padding-bottom: 56.25%; height: 0; overflow: hidden;\""),
    }
    h.push_str(">\n\t\t\t\t<iframe\n\t\t\t\t\tsrc=\"https://player.vimeo.com/video/");
    h.push_str(&id);
    h.push_str("?dnt=0\"");
    if class.is_none() {
        h.push_str("\n\t\t\t\t\t\tstyle=\"position: absolute; top: 0; left: 0; width: 100%; height: 100%; border:0;\"");
    }
    if allow_full_screen {
        h.push_str(" allow=\"fullscreen\"");
    }
    for name in ["loading", "title"] {
        if let Some(v) = non_empty(call, name) {
            h.push_str(&format!(" {name}=\""));
            escape_attr(&mut h, &text(v));
            h.push('"');
        }
    }
    h.push_str(">\n\t\t\t\t</iframe>\n\t\t\t</div>");
    Ok(h)
}

/// Text without tags (Hugo's `plainify`).
fn plainify(html: &str) -> String {
    markdown::summary::plain(html).trim().to_owned()
}

fn url_attr(h: &mut String, name: &str, arg: &Arg) -> Result<(), Problem> {
    let url = text(arg);
    if !is_safe_url(&url) {
        return Err(Problem::error(
            "shortcode/unsafe-url",
            format!("`{name}` may be an http, https, mailto or tel address, or a relative one; not `{url}`"),
            Some(arg.span.clone()),
        ));
    }
    h.push_str(&format!(" {name}=\""));
    escape_href(h, &url);
    h.push('"');
    Ok(())
}

fn figure(call: &Call, page: &Page<'_>) -> Result<String, Problem> {
    let Some(src) = non_empty(call, "src") else {
        return Err(Problem::error("shortcode/missing-argument", "the `figure` shortcode needs `src`", None)
            .suggest("write {{< figure src=\"image.jpg\" alt=\"…\" >}}"));
    };
    let mut h = String::from("<figure");
    if let Some(c) = non_empty(call, "class") {
        h.push_str(" class=\"");
        escape_attr(&mut h, &text(c));
        h.push('"');
    }
    h.push('>');
    let link = non_empty(call, "link");
    if let Some(link) = link {
        h.push_str("<a");
        url_attr(&mut h, "href", link)?;
        for name in ["target", "rel"] {
            if let Some(v) = non_empty(call, name) {
                h.push_str(&format!(" {name}=\""));
                escape_attr(&mut h, &text(v));
                h.push('"');
            }
        }
        h.push('>');
    }
    h.push_str("<img");
    url_attr(&mut h, "src", src)?;
    let caption = non_empty(call, "caption").map(text);
    if let Some(alt) = non_empty(call, "alt").map(text).or_else(|| caption.as_deref().map(|c| plainify(&page.inline(c)))) {
        h.push_str("\n\t\t\talt=\"");
        escape_attr(&mut h, &alt);
        h.push('"');
    }
    for name in ["width", "height", "loading"] {
        if let Some(v) = non_empty(call, name) {
            h.push_str(&format!(" {name}=\""));
            escape_attr(&mut h, &text(v));
            h.push('"');
        }
    }
    h.push('>');
    if link.is_some() {
        h.push_str("</a>");
    }
    let title = non_empty(call, "title").map(text);
    let attr = non_empty(call, "attr").map(text);
    if title.is_some() || caption.is_some() || attr.is_some() {
        h.push_str("<figcaption>\n\t\t\t");
        if let Some(t) = &title {
            h.push_str("<h4>");
            escape_text(&mut h, t);
            h.push_str("</h4>");
        }
        if caption.is_some() || attr.is_some() {
            h.push_str("<p>");
            if let Some(c) = &caption {
                h.push_str(&page.inline(c));
            }
            let attrlink = non_empty(call, "attrlink");
            if let Some(l) = attrlink {
                h.push_str("\n\t\t\t\t\t\t<a");
                url_attr(&mut h, "href", l)?;
                h.push('>');
            }
            if let Some(a) = &attr {
                h.push_str(&page.inline(a));
            }
            if attrlink.is_some() {
                h.push_str("</a>");
            }
            h.push_str("</p>");
        }
        h.push_str("</figcaption>");
    }
    h.push_str("\n</figure>\n");
    Ok(h)
}

fn details(call: &Call, inner: &str, page: &Page<'_>) -> Result<String, Problem> {
    let summary = non_empty(call, "summary").map(text).unwrap_or_else(|| "Details".to_owned());
    let open = flag(call, "open", false)?;
    let mut h = String::from("<details");
    for name in ["class", "name"] {
        if let Some(v) = non_empty(call, name) {
            h.push_str(&format!(" {name}=\""));
            escape_attr(&mut h, &crate::html::unclobbered("details", name, &text(v)));
            h.push('"');
        }
    }
    if open {
        h.push_str(" open");
    }
    if let Some(v) = non_empty(call, "title") {
        h.push_str(" title=\"");
        escape_attr(&mut h, &text(v));
        h.push('"');
    }
    h.push_str(">\n\t<summary>");
    h.push_str(&page.inline(&summary));
    h.push_str("</summary>\n\t");
    h.push_str(&page.block(inner));
    h.push_str("</details>\n");
    Ok(h)
}

/// Hugo's `highlight` shortcode: `transform.Highlight` of the inner code
/// (deindented, line breaks trimmed) with the language and option string
/// (`linenos=table,hl_lines=2`), as Chroma writes it; plain while the
/// highlighter is not there yet (the browser loading it).
fn highlight(call: &Call, inner: &str, page: &Page<'_>) -> Result<String, Problem> {
    let lang = get(call, "lang", Some(0)).map(text).unwrap_or_default();
    let options = get(call, "options", Some(1)).map(text).unwrap_or_default();
    let deindented = deindent(inner, &call.indentation);
    let code = deindented.trim_matches(['\n', '\r']);
    let h = &page.options().markup.highlight;
    let span = get(call, "options", Some(1)).map(|a| a.span.clone());
    match crate::highlight::code(code, &lang, &options, &h.options, &h.config) {
        crate::highlight::Outcome::Html(html) => Ok(html.into()),
        crate::highlight::Outcome::Pending => Ok(highlight_plain(call, inner, &lang)),
        crate::highlight::Outcome::GaveUp(message) => {
            let mut p = Problem::error("highlight/option", message, span);
            p.severity = Severity::Warning;
            p.fallback = Some(highlight_plain(call, inner, &lang));
            Err(p)
        }
        crate::highlight::Outcome::Problem(html, message) => {
            let empty = html.as_str().is_empty();
            let mut p = Problem::error("highlight/option", message, span);
            p.fallback = Some(if empty { highlight_plain(call, inner, &lang) } else { html.into() });
            if !empty {
                p.severity = Severity::Warning;
            }
            Err(p)
        }
    }
}

fn highlight_plain(call: &Call, inner: &str, lang: &str) -> String {
    let code = deindent(inner, &call.indentation);
    let code = code.trim_matches(['\n', '\r']);
    let mut h = String::new();
    if lang.is_empty() {
        h.push_str("<pre tabindex=\"0\"><code>");
    } else {
        h.push_str("<div class=\"highlight\"><pre tabindex=\"0\"><code class=\"language-");
        escape_attr(&mut h, lang);
        h.push_str("\" data-lang=\"");
        escape_attr(&mut h, lang);
        h.push_str("\">");
    }
    escape_text(&mut h, code);
    h.push_str("</code></pre>");
    if !lang.is_empty() {
        h.push_str("</div>");
    }
    h
}

/// Hugo's `.InnerDeindent`: the indentation of the shortcode's own line (as in
/// a list item) removed from every line of its inner content.
pub(crate) fn deindent(s: &str, indentation: &str) -> String {
    if indentation.is_empty() {
        return s.to_owned();
    }
    s.split_inclusive('\n').map(|l| l.strip_prefix(indentation).unwrap_or(l)).collect()
}

/// `.Page.Param key`: the page's own params (front matter, or its `params`), case-insensitively, dotted keys allowed; then the site's.
pub(crate) fn page_param<'v>(front_matter: &'v Value, site: &'v Value, key: &str) -> Option<&'v Value> {
    fn lookup<'v>(v: &'v Value, key: &str) -> Option<&'v Value> {
        let mut cur = v;
        for part in key.split('.') {
            cur = cur.as_object()?.iter().find(|(k, _)| k.eq_ignore_ascii_case(part)).map(|(_, v)| v)?;
        }
        Some(cur)
    }
    front_matter.get("params").and_then(|p| lookup(p, key)).or_else(|| lookup(front_matter, key)).or_else(|| lookup(site, key))
}

fn param(call: &Call, page: &Page<'_>) -> Result<String, Problem> {
    let Some(arg) = get(call, "", Some(0)) else {
        return Err(Problem::error("shortcode/missing-argument", "the `param` shortcode needs the name of a parameter", None)
            .suggest("write {{< param author >}}"));
    };
    let key = text(arg);
    match page_param(&page.ctx.front_matter, &page.options().params, &key) {
        Some(v) => {
            let mut h = String::new();
            let s = match v {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                other => other.to_string(),
            };
            escape_text(&mut h, &s);
            Ok(h)
        }
        None => Err(Problem::error("shortcode/unknown-param", format!("the page has no parameter `{key}`"), Some(arg.span.clone()))
            .suggest("add it under `params:` in the front matter or the site config")),
    }
}

fn link_card(class: &str, href: &str, label: &str) -> String {
    let mut h = format!("<blockquote class=\"recap-embed {class}\"><p><a href=\"");
    escape_href(&mut h, href);
    h.push_str("\">");
    escape_text(&mut h, label);
    h.push_str("</a></p></blockquote>\n");
    h
}

fn x(call: &Call) -> Result<String, Problem> {
    let user = get(call, "user", None).map(text).unwrap_or_default();
    let Some(id_arg) = get(call, "id", None) else {
        return Err(Problem::error("shortcode/missing-argument", "the `x` shortcode needs `user` and `id`", None)
            .suggest("write {{< x user=\"SanDiegoZoo\" id=\"1453110110599868418\" >}}"));
    };
    let id = text(id_arg);
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return Err(Problem::error(
            "shortcode/invalid-argument",
            format!("`{id}` is not a post id (digits only)"),
            Some(id_arg.span.clone()),
        ));
    }
    if user.is_empty() || user.len() > 15 || !user.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
        let span = get(call, "user", None).map(|a| a.span.clone());
        return Err(Problem::error("shortcode/invalid-argument", format!("`{user}` is not an X user name"), span));
    }
    Ok(link_card("recap-embed-x", &format!("https://x.com/{user}/status/{id}"), &format!("Post by @{user} on X")))
}

fn instagram(call: &Call) -> Result<String, Problem> {
    let Some(arg) = get(call, "id", Some(0)) else {
        return Err(Problem::error("shortcode/missing-argument", "the `instagram` shortcode needs a post id", None));
    };
    let id = text(arg);
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_' || b == b'-') {
        return Err(Problem::error("shortcode/invalid-argument", format!("`{id}` is not an Instagram post id"), Some(arg.span.clone())));
    }
    Ok(link_card("recap-embed-instagram", &format!("https://www.instagram.com/p/{id}/"), "View this post on Instagram"))
}

/// The URL of a page in the caller's page map: by exact path, without a leading
/// `/`, or by a path that ends with the target (`post.md` finds `blog/post.md`).
fn resolve<'o>(pages: &'o std::collections::BTreeMap<String, String>, target: &str) -> Option<&'o String> {
    let (path, fragment) = target.split_once('#').map_or((target, ""), |(p, f)| (p, f));
    let _ = fragment;
    let path = path.trim_start_matches('/');
    pages
        .get(path)
        .or_else(|| pages.iter().find(|(k, _)| k.trim_start_matches('/') == path || k.ends_with(&format!("/{path}"))).map(|(_, v)| v))
}

fn reference(call: &Call, page: &Page<'_>) -> Result<String, Problem> {
    let arg = get(call, "path", Some(0));
    let target = arg.map(text).unwrap_or_default();
    let span = arg.map(|a| a.span.clone());
    let site = &page.ctx.site;
    let options = page.options();
    // (A site with pages is loaded only with the `templates` feature.)
    let found = if !cfg!(feature = "templates") || site.pages.pages().is_empty() {
        resolve(&options.pages, &target).map(|url| {
            let fragment = target.split_once('#').map(|(_, f)| format!("#{f}")).unwrap_or_default();
            let url = format!("{url}{fragment}");
            Ok(if call.name == "ref" { crate::site::objects::absolute(site, &url) } else { url })
        })
    } else {
        let position = page.ctx.position(Some(call.open.start)).text();
        match crate::site::page::resolve_ref(site, page.ctx.index, &target, call.name == "ref", Some(&position)) {
            Ok(crate::site::page::Reference::Found(url)) => Some(Ok(url)),
            // Hugo logs REF_NOT_FOUND and writes refLinksNotFoundURL.
            Ok(crate::site::page::Reference::NotFound { message, error, url }) => {
                let mut p = Problem::error("shortcode/unresolved-ref", message, span);
                if !error {
                    p.severity = Severity::Warning;
                }
                p.suggestion = Some("link to a page the site has".to_owned());
                let mut fallback = String::new();
                escape_attr(&mut fallback, &url);
                p.fallback = Some(fallback);
                return Err(p);
            }
            Err(e) => Some(Err(e)),
        }
    };
    let problem = match found {
        Some(Ok(url)) => {
            let mut h = String::new();
            escape_attr(&mut h, &url);
            return Ok(h);
        }
        Some(Err(e)) => format!("`{}` cannot resolve `{target}`: {e}", call.name),
        None if options.pages.is_empty() => {
            format!("`{}` cannot resolve `{target}`: Recap renders one post and was given no site or page map", call.name)
        }
        None => format!("`{}` found no page `{target}` in the page map", call.name),
    };
    let mut p = Problem::error("shortcode/unresolved-ref", problem, span);
    p.severity = Severity::Warning;
    p.suggestion =
        Some("link to a page the site has, or render with the site (`recap render` inside the site, or a `recap pack` bundle)".to_owned());
    let mut fallback = String::new();
    escape_attr(&mut fallback, &target);
    p.fallback = Some(if is_safe_url(&target) { fallback } else { String::new() });
    Err(p)
}

/// Hugo's `comment`: renders nothing, and Hugo warns that it is deprecated.
fn comment() -> Problem {
    let mut p = Problem::error(
        "shortcode/deprecated",
        "The \"comment\" shortcode was deprecated in v0.143.0 and will be removed in a future release",
        None,
    );
    p.severity = Severity::Warning;
    p.suggestion = Some("use an HTML comment (`<!-- … -->`) instead".to_owned());
    p.fallback = Some(String::new());
    p
}

fn qr(call: &Call, inner: Option<&str>) -> Result<String, Problem> {
    let text_value = get(call, "text", None).map(text).or_else(|| inner.map(|i| i.trim().to_owned())).unwrap_or_default();
    if text_value.is_empty() {
        return Err(Problem::error("shortcode/missing-argument", "the `qr` shortcode needs `text`", None));
    }
    let mut p = Problem::error("shortcode/unsupported", "Recap does not draw QR codes; it shows the encoded text instead", None);
    p.severity = Severity::Warning;
    let mut h = String::from("<p class=\"recap-qr\">");
    if is_safe_url(&text_value) && (text_value.starts_with("http://") || text_value.starts_with("https://")) {
        h.push_str("<a href=\"");
        escape_href(&mut h, &text_value);
        h.push_str("\">");
        escape_text(&mut h, &text_value);
        h.push_str("</a>");
    } else {
        escape_text(&mut h, &text_value);
    }
    h.push_str("</p>\n");
    p.fallback = Some(h);
    Err(p)
}
