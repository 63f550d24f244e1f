//! The raw-HTML policy: omit it (Hugo's default) or rebuild it safely.
//!
//! With `markup.goldmark.renderer.unsafe: true` Hugo passes raw HTML through as
//! written. Recap never does: it tokenizes the HTML ([`super::Tokenizer`]) and
//! writes back a canonical form in which
//!
//! * elements that run script, load or embed other documents, submit forms,
//!   play media or change how the rest of the markup is parsed are removed with
//!   their content (`script`, `style`, `iframe`, `object`, `math`,
//!   `template`, `textarea`, `video`, …) or without it (`form`, `input`,
//!   `button`, `base`, `meta`, `link`, `html`, `body`, custom elements);
//! * `<svg>` keeps the drawing elements and presentation attributes of an
//!   icon (shapes, paths, groups, gradients, text) — what sites' templates
//!   inline — and `<use>` of an element of the same document (a sprite's
//!   icon), and loses everything else inside it with its content (`script`,
//!   `foreignObject`, `image`, `a`, animations, styles, links). Inside
//!   it, an end tag is written only where it closes an element that is open,
//!   and then closes what a browser closes with it; `desc` and `title` keep
//!   only text (a browser reads tags in them as HTML). So the browser is
//!   inside the `<svg>` exactly while the sanitizer is: a stray `</text>`,
//!   which a browser ignores, had ended the sanitizer's `<svg>`, and what
//!   followed, kept as HTML, became SVG links and animations in the page;
//! * every other element is kept — the inert ones of HTML and unknown names,
//!   which browsers make inert `HTMLUnknownElement`s — so that posts keep their
//!   tables, `<details>`, figures and images;
//! * attributes that carry script (`on*`), styles (but a table cell's
//!   `text-align`, as Goldmark writes it), or switch on platform or
//!   framework behaviour (`is`, `popover`, `srcdoc`, `srcset`, `ping`,
//!   `autofocus`, `form*`, namespaced names, `x-`/`hx-`/`v-`/`ng-` directives)
//!   are removed, and URL attributes pass only the URL policy after their
//!   character references are decoded;
//! * text is escaped and comments are kept only where they re-parse as the
//!   same comment;
//! * an `id` or `name` that would take over a member of the page
//!   ([`super::clobber`]) is prefixed;
//! * elements nested deeper than [`HTML_NESTING`] (counted as a browser
//!   nests them, [`super::tree`]) are left out with their end tags; their
//!   text stays.
//!
//! Because only these canonical constructs are written, the browser parses the
//! output into exactly the tokens that were checked (no mutation XSS).

use super::clobber::unclobbered;
use super::entity::decode_entities;
use super::escape::escape_attr;
use super::tokenizer::{Attribute, Token, Tokenizer};
use super::tree::{OpenElements, Start};
use super::url::is_safe_url;
use crate::limits::HTML_NESTING;
use std::collections::HashMap;

/// Elements dropped together with everything inside them.
const DROP_WITH_CONTENT: &[&str] = &[
    "applet",
    "audio",
    "canvas",
    "datalist",
    "dialog",
    "embed",
    "fencedframe",
    "frame",
    "frameset",
    "head",
    "iframe",
    "math",
    "noembed",
    "noframes",
    "noscript",
    "object",
    "optgroup",
    "option",
    "plaintext",
    "portal",
    "script",
    "select",
    "style",
    "template",
    "textarea",
    "title",
    "video",
    "xmp",
];

/// Elements whose tags are dropped and whose content is kept.
const DROP_TAG: &[&str] = &[
    "base", "basefont", "bgsound", "body", "button", "form", "html", "input", "keygen", "label", "link", "meta", "param", "slot", "source",
    "track",
];

/// Elements without an end tag.
const VOID: &[&str] = &["area", "br", "col", "hr", "image", "img", "wbr"];

/// Attributes removed from every element.
const DENIED_ATTRIBUTES: &[&str] = &[
    "action",
    "autofocus",
    "background",
    "codebase",
    "dynsrc",
    "formaction",
    "formenctype",
    "formmethod",
    "formnovalidate",
    "formtarget",
    "http-equiv",
    "imagesrcset",
    "is",
    "lowsrc",
    "manifest",
    "nonce",
    "ping",
    "popover",
    "popovertarget",
    "popovertargetaction",
    "poster",
    "srcdoc",
    "srcset",
    "style",
    "xmlns",
];

/// Attribute-name prefixes that script frameworks read as code (Alpine, htmx,
/// Vue, Angular, Knockout), and their `data-` forms.
const DENIED_PREFIXES: &[&str] = &["on", "x-", "hx-", "v-", "ng-", "data-hx-", "data-x-", "data-v-", "data-ng-", "data-bind", "data-on"];

/// Elements kept inside `<svg>`: drawing, structure and text. Anything else is
/// dropped with its content.
const SVG_ELEMENTS: &[&str] = &[
    "circle",
    "clippath",
    "defs",
    "desc",
    "ellipse",
    "g",
    "line",
    "lineargradient",
    "marker",
    "mask",
    "path",
    "pattern",
    "polygon",
    "polyline",
    "radialgradient",
    "rect",
    "stop",
    "svg",
    "symbol",
    "text",
    "title",
    "tspan",
    "use",
];

/// Attributes kept on SVG elements: geometry and presentation (no style, no
/// links, no events); values with `url(` only as a reference inside the image.
const SVG_ATTRIBUTES: &[&str] = &[
    "aria-hidden",
    "aria-label",
    "aria-labelledby",
    "class",
    "clip-path",
    "clip-rule",
    "clippathunits",
    "cx",
    "cy",
    "d",
    "dominant-baseline",
    "dx",
    "dy",
    "fill",
    "fill-opacity",
    "fill-rule",
    "focusable",
    "font-family",
    "font-size",
    "font-weight",
    "fx",
    "fy",
    "gradienttransform",
    "gradientunits",
    "height",
    "id",
    "marker-end",
    "marker-mid",
    "marker-start",
    "mask",
    "offset",
    "opacity",
    "patterncontentunits",
    "patterntransform",
    "patternunits",
    "points",
    "preserveaspectratio",
    "r",
    "role",
    "rx",
    "ry",
    "shape-rendering",
    "stop-color",
    "stop-opacity",
    "stroke",
    "stroke-dasharray",
    "stroke-dashoffset",
    "stroke-linecap",
    "stroke-linejoin",
    "stroke-miterlimit",
    "stroke-opacity",
    "stroke-width",
    "text-anchor",
    "transform",
    "vector-effect",
    "version",
    "viewbox",
    "width",
    "x",
    "x1",
    "x2",
    "y",
    "y1",
    "y2",
];

/// The SVG namespace, the one `xmlns` kept on `<svg>`.
const SVG_NAMESPACE: &str = "http://www.w3.org/2000/svg";

/// Attributes whose value is a URL.
const URL_ATTRIBUTES: &[&str] = &["href", "src", "cite", "longdesc", "data", "usemap", "itemtype", "itemid"];

/// Rebuilds raw HTML by the policy described in the module docs.
#[derive(Debug, Clone)]
pub struct Sanitizer {
    /// Inside an element dropped with its content: its name and nesting depth.
    /// Kept between calls, so that `<svg>` … `</svg>` spread over several
    /// inline HTML pieces of one paragraph is dropped whole.
    skip: Option<(String, usize)>,
    /// The `<svg>` and the elements open inside it, outermost first (empty:
    /// not in one), each a name of [`SVG_ELEMENTS`] and whether it has an `id`
    /// (a `<use>` inside one is dropped: see [`write_svg_start`]).
    svg: Vec<(&'static str, bool)>,
    /// The elements the HTML so far leaves open (until [`Sanitizer::reset`]).
    open: OpenElements,
    /// Elements left out for depth whose end tags are still to come, by name.
    deep: HashMap<String, usize>,
    /// Elements were left out for depth, and whether that was reported.
    too_deep: bool,
    reported: bool,
}

impl Default for Sanitizer {
    fn default() -> Self {
        Sanitizer {
            skip: None,
            svg: Vec::new(),
            open: OpenElements::new(HTML_NESTING),
            deep: HashMap::new(),
            too_deep: false,
            reported: false,
        }
    }
}

impl Sanitizer {
    /// The policy.
    pub fn new() -> Sanitizer {
        Sanitizer::default()
    }

    /// Whether elements were left out for nesting deeper than [`HTML_NESTING`]
    /// and this has not been asked before: true once per sanitizer, so that the
    /// caller reports the first place.
    pub fn take_too_deep(&mut self) -> bool {
        let first = self.too_deep && !self.reported;
        self.reported |= self.too_deep;
        first
    }

    /// Writes the safe form of `raw` to `out`. Returns how many elements it left
    /// open (negative: how many it closed that it did not open), so that a caller
    /// can keep HTML that spans several Markdown blocks together.
    pub fn sanitize(&mut self, out: &mut String, raw: &str) -> i32 {
        let mut balance = 0;
        for token in Tokenizer::new(raw) {
            let skip = &mut self.skip;
            if let Some((name, depth)) = skip {
                match &token {
                    Token::Start { name: n, self_closing: false, .. } if n.eq_ignore_ascii_case(name) => *depth += 1,
                    Token::End { name: n } if n.eq_ignore_ascii_case(name) => {
                        *depth -= 1;
                        if *depth == 0 {
                            *skip = None;
                        }
                    }
                    _ => {}
                }
                continue;
            }
            match token {
                Token::Text(text) => write_text(out, text),
                Token::Start { name, attributes, self_closing } if !self.svg.is_empty() || name.eq_ignore_ascii_case("svg") => {
                    let lower = name.to_ascii_lowercase();
                    // (In `desc` and `title`, HTML integration points, a browser
                    // makes HTML elements of start tags: only their text is kept.)
                    let text_only = matches!(self.svg.last(), Some(&("desc" | "title", _)));
                    let kept = SVG_ELEMENTS
                        .iter()
                        .find(|e| **e == lower)
                        .filter(|e| !text_only && (**e != "use" || !self.svg.iter().any(|(_, id)| *id)));
                    let Some(&element) = kept else {
                        if !self_closing {
                            self.skip = Some((lower, 1));
                        }
                        continue;
                    };
                    let has_id = write_svg_start(out, element, &attributes, self_closing);
                    if !self_closing {
                        self.svg.push((element, has_id));
                        balance += 1;
                    }
                }
                Token::End { name } if !self.svg.is_empty() => {
                    // A browser closes the innermost open element of the name
                    // and all inside it; an end tag of none open, it would read
                    // as HTML (ignored, or closing the `<svg>` from outside): it
                    // is left out, so that the `<svg>` ends only at its `</svg>`.
                    let lower = name.to_ascii_lowercase();
                    if let Some(at) = self.svg.iter().rposition(|(e, _)| *e == lower) {
                        balance -= (self.svg.len() - at) as i32;
                        self.svg.truncate(at);
                        out.push_str("</");
                        out.push_str(&lower);
                        out.push('>');
                    }
                }
                Token::Start { name, attributes, self_closing } => {
                    let lower = name.to_ascii_lowercase();
                    if DROP_WITH_CONTENT.contains(&lower.as_str()) {
                        if !self_closing && !VOID.contains(&lower.as_str()) {
                            self.skip = Some((lower, 1));
                        }
                        continue;
                    }
                    if !element_kept(&lower) {
                        continue;
                    }
                    // Depth is counted as a browser nests the elements (a `<p>` closes
                    // the one before it); only the count matters here, the last pass
                    // (`super::nest`) writes the implied end tags.
                    if self.open.start(&lower, "", &mut |_| {}) == Start::TooDeep {
                        self.too_deep = true;
                        if !VOID.contains(&lower.as_str()) {
                            *self.deep.entry(lower).or_insert(0) += 1;
                        }
                        continue;
                    }
                    write_start(out, &lower, &attributes);
                    if !VOID.contains(&lower.as_str()) {
                        balance += 1;
                    }
                }
                Token::End { name } => {
                    let lower = name.to_ascii_lowercase();
                    if let Some(n) = self.deep.get_mut(&lower) {
                        *n -= 1;
                        if *n == 0 {
                            self.deep.remove(&lower);
                        }
                        continue;
                    }
                    if element_kept(&lower) && !VOID.contains(&lower.as_str()) && !DROP_WITH_CONTENT.contains(&lower.as_str()) {
                        self.open.end(&lower, &mut |_| {});
                        balance -= 1;
                        out.push_str("</");
                        out.push_str(&lower);
                        out.push('>');
                    }
                }
                Token::Comment(data) => write_comment(out, data),
                Token::Other(_) => {}
            }
        }
        balance
    }

    /// The safe form of `raw` as a new string.
    pub fn clean(&mut self, raw: &str) -> String {
        let mut out = String::with_capacity(raw.len());
        self.sanitize(&mut out, raw);
        out
    }

    /// Whether the text that follows is inside a dropped element.
    pub fn is_skipping(&self) -> bool {
        self.skip.is_some()
    }

    /// Whether the raw HTML so far left an `<svg>` open.
    pub fn in_svg(&self) -> bool {
        !self.svg.is_empty()
    }

    /// Ends an `<svg>` the raw HTML so far left open, and the elements open in
    /// it, as a browser ends them (the writer's own markup follows, and none of
    /// it may land inside an `<svg>`). Returns the change in open elements.
    pub fn close_svg(&mut self, out: &mut String) -> i32 {
        let closed = self.svg.len() as i32;
        for (element, _) in self.svg.drain(..).rev() {
            out.push_str("</");
            out.push_str(element);
            out.push('>');
        }
        -closed
    }

    /// Forgets a dropped element left open, and the elements open (at the end
    /// of a block, where the Markdown around the HTML has closed them).
    pub fn reset(&mut self) {
        self.skip = None;
        self.svg.clear();
        self.open.clear();
        self.deep.clear();
    }
}

/// A plain name (no custom-element hyphen, no namespace) that is not dropped.
fn element_kept(lower: &str) -> bool {
    let mut bytes = lower.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_lowercase())
        && bytes.all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        && !DROP_TAG.contains(&lower)
        && !DROP_WITH_CONTENT.contains(&lower)
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

/// A comment is written only if `<!--data-->` parses back to the same comment.
fn write_comment(out: &mut String, data: &str) {
    let reparses = !data.contains("-->")
        && !data.contains("--!>")
        && !data.starts_with('>')
        && !data.starts_with("->")
        && !data.ends_with("<!-")
        && !data.ends_with('-');
    if reparses {
        out.push_str("<!--");
        out.push_str(data);
        out.push_str("-->");
    }
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

/// The alignment of a `style` that is only `text-align: left|center|right` (a table cell's).
fn cell_alignment(style: &str) -> Option<&'static str> {
    let decoded = decode_entities(style);
    let declaration = decoded.trim().trim_end_matches(';').trim_end();
    let (property, value) = declaration.split_once(':')?;
    if !property.trim().eq_ignore_ascii_case("text-align") {
        return None;
    }
    ["left", "center", "right"].into_iter().find(|a| value.trim().eq_ignore_ascii_case(a))
}

fn attribute_allowed(name: &str) -> bool {
    let mut bytes = name.bytes();
    bytes.next().is_some_and(|b| b.is_ascii_alphabetic() || b == b'_')
        && bytes.all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        && !DENIED_ATTRIBUTES.contains(&name)
        && !DENIED_PREFIXES.iter().any(|p| name.starts_with(p))
        && !name.starts_with("form")
        && !name.starts_with("popover")
}

/// An SVG drawing element with its geometry and presentation attributes only;
/// returns whether it was written with an `id`.
///
/// A `<use>` (a site's icon sprite: `<use href="#icon-x">`) keeps its `href`
/// (or `xlink:href`) only when it names an element of the same document, so
/// it loads nothing, and never has an `id` of its own; it is dropped inside an
/// element with an `id` (by the caller). So no element a post's `<use>` can
/// copy holds a `<use>` from the post: copies never copy copies, and a post's
/// `<use>`s cost the browser as many copies as there are `<use>`s (chains or
/// trees of them would grow quadratically or exponentially).
fn write_svg_start(out: &mut String, element: &str, attributes: &[Attribute<'_>], self_closing: bool) -> bool {
    out.push('<');
    out.push_str(element);
    let mut seen: Vec<String> = Vec::with_capacity(attributes.len());
    for attribute in attributes {
        let name = attribute.name.to_ascii_lowercase();
        let value = decode_entities(attribute.value).replace('\0', "\u{fffd}");
        let allowed = match name.as_str() {
            "xmlns" => element == "svg" && value == SVG_NAMESPACE,
            "href" | "xlink:href" => element == "use" && same_document_fragment(&value),
            "id" => element != "use",
            _ => SVG_ATTRIBUTES.contains(&name.as_str()) || (name.starts_with("data-") && attribute_allowed(&name)),
        };
        // `url(…)` may only point inside the image (`url(#gradient)`).
        let lower = value.to_ascii_lowercase();
        let refers_out =
            lower.match_indices("url(").any(|(i, _)| !lower[i + 4..].trim_start().trim_start_matches(['"', '\'']).starts_with('#'));
        // (`href` and `xlink:href` are one link: the first is kept.)
        let link = matches!(name.as_str(), "href" | "xlink:href");
        if !allowed
            || seen.contains(&name)
            || (link && seen.iter().any(|n| n == "href" || n == "xlink:href"))
            || refers_out
            || lower.contains("javascript:")
        {
            continue;
        }
        out.push(' ');
        out.push_str(&name);
        out.push_str("=\"");
        escape_attr(out, &value);
        out.push('"');
        seen.push(name);
    }
    out.push_str(if self_closing { "/>" } else { ">" });
    seen.iter().any(|n| n == "id")
}

/// Whether `value` is a reference to an element of the same document: `#`
/// then a name, with nothing a browser would trim or read as another URL.
fn same_document_fragment(value: &str) -> bool {
    value.strip_prefix('#').is_some_and(|name| !name.is_empty() && name.bytes().all(|b| b.is_ascii_graphic() || b >= 0x80))
}

fn write_start(out: &mut String, element: &str, attributes: &[Attribute<'_>]) {
    out.push('<');
    out.push_str(element);
    // (A set, not a list: a tag with a hundred thousand attributes is one line of a post.)
    let mut seen: std::collections::HashSet<String> = std::collections::HashSet::with_capacity(attributes.len().min(64));
    // (`noopener` matters to a link that opens another browsing context: one with a target.)
    let has_target = element == "a" && attributes.iter().any(|a| a.name.eq_ignore_ascii_case("target"));
    let mut has_rel = false;
    for attribute in attributes {
        let name = attribute.name.to_ascii_lowercase();
        // A table cell's alignment, as Goldmark writes it (and render hooks copy), is the one style kept.
        let alignment = (name == "style" && matches!(element, "th" | "td")).then(|| cell_alignment(attribute.value)).flatten();
        // Browsers keep the first of duplicate attributes; so do we.
        if seen.contains(&name) || !(attribute_allowed(&name) || alignment.is_some()) {
            continue;
        }
        // Only an image loads from a post: `src` elsewhere (on a custom or unknown
        // element a page may upgrade) is not kept. (`data` loads only on `<object>`,
        // which is never kept.)
        if name == "src" && element != "img" {
            continue;
        }
        let mut value = match alignment {
            Some(a) => format!("text-align: {a}"),
            None => decode_entities(attribute.value),
        };
        // A browser reads NUL in an attribute as U+FFFD, which is not trimmed from a
        // URL as NUL is: judge the value the browser will see.
        if value.contains('\0') {
            value = value.replace('\0', "\u{fffd}");
        }
        if URL_ATTRIBUTES.contains(&name.as_str()) && !is_safe_url(&value) {
            value.clear();
        }
        if let std::borrow::Cow::Owned(v) = unclobbered(element, &name, &value) {
            value = v;
        }
        if name == "rel" {
            has_rel = true;
            if has_target && !value.split_ascii_whitespace().any(|v| v.eq_ignore_ascii_case("noopener")) {
                value = format!("{value} noopener").trim().to_owned();
            }
        }
        out.push(' ');
        out.push_str(&name);
        out.push_str("=\"");
        escape_attr(out, &value);
        out.push('"');
        seen.insert(name);
    }
    if has_target && !has_rel {
        out.push_str(" rel=\"noopener\"");
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
        assert_eq!(clean("<details open><summary>S</summary>x</details>"), "<details open=\"\"><summary>S</summary>x</details>");
        assert_eq!(clean("<img src=a.png alt=\"A\" width=10>"), "<img src=\"a.png\" alt=\"A\" width=\"10\">");
        assert_eq!(clean("<table><tr><td colspan=2>&copy; 1</td></tr></table>"), "<table><tr><td colspan=\"2\">&copy; 1</td></tr></table>");
        assert_eq!(
            clean("<Warning a=1>x</Warning><!-- note -->"),
            "<warning a=\"1\">x</warning><!-- note -->",
            "unknown elements are inert"
        );
    }

    #[test]
    fn drops_scripts_handlers_and_bad_urls() {
        assert_eq!(clean("<script>alert(1)</script>ok"), "ok", "script and its content go");
        assert_eq!(clean("<img src=x onerror=alert(1)>"), "<img src=\"x\">", "handlers go");
        assert_eq!(clean("<a href=\"jav&#x09;ascript:alert(1)\">x</a>"), "<a href=\"\">x</a>", "entity-encoded schemes are caught");
        assert_eq!(clean("<svg><script>alert(1)</script></svg>after"), "<svg></svg>after", "script in SVG goes with its content");
        assert_eq!(
            clean("<svg onload=alert(1) viewBox=\"0 0 24 24\" xmlns=\"http://www.w3.org/2000/svg\" style=\"x\"><path d=\"M0 0\" fill=\"url(#g)\" stroke=\"url(https://x/y)\"/><foreignObject><div>x</div></foreignObject><use href=\"https://x/s.svg#a\"/><a href=\"javascript:1\">t</a></svg>"),
            "<svg viewbox=\"0 0 24 24\" xmlns=\"http://www.w3.org/2000/svg\"><path d=\"M0 0\" fill=\"url(#g)\"/><use/></svg>",
            "an icon's drawing stays; handlers, styles, outside URLs, foreignObject and links go"
        );
        // A sprite's icon: `<use>` of an element of the same document.
        assert_eq!(
            clean("<svg class=\"i\"><use href=\"#icon--info\" x=\"1\"></use></svg>"),
            "<svg class=\"i\"><use href=\"#icon--info\" x=\"1\"></use></svg>"
        );
        assert_eq!(clean("<svg><use xlink:href=\"#a\" href=\"#b\"/></svg>"), "<svg><use xlink:href=\"#a\"/></svg>", "one link, the first");
        for href in ["/sprite.svg#a", "data:image/svg+xml,<svg/>", "javascript:alert(1)", "#", "# a", "&#35;a b", " #a"] {
            assert_eq!(clean(&format!("<svg><use href=\"{href}\"/></svg>")), "<svg><use/></svg>", "{href}: only a fragment loads nothing");
        }
        assert_eq!(clean("<svg><use id=\"u\" href=\"#a\"/></svg>"), "<svg><use href=\"#a\"/></svg>", "a <use> has no id to be copied by");
        assert_eq!(
            clean("<svg><symbol id=\"s\"><use href=\"#a\"/><g><use href=\"#a\"></use></g></symbol><g><use href=\"#s\"/></g></svg>"),
            "<svg><symbol id=\"s\"><g></g></symbol><g><use href=\"#s\"/></g></svg>",
            "no <use> inside an element a <use> can copy: copies never copy copies"
        );
        assert_eq!(clean("<div style=\"position:fixed\">x</div>"), "<div>x</div>", "style attributes go");
        assert_eq!(
            clean("<td style=\"text-align: center\">x</td><th style=\"TEXT-ALIGN:right;\">y</th><td style=\"text-align: left; color: red\">z</td><p style=\"text-align: left\">w</p>"),
            "<td style=\"text-align: center\">x</td><th style=\"text-align: right\">y</th><td>z</td><p>w</p>",
            "a table cell keeps its alignment, and only that"
        );
        assert_eq!(
            clean("<!-- a --!> <img src=x onerror=alert(1)> -->"),
            "<!-- a --> <img src=\"x\"> --&gt;",
            "a comment ends where a browser ends it"
        );
        assert_eq!(clean("<a href=x target=_blank>y</a>"), "<a href=\"x\" target=\"_blank\" rel=\"noopener\">y</a>");
        assert_eq!(
            clean("<a rel=external target=_blank href=x>y</a>"),
            "<a rel=\"external noopener\" target=\"_blank\" href=\"x\">y</a>",
            "a target before or after rel"
        );
        assert_eq!(
            clean("<a href=x rel=\"external nofollow\">y</a>"),
            "<a href=\"x\" rel=\"external nofollow\">y</a>",
            "a link without a target opens nothing else: its rel stays as written"
        );
        assert_eq!(
            clean("<my-widget x-init=\"alert(1)\">t</my-widget><div x-data hx-get=/x is=my-el>d</div>"),
            "t<div>d</div>",
            "custom elements and framework directives go"
        );
        assert_eq!(clean("<form action=/x><input name=q><button>Go</button></form>"), "Go", "forms go");
    }

    #[test]
    fn an_svg_ends_where_a_browser_ends_it() {
        // A browser ignores an end tag inside an <svg> that closes nothing open.
        assert_eq!(
            clean("<svg></text><a href=\"https://x/\"><animate attributeName=\"href\" values=\"javascript:1\"/>x</a>"),
            "<svg>",
            "the link goes with its content, as inside an <svg>"
        );
        assert_eq!(clean("<svg><g></text></g><b>x</b>"), "<svg><g></g>", "still inside the <svg>");
        // An end tag closes the elements open inside the one it ends.
        assert_eq!(clean("<svg><g><text>a</svg><b>x</b>"), "<svg><g><text>a</svg><b>x</b>");
        assert_eq!(clean("<svg><text>a<tspan>b</text>c</svg>"), "<svg><text>a<tspan>b</text>c</svg>");
        // desc and title (where a browser reads tags as HTML) keep their text only.
        assert_eq!(clean("<svg><desc>A <g>b</g> c</desc><path d=\"M0\"/></svg>"), "<svg><desc>A  c</desc><path d=\"M0\"/></svg>");
        let mut s = Sanitizer::new();
        let mut out = String::new();
        assert_eq!(s.sanitize(&mut out, "<svg><g>"), 2);
        assert_eq!(s.sanitize(&mut out, "</svg>after"), -2, "both close, in a later piece");
        assert_eq!(out, "<svg><g></svg>after");
    }
}
