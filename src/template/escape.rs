//! Contextual escaping, as Go's `html/template` does it: where an action's
//! value lands — text, an attribute name or value, a URL and which part of
//! it, a script and which literal in it, a style, a `<meta>` refresh, a
//! comment — decides which escapers its value goes through.
//!
//! The model is Go's (`html/template/context.go`, `transition.go`,
//! `escape.go`): a [`Context`] of state, attribute delimiter, URL part, JS
//! context, attribute kind and element; template text moves it with Go's
//! transition rules (quoted attribute values are read with their character
//! references decoded); each action gets the chain of escapers Go inserts for
//! its context, with a final `html` or `urlquery` standing in for the escaper
//! it is equivalent to. Go works this out once per template, statically; Recap
//! follows the text as it is written, which reaches the same contexts for the
//! templates Go accepts (Go rejects templates whose branches end in different
//! contexts). Template text is rewritten as Go rewrites it: comments dropped,
//! a `<` that starts no tag written as `&lt;`.
//!
//! Written here rather than taken from a crate: no Rust crate implements
//! `html/template`'s contexts (see `template/mod.rs`).

use super::value::{to_json, Safe, Value};

/// Where the next byte of output lands (Go's `state`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    Text,
    Tag,
    AttrName,
    AfterName,
    BeforeValue,
    HtmlCmt,
    Rcdata,
    Attr,
    Url,
    MetaContent,
    MetaContentUrl,
    Srcset,
    Js,
    JsDqStr,
    JsSqStr,
    JsRegexp,
    JsTmplLit,
    JsBlockCmt,
    JsLineCmt,
    JsHtmlOpenCmt,
    JsHtmlCloseCmt,
    Css,
    CssDqStr,
    CssSqStr,
    CssDqUrl,
    CssSqUrl,
    CssUrl,
    CssBlockCmt,
    CssLineCmt,
    Error,
}

fn is_comment(s: State) -> bool {
    matches!(
        s,
        State::HtmlCmt
            | State::JsBlockCmt
            | State::JsLineCmt
            | State::JsHtmlOpenCmt
            | State::JsHtmlCloseCmt
            | State::CssBlockCmt
            | State::CssLineCmt
    )
}

fn is_in_tag(s: State) -> bool {
    matches!(s, State::Tag | State::AttrName | State::AfterName | State::BeforeValue | State::Attr)
}

fn is_in_script_literal(s: State) -> bool {
    matches!(s, State::JsDqStr | State::JsSqStr | State::JsTmplLit | State::JsRegexp)
}

/// How the current attribute value ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Delim {
    None,
    DoubleQuote,
    SingleQuote,
    SpaceOrTagEnd,
}

/// Which part of a URL has been written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UrlPart {
    None,
    PreQuery,
    QueryOrFrag,
}

/// Whether a `/` in a script starts a regular expression or divides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum JsCtx {
    Regexp,
    DivOp,
}

/// The kind of the attribute whose value is being written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Attr {
    None,
    Script,
    ScriptType,
    Style,
    Url,
    Srcset,
    MetaContent,
}

/// An element whose content is not HTML text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Element {
    None,
    Script,
    Style,
    Textarea,
    Title,
    Meta,
}

/// The escaping context (Go's `context`).
#[derive(Debug, Clone, PartialEq, Eq)]
struct Context {
    state: State,
    delim: Delim,
    url_part: UrlPart,
    js_ctx: JsCtx,
    attr: Attr,
    element: Element,
    /// Brace depth inside each `${` of a JS template literal, innermost last.
    js_brace_depth: Vec<u32>,
}

impl Default for Context {
    fn default() -> Context {
        Context {
            state: State::Text,
            delim: Delim::None,
            url_part: UrlPart::None,
            js_ctx: JsCtx::Regexp,
            attr: Attr::None,
            element: Element::None,
            js_brace_depth: Vec::new(),
        }
    }
}

impl Context {
    fn with(state: State) -> Context {
        Context { state, ..Context::default() }
    }

    fn error() -> Context {
        Context::with(State::Error)
    }
}

/// The kind of a value, as Go's `html/template` types it (`template.HTML`, …):
/// one of the safe kinds, or `None` for plain text.
type Kind = Option<Safe>;

/// The kind of `v`.
fn kind_of(v: &Value) -> Kind {
    match v {
        Value::Safe(_, safe) => Some(*safe),
        _ => None,
    }
}

/// What an attribute's value holds (Go's content types as `attrType` gives them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AttrType {
    Plain,
    /// Values that change how other attributes are read (`rel`, `type`…).
    Unsafe,
    Url,
    Css,
    Js,
    Srcset,
    Html,
}

/// Go's `attrType` for a (lowercase) attribute name.
fn attr_type(name: &str) -> AttrType {
    let name = if let Some(rest) = name.strip_prefix("data-") {
        rest
    } else if let Some((prefix, short)) = name.split_once(':') {
        if prefix == "xmlns" {
            return AttrType::Url;
        }
        short
    } else {
        name
    };
    if let Some(t) = known_attr(name) {
        return t;
    }
    if name.starts_with("on") {
        AttrType::Js
    } else if name.contains("src") || name.contains("uri") || name.contains("url") {
        AttrType::Url
    } else {
        AttrType::Plain
    }
}

/// Go's `attrTypeMap`.
fn known_attr(name: &str) -> Option<AttrType> {
    Some(match name {
        "action" | "archive" | "background" | "cite" | "classid" | "codebase" | "data" | "formaction" | "href" | "icon" | "longdesc"
        | "manifest" | "poster" | "profile" | "src" | "usemap" | "xmlns" => AttrType::Url,
        "srcdoc" => AttrType::Html,
        "srcset" => AttrType::Srcset,
        "style" => AttrType::Css,
        "accept-charset" | "async" | "challenge" | "charset" | "content" | "crossorigin" | "defer" | "enctype" | "form" | "formenctype"
        | "formmethod" | "formnovalidate" | "http-equiv" | "keytype" | "language" | "method" | "novalidate" | "pattern" | "rel"
        | "sandbox" | "type" | "value" => AttrType::Unsafe,
        "accept" | "alt" | "autocomplete" | "autofocus" | "autoplay" | "border" | "checked" | "class" | "cols" | "colspan"
        | "contenteditable" | "contextmenu" | "controls" | "coords" | "datetime" | "default" | "dir" | "dirname" | "disabled"
        | "draggable" | "dropzone" | "for" | "formtarget" | "headers" | "height" | "hidden" | "high" | "hreflang" | "id" | "ismap"
        | "kind" | "label" | "lang" | "list" | "loop" | "low" | "max" | "maxlength" | "media" | "mediagroup" | "min" | "multiple"
        | "name" | "open" | "optimum" | "placeholder" | "preload" | "pubdate" | "radiogroup" | "readonly" | "required" | "reversed"
        | "rows" | "rowspan" | "spellcheck" | "scope" | "scoped" | "seamless" | "selected" | "shape" | "size" | "sizes" | "span"
        | "srclang" | "start" | "step" | "tabindex" | "target" | "title" | "width" | "wrap" => AttrType::Plain,
        _ => return None,
    })
}

/// A predefined escaper ending an action's pipeline, which html/template
/// puts in place of the contextual escaper it is equivalent to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Predefined {
    /// `html`
    Html,
    /// `urlquery`
    UrlQuery,
}

impl Predefined {
    /// The predefined escaper a function name is, if it is one.
    pub fn of(name: &str) -> Option<Predefined> {
        match name {
            "html" => Some(Predefined::Html),
            "urlquery" => Some(Predefined::UrlQuery),
            _ => None,
        }
    }
}

/// One of the escapers html/template inserts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Esc {
    UrlFilter,
    UrlNormalizer,
    UrlEscaper,
    CssEscaper,
    CssValueFilter,
    JsValEscaper,
    JsStrEscaper,
    JsTmplLitEscaper,
    JsRegexpEscaper,
    HtmlEscaper,
    RcdataEscaper,
    AttrEscaper,
    NospaceEscaper,
    HtmlNameFilter,
    SrcsetEscaper,
    CommentEscaper,
    /// An action's own final `html` or `urlquery`, in the place of its equivalent.
    Predefined(Predefined),
}

impl Esc {
    fn equivalent(self, p: Predefined) -> bool {
        match p {
            _ if matches!(self, Esc::Predefined(_)) => false,
            Predefined::Html => matches!(self, Esc::AttrEscaper | Esc::HtmlEscaper | Esc::RcdataEscaper),
            Predefined::UrlQuery => matches!(self, Esc::UrlEscaper | Esc::UrlNormalizer),
        }
    }
}

/// The escaping context of a template's output, followed through its text.
#[derive(Debug, Clone, Default)]
pub struct Tracker {
    c: Context,
}

impl Tracker {
    /// Appends template text to `out`, moving the context as Go does and
    /// rewriting the text as Go's `escapeText` does.
    ///
    /// # Errors
    /// Markup html/template refuses (a quote in an attribute name, a `/`
    /// that could start a regular expression or a division…), with Go's reason.
    pub fn text(&mut self, out: &mut String, text: &str) -> Result<(), String> {
        let s = text.as_bytes();
        let mut written = 0;
        let mut i = 0;
        let mut c = self.c.clone();
        while i != s.len() {
            let (c1, nread) = context_after_text(&c, &text[i..]);
            let i1 = i + nread;
            if c.state == State::Text || c.state == State::Rcdata {
                let mut end = i1;
                if c1.state != c.state {
                    if let Some(j) = s[i..end].iter().rposition(|b| *b == b'<') {
                        end = i + j;
                    }
                }
                for j in i..end {
                    if s[j] == b'<' && !starts_with_ignore_case(&s[j..], b"<!DOCTYPE") {
                        out.push_str(&text[written..j]);
                        out.push_str("&lt;");
                        written = j + 1;
                    }
                }
            } else if is_comment(c.state) && c.delim == Delim::None {
                match c.state {
                    State::JsBlockCmt => {
                        let inside = &text[written.min(i1)..i1];
                        out.push(if inside.contains(['\n', '\r', '\u{2028}', '\u{2029}']) { '\n' } else { ' ' });
                    }
                    State::CssBlockCmt => out.push(' '),
                    _ => {}
                }
                written = i1;
            }
            if c.state != c1.state && is_comment(c1.state) && c1.delim == Delim::None {
                let mut cs = i1 - 2;
                if c1.state == State::HtmlCmt || c1.state == State::JsHtmlOpenCmt {
                    cs -= 2;
                } else if c1.state == State::JsHtmlCloseCmt {
                    cs -= 1;
                }
                out.push_str(&text[written..cs.max(written)]);
                written = i1;
            }
            if is_in_script_literal(c.state) && contains_special_script_tag(&text[i..i1]) {
                out.push_str(&text[written..i]);
                out.push_str(&escape_special_script_tags(&text[i..i1]));
                written = i1;
            }
            if c1.state == State::Error {
                self.c = c1;
                out.push_str(&text[written..]);
                return Err(format!("html/template: the markup cannot be escaped safely here: {:?}", truncate(&text[i..], 32)));
            }
            if i == i1 && c == c1 {
                // Cannot happen with Go's transitions; never loop.
                break;
            }
            c = c1;
            i = i1;
        }
        if !is_comment(c.state) || c.delim != Delim::None {
            out.push_str(&text[written..]);
        }
        self.c = c;
        Ok(())
    }

    /// Whether the escapers of the current context include one that `p` is
    /// equivalent to (then an action ending in `p` is written with `p` in that
    /// escaper's place: see [`Tracker::value`]).
    pub fn absorbs(&self, p: Predefined) -> bool {
        escapers(&nudge(self.c.clone())).0.iter().any(|e| e.equivalent(p))
    }

    /// Writes the value of an action, escaped for the current context. With
    /// `applied`, the action's pipeline ended in that predefined escaper, left
    /// out of `v`: it runs in the place of its equivalent contextual escaper
    /// (Go's `ensurePipelineContains`); the caller checked [`Tracker::absorbs`].
    /// `restore` gives a string's text with the host's stand-ins for trusted
    /// HTML replaced by that HTML (see [`super::Host::restore_trusted`]): the
    /// stand-ins stay only where the value is written as HTML, as it is.
    ///
    /// # Errors
    /// An action where html/template cannot tell the context (inside an
    /// attribute name's quotes…).
    pub fn value(
        &mut self,
        out: &mut String,
        v: &Value,
        applied: Option<Predefined>,
        restore: &dyn Fn(&str) -> Option<String>,
    ) -> Result<(), String> {
        let (mut chain, c) = escapers(&nudge(self.c.clone()));
        if c.state == State::Error {
            return Err("html/template: an action appears where its context cannot be determined".to_owned());
        }
        if let Some(p) = applied {
            for e in &mut chain {
                if e.equivalent(p) {
                    *e = Esc::Predefined(p);
                }
            }
        }
        let as_html = matches!(v, Value::Safe(_, Safe::Html)) && chain == [Esc::HtmlEscaper];
        let restored = match v {
            Value::String(s) if !as_html => restore(s).map(|t| Value::String(t.into())),
            Value::Safe(s, k) if !as_html => restore(s).map(|t| Value::Safe(t.into(), *k)),
            // A list or map holding trusted HTML prints it as text, as Go's fmt does.
            Value::List(_) | Value::Map(_) => restore(&v.text()).map(|t| Value::String(t.into())),
            _ => None,
        };
        let v = restored.as_ref().unwrap_or(v);
        let mut text: Option<String> = None;
        for e in &chain {
            let next = match &text {
                None => escape(*e, v.clone_text_kind(), Some(v)),
                Some(t) => escape(*e, (t.as_str(), None), None),
            };
            text = Some(next);
        }
        out.push_str(&text.unwrap_or_else(|| v.text()));
        self.c = c;
        Ok(())
    }
}

trait TextKind {
    fn clone_text_kind(&self) -> (&str, Kind);
}

impl TextKind for Value {
    fn clone_text_kind(&self) -> (&str, Kind) {
        match self {
            Value::String(s) | Value::Safe(s, _) => (s, kind_of(self)),
            _ => ("", None),
        }
    }
}

fn truncate(s: &str, n: usize) -> &str {
    match s.char_indices().nth(n) {
        Some((i, _)) => &s[..i],
        None => s,
    }
}

/// Go's `nudge`: an action right after a tag name or `=` starts an attribute name or an unquoted value.
fn nudge(mut c: Context) -> Context {
    match c.state {
        State::Tag => c.state = State::AttrName,
        State::BeforeValue => {
            c.state = attr_start_state(c.attr);
            c.delim = Delim::SpaceOrTagEnd;
            c.attr = Attr::None;
        }
        State::AfterName => {
            c.state = State::AttrName;
            c.attr = Attr::None;
        }
        _ => {}
    }
    c
}

/// The escapers Go's `escapeAction` inserts for a (nudged) context, and the context after the action.
fn escapers(c: &Context) -> (Vec<Esc>, Context) {
    let mut c = c.clone();
    let mut s = Vec::with_capacity(3);
    match c.state {
        State::Error => return (s, c),
        State::Url | State::CssDqStr | State::CssSqStr | State::CssDqUrl | State::CssSqUrl | State::CssUrl => match c.url_part {
            UrlPart::None | UrlPart::PreQuery => {
                if c.url_part == UrlPart::None {
                    s.push(Esc::UrlFilter);
                }
                s.push(if matches!(c.state, State::CssDqStr | State::CssSqStr) { Esc::CssEscaper } else { Esc::UrlNormalizer });
            }
            UrlPart::QueryOrFrag => s.push(Esc::UrlEscaper),
        },
        State::MetaContent => {}
        State::MetaContentUrl => s.push(Esc::UrlFilter),
        State::Js => {
            s.push(Esc::JsValEscaper);
            c.js_ctx = JsCtx::DivOp;
        }
        State::JsDqStr | State::JsSqStr => s.push(Esc::JsStrEscaper),
        State::JsTmplLit => s.push(Esc::JsTmplLitEscaper),
        State::JsRegexp => s.push(Esc::JsRegexpEscaper),
        State::Css => s.push(Esc::CssValueFilter),
        State::Text => s.push(Esc::HtmlEscaper),
        State::Rcdata => s.push(Esc::RcdataEscaper),
        State::Attr => {}
        State::AttrName | State::Tag => {
            c.state = State::AttrName;
            s.push(Esc::HtmlNameFilter);
        }
        State::Srcset => s.push(Esc::SrcsetEscaper),
        _ if is_comment(c.state) => s.push(Esc::CommentEscaper),
        _ => {}
    }
    match c.delim {
        Delim::None => {}
        Delim::SpaceOrTagEnd => s.push(Esc::NospaceEscaper),
        _ => s.push(Esc::AttrEscaper),
    }
    // Go's `appendCmd`: an escaper whose output the next one would not change drops the next.
    let mut chain: Vec<Esc> = Vec::with_capacity(s.len());
    for e in s {
        let redundant = chain.last().is_some_and(|last| {
            matches!(
                (last, e),
                (Esc::CommentEscaper, Esc::AttrEscaper | Esc::HtmlEscaper)
                    | (Esc::CssEscaper | Esc::JsRegexpEscaper | Esc::JsStrEscaper | Esc::JsTmplLitEscaper, Esc::AttrEscaper)
                    | (Esc::UrlEscaper, Esc::UrlNormalizer)
            )
        });
        if !redundant {
            chain.push(e);
        }
    }
    (chain, c)
}

/// Runs one escaper on a value's text and kind (`value`: the value itself, for the first escaper of a chain).
fn escape(e: Esc, (s, kind): (&str, Kind), value: Option<&Value>) -> String {
    let owned;
    let s = if value.is_some_and(|v| !matches!(v, Value::String(_) | Value::Safe(..))) {
        owned = value.map(Value::text).unwrap_or_default();
        owned.as_str()
    } else {
        s
    };
    match e {
        Esc::Predefined(Predefined::Html) => super::funcs::go::html_escape_go(s),
        Esc::Predefined(Predefined::UrlQuery) => super::funcs::urls::query_escape(s),
        Esc::UrlFilter => {
            if kind == Some(Safe::Url) || is_safe_url(s) {
                s.to_owned()
            } else {
                "#ZgotmplZ".to_owned()
            }
        }
        Esc::UrlNormalizer | Esc::UrlEscaper => {
            let mut out = String::with_capacity(s.len());
            url_process(&mut out, s, e == Esc::UrlNormalizer || kind == Some(Safe::Url));
            out
        }
        Esc::CssEscaper => css_escape(s),
        Esc::CssValueFilter => css_value_filter(s, kind),
        Esc::JsValEscaper => js_val(value, s, kind),
        Esc::JsStrEscaper => replace_js(s, if kind == Some(Safe::JsStr) { JsTable::StrNorm } else { JsTable::Str }),
        Esc::JsTmplLitEscaper => replace_js(s, JsTable::TmplLit),
        Esc::JsRegexpEscaper => {
            let out = replace_js(s, JsTable::Regexp);
            if out.is_empty() {
                "(?:)".to_owned()
            } else {
                out
            }
        }
        Esc::HtmlEscaper => {
            if kind == Some(Safe::Html) {
                s.to_owned()
            } else {
                html_replace(s, Table::Html)
            }
        }
        Esc::RcdataEscaper => html_replace(s, if kind == Some(Safe::Html) { Table::HtmlNorm } else { Table::Html }),
        Esc::AttrEscaper => {
            if kind == Some(Safe::Html) {
                html_replace(&strip_tags(s), Table::HtmlNorm)
            } else {
                html_replace(s, Table::Html)
            }
        }
        Esc::NospaceEscaper => {
            if s.is_empty() {
                "ZgotmplZ".to_owned()
            } else if kind == Some(Safe::Html) {
                html_replace(&strip_tags(s), Table::NospaceNorm)
            } else {
                html_replace(s, Table::Nospace)
            }
        }
        Esc::HtmlNameFilter => {
            if kind == Some(Safe::HtmlAttr) {
                return s.to_owned();
            }
            let lower = s.to_lowercase();
            if lower.is_empty()
                || attr_type(&lower) != AttrType::Plain
                || !lower.bytes().all(|b| b.is_ascii_digit() || b.is_ascii_lowercase())
            {
                "ZgotmplZ".to_owned()
            } else {
                lower
            }
        }
        Esc::SrcsetEscaper => srcset_escape(s, kind),
        Esc::CommentEscaper => String::new(),
    }
}

// ---------------------------------------------------------------------------
// Transitions (Go's `transition.go`).

/// The context after (a prefix of) `s`, and how many bytes of it that takes.
fn context_after_text(c: &Context, s: &str) -> (Context, usize) {
    let b = s.as_bytes();
    if c.delim == Delim::None {
        let (c1, i) = special_tag_end(c, b);
        if i == 0 {
            return (c1, 0);
        }
        return transition(c, &s[..i]);
    }
    let ends: &[u8] = match c.delim {
        Delim::DoubleQuote => b"\"",
        Delim::SingleQuote => b"'",
        _ => b" \t\n\x0c\r>",
    };
    let i = b.iter().position(|x| ends.contains(x)).unwrap_or(b.len());
    if c.delim == Delim::SpaceOrTagEnd && b[..i].iter().any(|x| b"\"'<=`".contains(x)) {
        return (Context::error(), s.len());
    }
    if i == b.len() {
        // The value's text with its character references decoded moves the inner context.
        let decoded = crate::html::decode_entities(s);
        let mut c = c.clone();
        let mut u = decoded.as_str();
        while !u.is_empty() {
            let (c1, n) = transition(&c, u);
            if n == 0 && c1 == c {
                break;
            }
            c = c1;
            u = &u[n..];
        }
        return (c, s.len());
    }
    let mut element = c.element;
    if c.state == State::Attr && c.element == Element::Script && c.attr == Attr::ScriptType && !is_js_type(&s[..i]) {
        element = Element::None;
    }
    let i = if c.delim == Delim::SpaceOrTagEnd { i } else { i + 1 };
    (Context { state: State::Tag, element, ..Context::default() }, i)
}

fn transition(c: &Context, s: &str) -> (Context, usize) {
    match c.state {
        State::Text => t_text(c, s),
        State::Tag => t_tag(c, s),
        State::AttrName => t_attr_name(c, s),
        State::AfterName => t_after_name(c, s),
        State::BeforeValue => t_before_value(c, s),
        State::HtmlCmt => match s.find("-->") {
            Some(i) => (Context::default(), i + 3),
            None => (c.clone(), s.len()),
        },
        State::Rcdata => special_tag_end(c, s.as_bytes()),
        State::Attr | State::Error => (c.clone(), s.len()),
        State::Url | State::Srcset => t_url(c, s),
        State::MetaContent => t_meta_content(c, s),
        State::MetaContentUrl => match s.find(';') {
            Some(i) => (Context { state: State::MetaContent, ..c.clone() }, i + 1),
            None => (c.clone(), s.len()),
        },
        State::Js => t_js(c, s),
        State::JsDqStr | State::JsSqStr | State::JsRegexp => t_js_delimited(c, s),
        State::JsTmplLit => t_js_tmpl(c, s),
        State::JsBlockCmt | State::CssBlockCmt => match s.find("*/") {
            Some(i) => (Context { state: if c.state == State::JsBlockCmt { State::Js } else { State::Css }, ..c.clone() }, i + 2),
            None => (c.clone(), s.len()),
        },
        State::JsLineCmt | State::JsHtmlOpenCmt | State::JsHtmlCloseCmt | State::CssLineCmt => t_line_cmt(c, s),
        State::Css => t_css(c, s),
        State::CssDqStr | State::CssSqStr | State::CssDqUrl | State::CssSqUrl | State::CssUrl => t_css_str(c, s),
    }
}

fn t_text(c: &Context, s: &str) -> (Context, usize) {
    let b = s.as_bytes();
    let mut k = 0;
    loop {
        let Some(rel) = b[k..].iter().position(|x| *x == b'<') else { return (c.clone(), s.len()) };
        let mut i = k + rel;
        if i + 1 == b.len() {
            return (c.clone(), s.len());
        }
        if b[i..].starts_with(b"<!--") {
            return (Context::with(State::HtmlCmt), i + 4);
        }
        i += 1;
        let mut end = false;
        if b[i] == b'/' {
            if i + 1 == b.len() {
                return (c.clone(), s.len());
            }
            end = true;
            i += 1;
        }
        let (j, e) = eat_tag_name(b, i);
        if j != i {
            let element = if end { Element::None } else { e };
            return (Context { state: State::Tag, element, ..Context::default() }, j);
        }
        k = j;
    }
}

fn attr_start_state(a: Attr) -> State {
    match a {
        Attr::None | Attr::ScriptType => State::Attr,
        Attr::Script => State::Js,
        Attr::Style => State::Css,
        Attr::Url => State::Url,
        Attr::Srcset => State::Srcset,
        Attr::MetaContent => State::MetaContent,
    }
}

fn t_tag(c: &Context, s: &str) -> (Context, usize) {
    let b = s.as_bytes();
    let i = eat_white_space(b, 0);
    if i == b.len() {
        return (c.clone(), s.len());
    }
    if b[i] == b'>' {
        if c.element == Element::Meta {
            return (Context::default(), i + 1);
        }
        let state = match c.element {
            Element::Script => State::Js,
            Element::Style => State::Css,
            Element::Textarea | Element::Title => State::Rcdata,
            Element::None | Element::Meta => State::Text,
        };
        return (Context { state, element: c.element, ..Context::default() }, i + 1);
    }
    let Some(j) = eat_attr_name(b, i) else { return (Context::error(), s.len()) };
    if i == j {
        return (Context::error(), s.len());
    }
    let name = s[i..j].to_ascii_lowercase();
    let attr = if c.element == Element::Script && name == "type" {
        Attr::ScriptType
    } else if c.element == Element::Meta && name == "content" {
        Attr::MetaContent
    } else {
        match attr_type(&name) {
            AttrType::Url => Attr::Url,
            AttrType::Css => Attr::Style,
            AttrType::Js => Attr::Script,
            AttrType::Srcset => Attr::Srcset,
            _ => Attr::None,
        }
    };
    let state = if j == b.len() { State::AttrName } else { State::AfterName };
    (Context { state, element: c.element, attr, ..Context::default() }, j)
}

fn t_attr_name(c: &Context, s: &str) -> (Context, usize) {
    match eat_attr_name(s.as_bytes(), 0) {
        None => (Context::error(), s.len()),
        Some(i) if i != s.len() => (Context { state: State::AfterName, ..c.clone() }, i),
        Some(i) => (c.clone(), i),
    }
}

fn t_after_name(c: &Context, s: &str) -> (Context, usize) {
    let b = s.as_bytes();
    let i = eat_white_space(b, 0);
    if i == b.len() {
        (c.clone(), s.len())
    } else if b[i] != b'=' {
        (Context { state: State::Tag, ..c.clone() }, i)
    } else {
        (Context { state: State::BeforeValue, ..c.clone() }, i + 1)
    }
}

fn t_before_value(c: &Context, s: &str) -> (Context, usize) {
    let b = s.as_bytes();
    let mut i = eat_white_space(b, 0);
    if i == b.len() {
        return (c.clone(), s.len());
    }
    let mut delim = Delim::SpaceOrTagEnd;
    match b[i] {
        b'\'' => {
            delim = Delim::SingleQuote;
            i += 1;
        }
        b'"' => {
            delim = Delim::DoubleQuote;
            i += 1;
        }
        _ => {}
    }
    (Context { state: attr_start_state(c.attr), delim, ..c.clone() }, i)
}

/// Where the end tag of a script, style, textarea or title element starts
/// (a fresh text context there), or the whole text.
fn special_tag_end(c: &Context, s: &[u8]) -> (Context, usize) {
    if c.element != Element::None {
        if c.element == Element::Script && (is_in_script_literal(c.state) || is_comment(c.state)) {
            return (c.clone(), s.len());
        }
        let tag: &[u8] = match c.element {
            Element::Script => b"script",
            Element::Style => b"style",
            Element::Textarea => b"textarea",
            Element::Title => b"title",
            _ => b"",
        };
        if let Some(i) = index_tag_end(s, tag) {
            return (Context::default(), i);
        }
    }
    (c.clone(), s.len())
}

fn index_tag_end(s: &[u8], tag: &[u8]) -> Option<usize> {
    let mut res = 0;
    let mut s = s;
    while !s.is_empty() {
        let i = find(s, b"</")?;
        s = &s[i + 2..];
        if tag.len() <= s.len() && s[..tag.len()].eq_ignore_ascii_case(tag) {
            s = &s[tag.len()..];
            if !s.is_empty() && b"> \t\n\x0c/".contains(&s[0]) {
                return Some(res + i);
            }
            res += tag.len();
        }
        res += i + 2;
    }
    None
}

fn t_url(c: &Context, s: &str) -> (Context, usize) {
    let mut c = c.clone();
    if s.contains(['#', '?']) {
        c.url_part = UrlPart::QueryOrFrag;
    } else if s.len() != eat_white_space(s.as_bytes(), 0) && c.url_part == UrlPart::None {
        c.url_part = UrlPart::PreQuery;
    }
    (c, s.len())
}

fn t_meta_content(c: &Context, s: &str) -> (Context, usize) {
    let b = s.as_bytes();
    for i in 0..b.len() {
        if i + 3 < b.len() && b[i..i + 3].eq_ignore_ascii_case(b"url") {
            let j = eat_white_space(b, i + 3);
            if j < b.len() && b[j] == b'=' {
                return (Context { state: State::MetaContentUrl, ..c.clone() }, j + 1);
            }
        }
    }
    (c.clone(), s.len())
}

fn t_js(c: &Context, s: &str) -> (Context, usize) {
    let b = s.as_bytes();
    let mut c = c.clone();
    let Some(mut i) = b.iter().position(|x| b"\"`'/{}<-#".contains(x)) else {
        c.js_ctx = next_js_ctx(b, c.js_ctx);
        return (c, s.len());
    };
    c.js_ctx = next_js_ctx(&b[..i], c.js_ctx);
    match b[i] {
        b'"' => {
            c.state = State::JsDqStr;
            c.js_ctx = JsCtx::Regexp;
        }
        b'\'' => {
            c.state = State::JsSqStr;
            c.js_ctx = JsCtx::Regexp;
        }
        b'`' => {
            c.state = State::JsTmplLit;
            c.js_ctx = JsCtx::Regexp;
        }
        b'/' => {
            if b.get(i + 1) == Some(&b'/') {
                c.state = State::JsLineCmt;
                i += 1;
            } else if b.get(i + 1) == Some(&b'*') {
                c.state = State::JsBlockCmt;
                i += 1;
            } else if c.js_ctx == JsCtx::Regexp {
                c.state = State::JsRegexp;
            } else {
                c.js_ctx = JsCtx::Regexp;
            }
        }
        b'<' => {
            if b[i..].starts_with(b"<!--") {
                c.state = State::JsHtmlOpenCmt;
                i += 3;
            }
        }
        b'-' => {
            if b[i..].starts_with(b"-->") {
                c.state = State::JsHtmlCloseCmt;
                i += 2;
            }
        }
        b'#' => {
            if b.get(i + 1) == Some(&b'!') {
                c.state = State::JsLineCmt;
                i += 1;
            }
        }
        b'{' => {
            if let Some(d) = c.js_brace_depth.last_mut() {
                *d += 1;
            }
            c.js_ctx = next_js_ctx(&b[i..=i], c.js_ctx);
        }
        _ => {
            // '}'
            match c.js_brace_depth.last().copied() {
                None | Some(1..) => {
                    if let Some(d) = c.js_brace_depth.last_mut() {
                        *d -= 1;
                    }
                    c.js_ctx = next_js_ctx(&b[i..=i], c.js_ctx);
                }
                Some(0) => {
                    c.js_brace_depth.pop();
                    c.state = State::JsTmplLit;
                }
            }
        }
    }
    (c, i + 1)
}

fn t_js_tmpl(c: &Context, s: &str) -> (Context, usize) {
    let b = s.as_bytes();
    let mut k = 0;
    let mut c = c.clone();
    while let Some(rel) = b[k..].iter().position(|x| b"`\\$".contains(x)) {
        let mut i = k + rel;
        match b[i] {
            b'\\' => {
                i += 1;
                if i == b.len() {
                    return (Context::error(), s.len());
                }
            }
            b'$' => {
                if b.get(i + 1) == Some(&b'{') {
                    c.js_brace_depth.push(0);
                    c.state = State::Js;
                    return (c, i + 2);
                }
            }
            _ => {
                c.state = State::Js;
                return (c, i + 1);
            }
        }
        k = i + 1;
    }
    (c, s.len())
}

fn t_js_delimited(c: &Context, s: &str) -> (Context, usize) {
    let b = s.as_bytes();
    let specials: &[u8] = match c.state {
        State::JsSqStr => b"\\'",
        State::JsRegexp => b"\\/[]",
        _ => b"\\\"",
    };
    let mut k = 0;
    let mut in_charset = false;
    while let Some(rel) = b[k..].iter().position(|x| specials.contains(x)) {
        let mut i = k + rel;
        match b[i] {
            b'\\' => {
                i += 1;
                if i == b.len() {
                    return (Context::error(), s.len());
                }
            }
            b'[' => in_charset = true,
            b']' => in_charset = false,
            b'/' => {
                if i > 0 && i + 7 <= b.len() && b[i - 1..i + 7].eq_ignore_ascii_case(b"</script") {
                    i += 1;
                } else if !in_charset {
                    return (Context { state: State::Js, js_ctx: JsCtx::DivOp, ..c.clone() }, i + 1);
                }
            }
            _ => {
                if !in_charset {
                    return (Context { state: State::Js, js_ctx: JsCtx::DivOp, ..c.clone() }, i + 1);
                }
            }
        }
        k = i + 1;
    }
    if in_charset {
        return (Context::error(), s.len());
    }
    (c.clone(), s.len())
}

fn t_line_cmt(c: &Context, s: &str) -> (Context, usize) {
    let (terminators, end): (&[char], State) =
        if c.state == State::CssLineCmt { (&['\n', '\x0c', '\r'], State::Css) } else { (&['\n', '\r', '\u{2028}', '\u{2029}'], State::Js) };
    match s.find(terminators) {
        Some(i) => (Context { state: end, ..c.clone() }, i),
        None => (c.clone(), s.len()),
    }
}

fn t_css(c: &Context, s: &str) -> (Context, usize) {
    let b = s.as_bytes();
    let mut k = 0;
    loop {
        let Some(rel) = b[k..].iter().position(|x| b"(\"'/".contains(x)) else { return (c.clone(), s.len()) };
        let i = k + rel;
        match b[i] {
            b'(' => {
                let before = trim_right(&b[..i], b"\t\n\x0c\r ");
                if ends_with_css_keyword(before, b"url") {
                    let rest = &b[i + 1..];
                    let j = b.len() - trim_left(rest, b"\t\n\x0c\r ").len();
                    let (state, j) = match b.get(j) {
                        Some(b'"') => (State::CssDqUrl, j + 1),
                        Some(b'\'') => (State::CssSqUrl, j + 1),
                        _ => (State::CssUrl, j),
                    };
                    return (Context { state, ..c.clone() }, j);
                }
            }
            b'/' => match b.get(i + 1) {
                Some(b'/') => return (Context { state: State::CssLineCmt, ..c.clone() }, i + 2),
                Some(b'*') => return (Context { state: State::CssBlockCmt, ..c.clone() }, i + 2),
                _ => {}
            },
            b'"' => return (Context { state: State::CssDqStr, ..c.clone() }, i + 1),
            _ => return (Context { state: State::CssSqStr, ..c.clone() }, i + 1),
        }
        k = i + 1;
    }
}

fn t_css_str(c: &Context, s: &str) -> (Context, usize) {
    let b = s.as_bytes();
    let end_and_esc: &[u8] = match c.state {
        State::CssDqStr | State::CssDqUrl => b"\\\"",
        State::CssSqStr | State::CssSqUrl => b"\\'",
        _ => b"\\\t\n\x0c\r )",
    };
    let mut c = c.clone();
    let mut k = 0;
    loop {
        let Some(rel) = b[k..].iter().position(|x| end_and_esc.contains(x)) else {
            let (c1, n) = t_url(&c, &decode_css(&s[k..]));
            let _ = n;
            return (c1, s.len());
        };
        let mut i = k + rel;
        if b[i] == b'\\' {
            i += 1;
            if i == b.len() {
                return (Context::error(), s.len());
            }
        } else {
            c.state = State::Css;
            return (c, i + 1);
        }
        c = t_url(&c, &decode_css(&s[..=i])).0;
        k = i + 1;
    }
}

fn eat_attr_name(s: &[u8], i: usize) -> Option<usize> {
    for (j, &b) in s.iter().enumerate().skip(i) {
        match b {
            b' ' | b'\t' | b'\n' | b'\x0c' | b'\r' | b'=' | b'>' => return Some(j),
            b'\'' | b'"' | b'<' => return None,
            _ => {}
        }
    }
    Some(s.len())
}

fn eat_tag_name(s: &[u8], i: usize) -> (usize, Element) {
    if i == s.len() || !s[i].is_ascii_alphabetic() {
        return (i, Element::None);
    }
    let mut j = i + 1;
    while j < s.len() {
        let x = s[j];
        if x.is_ascii_alphanumeric() {
            j += 1;
            continue;
        }
        if (x == b':' || x == b'-') && j + 1 < s.len() && s[j + 1].is_ascii_alphanumeric() {
            j += 2;
            continue;
        }
        break;
    }
    let name = &s[i..j];
    let e = if name.eq_ignore_ascii_case(b"script") {
        Element::Script
    } else if name.eq_ignore_ascii_case(b"style") {
        Element::Style
    } else if name.eq_ignore_ascii_case(b"textarea") {
        Element::Textarea
    } else if name.eq_ignore_ascii_case(b"title") {
        Element::Title
    } else if name.eq_ignore_ascii_case(b"meta") {
        Element::Meta
    } else {
        Element::None
    };
    (j, e)
}

fn eat_white_space(s: &[u8], i: usize) -> usize {
    s[i.min(s.len())..].iter().position(|b| !matches!(b, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')).map_or(s.len(), |p| i + p)
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

fn starts_with_ignore_case(s: &[u8], prefix: &[u8]) -> bool {
    s.len() >= prefix.len() && s[..prefix.len()].eq_ignore_ascii_case(prefix)
}

fn trim_right<'a>(s: &'a [u8], set: &[u8]) -> &'a [u8] {
    let end = s.iter().rposition(|b| !set.contains(b)).map_or(0, |i| i + 1);
    &s[..end]
}

fn trim_left<'a>(s: &'a [u8], set: &[u8]) -> &'a [u8] {
    let start = s.iter().position(|b| !set.contains(b)).unwrap_or(s.len());
    &s[start..]
}

/// Go's `isJSType`: a `<script type>` whose content is still script.
fn is_js_type(mime: &str) -> bool {
    let m = mime.split(';').next().unwrap_or("").trim().to_ascii_lowercase();
    if m == "module" {
        return true;
    }
    let Some((main, sub)) = m.split_once('/') else { return false };
    match main {
        "application" => matches!(sub, "ecmascript" | "javascript" | "json" | "ld+json" | "x-ecmascript" | "x-javascript"),
        "text" => matches!(
            sub,
            "ecmascript"
                | "javascript"
                | "javascript1.0"
                | "javascript1.1"
                | "javascript1.2"
                | "javascript1.3"
                | "javascript1.4"
                | "javascript1.5"
                | "jscript"
                | "livescript"
                | "x-ecmascript"
                | "x-javascript"
        ),
        _ => false,
    }
}

/// Go's `nextJSCtx`: whether a `/` after `s` would start a regular expression.
fn next_js_ctx(s: &[u8], preceding: JsCtx) -> JsCtx {
    let s = trim_js_space(s);
    let Some(&c) = s.last() else { return preceding };
    let n = s.len();
    match c {
        b'+' | b'-' => {
            let mut start = n - 1;
            while start > 0 && s[start - 1] == c {
                start -= 1;
            }
            if (n - start) & 1 == 1 {
                JsCtx::Regexp
            } else {
                JsCtx::DivOp
            }
        }
        b'.' => {
            if n != 1 && s[n - 2].is_ascii_digit() {
                JsCtx::DivOp
            } else {
                JsCtx::Regexp
            }
        }
        b',' | b'<' | b'>' | b'=' | b'*' | b'%' | b'&' | b'|' | b'^' | b'?' | b'!' | b'~' | b'(' | b'[' | b':' | b';' | b'{' | b'}' => {
            JsCtx::Regexp
        }
        _ => {
            let mut j = n;
            while j > 0 && is_js_ident_part(s[j - 1]) {
                j -= 1;
            }
            if matches!(
                &s[j..],
                b"break"
                    | b"case"
                    | b"continue"
                    | b"delete"
                    | b"do"
                    | b"else"
                    | b"finally"
                    | b"in"
                    | b"instanceof"
                    | b"return"
                    | b"throw"
                    | b"try"
                    | b"typeof"
                    | b"void"
            ) {
                JsCtx::Regexp
            } else {
                JsCtx::DivOp
            }
        }
    }
}

/// `s` without the JavaScript white space at its end.
fn trim_js_space(s: &[u8]) -> &[u8] {
    let text = String::from_utf8_lossy(s);
    let trimmed = text.trim_end_matches([
        '\x0c', '\n', '\r', '\t', '\x0b', ' ', '\u{a0}', '\u{1680}', '\u{2000}', '\u{2001}', '\u{2002}', '\u{2003}', '\u{2004}',
        '\u{2005}', '\u{2006}', '\u{2007}', '\u{2008}', '\u{2009}', '\u{200a}', '\u{2028}', '\u{2029}', '\u{202f}', '\u{205f}', '\u{3000}',
        '\u{feff}',
    ]);
    &s[..trimmed.len().min(s.len())]
}

fn is_js_ident_part(c: u8) -> bool {
    c == b'$' || c == b'_' || c.is_ascii_alphanumeric()
}

fn ends_with_css_keyword(b: &[u8], kw: &[u8]) -> bool {
    let i = b.len().saturating_sub(kw.len());
    if b.len() < kw.len() {
        return false;
    }
    if i != 0 {
        let (r, _) = decode_last_char(&b[..i]);
        if is_css_nmchar(r) {
            return false;
        }
    }
    decode_css(&String::from_utf8_lossy(&b[i..])).to_ascii_lowercase().as_bytes() == kw
}

fn decode_last_char(b: &[u8]) -> (char, usize) {
    let text = String::from_utf8_lossy(b);
    text.chars().next_back().map_or(('\0', 0), |c| (c, c.len_utf8()))
}

fn is_css_nmchar(r: char) -> bool {
    r.is_ascii_alphanumeric() || r == '-' || r == '_' || (r as u32) >= 0x80
}

/// Go's `decodeCSS`: CSS escapes (`\3c `, `\"`) decoded.
fn decode_css(s: &str) -> String {
    if !s.contains('\\') {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(i) = rest.find('\\') {
        out.push_str(&rest[..i]);
        rest = &rest[i + 1..];
        let hex: usize = rest.bytes().take(6).take_while(u8::is_ascii_hexdigit).count();
        if hex > 0 {
            let code = u32::from_str_radix(&rest[..hex], 16).unwrap_or(0xFFFD);
            out.push(char::from_u32(code).unwrap_or('\u{FFFD}'));
            rest = &rest[hex..];
            // One space, or CRLF, after a hex escape belongs to it.
            if rest.starts_with("\r\n") {
                rest = &rest[2..];
            } else if rest.starts_with([' ', '\t', '\n', '\x0c', '\r']) {
                rest = &rest[1..];
            }
        } else if let Some(c) = rest.chars().next() {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out.push_str(rest);
    out
}

fn contains_special_script_tag(s: &str) -> bool {
    let lower = s.to_ascii_lowercase();
    lower.contains("<script") || lower.contains("</script")
}

/// Go's `escapeSpecialScriptTags`: `<script`/`</script` in a script literal written as `\x3Cscript`.
fn escape_special_script_tags(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut written = 0;
    let mut i = 0;
    while i < b.len() {
        if b[i] == b'<' {
            let rest = &b[i + 1..];
            let slash = usize::from(rest.first() == Some(&b'/'));
            if starts_with_ignore_case(&rest[slash..], b"script") {
                out.push_str(&s[written..i]);
                out.push_str("\\x3C");
                written = i + 1;
            }
        }
        i += 1;
    }
    out.push_str(&s[written..]);
    out
}

// ---------------------------------------------------------------------------
// Escapers (Go's `html.go`, `js.go`, `css.go`, `url.go`).

/// Go's `isSafeURL`: a scheme, if any, must be http, https or mailto.
fn is_safe_url(s: &str) -> bool {
    match s.split_once(':') {
        Some((scheme, _)) if !scheme.contains('/') => {
            scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("mailto")
        }
        _ => true,
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Table {
    Html,
    HtmlNorm,
    Nospace,
    NospaceNorm,
}

/// Go's `htmlReplacer` with one of its tables.
fn html_replace(s: &str, table: Table) -> String {
    let norm = matches!(table, Table::HtmlNorm | Table::NospaceNorm);
    let nospace = matches!(table, Table::Nospace | Table::NospaceNorm);
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        let rep = match c {
            '\0' if nospace => "&#xfffd;",
            '\0' => "\u{FFFD}",
            '"' => "&#34;",
            '&' if !norm => "&amp;",
            '\'' => "&#39;",
            '+' => "&#43;",
            '<' => "&lt;",
            '>' => "&gt;",
            '\t' if nospace => "&#9;",
            '\n' if nospace => "&#10;",
            '\x0b' if nospace => "&#11;",
            '\x0c' if nospace => "&#12;",
            '\r' if nospace => "&#13;",
            ' ' if nospace => "&#32;",
            '=' if nospace => "&#61;",
            '`' if nospace => "&#96;",
            c if nospace && matches!(c as u32, 0xfdd0..=0xfdef | 0xfff0..=0xffff) => {
                out.push_str(&format!("&#x{:x};", c as u32));
                continue;
            }
            c => {
                out.push(c);
                continue;
            }
        };
        out.push_str(rep);
    }
    out
}

/// Go's `stripTags`: the text of an HTML fragment, for an attribute value.
fn strip_tags(html: &str) -> String {
    let s = html.as_bytes();
    let mut out = String::with_capacity(html.len());
    let mut c = Context::default();
    let mut i = 0;
    let mut all_text = true;
    while i != s.len() {
        if c.delim == Delim::None {
            let mut st = c.state;
            // Script and style content is read as RCDATA.
            if c.element != Element::None && !is_in_tag(st) {
                st = State::Rcdata;
            }
            let (d, nread) = transition(&Context { state: st, ..c.clone() }, &html[i..]);
            let i1 = i + nread;
            if c.state == State::Text || c.state == State::Rcdata {
                let mut j = i1;
                if d.state != c.state {
                    if let Some(k) = s[i..j].iter().rposition(|b| *b == b'<') {
                        j = i + k;
                    }
                }
                out.push_str(&html[i..j]);
            } else {
                all_text = false;
            }
            if nread == 0 && d == c {
                break;
            }
            c = d;
            i = i1;
            continue;
        }
        let ends: &[u8] = match c.delim {
            Delim::DoubleQuote => b"\"",
            Delim::SingleQuote => b"'",
            _ => b" \t\n\x0c\r>",
        };
        let Some(rel) = s[i..].iter().position(|b| ends.contains(b)) else { break };
        let mut i1 = i + rel;
        if c.delim != Delim::SpaceOrTagEnd {
            i1 += 1;
        }
        c = Context { state: State::Tag, element: c.element, ..Context::default() };
        i = i1;
    }
    if all_text {
        return html.to_owned();
    }
    if c.state == State::Text || c.state == State::Rcdata {
        out.push_str(&html[i.min(html.len())..]);
    }
    out
}

/// Go's `processURLOnto`: percent-encodes what a URL may not hold; `normalize`
/// keeps reserved characters and valid escapes (a path), otherwise they are
/// encoded too (a query value).
pub fn url_process(out: &mut String, s: &str, normalize: bool) {
    let b = s.as_bytes();
    for (i, &c) in b.iter().enumerate() {
        let keep = match c {
            b'!' | b'#' | b'$' | b'&' | b'*' | b'+' | b',' | b'/' | b':' | b';' | b'=' | b'?' | b'@' | b'[' | b']' => normalize,
            b'-' | b'.' | b'_' | b'~' => true,
            b'%' => normalize && i + 2 < b.len() && b[i + 1].is_ascii_hexdigit() && b[i + 2].is_ascii_hexdigit(),
            c => c.is_ascii_alphanumeric(),
        };
        if keep {
            out.push(c as char);
        } else {
            out.push('%');
            out.push(char::from(b"0123456789abcdef"[usize::from(c >> 4)]));
            out.push(char::from(b"0123456789abcdef"[usize::from(c & 15)]));
        }
    }
}

/// Go's `srcsetFilterAndEscaper`.
fn srcset_escape(s: &str, kind: Kind) -> String {
    match kind {
        Some(Safe::Srcset) => return s.to_owned(),
        Some(Safe::Url) => {
            let mut out = String::new();
            url_process(&mut out, s, true);
            return out.replace(',', "%2c");
        }
        _ => {}
    }
    let mut out = String::with_capacity(s.len());
    let mut written = 0;
    for (i, b) in s.bytes().enumerate() {
        if b == b',' {
            srcset_element(s, written, i, &mut out);
            out.push(',');
            written = i + 1;
        }
    }
    srcset_element(s, written, s.len(), &mut out);
    out
}

fn is_html_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\x0c' | b'\r')
}

fn srcset_element(s: &str, left: usize, right: usize, out: &mut String) {
    let b = s.as_bytes();
    let mut start = left;
    while start < right && is_html_space(b[start]) {
        start += 1;
    }
    let end = (start..right).find(|&i| is_html_space(b[i])).unwrap_or(right);
    let url = &s[start..end];
    if is_safe_url(url) && b[end..right].iter().all(|c| is_html_space(*c) || c.is_ascii_alphanumeric()) {
        out.push_str(&s[left..start]);
        url_process(out, url, true);
        out.push_str(&s[end..right]);
        return;
    }
    out.push_str("#ZgotmplZ");
}

/// Go's `cssEscaper`, for values inside CSS strings.
fn css_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let b = s.as_bytes();
    let mut i = 0;
    for c in s.chars() {
        let rep = match c {
            '\0' => "\\0",
            '\t' => "\\9",
            '\n' => "\\a",
            '\x0c' => "\\c",
            '\r' => "\\d",
            '"' => "\\22",
            '&' => "\\26",
            '\'' => "\\27",
            '(' => "\\28",
            ')' => "\\29",
            '+' => "\\2b",
            '/' => "\\2f",
            ':' => "\\3a",
            ';' => "\\3b",
            '<' => "\\3c",
            '>' => "\\3e",
            '\\' => "\\\\",
            '{' => "\\7b",
            '}' => "\\7d",
            c => {
                out.push(c);
                i += c.len_utf8();
                continue;
            }
        };
        out.push_str(rep);
        i += 1;
        if rep != "\\\\" && (i == b.len() || b[i].is_ascii_hexdigit() || matches!(b[i], b'\t' | b'\n' | b'\x0c' | b'\r' | b' ')) {
            out.push(' ');
        }
    }
    out
}

/// Go's `cssValueFilter`: a value that could escape its declaration becomes `ZgotmplZ`.
fn css_value_filter(s: &str, kind: Kind) -> String {
    if kind == Some(Safe::Css) {
        return s.to_owned();
    }
    let decoded = decode_css(s);
    let b = decoded.as_bytes();
    let mut id = Vec::with_capacity(64);
    for (i, &c) in b.iter().enumerate() {
        match c {
            0 | b'"' | b'\'' | b'(' | b')' | b'/' | b';' | b'@' | b'[' | b'\\' | b']' | b'`' | b'{' | b'}' | b'<' | b'>' => {
                return "ZgotmplZ".to_owned()
            }
            b'-' if i != 0 && b[i - 1] == b'-' => return "ZgotmplZ".to_owned(),
            c if c < 0x80 && is_css_nmchar(c as char) => id.push(c.to_ascii_lowercase()),
            _ => {}
        }
    }
    if find(&id, b"expression").is_some() || find(&id, b"mozbinding").is_some() {
        return "ZgotmplZ".to_owned();
    }
    decoded
}

/// Go's `jsValEscaper`: a value as a JavaScript literal (JSON), padded with
/// spaces where it could join the tokens around it.
fn js_val(value: Option<&Value>, s: &str, kind: Kind) -> String {
    match kind {
        Some(Safe::Js) => return s.to_owned(),
        Some(Safe::JsStr) => return format!("\"{s}\""),
        _ => {}
    }
    let json = match value {
        Some(Value::Nil) => return " null ".to_owned(),
        Some(v @ (Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::List(_) | Value::Map(_))) => {
            serde_json::to_string(&to_json(v)).unwrap_or_default()
        }
        // Objects print as their text (Go: a `fmt.Stringer` is marshalled as its string).
        Some(Value::Object(o)) => match o.data() {
            Some(d @ (Value::List(_) | Value::Map(_))) => serde_json::to_string(&to_json(&d)).unwrap_or_default(),
            _ => serde_json::to_string(&o.text()).unwrap_or_default(),
        },
        _ => serde_json::to_string(s).unwrap_or_default(),
    };
    // Go's encoding/json escapes these inside strings; they appear nowhere else in JSON.
    let json = json
        .replace('<', "\\u003c")
        .replace('>', "\\u003e")
        .replace('&', "\\u0026")
        .replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029");
    if json.is_empty() {
        return " null ".to_owned();
    }
    let pad = json.bytes().next().is_some_and(is_js_ident_part) || json.bytes().last().is_some_and(is_js_ident_part);
    if pad {
        format!(" {json} ")
    } else {
        json
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum JsTable {
    Str,
    StrNorm,
    TmplLit,
    Regexp,
}

/// Go's `replace` with one of the JS tables (control characters always escaped).
fn replace_js(s: &str, table: JsTable) -> String {
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        let rep: &str = match c {
            '\t' => "\\t",
            '\n' => "\\n",
            '\x0c' => "\\f",
            '\r' => "\\r",
            '\x0b' => "\\u000b",
            c if (c as u32) < 0x20 => {
                out.push_str(&format!("\\u{:04x}", c as u32));
                continue;
            }
            '\u{2028}' => "\\u2028",
            '\u{2029}' => "\\u2029",
            '"' => "\\u0022",
            '&' => "\\u0026",
            '\'' => "\\u0027",
            '+' => "\\u002b",
            '/' => "\\/",
            '<' => "\\u003c",
            '>' => "\\u003e",
            '`' if table != JsTable::Regexp => "\\u0060",
            '\\' if table != JsTable::StrNorm => "\\\\",
            '$' if table == JsTable::TmplLit => "\\u0024",
            '{' if table == JsTable::TmplLit => "\\u007b",
            '}' if table == JsTable::TmplLit => "\\u007d",
            '$' if table == JsTable::Regexp => "\\$",
            '(' | ')' | '*' | '-' | '.' | '?' | '[' | ']' | '^' | '{' | '|' | '}' if table == JsTable::Regexp => {
                out.push('\\');
                out.push(c);
                continue;
            }
            c => {
                out.push(c);
                continue;
            }
        };
        out.push_str(rep);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(parts: &[Result<&str, Value>]) -> String {
        let mut t = Tracker::default();
        let mut out = String::new();
        for p in parts {
            match p {
                Ok(text) => t.text(&mut out, text).expect("the markup should escape"),
                Err(v) => t
                    .value(&mut out, v, None, &|s| s.contains("TRUSTED").then(|| s.replace("TRUSTED", "<b>a&lt;b</b>")))
                    .expect("the action should escape"),
            }
        }
        out
    }

    #[test]
    fn text_values_are_html_escaped_as_go_escapes_them() {
        assert_eq!(run(&[Ok("<p>"), Err(Value::from("<b>\"'&+")), Ok("</p>")]), "<p>&lt;b&gt;&#34;&#39;&amp;&#43;</p>");
        assert_eq!(run(&[Ok("<p>"), Err(Value::safe("<b>x</b>", Safe::Html))]), "<p><b>x</b>", "safe HTML should be written as it is");
        assert_eq!(run(&[Ok("a < b <"), Err(Value::from("x")), Ok(">")]), "a &lt; b &lt;x>", "a `<` that starts no tag should be escaped");
    }

    #[test]
    fn urls_are_filtered_at_the_start_and_escaped_by_part() {
        assert_eq!(run(&[Ok("<a href=\""), Err(Value::from("javascript:alert(1)")), Ok("\">")]), "<a href=\"#ZgotmplZ\">");
        assert_eq!(run(&[Ok("<a href=\""), Err(Value::from("/a b/é?x")), Ok("\">")]), "<a href=\"/a%20b/%c3%a9?x\">");
        assert_eq!(run(&[Ok("<a href=\"/s?q="), Err(Value::from("a b&c")), Ok("\">")]), "<a href=\"/s?q=a%20b%26c\">");
        assert_eq!(
            run(&[Ok("<a href=\"/tags/"), Err(Value::from("x:y")), Ok("\">")]),
            "<a href=\"/tags/x:y\">",
            "mid-path values should not be scheme-checked"
        );
        assert_eq!(run(&[Ok("<a title=\""), Err(Value::from("javascript:x")), Ok("\">")]), "<a title=\"javascript:x\">");
        assert_eq!(
            run(&[Ok("<a href=\"/s?u="), Err(Value::safe("https://x", Safe::Url)), Ok("\">")]),
            "<a href=\"/s?u=https://x\">",
            "a safe URL in a query should be normalized, not escaped"
        );
    }

    #[test]
    fn attribute_names_and_safe_attributes() {
        assert_eq!(
            run(&[Ok("<img"), Err(Value::safe(" alt=\"x\" src=\"/a.png\"", Safe::HtmlAttr)), Ok(">")]),
            "<img alt=\"x\" src=\"/a.png\">"
        );
        assert_eq!(run(&[Ok("<div "), Err(Value::from("onclick")), Ok("=x>")]), "<div ZgotmplZ=x>");
        assert_eq!(run(&[Ok("<div data-x-"), Err(Value::from("cite")), Ok("=x>")]), "<div data-x-ZgotmplZ=x>");
        assert_eq!(
            run(&[Ok("<div class="), Err(Value::from("a b")), Ok(">")]),
            "<div class=a&#32;b>",
            "an unquoted value should escape spaces"
        );
    }

    #[test]
    fn html_in_an_attribute_loses_its_tags() {
        assert_eq!(
            run(&[Ok("<p title=\""), Err(Value::safe("<b>bold</b> &amp; more", Safe::Html)), Ok("\">")]),
            "<p title=\"bold &amp; more\">"
        );
    }

    #[test]
    fn trusted_html_is_kept_as_its_stand_in_only_where_it_is_written_as_html() {
        let trusted = || Value::safe("TRUSTED", Safe::Html);
        assert_eq!(run(&[Ok("<p>"), Err(trusted())]), "<p>TRUSTED", "as HTML text, the stand-in should stay for the host to put back");
        assert_eq!(
            run(&[Ok("<p title=\""), Err(trusted()), Ok("\" data-x="), Err(trusted()), Ok(">")]),
            "<p title=\"a&lt;b\" data-x=a&lt;b>",
            "in an attribute, the trusted HTML itself should lose its tags"
        );
        assert_eq!(
            run(&[Ok("<a href=\""), Err(trusted()), Ok("\">")]),
            "<a href=\"%3cb%3ea&amp;lt;b%3c/b%3e\">",
            "in a URL it should be escaped"
        );
        assert_eq!(run(&[Ok("<textarea>"), Err(trusted())]), "<textarea>&lt;b&gt;a&lt;b&lt;/b&gt;", "in RCDATA its tags should be escaped");
        assert_eq!(
            run(&[Ok("<p>"), Err(Value::from("TRUSTED"))]),
            "<p>&lt;b&gt;a&amp;lt;b&lt;/b&gt;",
            "as a plain string it should be escaped"
        );
    }

    #[test]
    fn comments_in_template_text_are_dropped_and_actions_in_them_print_nothing() {
        assert_eq!(run(&[Ok("a<!-- x "), Err(Value::from("y")), Ok(" -->b")]), "ab");
    }

    #[test]
    fn scripts_get_js_literals() {
        assert_eq!(
            run(&[Ok("<script>var x = "), Err(Value::from("</script>")), Ok(";</script>")]),
            "<script>var x = \"\\u003c/script\\u003e\";</script>"
        );
        assert_eq!(
            run(&[Ok("<script>var x = 'a"), Err(Value::from("'")), Ok("';</script><p>"), Err(Value::from("<"))]),
            "<script>var x = 'a\\u0027';</script><p>&lt;"
        );
        assert_eq!(run(&[Ok("<script>var n = "), Err(Value::Int(42)), Ok(";</script>")]), "<script>var n =  42 ;</script>");
    }

    #[test]
    fn styles_filter_values_and_escape_strings_and_urls() {
        assert_eq!(
            run(&[Ok("<p style=\"background: url("), Err(Value::from("javascript:x")), Ok(")\">")]),
            "<p style=\"background: url(#ZgotmplZ)\">"
        );
        assert_eq!(
            run(&[Ok("<style>q { content: \""), Err(Value::from("</style>")), Ok("\"; }</style>")]),
            "<style>q { content: \"\\3c\\2fstyle\\3e \"; }</style>"
        );
    }
}
