//! The raw-HTML policy: omit it (Hugo's default) or rebuild it from an allowlist.
//!
//! With `markup.goldmark.renderer.unsafe: true` Hugo passes raw HTML through as
//! written. Recap never does: it tokenizes the HTML ([`super::Tokenizer`]) and
//! writes back only allowlisted elements and attributes, modelled on GitHub's
//! sanitizer, with every URL checked by [`super::is_safe_url`] after decoding.

use super::entity::decode_entities;
use super::escape::escape_attr;
use super::tokenizer::{Attribute, Token, Tokenizer};
use super::url::is_safe_url;

/// What happens to raw HTML in a post.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum RawHtml {
    /// Hugo's default (`unsafe: false`): each piece becomes `<!-- raw HTML omitted -->`.
    #[default]
    Omit,
    /// `unsafe: true`: kept, but rebuilt from the allowlist.
    Sanitize,
}

/// Elements written back (lowercase). Anything else is dropped, its text kept.
const ELEMENTS: &[&str] = &[
    "a",
    "abbr",
    "b",
    "bdi",
    "bdo",
    "blockquote",
    "br",
    "caption",
    "center",
    "cite",
    "code",
    "col",
    "colgroup",
    "dd",
    "del",
    "details",
    "dfn",
    "div",
    "dl",
    "dt",
    "em",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "hr",
    "i",
    "img",
    "ins",
    "kbd",
    "li",
    "mark",
    "ol",
    "p",
    "picture",
    "pre",
    "q",
    "rp",
    "rt",
    "ruby",
    "s",
    "samp",
    "small",
    "span",
    "strike",
    "strong",
    "sub",
    "summary",
    "sup",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "time",
    "tr",
    "tt",
    "u",
    "ul",
    "var",
    "wbr",
];

/// Elements without an end tag.
const VOID: &[&str] = &["br", "col", "hr", "img", "wbr"];

/// Elements dropped together with everything inside them.
const DROP_WITH_CONTENT: &[&str] = &[
    "script",
    "style",
    "template",
    "textarea",
    "title",
    "xmp",
    "iframe",
    "noembed",
    "noframes",
    "noscript",
    "plaintext",
    "svg",
    "math",
    "object",
    "select",
    "option",
    "head",
];

/// Attributes any allowed element may carry.
const GLOBAL_ATTRIBUTES: &[&str] = &[
    "id",
    "class",
    "title",
    "lang",
    "dir",
    "role",
    "translate",
    "align",
];

/// Attributes allowed on specific elements.
const ELEMENT_ATTRIBUTES: &[(&str, &[&str])] = &[
    ("a", &["href", "target", "rel", "hreflang", "name"]),
    (
        "img",
        &["src", "alt", "width", "height", "loading", "decoding"],
    ),
    ("blockquote", &["cite"]),
    ("q", &["cite"]),
    ("del", &["cite", "datetime"]),
    ("ins", &["cite", "datetime"]),
    ("details", &["open", "name"]),
    ("ol", &["start", "type", "reversed"]),
    ("ul", &["type"]),
    ("li", &["value"]),
    ("td", &["colspan", "rowspan", "headers", "valign", "width"]),
    (
        "th",
        &[
            "colspan", "rowspan", "headers", "scope", "valign", "width", "abbr",
        ],
    ),
    ("col", &["span", "width"]),
    ("colgroup", &["span", "width"]),
    (
        "table",
        &["summary", "width", "border", "cellpadding", "cellspacing"],
    ),
    ("time", &["datetime"]),
    ("abbr", &["title"]),
    ("bdo", &["dir"]),
];

/// Attributes whose value is a URL.
const URL_ATTRIBUTES: &[&str] = &["href", "src", "cite"];

/// `data-*` prefixes that script libraries read as code (htmx, Knockout, Angular, Vue).
const SCRIPTED_DATA_PREFIXES: &[&str] = &[
    "data-hx-",
    "data-bind",
    "data-ng-",
    "data-v-",
    "data-on",
    "data-x-",
    "data-sveltekit",
];

/// Rebuilds raw HTML from the allowlist.
#[derive(Debug, Default, Clone)]
pub struct Sanitizer {
    _private: (),
}

impl Sanitizer {
    /// The default policy.
    pub fn new() -> Sanitizer {
        Sanitizer::default()
    }

    /// Writes the safe form of `raw` to `out`. Returns how many elements it left
    /// open (negative: how many it closed that it did not open), so that a caller
    /// can keep HTML that spans several Markdown blocks together.
    pub fn sanitize(&self, out: &mut String, raw: &str) -> i32 {
        let mut balance = 0;
        let mut skip: Option<(String, usize)> = None;
        for token in Tokenizer::new(raw) {
            if let Some((name, depth)) = &mut skip {
                match &token {
                    Token::Start {
                        name: n,
                        self_closing: false,
                        ..
                    } if n.eq_ignore_ascii_case(name) => *depth += 1,
                    Token::End { name: n } if n.eq_ignore_ascii_case(name) => {
                        *depth -= 1;
                        if *depth == 0 {
                            skip = None;
                        }
                    }
                    _ => {}
                }
                continue;
            }
            match token {
                Token::Text(text) => write_text(out, text),
                Token::Start {
                    name,
                    attributes,
                    self_closing,
                } => {
                    let lower = name.to_ascii_lowercase();
                    if DROP_WITH_CONTENT.contains(&lower.as_str()) {
                        if !self_closing {
                            skip = Some((lower, 1));
                        }
                        continue;
                    }
                    if let Some(element) = ELEMENTS.iter().find(|e| **e == lower) {
                        write_start(out, element, &attributes);
                        if !VOID.contains(element) {
                            balance += 1;
                        }
                    }
                }
                Token::End { name } => {
                    let lower = name.to_ascii_lowercase();
                    if let Some(element) = ELEMENTS.iter().find(|e| **e == lower) {
                        if !VOID.contains(element) {
                            balance -= 1;
                            out.push_str("</");
                            out.push_str(element);
                            out.push('>');
                        }
                    }
                }
                Token::Other(_) => {}
            }
        }
        balance
    }

    /// The safe form of `raw` as a new string.
    pub fn clean(&self, raw: &str) -> String {
        let mut out = String::with_capacity(raw.len());
        self.sanitize(&mut out, raw);
        out
    }
}

/// Text keeps well-formed character references; every other `&`, `<` and `>` is escaped.
fn write_text(out: &mut String, text: &str) {
    let bytes = text.as_bytes();
    let mut last = 0;
    for (i, &b) in bytes.iter().enumerate() {
        let rep = match b {
            b'&' if is_reference(&text[i..]) => continue,
            b'&' => "&amp;",
            b'<' => "&lt;",
            b'>' => "&gt;",
            _ => continue,
        };
        out.push_str(&text[last..i]);
        out.push_str(rep);
        last = i + 1;
    }
    out.push_str(&text[last..]);
}

/// Whether `s` starts with `&name;`, `&#123;` or `&#x7b;`.
fn is_reference(s: &str) -> bool {
    let b = s.as_bytes();
    let (start, ok): (usize, fn(&u8) -> bool) = match (b.get(1), b.get(2)) {
        (Some(b'#'), Some(b'x' | b'X')) => (3, u8::is_ascii_hexdigit),
        (Some(b'#'), _) => (2, u8::is_ascii_digit),
        _ => (1, u8::is_ascii_alphanumeric),
    };
    let n = b[start..].iter().take_while(|c| ok(c)).count();
    n > 0 && n <= 32 && b.get(start + n) == Some(&b';')
}

fn attribute_allowed(element: &str, name: &str) -> bool {
    if GLOBAL_ATTRIBUTES.contains(&name) {
        return true;
    }
    if let Some(rest) = name.strip_prefix("aria-") {
        return !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_lowercase() || b == b'-');
    }
    if let Some(rest) = name.strip_prefix("data-") {
        return !rest.is_empty()
            && rest
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
            && !SCRIPTED_DATA_PREFIXES.iter().any(|p| name.starts_with(p));
    }
    ELEMENT_ATTRIBUTES
        .iter()
        .any(|(e, names)| *e == element && names.contains(&name))
}

fn write_start(out: &mut String, element: &str, attributes: &[Attribute<'_>]) {
    out.push('<');
    out.push_str(element);
    let mut seen: Vec<String> = Vec::with_capacity(attributes.len());
    let mut has_target = false;
    let mut has_rel = false;
    for attribute in attributes {
        let name = attribute.name.to_ascii_lowercase();
        // Browsers keep the first of duplicate attributes; so do we.
        if seen.contains(&name) || !attribute_allowed(element, &name) {
            continue;
        }
        let mut value = decode_entities(attribute.value);
        if URL_ATTRIBUTES.contains(&name.as_str()) && !is_safe_url(&value) {
            value.clear();
        }
        if name == "target" {
            has_target = true;
        }
        if name == "rel" {
            has_rel = true;
            value = format!("{value} noopener noreferrer").trim().to_owned();
        }
        out.push(' ');
        out.push_str(&name);
        out.push_str("=\"");
        escape_attr(out, &value);
        out.push('"');
        seen.push(name);
    }
    if has_target && !has_rel {
        out.push_str(" rel=\"noopener noreferrer\"");
    }
    out.push('>');
}

#[cfg(test)]
mod tests {
    use super::Sanitizer;

    fn clean(s: &str) -> String {
        Sanitizer::new().clean(s)
    }

    #[test]
    fn keeps_allowed_structure() {
        assert_eq!(
            clean("<details open><summary>S</summary>x</details>"),
            "<details open=\"\"><summary>S</summary>x</details>"
        );
        assert_eq!(
            clean("<img src=a.png alt=\"A\" width=10>"),
            "<img src=\"a.png\" alt=\"A\" width=\"10\">"
        );
        assert_eq!(
            clean("<table><tr><td colspan=2>&copy; 1</td></tr></table>"),
            "<table><tr><td colspan=\"2\">&copy; 1</td></tr></table>"
        );
    }

    #[test]
    fn drops_scripts_handlers_and_bad_urls() {
        assert_eq!(
            clean("<script>alert(1)</script>ok"),
            "ok",
            "script and its content go"
        );
        assert_eq!(
            clean("<img src=x onerror=alert(1)>"),
            "<img src=\"x\">",
            "handlers go"
        );
        assert_eq!(
            clean("<a href=\"jav&#x09;ascript:alert(1)\">x</a>"),
            "<a href=\"\">x</a>",
            "entity-encoded schemes are caught"
        );
        assert_eq!(
            clean("<svg><script>alert(1)</script></svg>after"),
            "after",
            "foreign content goes whole"
        );
        assert_eq!(
            clean("<div style=\"position:fixed\">x</div>"),
            "<div>x</div>",
            "style attributes go"
        );
        assert_eq!(
            clean("<!-- <img src=x onerror=alert(1)> -->"),
            "",
            "comments go"
        );
        assert_eq!(
            clean("<a href=x target=_blank>y</a>"),
            "<a href=\"x\" target=\"_blank\" rel=\"noopener noreferrer\">y</a>"
        );
    }
}
