//! The table of contents, built and written as Hugo does (`markup/tableofcontents`).

use std::borrow::Cow;

use crate::html::{Token, Tokenizer};
use crate::options::TableOfContents;

/// A heading as the TOC sees it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Heading {
    /// 1 to 6.
    pub level: u8,
    /// The heading's ID (empty when auto IDs are off and none was given).
    pub id: String,
    /// The heading's inner HTML.
    pub html: String,
    /// Written by the Markdown writer alone (see [`super::RawBlock::own`]).
    pub own: bool,
}

/// A heading in the tree, borrowing from it (a render makes one per heading).
#[derive(Default)]
struct Entry<'a> {
    id: &'a str,
    title: Cow<'a, str>,
    children: Vec<Entry<'a>>,
}

/// Writes `<nav id="TableOfContents">…</nav>` for the headings of a document.
pub fn render(headings: &[Heading], config: &TableOfContents) -> String {
    // Hugo's builder: an h1 (or the first heading) starts a new row; deeper
    // headings hang under the last heading one level up, with empty
    // placeholders where levels are skipped.
    let mut rows: Vec<Entry> = Vec::new();
    for h in headings {
        if h.level == 1 || rows.is_empty() {
            rows.push(Entry::default());
        }
        let node = Entry { id: &h.id, title: title(&h.html), children: Vec::new() };
        let level = usize::from(h.level) - 1;
        let row = rows.last_mut().expect("a row exists");
        if level == 0 {
            *row = node;
            continue;
        }
        let mut parent = row;
        for _ in 1..level {
            if parent.children.is_empty() {
                parent.children.push(Entry::default());
            }
            parent = parent.children.last_mut().expect("not empty");
        }
        parent.children.push(node);
    }
    // (Sized for the headings' IDs and HTML, and the list markup around each.)
    let mut out = String::with_capacity(64 + headings.iter().map(|h| h.id.len() + h.html.len() + 48).sum::<usize>());
    out.push_str("<nav id=\"TableOfContents\">");
    write_level(&mut out, config, 1, 0, &rows);
    out.push_str("</nav>");
    out
}

fn write_level(out: &mut String, config: &TableOfContents, level: i32, indent: usize, nodes: &[Entry<'_>]) {
    if level < i32::from(config.start_level) {
        for n in nodes {
            write_level(out, config, level + 1, indent, &n.children);
        }
        return;
    }
    if config.end_level != -1 && level > i32::from(config.end_level) {
        return;
    }
    let list = if config.ordered { "ol" } else { "ul" };
    if !nodes.is_empty() {
        out.push('\n');
        push_indent(out, indent + 1);
        out.push('<');
        out.push_str(list);
        out.push_str(">\n");
    }
    for n in nodes {
        push_indent(out, indent + 2);
        out.push_str("<li>");
        if !(n.id.is_empty() && n.title.is_empty()) {
            out.push_str("<a href=\"#");
            out.push_str(n.id);
            out.push_str("\">");
            out.push_str(&n.title);
            out.push_str("</a>");
        }
        write_level(out, config, level + 1, indent + 2, &n.children);
        out.push_str("</li>\n");
    }
    if !nodes.is_empty() {
        push_indent(out, indent + 1);
        out.push_str("</");
        out.push_str(list);
        out.push_str(">\n");
        push_indent(out, indent);
    }
}

fn push_indent(out: &mut String, n: usize) {
    for _ in 0..n {
        out.push_str("  ");
    }
}

/// Phrasing elements a TOC title keeps (Hugo's TOC sanitizer policy,
/// `newTOCSanitizerPolicy` in markup/goldmark/toc.go), with `img`.
const TITLE_ELEMENTS: &[&str] = &[
    "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "rp", "rt", "ruby", "s",
    "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "img",
];

/// Whether that policy keeps attribute `name` (lower case) with `value` (as
/// written, escaped) on `element`. Its rules are bluemonday's, whose patterns
/// are unanchored (a value passes when some of it matches): `id`, `title`,
/// `dir` and `lang` anywhere, `class` of names; on an image `src` (a
/// relative, http, https or mailto URL), `alt`, `align`, `width` and
/// `height`; `cite` on `del`, `ins` and `q`, `datetime` on those and `time`,
/// `value` on `data`. Never a link or a handler.
fn title_attribute(element: &str, name: &str, value: &str) -> bool {
    let contains_word = |words: &[&str]| {
        let lower = value.to_ascii_lowercase();
        words.iter().any(|w| lower.contains(w))
    };
    // (Read decoded, as a browser reads it, and through Recap's URL policy too.)
    let standard_url = || {
        let url = crate::html::decode_entities(value);
        crate::html::is_safe_url(&url)
            && match url.trim().split_once(':') {
                Some((scheme, _)) if !scheme.contains(['/', '?', '#']) => {
                    ["http", "https", "mailto"].iter().any(|s| scheme.eq_ignore_ascii_case(s))
                }
                _ => true,
            }
    };
    match name {
        "id" => value.bytes().any(|b| b.is_ascii_alphanumeric() || matches!(b, b':' | b'-' | b'_' | b'.')),
        "title" => true,
        "dir" => contains_word(&["rtl", "ltr"]),
        "lang" => value.as_bytes().windows(2).any(|w| w.iter().all(u8::is_ascii_alphabetic)),
        "class" => !value.is_empty() && value.chars().all(|c| c.is_whitespace() || c.is_alphanumeric() || c == '_' || c == '-'),
        "src" => element == "img" && standard_url(),
        "alt" => element == "img",
        "align" => element == "img" && contains_word(&["left", "right", "top", "middle", "baseline", "bottom"]),
        "width" | "height" => element == "img" && value.bytes().any(|b| b.is_ascii_digit()),
        "cite" => matches!(element, "del" | "ins" | "q") && standard_url(),
        "datetime" => matches!(element, "del" | "ins" | "time"),
        "value" => element == "data",
        _ => false,
    }
}

/// A heading's HTML as a TOC title: links removed, and what else Hugo's
/// policy removes (see [`TITLE_ELEMENTS`] and [`title_attribute`]); whitespace collapsed.
fn title(html: &str) -> Cow<'_, str> {
    if !html.contains('<') {
        return Cow::Borrowed(html);
    }
    let mut out = String::with_capacity(html.len());
    for token in Tokenizer::new(html) {
        match token {
            Token::Text(t) => out.push_str(t),
            Token::Start { name, attributes, .. } if TITLE_ELEMENTS.iter().any(|e| name.eq_ignore_ascii_case(e)) => {
                let element = name.to_ascii_lowercase();
                out.push('<');
                out.push_str(&element);
                for a in attributes {
                    let attribute = a.name.to_ascii_lowercase();
                    if title_attribute(&element, &attribute, a.value) {
                        out.push(' ');
                        out.push_str(&attribute);
                        out.push_str("=\"");
                        // (The value as written, in double quotes: one written in single quotes may hold one.)
                        out.push_str(&a.value.replace('"', "&quot;"));
                        out.push('"');
                    }
                }
                out.push('>');
            }
            Token::End { name } if TITLE_ELEMENTS.iter().any(|e| name.eq_ignore_ascii_case(e)) => {
                out.push_str("</");
                out.push_str(&name.to_ascii_lowercase());
                out.push('>');
            }
            _ => {}
        }
    }
    Cow::Owned(out.split_whitespace().collect::<Vec<_>>().join(" "))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn h(level: u8, id: &str) -> Heading {
        Heading { level, id: id.to_owned(), html: id.to_uppercase(), own: true }
    }

    #[test]
    fn nests_h3_under_h2_like_hugo() {
        let toc = render(&[h(2, "a"), h(3, "b"), h(2, "c")], &TableOfContents::default());
        assert_eq!(
            toc,
            "<nav id=\"TableOfContents\">\n  <ul>\n    <li><a href=\"#a\">A</a>\n      <ul>\n        <li><a href=\"#b\">B</a></li>\n      </ul>\n    </li>\n    <li><a href=\"#c\">C</a></li>\n  </ul>\n</nav>"
        );
    }

    #[test]
    fn no_headings_gives_an_empty_nav() {
        assert_eq!(render(&[], &TableOfContents::default()), "<nav id=\"TableOfContents\"></nav>");
    }

    #[test]
    fn titles_lose_links_and_what_hugos_policy_drops() {
        assert_eq!(title("<a href=\"x\">A</a> <code class=\"c\" onclick=\"y\">b</code>"), "A <code class=\"c\">b</code>");
        assert_eq!(title("<img src=\"/i.png\" alt=\"i\" data-x=\"1\">"), "<img src=\"/i.png\" alt=\"i\">");
        assert_eq!(title("<img src=\"tel:1\" width=\"a\">"), "<img>");
        assert_eq!(title("<img src=\"javascript&#58;x\" title='a\"b'>"), "<img title=\"a&quot;b\">");
    }
}
