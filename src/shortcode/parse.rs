//! From lexer items to a tree of shortcode calls, reporting every problem and
//! recovering from it, where Hugo stops at the first.

use super::lexer::{Item, Kind, Lexer};
use crate::diagnostic::Diagnostic;
use crate::span::Span;
use serde_json::Value;
use std::ops::Range;

/// Arguments: positional or named, never both (Hugo's rule).
#[derive(Debug, Clone, PartialEq, Default)]
pub enum Params {
    /// No arguments.
    #[default]
    None,
    /// `{{< name a b >}}`
    Positional(Vec<Arg>),
    /// `{{< name k=v >}}`, in source order.
    Named(Vec<(String, Arg)>),
}

/// One argument value, typed as Hugo types it.
#[derive(Debug, Clone, PartialEq)]
pub struct Arg {
    /// `true`/`false` and numbers when unquoted; a string otherwise.
    pub value: Value,
    /// Where the value is in the body.
    pub span: Range<usize>,
}

impl Params {
    /// The positional argument `i`.
    pub fn at(&self, i: usize) -> Option<&Arg> {
        match self {
            Params::Positional(args) => args.get(i),
            _ => None,
        }
    }

    /// The named argument `name`.
    pub fn named(&self, name: &str) -> Option<&Arg> {
        match self {
            Params::Named(args) => args.iter().find(|(k, _)| k == name).map(|(_, a)| a),
            _ => None,
        }
    }
}

/// A shortcode call.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    /// The name (`youtube`, `docs/note`).
    pub name: String,
    /// `{{% %}}`: the output is Markdown, rendered with the page.
    pub markup: bool,
    /// Arguments.
    pub params: Params,
    /// From `{{<` to `>}}` of the opening tag.
    pub open: Range<usize>,
    /// The whole call, closing tag included.
    pub span: Range<usize>,
    /// For a paired call: the inner content's range and nodes.
    pub inner: Option<(Range<usize>, Vec<Piece>)>,
    /// Position among its siblings' calls (Hugo's `.Ordinal`).
    pub ordinal: usize,
    /// Spaces or tabs before the call at the start of its line.
    pub indentation: String,
}

/// A piece of the body.
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    /// Text, as written.
    Text(Range<usize>),
    /// Text that differs from the source (an escaped `{{</* */>}}` call).
    Literal(String, Range<usize>),
    /// A shortcode call.
    Call(Box<Call>),
    /// A call that could not be read: shown as its source, with a diagnostic.
    Broken {
        /// The source of the call.
        span: Range<usize>,
        /// The diagnostic's message.
        message: String,
    },
}

/// What the parser needs to know about a shortcode name.
pub trait Registry {
    /// Whether the shortcode reads its inner content (and so must be closed).
    /// `None` for a name that is not defined.
    fn takes_inner(&self, name: &str) -> Option<bool>;
}

struct Parser<'a, 'r> {
    body: &'a str,
    /// Where each name's last closing tag (`{{< /name >}}`, `{{% /name %}}`) starts, found once.
    last_close: std::collections::HashMap<String, usize>,
    lexer: Lexer<'a>,
    peeked: Vec<Item>,
    registry: &'r dyn Registry,
    diagnostics: Vec<Diagnostic>,
    /// How many calls enclose the one being read.
    depth: usize,
}

use crate::limits::MAX_SHORTCODE_DEPTH as MAX_DEPTH;

/// Parses the shortcodes of `body`.
pub fn parse(body: &str, registry: &dyn Registry) -> (Vec<Piece>, Vec<Diagnostic>) {
    let mut p = Parser {
        body,
        last_close: last_closes(body),
        lexer: Lexer::new(body),
        peeked: Vec::new(),
        registry,
        diagnostics: Vec::new(),
        depth: 0,
    };
    let mut nodes = Vec::new();
    p.nodes(&mut nodes, None);
    (nodes, p.diagnostics)
}

/// What ended a list of nodes.
enum End {
    Eof,
    /// A closing tag `{{< /name >}}`: its name and span.
    Close(Range<usize>),
}

/// The start of the last closing tag of each shortcode name in `body`
/// (`{{< /name >}}` or `{{% /name %}}`, exactly so spaced), in one pass.
fn last_closes(body: &str) -> std::collections::HashMap<String, usize> {
    let mut out = std::collections::HashMap::new();
    for at in crate::search::find_iter(body, "{{") {
        let rest = &body[at + 2..];
        let (open, close) = match rest.as_bytes().first() {
            Some(b'<') => ("< /", " >}}"),
            Some(b'%') => ("% /", " %}}"),
            _ => continue,
        };
        let Some(after) = rest.strip_prefix(open) else { continue };
        let Some(end) = after.find(close) else { continue };
        let name = &after[..end];
        if !name.is_empty() && !name.contains(char::is_whitespace) {
            out.insert(name.to_owned(), at);
        }
    }
    out
}

impl Parser<'_, '_> {
    /// Whether a closing tag for `name` comes after byte `at`.
    fn closes_after(&self, name: &str, at: usize) -> bool {
        self.last_close.get(name).is_some_and(|&last| last >= at)
    }

    fn next(&mut self) -> Option<Item> {
        if let Some(i) = self.peeked.pop() {
            return Some(i);
        }
        self.lexer.next_item()
    }

    fn push_back(&mut self, item: Item) {
        self.peeked.push(item);
    }

    /// Reads nodes until the end or a closing tag.
    fn nodes(&mut self, out: &mut Vec<Piece>, closing: Option<&str>) -> End {
        let mut ordinal = 0;
        let mut indentation = String::new();
        loop {
            let Some(item) = self.next() else { return End::Eof };
            match item.kind {
                Kind::Eof => return End::Eof,
                Kind::Text => {
                    indentation.clear();
                    out.push(if self.body.get(item.span.clone()) == Some(item.value.as_str()) {
                        Piece::Text(item.span)
                    } else {
                        Piece::Literal(item.value, item.span)
                    });
                }
                Kind::Indentation => {
                    indentation = item.value.clone();
                    out.push(Piece::Text(item.span));
                }
                Kind::LeftMarkup | Kind::LeftNoMarkup => match self.call(item, closing) {
                    Parsed::Call(mut call, trailing) => {
                        call.ordinal = ordinal;
                        call.indentation = std::mem::take(&mut indentation);
                        ordinal += 1;
                        out.push(Piece::Call(call));
                        out.extend(trailing);
                    }
                    Parsed::Broken(node) => out.push(node),
                    Parsed::Close(span) => return End::Close(span),
                },
                Kind::Error => {
                    let node = self.recover(item.span.start, &item, item.span.start);
                    out.push(node);
                }
                _ => {
                    // Items outside a shortcode other than these do not occur.
                    out.push(Piece::Text(item.span));
                }
            }
        }
    }

    /// Reports a lexer error and skips the broken call (from `start`) up to its
    /// closing delimiter, or shows just its `{{<` when there is none.
    fn recover(&mut self, start: usize, error: &Item, after: usize) -> Piece {
        let span = self.skip_broken(start, error, after);
        let (code, message) = classify(&error.value);
        self.diagnostics.push(Diagnostic::error(code, message.clone(), Span::new(span.start, span.end)));
        Piece::Broken { span, message }
    }

    /// Reads past the content and closing tag of a paired call named `name`
    /// whose opening tag was just read, without descending into the calls
    /// inside (only `name`'s own openers and closers are counted); where it
    /// ends. Broken calls inside are passed over as [`Parser::recover`] passes
    /// them, without a report.
    fn skip_call(&mut self, name: &str) -> usize {
        let mut open = 1usize;
        loop {
            let Some(item) = self.next() else { return self.body.len() };
            let start = item.span.start;
            match item.kind {
                Kind::Eof => return self.body.len(),
                Kind::LeftMarkup | Kind::LeftNoMarkup => {
                    let (mut called, mut closing, mut self_closing) = (None, false, false);
                    let end = loop {
                        let Some(item) = self.next() else { return self.body.len() };
                        match item.kind {
                            Kind::Eof => return self.body.len(),
                            Kind::Name | Kind::NameInline => called = Some(item.value),
                            Kind::Close if called.is_none() => closing = true,
                            Kind::Close => self_closing = true,
                            Kind::RightMarkup | Kind::RightNoMarkup => break Some(item.span.end),
                            Kind::Error => {
                                self.skip_broken(start, &item, item.span.start);
                                break None;
                            }
                            _ => {}
                        }
                    };
                    match (end, called.as_deref() == Some(name)) {
                        (Some(end), true) if closing => {
                            open -= 1;
                            if open == 0 {
                                return end;
                            }
                        }
                        (Some(_), true) if !self_closing => open += 1,
                        _ => {}
                    }
                }
                Kind::Error => {
                    self.skip_broken(start, &item, start);
                }
                _ => {}
            }
        }
    }

    /// Skips the broken call at `start` (see [`Parser::recover`]); its span.
    fn skip_broken(&mut self, start: usize, error: &Item, after: usize) -> Range<usize> {
        let markup = self.body[start..].starts_with("{{%");
        let right = if markup { "%}}" } else { ">}}" };
        let from = after.max(error.span.end.min(self.body.len())).max(start);
        // A call that runs into the next `{{` lost its delimiter: its close is
        // looked for only before that (which also keeps a flood of `{{<` linear).
        let next_open = self.body[start + 3.min(self.body.len() - start)..].find("{{").map(|i| start + 3 + i);
        let limit = next_open.unwrap_or(self.body.len()).max(from);
        let end = self.body[from..limit].find(right).map(|i| from + i + 3).filter(|f| next_open.is_none_or(|n| *f <= n));
        let end = end.unwrap_or((start + 3).min(self.body.len()));
        self.lexer.resume(end);
        self.peeked.clear();
        start..end
    }

    fn call(&mut self, left: Item, closing: Option<&str>) -> Parsed {
        let start = left.span.start;
        let markup = left.kind == Kind::LeftMarkup;
        let mut name: Option<(String, Range<usize>, bool)> = None;
        let mut is_close = false;
        let mut self_closing = false;
        let mut positional: Vec<Arg> = Vec::new();
        let mut named: Vec<(String, Arg)> = Vec::new();
        let open_end;
        loop {
            let Some(item) = self.next() else {
                return Parsed::Broken(Piece::Broken { span: start..self.body.len(), message: "unclosed shortcode".into() });
            };
            match item.kind {
                Kind::Name | Kind::NameInline => name = Some((item.value.clone(), item.span.clone(), item.kind == Kind::NameInline)),
                Kind::Close => {
                    if name.is_none() {
                        is_close = true;
                    } else {
                        self_closing = true;
                    }
                }
                Kind::Param => {
                    let value = self.next();
                    match value {
                        Some(v) if v.kind == Kind::ParamValue => {
                            named.push((item.value.clone(), Arg { value: typed(&v), span: arg_span(self.body, &v) }));
                        }
                        other => {
                            if let Some(o) = other {
                                self.push_back(o);
                            }
                            positional.push(Arg { value: typed(&item), span: arg_span(self.body, &item) });
                        }
                    }
                }
                Kind::RightMarkup | Kind::RightNoMarkup => {
                    open_end = item.span.end;
                    break;
                }
                Kind::Error => return Parsed::Broken(self.recover(start, &item, item.span.start)),
                _ => {}
            }
        }
        let Some((name, _name_span, inline)) = name else {
            let span = start..open_end;
            self.diagnostics.push(Diagnostic::error(
                "shortcode/missing-name",
                "this shortcode has no name",
                Span::new(span.start, span.end),
            ));
            return Parsed::Broken(Piece::Broken { span, message: "shortcode has no name".into() });
        };
        if is_close {
            if closing == Some(name.as_str()) {
                return Parsed::Close(start..open_end);
            }
            let span = start..open_end;
            let message = match closing {
                Some(open) => format!("closing tag `{{{{< /{name} >}}}}` does not match the open `{open}` shortcode"),
                None => format!("closing tag for shortcode `{name}`, but none is open"),
            };
            self.diagnostics.push(Diagnostic::error("shortcode/mismatched-close", message.clone(), Span::new(span.start, span.end)));
            return Parsed::Broken(Piece::Broken { span, message });
        }
        let params = if !named.is_empty() {
            Params::Named(named)
        } else if !positional.is_empty() {
            Params::Positional(positional)
        } else {
            Params::None
        };
        let mut call = Box::new(Call {
            name: name.clone(),
            markup,
            params,
            open: start..open_end,
            span: start..open_end,
            inner: None,
            ordinal: 0,
            indentation: String::new(),
        });
        if self_closing {
            // Hugo fails the build for a closing tag (`/>}}` too) of a shortcode that never reads `.Inner`.
            if !inline && self.registry.takes_inner(&name) == Some(false) {
                self.diagnostics.push(
                    Diagnostic::error(
                        "shortcode/closed-without-inner",
                        format!("shortcode `{name}` does not evaluate .Inner or .InnerDeindent, yet a closing tag was provided"),
                        Span::new(start, open_end),
                    )
                    .with_suggestion(format!("write the call as `{{{{< {name} … >}}}}`")),
                );
            }
            return Parsed::Call(call, Vec::new());
        }
        let takes_inner = if inline {
            Some(true)
        } else {
            match self.registry.takes_inner(&name) {
                Some(t) => Some(t),
                // Unknown: paired if a closing tag for it follows.
                None => Some(self.closes_after(&name, open_end)),
            }
        };
        if takes_inner != Some(true) {
            return Parsed::Call(call, Vec::new());
        }
        if self.depth >= MAX_DEPTH {
            // The whole call, its content and its closing tag are one node shown
            // as written: one problem, not one per call inside and per closing
            // tag left without its opener (a 200 KB post of 5,000 nested calls
            // became 9,800 error spans, 1.5 MB of HTML).
            let span = start..self.skip_call(&name);
            let message = format!("shortcodes nest more than {MAX_DEPTH} deep here: this call and its content are shown as written");
            self.diagnostics.push(Diagnostic::error("shortcode/too-deep", message.clone(), Span::new(start, open_end)));
            return Parsed::Broken(Piece::Broken { span, message });
        }
        let mut inner = Vec::new();
        self.depth += 1;
        let end = self.nodes(&mut inner, Some(&name));
        self.depth -= 1;
        match end {
            End::Close(close) => {
                call.inner = Some((open_end..close.start, inner));
                call.span = start..close.end;
                Parsed::Call(call, Vec::new())
            }
            End::Eof => {
                self.diagnostics.push(
                    Diagnostic::error(
                        "shortcode/unclosed",
                        format!("shortcode `{name}` takes inner content and must be closed with `{{{{< /{name} >}}}}` or self-closed with `/>}}}}`"),
                        Span::new(start, open_end),
                    )
                    .with_suggestion(format!("add `{{{{< /{name} >}}}}` after its content")),
                );
                // The content after it renders as if the call were self-closed.
                Parsed::Call(call, inner)
            }
        }
    }
}

enum Parsed {
    Call(Box<Call>, Vec<Piece>),
    Broken(Piece),
    Close(Range<usize>),
}

/// The span of an argument: a quoted value with its quotes.
fn arg_span(body: &str, item: &Item) -> Range<usize> {
    let before = item.span.start.checked_sub(1).and_then(|i| body.as_bytes().get(i));
    if item.quoted && matches!(before, Some(b'"' | b'`')) {
        let end = (item.span.end + 1).min(body.len());
        item.span.start - 1..end
    } else {
        item.span.clone()
    }
}

/// Hugo's typing of argument values: quoted stays a string; unquoted
/// `true`/`false`, integers and decimals become booleans and numbers.
fn typed(item: &Item) -> Value {
    let s = item.value.as_str();
    if item.quoted {
        return Value::String(s.to_owned());
    }
    if s == "true" || s == "false" {
        return Value::Bool(s == "true");
    }
    let digits = s.strip_prefix(['-', '+']).unwrap_or(s);
    if !digits.is_empty() && digits.bytes().all(|b| b.is_ascii_digit()) {
        if let Ok(n) = s.trim_start_matches('+').parse::<i64>() {
            return Value::Number(n.into());
        }
    }
    if let Some((int, frac)) = digits.split_once('.') {
        if int.bytes().all(|b| b.is_ascii_digit()) && !frac.is_empty() && frac.bytes().all(|b| b.is_ascii_digit()) {
            if let Some(n) = crate::float::parse(s.trim_start_matches('+')).and_then(serde_json::Number::from_f64) {
                return Value::Number(n);
            }
        }
    }
    Value::String(s.to_owned())
}

/// A diagnostic code and message for one of the lexer's (Hugo's) error messages.
fn classify(message: &str) -> (&'static str, String) {
    let code = if message.contains("Cannot mix named and positional") {
        "shortcode/mixed-arguments"
    } else if message.starts_with("unterminated") {
        "shortcode/unterminated-string"
    } else if message.starts_with("unrecognized character") {
        "shortcode/invalid-argument"
    } else if message.starts_with("unrecognized escape") {
        "shortcode/invalid-escape"
    } else if message.starts_with("closing tag") || message.starts_with("got closing shortcode") {
        "shortcode/mismatched-close"
    } else if message.starts_with("comment must be closed") {
        "shortcode/unclosed-comment"
    } else if message.contains("inline") || message.starts_with("period") {
        "shortcode/invalid-name"
    } else {
        "shortcode/unclosed"
    };
    (code, message.to_owned())
}
