//! Contextual escaping, as Go's `html/template` does it: where an action's
//! value lands — text, an attribute name or value, a URL, a script, a style,
//! a comment — decides how it is escaped. A [`Tracker`] follows the template's
//! own text through a small HTML state machine (Go's `transition` functions,
//! for the states templates reach), so each action knows its context; values
//! never change the context, as in Go. Comments in template text are dropped,
//! as `html/template` drops them.

use super::value::{Safe, Value};

/// Where the next byte of output lands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum State {
    /// Between tags.
    Text,
    /// Inside `<name`, before the name ends.
    TagName,
    /// Inside a start tag, where attribute names go.
    Tag,
    /// Inside an attribute name.
    AttrName,
    /// After an attribute name, before `=` or the next name.
    AfterName,
    /// After `=`, before the value.
    BeforeValue,
    /// Inside an attribute value.
    Attr,
    /// Inside `<!-- … -->` in template text.
    Comment,
    /// Inside `<script>` (and its strings).
    Script,
    /// Inside `<style>`.
    Style,
    /// Inside `<textarea>` or `<title>`: text that is not markup.
    Rcdata,
    /// Inside an end tag `</…>`.
    EndTag,
}

/// The kind of content an attribute holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum AttrKind {
    Plain,
    Url,
    Script,
    Style,
    Srcset,
}

/// The kind of element whose content is special.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Element {
    None,
    Script,
    Style,
    Textarea,
    Title,
}

/// Which part of a URL attribute value has been written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum UrlPart {
    /// Nothing yet: a value here is the whole URL, and its scheme is checked.
    None,
    /// Inside the path.
    PreQuery,
    /// After `?` or `#`.
    QueryOrFragment,
}

/// The escaping context of a template's output, followed through its text.
#[derive(Debug, Clone)]
pub struct Tracker {
    state: State,
    element: Element,
    /// The current tag's name so far (lowercase).
    tag: String,
    /// The current attribute's name (lowercase).
    attr_name: String,
    attr: AttrKind,
    /// The attribute value's quote (`"` or `'`), or 0 for an unquoted value.
    quote: u8,
    url: UrlPart,
    /// Inside a JS string in a script (its quote), or 0.
    js_quote: u8,
    /// A `\` before the next script byte.
    js_escape: bool,
}

impl Default for Tracker {
    fn default() -> Tracker {
        Tracker {
            state: State::Text,
            element: Element::None,
            tag: String::new(),
            attr_name: String::new(),
            attr: AttrKind::Plain,
            quote: 0,
            url: UrlPart::None,
            js_quote: 0,
            js_escape: false,
        }
    }
}

/// Go's `attrType`: what an attribute's value is, by its name.
fn attr_kind(name: &str) -> AttrKind {
    let name = name.strip_prefix("data-").unwrap_or(name);
    let name = match name.split_once(':') {
        Some(("xmlns", _)) => return AttrKind::Url,
        Some((_, local)) => local,
        None => name,
    };
    match name {
        "action" | "archive" | "background" | "cite" | "classid" | "codebase" | "data" | "formaction" | "href" | "icon" | "longdesc"
        | "manifest" | "poster" | "profile" | "src" | "usemap" | "xmlns" => AttrKind::Url,
        "srcset" => AttrKind::Srcset,
        "style" => AttrKind::Style,
        n if n.starts_with("on") => AttrKind::Script,
        n if n.contains("src") || n.contains("uri") || n.contains("url") => AttrKind::Url,
        _ => AttrKind::Plain,
    }
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

impl Tracker {
    /// Appends template text to `out`, following the context; comments in
    /// text are left out, as `html/template` leaves them out.
    pub fn text(&mut self, out: &mut String, text: &str) {
        let b = text.as_bytes();
        let mut i = 0;
        let mut emitted = 0;
        while i < b.len() {
            let c = b[i];
            match self.state {
                State::Text => {
                    if c == b'<' {
                        if text[i..].starts_with("<!--") {
                            out.push_str(&text[emitted..i]);
                            self.state = State::Comment;
                            i += 4;
                            emitted = i;
                            continue;
                        }
                        match b.get(i + 1) {
                            Some(n) if n.is_ascii_alphabetic() => {
                                self.state = State::TagName;
                                self.tag.clear();
                            }
                            Some(b'/') => self.state = State::EndTag,
                            _ => {}
                        }
                    }
                }
                State::Comment => {
                    if text[i..].starts_with("-->") {
                        self.state = State::Text;
                        i += 3;
                        emitted = i;
                        continue;
                    }
                    i += 1;
                    emitted = i;
                    continue;
                }
                State::EndTag => {
                    if c == b'>' {
                        self.state = State::Text;
                    }
                }
                State::TagName => {
                    if c.is_ascii_alphanumeric() || c == b'-' || c == b':' {
                        self.tag.push(c.to_ascii_lowercase() as char);
                    } else {
                        self.state = State::Tag;
                        continue;
                    }
                }
                State::Tag => {
                    if c == b'>' {
                        self.close_start_tag();
                    } else if c == b'/' && b.get(i + 1) == Some(&b'>') {
                        i += 2;
                        self.state = State::Text;
                        continue;
                    } else if !is_space(c) {
                        self.state = State::AttrName;
                        self.attr_name.clear();
                        continue;
                    }
                }
                State::AttrName => {
                    if c == b'=' {
                        self.attr = attr_kind(&self.attr_name);
                        self.state = State::BeforeValue;
                    } else if is_space(c) {
                        self.state = State::AfterName;
                    } else if c == b'>' || c == b'/' {
                        self.state = State::Tag;
                        continue;
                    } else {
                        self.attr_name.push(c.to_ascii_lowercase() as char);
                    }
                }
                State::AfterName => {
                    if c == b'=' {
                        self.attr = attr_kind(&self.attr_name);
                        self.state = State::BeforeValue;
                    } else if !is_space(c) {
                        self.state = State::Tag;
                        continue;
                    }
                }
                State::BeforeValue => {
                    if c == b'"' || c == b'\'' {
                        self.start_value(c);
                    } else if c == b'>' {
                        self.close_start_tag();
                    } else if !is_space(c) {
                        self.start_value(0);
                        continue;
                    }
                }
                State::Attr => {
                    let ends = if self.quote == 0 { is_space(c) || c == b'>' } else { c == self.quote };
                    if ends {
                        self.state = State::Tag;
                        if self.quote == 0 {
                            continue;
                        }
                    } else if self.attr == AttrKind::Url {
                        self.url = match (self.url, c) {
                            (UrlPart::QueryOrFragment, _) | (_, b'?' | b'#') => UrlPart::QueryOrFragment,
                            _ => UrlPart::PreQuery,
                        };
                    }
                }
                State::Script | State::Style | State::Rcdata => {
                    let end = match self.element {
                        Element::Script => "</script",
                        Element::Style => "</style",
                        Element::Textarea => "</textarea",
                        Element::Title => "</title",
                        Element::None => "</",
                    };
                    if self.state == State::Script && self.js_quote != 0 {
                        if self.js_escape {
                            self.js_escape = false;
                        } else if c == b'\\' {
                            self.js_escape = true;
                        } else if c == self.js_quote {
                            self.js_quote = 0;
                        }
                    } else if c == b'<' && text.len() >= i + end.len() && text[i..i + end.len()].eq_ignore_ascii_case(end) {
                        self.state = State::EndTag;
                        self.element = Element::None;
                    } else if self.state == State::Script && matches!(c, b'"' | b'\'' | b'`') {
                        self.js_quote = c;
                    }
                }
            }
            i += 1;
        }
        if self.state != State::Comment {
            out.push_str(&text[emitted..]);
        }
    }

    fn start_value(&mut self, quote: u8) {
        self.state = State::Attr;
        self.quote = quote;
        self.url = UrlPart::None;
    }

    fn close_start_tag(&mut self) {
        self.element = match self.tag.as_str() {
            "script" => Element::Script,
            "style" => Element::Style,
            "textarea" => Element::Textarea,
            "title" => Element::Title,
            _ => Element::None,
        };
        self.state = match self.element {
            Element::Script => State::Script,
            Element::Style => State::Style,
            Element::Textarea | Element::Title => State::Rcdata,
            Element::None => State::Text,
        };
        self.js_quote = 0;
    }

    /// Writes the value of an action, escaped for the current context.
    pub fn value(&mut self, out: &mut String, v: &Value) {
        let safe = match v {
            Value::Safe(_, kind) => Some(*kind),
            _ => None,
        };
        match self.state {
            State::Text => match safe {
                Some(Safe::Html) => out.push_str(v.as_str().unwrap_or("")),
                _ => html_escape(out, &v.text()),
            },
            State::Rcdata => html_escape(out, &v.text()),
            State::Comment => {}
            State::EndTag => html_escape(out, &v.text()),
            State::TagName | State::Tag | State::AttrName | State::AfterName => {
                self.state = State::Tag;
                let text = v.text();
                if safe == Some(Safe::HtmlAttr) {
                    out.push_str(&text);
                } else {
                    // Go's htmlNameFilter: a plain attribute name, never one that runs or styles.
                    let lower = text.to_ascii_lowercase();
                    if !lower.is_empty() && lower.bytes().all(|b| b.is_ascii_alphanumeric()) && attr_kind(&lower) == AttrKind::Plain {
                        out.push_str(&lower);
                    } else {
                        out.push_str("ZgotmplZ");
                    }
                }
            }
            State::BeforeValue => {
                // An unquoted value starts here.
                self.start_value(0);
                self.value(out, v);
            }
            State::Attr => {
                let text = v.text();
                let mut value = String::new();
                match self.attr {
                    AttrKind::Url => match self.url {
                        UrlPart::None => {
                            if safe == Some(Safe::Url) || is_safe_url(&text) {
                                url_process(&mut value, &text, true);
                            } else {
                                value.push_str("#ZgotmplZ");
                            }
                        }
                        UrlPart::PreQuery => url_process(&mut value, &text, true),
                        UrlPart::QueryOrFragment => url_process(&mut value, &text, false),
                    },
                    AttrKind::Script => js_value(&mut value, v),
                    AttrKind::Style => css_value(&mut value, &text, safe),
                    AttrKind::Srcset => {
                        if safe == Some(Safe::Srcset) {
                            value.push_str(&text);
                        } else {
                            srcset(&mut value, &text);
                        }
                    }
                    AttrKind::Plain => value = text,
                }
                if self.attr == AttrKind::Url && !value.is_empty() && self.url == UrlPart::None {
                    self.url = if value.contains(['?', '#']) { UrlPart::QueryOrFragment } else { UrlPart::PreQuery };
                }
                if self.quote == 0 {
                    html_nospace_escape(out, &value);
                } else {
                    html_escape(out, &value);
                }
            }
            State::Script => {
                if self.js_quote != 0 {
                    js_string_escape(out, &v.text());
                } else if safe == Some(Safe::Js) {
                    out.push_str(v.as_str().unwrap_or(""));
                } else {
                    js_value(out, v);
                }
            }
            State::Style => css_value(out, &v.text(), safe),
        }
    }
}

/// Go's `isSafeURL`: a scheme, if any, must be http, https or mailto.
fn is_safe_url(s: &str) -> bool {
    match s.split_once(':') {
        Some((scheme, _)) if !scheme.contains('/') => {
            scheme.eq_ignore_ascii_case("http") || scheme.eq_ignore_ascii_case("https") || scheme.eq_ignore_ascii_case("mailto")
        }
        _ => true,
    }
}

/// Go's `htmlEscaper`: `&`, `<`, `>`, quotes and `+` as references, NUL as U+FFFD.
pub fn html_escape(out: &mut String, s: &str) {
    let mut last = 0;
    for (i, c) in s.bytes().enumerate() {
        let rep = match c {
            0 => "\u{FFFD}",
            b'"' => "&#34;",
            b'&' => "&amp;",
            b'\'' => "&#39;",
            b'+' => "&#43;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
}

/// Go's `htmlNospaceEscaper`, for unquoted attribute values.
fn html_nospace_escape(out: &mut String, s: &str) {
    if s.is_empty() {
        out.push_str("ZgotmplZ");
        return;
    }
    let mut last = 0;
    for (i, c) in s.bytes().enumerate() {
        let rep = match c {
            0 => "&#xfffd;",
            b'\t' => "&#9;",
            b'\n' => "&#10;",
            b'\x0b' => "&#11;",
            b'\x0c' => "&#12;",
            b'\r' => "&#13;",
            b' ' => "&#32;",
            b'"' => "&#34;",
            b'&' => "&amp;",
            b'\'' => "&#39;",
            b'+' => "&#43;",
            b'<' => "&lt;",
            b'=' => "&#61;",
            b'>' => "&gt;",
            b'`' => "&#96;",
            _ => continue,
        };
        out.push_str(&s[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&s[last..]);
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

/// Go's `jsValEscaper` for the values templates print: strings and numbers as
/// JS literals, lists and maps as JSON, nil as `null`.
fn js_value(out: &mut String, v: &Value) {
    match v {
        Value::Safe(s, Safe::Js) => out.push_str(s),
        Value::Nil => out.push_str(" null "),
        Value::String(s) | Value::Safe(s, _) => {
            out.push('"');
            js_string_escape(out, s);
            out.push('"');
        }
        other => {
            let json = serde_json::to_string(&super::value::to_json(other)).unwrap_or_default();
            // Go pads with spaces so that the value cannot join the tokens around it.
            out.push(' ');
            out.push_str(&json.replace('<', "\\u003c").replace('>', "\\u003e").replace('&', "\\u0026"));
            out.push(' ');
        }
    }
}

/// Go's `jsStrEscaper`: what may not appear raw inside a JS string.
fn js_string_escape(out: &mut String, s: &str) {
    for c in s.chars() {
        match c {
            '\0' => out.push_str("\\u0000"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\x0b' => out.push_str("\\u000b"),
            '\x0c' => out.push_str("\\f"),
            '\r' => out.push_str("\\r"),
            '"' => out.push_str("\\u0022"),
            '`' => out.push_str("\\u0060"),
            '&' => out.push_str("\\u0026"),
            '\'' => out.push_str("\\u0027"),
            '+' => out.push_str("\\u002b"),
            '/' => out.push_str("\\/"),
            '<' => out.push_str("\\u003c"),
            '>' => out.push_str("\\u003e"),
            '\\' => out.push_str("\\\\"),
            '\u{2028}' => out.push_str("\\u2028"),
            '\u{2029}' => out.push_str("\\u2029"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
}

/// Go's `cssValueFilter`: a value that could escape its declaration becomes `ZgotmplZ`.
fn css_value(out: &mut String, s: &str, safe: Option<Safe>) {
    if safe == Some(Safe::Css) {
        out.push_str(s);
        return;
    }
    let lower = s.to_ascii_lowercase();
    let bad = s
        .bytes()
        .any(|b| matches!(b, 0 | b'"' | b'\'' | b'(' | b')' | b'/' | b';' | b'@' | b'[' | b'\\' | b']' | b'`' | b'{' | b'}' | b'<' | b'>'))
        || lower.contains("expression")
        || lower.contains("mozbinding")
        || (s.starts_with('-') && s.get(1..2) == Some("-"));
    if bad {
        out.push_str("ZgotmplZ");
    } else {
        out.push_str(s);
    }
}

/// Go's `srcsetFilterAndEscaper` for a plain string: each URL checked and normalized.
fn srcset(out: &mut String, s: &str) {
    for (n, candidate) in s.split(',').enumerate() {
        if n > 0 {
            out.push(',');
        }
        let trimmed = candidate.trim_start();
        let lead = &candidate[..candidate.len() - trimmed.len()];
        let (url, descriptor) = trimmed.split_once(|c: char| c.is_ascii_whitespace()).unwrap_or((trimmed, ""));
        out.push_str(lead);
        if is_safe_url(url) {
            url_process(out, url, true);
        } else {
            out.push_str("#ZgotmplZ");
        }
        if !descriptor.is_empty() || trimmed.len() > url.len() {
            out.push_str(&trimmed[url.len()..]);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(parts: &[Result<&str, Value>]) -> String {
        let mut t = Tracker::default();
        let mut out = String::new();
        for p in parts {
            match p {
                Ok(text) => t.text(&mut out, text),
                Err(v) => t.value(&mut out, v),
            }
        }
        out
    }

    #[test]
    fn text_values_are_html_escaped_as_go_escapes_them() {
        assert_eq!(run(&[Ok("<p>"), Err(Value::from("<b>\"'&+")), Ok("</p>")]), "<p>&lt;b&gt;&#34;&#39;&amp;&#43;</p>");
        assert_eq!(run(&[Ok("<p>"), Err(Value::safe("<b>x</b>", Safe::Html))]), "<p><b>x</b>", "safe HTML should be written as it is");
    }

    #[test]
    fn urls_are_filtered_at_the_start_and_escaped_by_part() {
        assert_eq!(run(&[Ok("<a href=\""), Err(Value::from("javascript:alert(1)")), Ok("\">")]), "<a href=\"#ZgotmplZ\">");
        assert_eq!(run(&[Ok("<a href=\""), Err(Value::from("/a b/é?x")), Ok("\">")]), "<a href=\"/a%20b/%c3%a9?x\">");
        assert_eq!(run(&[Ok("<a href=\"/s?q="), Err(Value::from("a b&c")), Ok("\">")]), "<a href=\"/s?q=a%20b%26c\">");
        assert_eq!(
            run(&[Ok("<a href=\"/tags/"), Err(Value::from("x:y")), Ok("\">")]),
            "<a href=\"/tags/x:y\">",
            "mid-path values are not scheme-checked"
        );
        assert_eq!(run(&[Ok("<a title=\""), Err(Value::from("javascript:x")), Ok("\">")]), "<a title=\"javascript:x\">");
    }

    #[test]
    fn attribute_names_and_safe_attributes() {
        assert_eq!(
            run(&[Ok("<img"), Err(Value::safe(" alt=\"x\" src=\"/a.png\"", Safe::HtmlAttr)), Ok(">")]),
            "<img alt=\"x\" src=\"/a.png\">"
        );
        assert_eq!(run(&[Ok("<div "), Err(Value::from("onclick")), Ok("=x>")]), "<div ZgotmplZ=x>");
        assert_eq!(run(&[Ok("<div class="), Err(Value::from("a b")), Ok(">")]), "<div class=a&#32;b>", "an unquoted value escapes spaces");
    }

    #[test]
    fn comments_in_template_text_are_dropped_and_actions_in_them_print_nothing() {
        assert_eq!(run(&[Ok("a<!-- x "), Err(Value::from("y")), Ok(" -->b")]), "ab");
    }

    #[test]
    fn scripts_get_js_literals() {
        assert_eq!(
            run(&[Ok("<script>var x = "), Err(Value::from("</script>")), Ok(";</script>")]),
            "<script>var x = \"\\u003c\\/script\\u003e\";</script>"
        );
        assert_eq!(
            run(&[Ok("<script>var x = 'a"), Err(Value::from("'")), Ok("';</script><p>"), Err(Value::from("<"))]),
            "<script>var x = 'a\\u0027';</script><p>&lt;"
        );
    }
}
